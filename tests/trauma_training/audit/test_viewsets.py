"""Wagtail's users listing, replaced by `AuditedUserViewSet`, records who was shown
(DOMAIN.md 6.4): one audit entry per visit with how many other people its page names."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory, user_with_role
from trauma_training.audit.models import AuditEntry

pytestmark = pytest.mark.django_db

URL = reverse("wagtailusers_users:index")


@pytest.fixture
def admin(db):
    return user_with_role("admin", username="admin-a")


@pytest.fixture
def staff_client(client, settings):
    settings.CMS_STAFF_MFA_REQUIRED = False
    return client


def listing_entries():
    return list(AuditEntry.objects.filter(target="admin: users listing").order_by("sequence"))


def test_users_listing_records_one_entry_with_the_count(staff_client, admin):
    UserFactory.create_batch(3)
    staff_client.force_login(admin)

    response = staff_client.get(URL)

    assert response.status_code == 200
    [entry] = listing_entries()
    # The three, not the admin themself.
    assert (entry.actor_id, entry.action, entry.subject_id, entry.detail) == (
        admin.pk,
        "viewed_person_data",
        None,
        {"count": 3, "page": 1},
    )


def test_users_listing_counts_the_people_on_this_page_not_the_total(staff_client, admin):
    UserFactory.create_batch(22)  # 23 with the admin; Wagtail shows 20 a page
    staff_client.force_login(admin)

    staff_client.get(URL, {"p": "2"})

    [entry] = listing_entries()
    # Ordered by username, "admin-a" is on page 1; page 2 holds the last three.
    assert entry.detail == {"count": 3, "page": 2}


def test_users_listing_filtered_results_are_recorded(staff_client, admin):
    UserFactory.create_batch(2)
    staff_client.force_login(admin)

    staff_client.get(reverse("wagtailusers_users:index_results"))

    [entry] = listing_entries()
    assert entry.detail == {"count": 2, "page": 1}


@pytest.mark.parametrize("role", ["coordinator", "learner"])
def test_users_listing_refused_records_nothing(staff_client, role):
    UserFactory.create_batch(2)
    staff_client.force_login(user_with_role(role, username=f"{role}-a"))

    response = staff_client.get(URL)

    assert response.status_code in (302, 403)
    assert listing_entries() == []


def test_users_listing_queries_do_not_grow_with_people(
    staff_client, admin, django_assert_max_num_queries
):
    UserFactory.create_batch(2)
    staff_client.force_login(admin)
    staff_client.get(URL)  # warm caches
    # 9 for the page, 5 for the audit entry (savepoint, chain head, insert, head, release).
    with django_assert_max_num_queries(14):
        staff_client.get(URL)
    UserFactory.create_batch(12)
    with django_assert_max_num_queries(14):
        response = staff_client.get(URL)

    assert len(response.context["object_list"]) == 15
