"""Staff must set up an authenticator app (TOTP) before they enter the Wagtail admin."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.messages import get_messages
from django.test import override_settings
from django.urls import reverse

from cms.roles import Role
from tests.cms.conftest import add_totp
from tests.factories import user_with_role

STAFF = [Role.TRAINER, Role.COORDINATOR, Role.ADMIN]


@pytest.mark.django_db
@pytest.mark.parametrize("role", STAFF)
def test_mfa_staff_without_totp_is_sent_to_set_it_up(client, role):
    client.force_login(user_with_role(role))

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Staff accounts need an authenticator app. Please set one up to continue."
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("role", STAFF)
def test_mfa_staff_without_totp_cannot_reach_any_admin_page(client, role):
    client.force_login(user_with_role(role))

    for url in ("/admin/pages/", "/admin/learning/analytics/", "/admin/invitations/"):
        response = client.get(url)
        assert (url, response.status_code, response["Location"]) == (
            url,
            302,
            reverse("mfa_activate_totp"),
        )


@pytest.mark.django_db
@pytest.mark.parametrize("role", STAFF)
def test_mfa_staff_with_totp_reach_the_admin(client, role):
    user = user_with_role(role)
    authenticator = add_totp(user)
    client.force_login(user)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert authenticator.type == Authenticator.Type.TOTP


@pytest.mark.django_db
def test_mfa_recovery_codes_alone_do_not_count(client):
    user = user_with_role(Role.TRAINER)
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.RECOVERY_CODES, data={"seed": "00", "used_mask": 0}
    )
    client.force_login(user)

    response = client.get("/admin/")

    assert (response.status_code, response["Location"]) == (302, reverse("mfa_activate_totp"))


@pytest.mark.django_db
def test_mfa_staff_signing_in_reaches_the_activation_form_without_a_loop(client):
    """Sign in, open the admin, get sent to set up TOTP, confirm the password, see the form.
    The pages on the way are outside /admin/, so the middleware never loops."""
    user_with_role(Role.TRAINER, username="tina")
    activate = reverse("mfa_activate_totp")
    client.post("/accounts/login/", {"login": "tina", "password": "pass-word-123"})

    to_activate = client.get("/admin/")
    to_confirm = client.get(activate)
    confirmed = client.post(to_confirm["Location"], {"password": "pass-word-123"})
    form = client.get(activate)

    assert (to_activate.status_code, to_activate["Location"]) == (302, activate)
    assert to_confirm.status_code == 302
    assert to_confirm["Location"].startswith(reverse("account_reauthenticate"))
    assert (confirmed.status_code, confirmed["Location"]) == (302, activate)
    assert form.status_code == 200
    assert 'name="code"' in form.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.LEARNER, Role.MENTOR])
def test_mfa_learner_pages_are_unaffected(client, role):
    client.force_login(user_with_role(role))

    response = client.get("/learn/")

    assert response.status_code == 200


@pytest.mark.django_db
def test_mfa_staff_learner_pages_are_unaffected(client):
    """A trainer without TOTP can still use the learner side of the site."""
    client.force_login(user_with_role(Role.TRAINER))

    assert client.get("/learn/").status_code == 200


@pytest.mark.django_db
@override_settings(CMS_STAFF_MFA_REQUIRED=False)
def test_mfa_can_be_switched_off_by_setting(client):
    client.force_login(user_with_role(Role.COORDINATOR))

    assert client.get("/admin/").status_code == 200
