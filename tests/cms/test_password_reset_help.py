"""'Forgot your password?' (allauth's password reset page) tells the many learners without an
email address to ask their coordinator, and how (issue 13, docs/accounts-and-mfa.md)."""

import pytest

RESET_URL = "/accounts/password/reset/"


@pytest.mark.django_db
def test_password_reset_page_leads_with_asking_the_coordinator(client):
    response = client.get(RESET_URL)
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Forgot your password?</h1>" in html
    assert "You do not need an email address. Your coordinator can give you a new password." in (
        html
    )
    assert (
        "Tell your coordinator your username: the name you sign in with. Never tell anyone a "
        "password."
    ) in html
    assert (
        "Your coordinator sets a new password for you and gives it to you privately, face to "
        "face or on a phone call."
    ) in html
    assert (
        'Sign in with it. Then choose a new password of your own on the <a href="'
        '/accounts/password/change/">Change password</a> page.'
    ) in html
    # Asking the coordinator comes first; the email form is for those who gave an address.
    assert html.index("Ask your coordinator") < html.index("If you gave us an email address")
    assert 'name="email"' in html
    assert "Send me the link" in html


@pytest.mark.django_db
def test_password_reset_page_speaks_the_learners_language(client):
    # Needs the msgids of /tmp/i18n/sentences.json in the Bengali catalogue.
    response = client.get(RESET_URL, HTTP_ACCEPT_LANGUAGE="bn")
    html = response.content.decode()

    assert response.status_code == 200
    assert '<html lang="bn">' in html
    assert "<h1>পাসওয়ার্ড মনে নেই?</h1>" in html
    assert "আপনার সমন্বয়কারীকে জিজ্ঞেস করুন" in html


@pytest.mark.django_db
def test_password_reset_by_email_still_works_from_the_page(client):
    response = client.post(RESET_URL, {"email": "nobody@example.org"})

    assert response.status_code == 302
    assert response.url == "/accounts/password/reset/done/"
