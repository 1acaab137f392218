"""The Wagtail admin for xAPI credentials: coordinators make them, the secret is shown once
and stored hashed, trainers cannot see them."""

import pytest
from django.contrib.auth.hashers import check_password
from django.test import Client, override_settings

from courses.models import XAPICredential
from tests.courses.xapi.helpers import basic, get, xapi_client
from tests.factories import user_with_role

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_staff_mfa")]

INDEX = "/admin/xapi_credentials/"
ADD = "/admin/xapi_credentials/new/"
# What a coordinator's credential is by default: their collectives, read only.
SCOPED = {"scope": "collectives", "access": "read"}


@pytest.fixture
def no_staff_mfa():
    with override_settings(CMS_STAFF_MFA_REQUIRED=False):
        yield


def signed_in(role: str) -> Client:
    client = Client()
    client.force_login(user_with_role(role, username=f"{role}-x"))
    return client


def test_coordinator_creates_a_credential_and_sees_the_secret_once():
    coordinator = signed_in("coordinator")
    response = coordinator.post(ADD, {**SCOPED, "name": "Partner quiz tool", "active": "on"})
    assert response.status_code == 200
    credential = XAPICredential.objects.get()
    secret = response.context["secret"]
    page = response.content.decode()
    assert credential.key in page and secret in page
    assert "http://127.0.0.1:8000/xapi/" in page
    assert "no-store" in response["Cache-Control"]
    assert credential.created_by.username == "coordinator-x"
    assert check_password(secret, credential.secret_hash)
    assert secret not in credential.secret_hash

    # The secret works, and is never shown again.
    client = xapi_client(HTTP_AUTHORIZATION=basic(credential.key, secret))
    assert get(client).status_code == 200
    listing = coordinator.get(INDEX)
    assert listing.status_code == 200
    assert credential.key in listing.content.decode()
    assert secret not in listing.content.decode()
    edit = coordinator.get(f"/admin/xapi_credentials/edit/{credential.pk}/")
    assert secret not in edit.content.decode()


def test_coordinator_switches_a_credential_off():
    coordinator = signed_in("coordinator")
    coordinator.post(ADD, {**SCOPED, "name": "Partner", "active": "on"})
    credential = XAPICredential.objects.get()
    response = coordinator.post(
        f"/admin/xapi_credentials/edit/{credential.pk}/", {**SCOPED, "name": "Partner"}
    )
    assert response.status_code == 302
    credential.refresh_from_db()
    assert credential.active is False


def test_trainers_may_not_manage_credentials():
    trainer = signed_in("trainer")
    assert trainer.get(INDEX).status_code == 302
    assert trainer.post(ADD, {"name": "Sneaky", "active": "on"}).status_code == 302
    assert not XAPICredential.objects.exists()


@pytest.mark.parametrize("page", ["history", "history-results", "usage"])
def test_history_and_usage_open_for_ones_own_credential_only(page):
    coordinator = signed_in("coordinator")
    coordinator.post(ADD, {**SCOPED, "name": "Partner quiz tool", "active": "on"})
    own = XAPICredential.objects.get()
    someone_elses = XAPICredential.objects.create(
        name="Another collective's tool", key="k-other", secret_hash="x"
    )

    opened = coordinator.get(f"/admin/xapi_credentials/{page}/{own.pk}/")
    refused = coordinator.get(f"/admin/xapi_credentials/{page}/{someone_elses.pk}/")

    assert (opened.status_code, refused.status_code) == (200, 404)
    assert "Another collective" not in refused.content.decode()
