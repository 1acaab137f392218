"""Who a credential reaches (`courses.xapi.auth.credential_learner_ids`), the one rule for who
may give a scope (`services.credential_scope_check`), and the migration's safe default."""

from importlib import import_module

import pytest
from django.apps import apps as global_apps
from django.core.exceptions import ValidationError
from django.test import override_settings

from courses.models import XAPICredential
from courses.xapi import services
from courses.xapi.auth import XAPIClient, credential_learner_ids
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db

SCOPE_RULE = "tests.courses.xapi.test_scope.everyone_but_the_creator"


def everyone_but_the_creator(user):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.exclude(pk=user.pk).values("pk")


def _credential(*, scope, creator, access=XAPICredential.Access.READ):
    return XAPICredential(name="t", key="k", scope=scope, access=access, created_by=creator)


@override_settings(COURSES_XAPI_LEARNERS_IN_SCOPE=SCOPE_RULE)
def test_credential_learner_ids_asks_the_host_rule_for_the_creator(learner, other_learner):
    coordinator = user_with_role("coordinator", username="c")
    credential = _credential(scope=XAPICredential.Scope.COLLECTIVES, creator=coordinator)

    assert credential_learner_ids(credential) == frozenset({learner.pk, other_learner.pk})


@pytest.mark.parametrize("problem", ["no rule", "no creator", "creator inactive"])
def test_credential_learner_ids_of_collectives_fails_closed(learner, problem):
    coordinator = user_with_role("coordinator", username="c")
    if problem == "creator inactive":
        coordinator.is_active = False
    credential = _credential(
        scope=XAPICredential.Scope.COLLECTIVES,
        creator=None if problem == "no creator" else coordinator,
    )
    rule = "" if problem == "no rule" else SCOPE_RULE

    with override_settings(COURSES_XAPI_LEARNERS_IN_SCOPE=rule):
        assert credential_learner_ids(credential) == frozenset()


def test_credential_learner_ids_of_site_is_everyone_only_while_an_admin_owns_it():
    admin = user_with_role("admin", username="root")
    site = _credential(scope=XAPICredential.Scope.SITE, creator=admin)
    ownerless = _credential(scope=XAPICredential.Scope.SITE, creator=None)
    assert credential_learner_ids(site) is None
    assert credential_learner_ids(ownerless) is None

    admin.is_superuser = False

    assert credential_learner_ids(site) == frozenset()


def test_client_reaches_agents_who_are_not_users_only_site_wide():
    site = XAPIClient(credential=_credential(scope=XAPICredential.Scope.SITE, creator=None))
    scoped = XAPIClient(credential=_credential(scope="collectives", creator=None))
    assert site.reaches(None) is True
    assert scoped.reaches(None) is False


@pytest.mark.parametrize(
    ("scope", "role", "allowed"),
    [
        ("site", "admin", True),
        ("site", None, True),
        ("site", "coordinator", False),
        ("collectives", "coordinator", True),
        ("collectives", None, False),
        ("nonsense", "admin", False),
    ],
)
def test_credential_scope_check_decides_who_may_give_a_scope(scope, role, allowed):
    owner = user_with_role(role, username=f"{role}-o") if role else None
    if allowed:
        services.credential_scope_check(scope=scope, owner=owner)
    else:
        with pytest.raises(ValidationError):
            services.credential_scope_check(scope=scope, owner=owner)


def test_migration_switches_off_credentials_without_a_creator():
    coordinator = user_with_role("coordinator", username="c")
    owned, _secret = services.credential_create(
        name="owned", created_by=coordinator, scope="collectives", access="read"
    )
    orphan, _secret = services.credential_create(
        name="orphan", created_by=None, scope="site", access="read_write"
    )
    migration = import_module("courses.migrations.0006_xapi_credential_scope")

    migration.existing_credentials_made_safe(global_apps, None)

    owned.refresh_from_db()
    orphan.refresh_from_db()
    assert (owned.active, owned.scope, owned.access) == (True, "collectives", "read")
    assert orphan.active is False
