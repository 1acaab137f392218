"""allauth's own pages read in Bengali (cms/allauth_messages.py, docs/translations.md).

allauth ships no bn/hi/te catalogues; its msgids are translated in ours. These tests need the
translations of /tmp/i18n/allauth.json in the catalogues (merged by the lead).
"""

import pytest
from django.conf import settings

from tests.factories import user_with_role

# allauth's English on these pages (and Django's password-rule help texts), none of which a
# Bengali reader should see.
ENGLISH = [
    "Sign In",
    "Sign Up",
    "If you have not created an account yet",
    "Already have an account?",
    "Email (optional)",
    "Your password can’t be",
    "Your password must contain at least",
    "Password Reset",
    "We have sent you an email",
    "contact us",
    "Change Password",
    "Current Password",
    "New Password",
    "You are already logged in as",
]


def bengali_page(client, url: str) -> str:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "bn"
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="bn">' in html
    return html


def english_left(html: str) -> list[str]:
    return [phrase for phrase in ENGLISH if phrase in html]


@pytest.mark.django_db
def test_login_page_is_bengali(client):
    html = bengali_page(client, "/accounts/login/")

    assert english_left(html) == []
    assert "এখনও অ্যাকাউন্ট নেই? তাহলে আগে" in html
    assert "সাইন আপ করুন</a>" in html


@pytest.mark.django_db
def test_signup_page_and_password_rules_are_bengali(client):
    html = bengali_page(client, "/accounts/signup/")

    assert english_left(html) == []
    assert "আগে থেকেই অ্যাকাউন্ট আছে? তাহলে" in html
    assert "পাসওয়ার্ড শুধু সংখ্যা দিয়ে হতে পারবে না।" in html
    assert "পাসওয়ার্ডে অন্তত 8টি অক্ষর থাকতে হবে।" in html


@pytest.mark.django_db
def test_password_reset_done_page_is_true_and_bengali(client):
    html = bengali_page(client, "/accounts/password/reset/done/")

    assert english_left(html) == []
    assert "<h1>আপনার ইমেল দেখুন</h1>" in html
    assert "ঠিকানাটি এখানকার কোনো অ্যাকাউন্টের হলে" in html
    assert "ইমেল আসেনি? আপনার সমন্বয়কারীকে জিজ্ঞেস করুন" in html


@pytest.mark.django_db
def test_password_reset_done_page_in_english_no_longer_claims_an_email_was_sent(client):
    html = client.get("/accounts/password/reset/done/").content.decode()

    assert "We have sent you an email" not in html
    assert "<h1>Check your email</h1>" in html
    assert (
        "If that address belongs to an account here, a link to choose a new password is on "
        "its way. It can take a few minutes."
    ) in html
    assert (
        "No email? Ask your coordinator: they can give you a new password. You do not need an "
        "email address for that."
    ) in html
    assert '<a href="/accounts/login/">Back to sign in</a>' in html


@pytest.mark.django_db
def test_password_change_page_is_bengali_for_a_bengali_learner(client):
    learner = user_with_role("learner", username="nadi")
    learner.preferred_language = "bn"
    learner.save(update_fields=["preferred_language"])
    client.force_login(learner)

    html = bengali_page(client, "/accounts/password/change/")

    assert english_left(html) == []
    assert "এখনকার পাসওয়ার্ড" in html
    assert "নতুন পাসওয়ার্ড (আরেকবার)" in html
    assert "পাসওয়ার্ড বদলান" in html


@pytest.mark.django_db
def test_unmatched_sign_in_message_is_bengali(client):
    user_with_role("learner", username="nadi")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "bn"

    response = client.post("/accounts/login/", {"login": "nadi", "password": "not-this-one"})
    html = response.content.decode()

    assert response.status_code == 200
    assert "The username and/or password you specified are not correct." not in html
    assert "এই ইউজারনেম আর পাসওয়ার্ড মিলছে না। আরেকবার লিখে দেখুন।" in html


def test_allauth_errors_use_our_kinder_words():
    from allauth.account.adapter import get_adapter as account_adapter
    from allauth.mfa.adapter import get_adapter as mfa_adapter

    account = account_adapter()
    mfa = mfa_adapter()

    assert account.validation_error("incorrect_password").messages == [
        "That password does not match. Please try again."
    ]
    assert account.validation_error("too_many_login_attempts").messages == [
        "Too many tries. Please wait a few minutes, then try again."
    ]
    assert mfa.validation_error("incorrect_code").messages == [
        "That code does not match. Type the code your app shows now."
    ]
