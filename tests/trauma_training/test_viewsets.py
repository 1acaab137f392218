"""The collective admin records who was shown (DOMAIN.md 6.4): the edit and inspect pages
name the collective's coordinators, one audit entry per visit with the count; the listing
names no one and records nothing."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from courses.models import Cohort
from tests.factories import user_with_role
from trauma_training.audit.models import AuditEntry
from trauma_training.models import Collective

pytestmark = pytest.mark.django_db


def collective_make(name: str, *, coordinators) -> Collective:
    collective = Collective.objects.create(
        cohort=Cohort.objects.create(name=name), region="West Bengal"
    )
    collective.coordinators.set(coordinators)
    return collective


def coordinator_make(username: str):
    coordinator = user_with_role("coordinator", username=username)
    for codename in ("view_collective", "change_collective"):
        coordinator.user_permissions.add(Permission.objects.get(codename=codename))
    return coordinator


@pytest.fixture
def people(db):
    return {
        "coordinator": coordinator_make("crd-k"),
        "co_coordinator": coordinator_make("crd-l"),
        "third": coordinator_make("crd-m"),
        "other_coordinator": coordinator_make("crd-o"),
    }


@pytest.fixture
def collective(people):
    return collective_make(
        "Sahas", coordinators=[people["coordinator"], people["co_coordinator"], people["third"]]
    )


@pytest.fixture
def staff_client(client, settings):
    settings.CMS_STAFF_MFA_REQUIRED = False
    return client


def person_entries():
    return list(AuditEntry.objects.filter(action="viewed_person_data").order_by("sequence"))


@pytest.mark.parametrize(
    ("name", "target"),
    [("edit", "admin: collective edit page"), ("inspect", "admin: collective")],
)
def test_collective_admin_page_records_one_entry_with_the_coordinators_shown(
    staff_client, people, collective, name, target
):
    staff_client.force_login(people["coordinator"])

    response = staff_client.get(reverse(f"collectives:{name}", args=[collective.pk]))

    assert response.status_code == 200
    [entry] = person_entries()
    # The two other coordinators; the viewer is not "another person".
    assert (entry.actor_id, entry.subject_id, entry.target, entry.detail) == (
        people["coordinator"].pk,
        None,
        target,
        {"count": 2, "collective_id": collective.pk},
    )


@pytest.mark.parametrize("name", ["edit", "inspect"])
def test_collective_admin_page_of_another_collective_records_nothing(
    staff_client, people, collective, name
):
    staff_client.force_login(people["other_coordinator"])

    response = staff_client.get(reverse(f"collectives:{name}", args=[collective.pk]))

    assert response.status_code == 404
    assert person_entries() == []


@pytest.mark.parametrize("name", ["edit", "inspect"])
def test_collective_admin_page_refused_to_a_learner_records_nothing(
    staff_client, learner, collective, name
):
    staff_client.force_login(learner)

    response = staff_client.get(reverse(f"collectives:{name}", args=[collective.pk]))

    assert response.status_code in (302, 403)
    assert person_entries() == []


def test_collective_admin_listing_names_no_one_and_records_nothing(
    staff_client, people, collective
):
    staff_client.force_login(people["coordinator"])

    response = staff_client.get(reverse("collectives:index"))

    assert response.status_code == 200
    assert list(response.context["object_list"]) == [collective]
    assert person_entries() == []


@pytest.mark.parametrize("name", ["edit", "inspect"])
def test_collective_admin_page_queries_do_not_grow_with_coordinators(
    staff_client, people, collective, name, django_assert_max_num_queries
):
    staff_client.force_login(people["coordinator"])
    url = reverse(f"collectives:{name}", args=[collective.pk])
    staff_client.get(url)  # warm caches (content types, site, permissions)
    # The page, one query for the coordinators, 5 for the audit entry (savepoint, chain
    # head, insert, head, release), and the Settings menu's look at site permissions (a
    # coordinator may change no setting, so Wagtail asks whether they may manage a site).
    bound = {"edit": 24, "inspect": 20}[name]
    with django_assert_max_num_queries(bound):
        staff_client.get(url)
    collective.coordinators.add(*(coordinator_make(f"crd-{n}") for n in range(8)))
    with django_assert_max_num_queries(bound):
        staff_client.get(url)

    assert person_entries()[-1].detail["count"] == 10
