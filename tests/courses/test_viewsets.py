"""The cohort membership admin records who was shown (DOMAIN.md 6.4): the listing as one
audit entry per visit with how many people its page shows, a membership's page per person."""

import pytest
from django.urls import reverse

from courses.models import Cohort, CohortMembership
from tests.factories import UserFactory, user_with_role
from trauma_training.audit.models import AuditEntry
from trauma_training.models import Collective

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(db):
    return user_with_role("coordinator", username="crd-k")


@pytest.fixture
def coordinator_client(client, settings, coordinator):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(coordinator)
    return client


def coordinated_cohort(name: str, coordinator) -> Cohort:
    """A cohort of a collective `coordinator` coordinates (a coordinator manages only those)."""
    cohort = Cohort.objects.create(name=name)
    Collective.objects.create(cohort=cohort, region="Telangana").coordinators.add(coordinator)
    return cohort


@pytest.fixture
def cohort(db, coordinator):
    return coordinated_cohort("Sahas", coordinator)


def members_make(cohort, count: int) -> list[CohortMembership]:
    return [
        CohortMembership.objects.create(cohort=cohort, user=UserFactory()) for _ in range(count)
    ]


def person_entries():
    return list(AuditEntry.objects.filter(action="viewed_person_data").order_by("sequence"))


def test_cohort_membership_listing_records_one_entry_with_the_count(
    coordinator_client, coordinator, cohort
):
    members_make(cohort, 3)

    response = coordinator_client.get(reverse("cohortmembership:index"))

    assert response.status_code == 200
    [entry] = person_entries()
    assert (entry.actor_id, entry.subject_id, entry.target, entry.detail) == (
        coordinator.pk,
        None,
        "admin: cohort memberships listing",
        {"count": 3, "page": 1},
    )


def test_cohort_membership_listing_counts_the_people_on_this_page_not_the_total(
    coordinator_client, cohort
):
    members_make(cohort, 23)  # Wagtail shows 20 a page

    coordinator_client.get(reverse("cohortmembership:index"), {"p": "2"})

    [entry] = person_entries()
    assert entry.detail == {"count": 3, "page": 2}


def test_cohort_membership_listing_filtered_results_are_recorded(
    coordinator_client, coordinator, cohort
):
    members_make(cohort, 2)
    other = coordinated_cohort("Elsewhere", coordinator)
    members_make(other, 4)

    coordinator_client.get(reverse("cohortmembership:index_results"), {"cohort": other.pk})

    [entry] = person_entries()
    assert (entry.target, entry.detail) == (
        "admin: cohort memberships listing",
        {"count": 4, "page": 1},
    )


def test_cohort_membership_listing_with_no_one_records_nothing(coordinator_client):
    assert coordinator_client.get(reverse("cohortmembership:index")).status_code == 200
    assert person_entries() == []


def test_cohort_membership_listing_refused_to_a_learner_records_nothing(client, learner, cohort):
    members_make(cohort, 2)
    client.force_login(learner)

    response = client.get(reverse("cohortmembership:index"))

    assert response.status_code in (302, 403)
    assert person_entries() == []


def test_cohort_membership_listing_queries_do_not_grow_with_rows(
    coordinator_client, cohort, django_assert_max_num_queries
):
    members_make(cohort, 2)
    url = reverse("cohortmembership:index")
    coordinator_client.get(url)  # warm caches (content types, site, permissions)
    # 12 for the page, 5 for the audit entry (savepoint, chain head, insert, head, release), 1
    # for the Settings menu (a coordinator may change no site setting: Wagtail then looks for
    # per-site setting permissions).
    with django_assert_max_num_queries(18):
        coordinator_client.get(url)
    members_make(cohort, 12)
    with django_assert_max_num_queries(18):
        response = coordinator_client.get(url)

    assert len(response.context["object_list"]) == 14


def test_cohort_membership_edit_page_records_the_member(coordinator_client, coordinator, cohort):
    [membership] = members_make(cohort, 1)

    response = coordinator_client.get(reverse("cohortmembership:edit", args=[membership.pk]))

    assert response.status_code == 200
    [entry] = person_entries()
    assert (entry.actor_id, entry.subject_id, entry.target, entry.detail) == (
        coordinator.pk,
        membership.user_id,
        "admin: cohort membership",
        {},
    )


def test_cohort_membership_edit_page_refused_to_a_learner_records_nothing(client, learner, cohort):
    [membership] = members_make(cohort, 1)
    client.force_login(learner)

    response = client.get(reverse("cohortmembership:edit", args=[membership.pk]))

    assert response.status_code in (302, 403)
    assert person_entries() == []


def test_cohort_membership_edit_page_queries_are_bounded(
    coordinator_client, cohort, django_assert_max_num_queries
):
    [membership] = members_make(cohort, 1)
    url = reverse("cohortmembership:edit", args=[membership.pk])
    coordinator_client.get(url)
    members_make(cohort, 10)
    # 16 for the page, 1 for the check that the membership is the coordinator's, 5 for the
    # audit entry, 1 for the Settings menu (per-site setting permissions), 1 for the
    # collectives that tell people of the same name apart (courses.people).
    with django_assert_max_num_queries(24):
        coordinator_client.get(url)
