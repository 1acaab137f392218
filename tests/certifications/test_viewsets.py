"""The certificate listing records who was shown (DOMAIN.md 6.4): one audit entry per visit
with how many holders its page names (the inspect page and exports have their own tests)."""

import pytest
from django.urls import reverse

from certifications.models import Certificate
from tests.certifications.helpers import programme_for
from tests.factories import UserFactory, user_with_role
from trauma_training.audit.models import AuditEntry

pytestmark = pytest.mark.django_db

URL = reverse("certificate:index")


@pytest.fixture
def coordinator(db):
    return user_with_role("coordinator", username="coord-a")


@pytest.fixture
def coordinator_client(client, settings, coordinator):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(coordinator)
    return client


@pytest.fixture
def programme(db):
    return programme_for(name="PFA skills certificate")


def certificates_make(programme, count: int, *, user=None) -> list[Certificate]:
    start = Certificate.objects.count()
    return [
        Certificate.objects.create(
            user=user or UserFactory(),
            programme=programme,
            code=f"CODE-{start + n:05d}",
            cycle=n + 1,  # one person may hold several cycles of a programme
        )
        for n in range(count)
    ]


def listing_entries():
    return list(AuditEntry.objects.filter(target="admin: certificates listing"))


def test_certificate_listing_records_one_entry_with_the_holders_shown(
    coordinator_client, coordinator, programme
):
    certificates_make(programme, 2)
    holder = UserFactory()
    certificates_make(programme, 2, user=holder)  # two certificates, one person

    response = coordinator_client.get(URL)

    assert response.status_code == 200
    [entry] = listing_entries()
    assert (entry.actor_id, entry.action, entry.subject_id, entry.detail) == (
        coordinator.pk,
        "viewed_person_data",
        None,
        {"count": 3, "page": 1},
    )


def test_certificate_listing_empty_records_nothing(coordinator_client):
    assert coordinator_client.get(URL).status_code == 200
    assert listing_entries() == []


def test_certificate_listing_refused_to_a_learner_records_nothing(client, learner, programme):
    certificates_make(programme, 2)
    client.force_login(learner)

    response = client.get(URL)

    assert response.status_code in (302, 403)
    assert listing_entries() == []


def test_certificate_listing_queries_do_not_grow_with_rows(
    coordinator_client, programme, django_assert_max_num_queries
):
    certificates_make(programme, 2)
    coordinator_client.get(URL)  # warm caches (content types, site, permissions)
    # 12 for the page, 5 for the audit entry (savepoint, chain head, insert, head, release), 1
    # for the Settings menu (a coordinator may change no site setting: Wagtail then looks for
    # per-site setting permissions).
    with django_assert_max_num_queries(18):
        coordinator_client.get(URL)
    certificates_make(programme, 10)
    with django_assert_max_num_queries(18):
        response = coordinator_client.get(URL)

    assert len(response.context["object_list"]) == 12
    assert listing_entries()[-1].detail == {"count": 12, "page": 1}
