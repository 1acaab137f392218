"""Correcting my display name, language and email."""

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from tests.factories import user_with_role

pytestmark = pytest.mark.django_db

URL = reverse("rights:correct")


@pytest.fixture
def asha(db):
    return user_with_role("learner", username="asha", display_name="Asha", email="")


def test_account_correct_page_shows_current_values(client, asha):
    client.force_login(asha)

    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Asha"' in html
    assert '<label for="id_email">' in html
    assert "ask your coordinator" in html


def test_account_correct_good_input_saves(client, asha):
    client.force_login(asha)

    response = client.post(
        URL,
        {"display_name": "  Asha D ", "preferred_language": "bn", "email": "asha@example.org"},
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("rights:my_data")
    asha.refresh_from_db()
    assert (asha.display_name, asha.preferred_language, asha.email) == (
        "Asha D",
        "bn",
        "asha@example.org",
    )
    # allauth keeps no plain-text copy of the address (docs/email-privacy.md).
    assert not EmailAddress.objects.filter(user=asha).exists()
    assert asha.username == "asha"


def test_account_correct_empty_email_removes_it(client, asha):
    asha.email = "old@example.org"
    asha.save()
    client.force_login(asha)

    response = client.post(URL, {"display_name": "Asha", "preferred_language": "en", "email": ""})

    assert response.status_code == 302
    asha.refresh_from_db()
    assert asha.email == ""
    assert not EmailAddress.objects.filter(user=asha).exists()


@pytest.mark.parametrize(
    "data, field",
    [
        ({"display_name": "A", "preferred_language": "xx", "email": ""}, "preferred_language"),
        ({"display_name": "A", "preferred_language": "en", "email": "not-an-email"}, "email"),
        ({"display_name": "A" * 61, "preferred_language": "en", "email": ""}, "display_name"),
    ],
)
def test_account_correct_bad_input_400_unchanged(client, asha, data, field):
    client.force_login(asha)

    response = client.post(URL, data)

    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert 'role="alert"' in response.content.decode()
    asha.refresh_from_db()
    assert (asha.display_name, asha.preferred_language, asha.email) == ("Asha", "en", "")


def test_account_correct_email_of_another_account_refused(client, asha):
    user_with_role("learner", username="bina", email="Bina@Example.org")
    client.force_login(asha)

    response = client.post(
        URL, {"display_name": "Asha 2", "preferred_language": "en", "email": "bina@example.org"}
    )

    assert response.status_code == 400
    assert response.context["form"].errors["email"] == [
        "Another account uses this email address. Please use a different one."
    ]
    asha.refresh_from_db()
    assert (asha.display_name, asha.email) == ("Asha", "")


def test_account_correct_saved_message_is_in_the_language_just_chosen(client, asha):
    client.force_login(asha)

    client.post(URL, {"display_name": "Asha", "preferred_language": "bn", "email": ""})
    page = client.get(reverse("rights:my_data")).content.decode()

    assert "আপনার বিবরণ সেভ হয়েছে।" in page
    assert "Your details are saved." not in page
