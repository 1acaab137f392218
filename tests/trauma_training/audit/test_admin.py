"""The read-only audit log listing in the Wagtail admin: superusers only, view only."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory, user_with_role
from tests.trauma_training.audit.helpers import entries_make
from trauma_training.audit.models import AuditEntry


@pytest.fixture
def admin_client(client, settings, db):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role("admin", username="admin-a"))
    return client


@pytest.fixture
def entries(db):
    return entries_make(3, actor=UserFactory(display_name="Asha"), subject=UserFactory())


def test_audit_listing_shows_labels_newest_first_in_few_queries(
    admin_client, entries, django_assert_max_num_queries
):
    entries_make(10)  # the query count does not grow with the entries
    # 10 for the page, 5 for recording the visit (savepoint, chain head, insert, head, release).
    with django_assert_max_num_queries(15):
        response = admin_client.get(reverse("audit_entries:index"))

    assert response.status_code == 200
    page = response.content.decode()
    assert entries[0].actor_label in page and entries[0].subject_label in page
    assert "Asha" not in page
    shown = [entry.sequence for entry in response.context["object_list"]]
    assert shown == list(range(AuditEntry.objects.count(), 0, -1))


def test_audit_listing_visit_is_itself_recorded_and_shown(admin_client, entries):
    admin = AuditEntry.objects.get(action="role_added").subject

    response = admin_client.get(reverse("audit_entries:index"), {"action": "signed_off", "p": "1"})

    newest = AuditEntry.objects.order_by("-sequence").first()
    assert response.status_code == 200
    assert (newest.actor_id, newest.action, newest.subject_id, newest.target, newest.detail) == (
        admin.pk,
        "viewed_audit_log",
        None,
        "audit log: listing",
        {"page": "1", "action_filter": "signed_off"},
    )


def test_audit_listing_keeps_only_a_real_action_filter(admin_client, entries):
    admin_client.get(reverse("audit_entries:index"), {"action": "<script>" * 20})

    newest = AuditEntry.objects.order_by("-sequence").first()
    assert newest.detail == {"page": "1", "action_filter": ""}


def test_audit_inspect_visit_is_recorded_with_the_entry_seen(admin_client, entries):
    admin_client.get(reverse("audit_entries:inspect", args=[entries[1].pk]))

    newest = AuditEntry.objects.order_by("-sequence").first()
    assert (newest.action, newest.target, newest.detail) == (
        "viewed_audit_log",
        "audit log: entry",
        {"sequence": entries[1].sequence},
    )


def test_audit_inspect_shows_the_hashes(admin_client, entries):
    response = admin_client.get(reverse("audit_entries:inspect", args=[entries[1].pk]))

    assert response.status_code == 200
    assert entries[1].hash in response.content.decode()


@pytest.mark.parametrize("name", ["add", "edit", "delete"])
def test_audit_admin_refuses_changes_even_to_superusers(admin_client, entries, name):
    args = [] if name == "add" else [entries[0].pk]

    get = admin_client.get(reverse(f"audit_entries:{name}", args=args))
    post = admin_client.post(reverse(f"audit_entries:{name}", args=args), {})

    assert get.status_code != 200 and post.status_code != 200
    assert AuditEntry.objects.count() == 3 + 1  # the admin's role_added entry


@pytest.mark.parametrize("role", ["coordinator", "trainer"])
def test_audit_listing_is_for_superusers_only(client, settings, entries, role):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role(role, username=f"{role}-a"))

    response = client.get(reverse("audit_entries:index"))

    assert response.status_code in (302, 403)
    assert "progress summary" not in response.content.decode()
    assert not AuditEntry.objects.filter(action="viewed_audit_log").exists()
