"""Builders for the accounts, roles and permission tests."""

from datetime import timedelta

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.utils import timezone

from cms.models import Invitation
from courses.models import Cohort


@pytest.fixture
def cohort(db):
    return Cohort.objects.create(name="Test collective")


@pytest.fixture
def make_invitation(db):
    """Make an invitation; by default a single-use learner code valid for a week."""

    def make(**fields) -> Invitation:
        fields.setdefault("expires_at", timezone.now() + timedelta(days=7))
        return Invitation.objects.create(**fields)

    return make


def add_totp(user) -> Authenticator:
    """Give `user` a TOTP authenticator, stored the way allauth stores one on activation."""
    return TOTP.activate(user, "JBSWY3DPEHPK3PXP").instance


@pytest.fixture
def client_factory():
    """Fresh test clients, for several people signing up one after another."""
    from django.test import Client

    return Client
