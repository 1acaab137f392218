"""The coordinators' mentorships page records who was shown (DOMAIN.md 6.4): one audit
entry per visit with how many people its pairs name."""

import pytest
from django.urls import reverse

from tests.factories import sign_in_with_mfa, user_with_role
from tests.trauma_training.test_mentorships import make_collective
from trauma_training import services
from trauma_training.audit.models import AuditEntry

pytestmark = pytest.mark.django_db

URL = reverse("trauma_training:mentorships")


@pytest.fixture
def people(db):
    return {
        "mentee": user_with_role("learner", username="lrn-a"),
        "mentee2": user_with_role("learner", username="lrn-b"),
        "mentor": user_with_role("mentor", username="mnt-m"),
        "coordinator": user_with_role("coordinator", username="crd-k"),
        "other_coordinator": user_with_role("coordinator", username="crd-o"),
    }


@pytest.fixture
def collective(people):
    # The mentor facilitates the collective: a coordinator pairs only their own people.
    collective = make_collective(
        "Sahas",
        members=[people["mentee"], people["mentee2"]],
        facilitators=[people["mentor"]],
        coordinators=[people["coordinator"]],
    )
    for mentee in (people["mentee"], people["mentee2"]):
        services.mentorship_assign(
            by=people["coordinator"], mentor=people["mentor"], mentee=mentee, collective=collective
        )
    make_collective("Elsewhere", coordinators=[people["other_coordinator"]])
    return collective


def listing_entries():
    return list(AuditEntry.objects.filter(target="mentorships: pairs listing"))


def test_mentorships_page_records_one_entry_with_the_people_in_the_pairs(
    client, people, collective
):
    sign_in_with_mfa(client, people["coordinator"])

    response = client.get(URL)

    assert response.status_code == 200
    [entry] = listing_entries()
    # One mentor and two mentees.
    assert (entry.actor_id, entry.action, entry.subject_id, entry.detail) == (
        people["coordinator"].pk,
        "viewed_person_data",
        None,
        {"count": 3, "page": 1},
    )


def test_mentorships_page_of_another_collectives_coordinator_records_nothing(
    client, people, collective
):
    sign_in_with_mfa(client, people["other_coordinator"])

    response = client.get(URL)

    assert response.status_code == 200
    assert response.context["mentorships"] == []
    assert listing_entries() == []


def test_mentorships_page_refused_to_a_learner_records_nothing(client, people, collective):
    client.force_login(people["mentee"])

    response = client.get(URL)

    assert response.status_code == 403
    assert listing_entries() == []


def test_mentorships_page_queries_do_not_grow_with_pairs(
    client, people, collective, django_assert_max_num_queries
):
    sign_in_with_mfa(client, people["coordinator"])
    client.get(URL)  # warm caches
    # 9 for the page (2 of them: the collectives of the people in the mentor and mentee
    # lists, courses.people), 5 for the audit entry (savepoint, chain head, insert, head,
    # release).
    with django_assert_max_num_queries(14):
        client.get(URL)
    for n in range(6):
        mentee = user_with_role("learner", username=f"lrn-{n}")
        collective.cohort.memberships.create(user=mentee, role="member")
        services.mentorship_assign(
            by=people["coordinator"], mentor=people["mentor"], mentee=mentee, collective=collective
        )
    with django_assert_max_num_queries(14):
        client.get(URL)

    assert listing_entries()[-1].detail == {"count": 9, "page": 1}
