"""The host site's own views: health check, language, coordinator password reset."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import OperationalError
from django.test import Client

from cms import services, views
from cms.roles import Role
from courses.models import Cohort, CohortMembership
from tests.factories import user_with_role
from trauma_training.models import Collective

User = get_user_model()


# --- /healthz -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_answers(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


class _BrokenConnection:
    def cursor(self):
        raise OperationalError("could not connect to server")


@pytest.mark.django_db
def test_healthz_answers_503_with_json_when_the_database_is_down(client, monkeypatch):
    monkeypatch.setattr(views, "connection", _BrokenConnection())

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "unavailable", "database": "down"}


@pytest.mark.django_db
def test_healthz_refuses_post(client):
    assert client.post("/healthz").status_code == 405


# --- Language ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_language_preferred_language_is_used_for_pages(client):
    client.force_login(user_with_role(Role.LEARNER, preferred_language="hi"))

    response = client.get("/learn/")

    assert response.status_code == 200
    assert response["Content-Language"] == "hi"
    assert '<html lang="hi">' in response.content.decode()


@pytest.mark.django_db
def test_language_default_is_english_for_anonymous(client):
    response = client.get("/accounts/login/")

    assert response["Content-Language"] == "en"
    assert '<html lang="en">' in response.content.decode()


@pytest.mark.django_db
def test_language_post_stores_choice_on_the_user(client):
    user = user_with_role(Role.LEARNER, preferred_language="en")
    client.force_login(user)

    response = client.post("/language/", {"language": "te", "next": "/learn/"})

    assert (response.status_code, response["Location"]) == (302, "/learn/")
    user.refresh_from_db()
    assert user.preferred_language == "te"
    assert response.cookies["django_language"].value == "te"
    assert client.get("/learn/")["Content-Language"] == "te"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/steal", "//evil.example/", "javascript:alert(1)", ""],
)
def test_language_post_ignores_an_unsafe_next_url(client, next_url):
    client.force_login(user_with_role(Role.LEARNER))

    response = client.post("/language/", {"language": "bn", "next": next_url})

    assert (response.status_code, response["Location"]) == (302, "/")


@pytest.mark.django_db
def test_language_post_with_unknown_language_changes_nothing(client):
    user = user_with_role(Role.LEARNER, preferred_language="bn")
    client.force_login(user)

    response = client.post("/language/", {"language": "xx", "next": "/learn/"})

    assert (response.status_code, response["Location"]) == (302, "/learn/")
    assert "django_language" not in response.cookies
    user.refresh_from_db()
    assert user.preferred_language == "bn"


@pytest.mark.django_db
def test_language_post_for_anonymous_sets_only_the_cookie(client):
    response = client.post("/language/", {"language": "hi"})

    assert (response.status_code, response["Location"]) == (302, "/")
    assert response.cookies["django_language"].value == "hi"


@pytest.mark.django_db
def test_language_get_is_refused(client):
    assert client.get("/language/").status_code == 405


# --- Coordinator password reset ---------------------------------------------------------------


def reset_url(user) -> str:
    return f"/admin/people/{user.pk}/reset-password/"


@pytest.fixture
def coordinator_client(settings):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client = Client()
    coordinator = user_with_role(Role.COORDINATOR, username="coord")
    client.force_login(coordinator)
    client.user = coordinator
    # A coordinator reaches only the people of the collectives they coordinate (issue #11).
    client.cohort = Cohort.objects.create(name="Coordinated")
    Collective.objects.create(cohort=client.cohort, region="Telangana").coordinators.add(
        coordinator
    )
    return client


def join(client, user, role="member"):
    """Make `user` a member (or facilitator) of the coordinator's collective; returns it."""
    CohortMembership.objects.create(cohort=client.cohort, user=user, role=role)
    return user


def password_works(username: str, password: str) -> bool:
    response = Client().post("/accounts/login/", {"login": username, "password": password})
    return response.status_code == 302


@pytest.mark.django_db
def test_reset_password_get_shows_confirm_page_and_changes_nothing(coordinator_client):
    learner = join(coordinator_client, user_with_role(Role.LEARNER, username="asha"))

    response = coordinator_client.get(reset_url(learner))

    assert response.status_code == 200
    assert response.context["password"] is None
    assert "Set a new temporary password for asha?" in response.content.decode()
    assert password_works("asha", "pass-word-123")


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.LEARNER, Role.MENTOR])
def test_reset_password_post_sets_a_password_that_works(coordinator_client, role):
    join(coordinator_client, user_with_role(role, username="asha"))
    target = User.objects.get(username="asha")

    response = coordinator_client.post(reset_url(target))

    assert response.status_code == 200
    password = response.context["password"]
    assert re.fullmatch(r"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}", password)
    assert password in response.content.decode()
    assert password_works("asha", password)
    assert not password_works("asha", "pass-word-123")


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.TRAINER, Role.COORDINATOR, Role.ADMIN])
def test_reset_password_refuses_staff_targets(coordinator_client, role):
    target = join(coordinator_client, user_with_role(role, username="staffer"))

    response = coordinator_client.post(reset_url(target))

    # A 404 like an account that does not exist (issue #11), even inside the collective.
    assert response.status_code == 404
    assert password_works("staffer", "pass-word-123")


@pytest.mark.django_db
def test_reset_password_refuses_own_password(coordinator_client):
    response = coordinator_client.post(reset_url(coordinator_client.user))

    assert response.status_code == 404
    assert password_works("coord", "pass-word-123")


@pytest.mark.django_db
def test_reset_password_unknown_person_is_404(coordinator_client):
    assert coordinator_client.get("/admin/people/999999/reset-password/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.LEARNER, Role.MENTOR])
def test_reset_password_refused_to_learner_and_mentor(client, settings, role):
    settings.CMS_STAFF_MFA_REQUIRED = False
    target = user_with_role(Role.LEARNER, username="asha")
    client.force_login(user_with_role(role, username="actor"))

    response = client.post(reset_url(target))

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={reset_url(target)}"
    assert password_works("asha", "pass-word-123")


@pytest.mark.django_db
def test_reset_password_refused_to_trainer(client, settings):
    settings.CMS_STAFF_MFA_REQUIRED = False
    target = user_with_role(Role.LEARNER, username="asha")
    client.force_login(user_with_role(Role.TRAINER, username="actor"))

    response = client.post(reset_url(target))

    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert password_works("asha", "pass-word-123")


@pytest.mark.django_db
def test_reset_password_service_refuses_with_permission_denied():
    coordinator = user_with_role(Role.COORDINATOR, username="coord")
    trainer = user_with_role(Role.TRAINER, username="tina")
    learner = user_with_role(Role.LEARNER, username="asha")

    for actor, target in ((coordinator, trainer), (coordinator, coordinator), (trainer, learner)):
        with pytest.raises(PermissionDenied):
            services.user_reset_password(actor=actor, target=target)

    assert password_works("tina", "pass-word-123")
    assert password_works("coord", "pass-word-123")
    assert password_works("asha", "pass-word-123")


@pytest.mark.django_db
def test_find_a_person_and_password_reset_are_written_to_the_audit_log(coordinator_client):
    from trauma_training.audit.models import AuditEntry

    asha = join(coordinator_client, user_with_role(Role.LEARNER, username="asha"))
    join(coordinator_client, user_with_role(Role.LEARNER, username="ashwini"))
    coordinator = User.objects.get(pk=coordinator_client.session["_auth_user_id"])
    before = AuditEntry.objects.count()

    coordinator_client.get("/admin/people/", {"q": "ash"})
    coordinator_client.get(reset_url(asha))
    coordinator_client.post(reset_url(asha))

    entries = AuditEntry.objects.order_by("sequence")[before:]
    assert [(e.action, e.actor_id, e.subject.username, e.target) for e in entries] == [
        ("viewed_person_data", coordinator.pk, "asha", "find a person: search result"),
        ("viewed_person_data", coordinator.pk, "ashwini", "find a person: search result"),
        ("viewed_person_data", coordinator.pk, "asha", "password reset page"),
        ("viewed_person_data", coordinator.pk, "asha", "password reset: new password given"),
    ]
