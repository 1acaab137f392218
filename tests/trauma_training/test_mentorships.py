"""Mentorships: coordinators assign and end them; mentor and mentee see each other's name."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from courses.models import Cohort, CohortMembership
from tests.factories import sign_in_with_mfa, user_with_role
from trauma_training import selectors, services
from trauma_training.models import Collective, Mentorship

pytestmark = pytest.mark.django_db
# The people of the `people` fixture join today (the month as the choice lists show it).
JOINED = timezone.localdate().strftime("%b %Y")


def make_collective(name, *, members=(), coordinators=(), facilitators=()):
    cohort = Cohort.objects.create(name=name)
    for user in members:
        CohortMembership.objects.create(cohort=cohort, user=user, role="member")
    for user in facilitators:
        CohortMembership.objects.create(cohort=cohort, user=user, role="facilitator")
    collective = Collective.objects.create(cohort=cohort, region="Andhra Pradesh")
    collective.coordinators.set(coordinators)
    return collective


@pytest.fixture
def people(db):
    return {
        "mentee": user_with_role("learner", username="lrn-a", display_name="Asha"),
        "mentee2": user_with_role("learner", username="lrn-b", display_name="Bina"),
        "mentor": user_with_role("mentor", username="mnt-m", display_name="Mala"),
        "mentor2": user_with_role("mentor", username="mnt-n", display_name="Nila"),
        "coordinator": user_with_role("coordinator", username="crd-k", display_name="Kavya"),
        "other_coordinator": user_with_role("coordinator", username="crd-o"),
    }


@pytest.fixture
def collective(people):
    # The mentors facilitate the collective: a coordinator pairs only the people of the
    # collectives they coordinate.
    return make_collective(
        "Sahas",
        members=[people["mentee"], people["mentee2"]],
        facilitators=[people["mentor"], people["mentor2"]],
        coordinators=[people["coordinator"]],
    )


def assign(people, collective, **overrides):
    args = {
        "by": people["coordinator"],
        "mentor": people["mentor"],
        "mentee": people["mentee"],
        "collective": collective,
    }
    args.update(overrides)
    return services.mentorship_assign(**args)


# --- Service rules ----------------------------------------------------------------------------


def test_mentorships_assign_creates_a_current_mentorship(people, collective):
    mentorship = assign(people, collective)

    assert mentorship.mentor == people["mentor"]
    assert mentorship.mentee == people["mentee"]
    assert mentorship.collective == collective
    assert mentorship.assigned_by == people["coordinator"]
    assert mentorship.ended_at is None
    assert selectors.is_mentor_of(people["mentor"], people["mentee"]) is True


def test_mentorships_assign_finds_the_collective_when_none_given(people, collective):
    mentorship = assign(people, None)

    assert mentorship.collective == collective


def test_mentorships_superuser_may_assign_without_a_collective(people, collective):
    root = user_with_role("admin", username="root")

    mentorship = assign(people, None, by=root)

    assert mentorship.collective is None
    assert mentorship.assigned_by == root


def test_mentorships_assign_refuses_a_coordinator_of_another_collective(people, collective):
    with pytest.raises(PermissionDenied):
        assign(people, collective, by=people["other_coordinator"])
    with pytest.raises(PermissionDenied):
        assign(people, None, by=people["other_coordinator"])
    assert Mentorship.objects.count() == 0


@pytest.mark.parametrize("who", ["mentor", "mentee"])
def test_mentorships_assign_refuses_mentors_and_learners(people, collective, who):
    with pytest.raises(PermissionDenied):
        assign(people, collective, by=people[who])


def test_mentorships_assign_refuses_a_mentor_outside_the_mentor_group(people, collective):
    with pytest.raises(ValidationError) as raised:
        assign(people, collective, mentor=people["mentee2"])

    assert raised.value.code == "not_mentor"
    assert raised.value.messages == ["Bina is not a mentor yet. Choose someone in the Mentor role."]


def test_mentorships_assign_refuses_a_mentee_who_is_not_a_learner(people, collective):
    CohortMembership.objects.filter(cohort=collective.cohort, user=people["mentor2"]).update(
        role="member"
    )

    with pytest.raises(ValidationError) as raised:
        assign(people, collective, mentee=people["mentor2"])

    assert raised.value.code == "not_learner"


def test_mentorships_assign_refuses_a_mentee_outside_the_collective(people, collective):
    stranger = user_with_role("learner", username="lrn-z", display_name="Zara")

    with pytest.raises(ValidationError) as raised:
        assign(people, collective, mentee=stranger)

    # Someone in no collective of the coordinator's is refused like someone who does not
    # exist (issue #11): the message names no one.
    assert raised.value.code == "outside"
    assert raised.value.messages == [
        "Choose a mentor and a mentee from the collectives you coordinate."
    ]


def test_mentorships_assign_refuses_a_mentee_of_another_own_collective(people, collective):
    other = make_collective(
        "Second",
        members=[user_with_role("learner", username="lrn-y")],
        coordinators=[people["coordinator"]],
    )
    member_elsewhere = other.cohort.memberships.get().user

    with pytest.raises(ValidationError) as raised:
        assign(people, collective, mentee=member_elsewhere)

    assert raised.value.code == "not_member"


def test_mentorships_assign_refuses_oneself(people, collective):
    both = user_with_role("mentor", username="both")
    both.groups.add(*people["mentee"].groups.all())
    CohortMembership.objects.create(cohort=collective.cohort, user=both)

    with pytest.raises(ValidationError) as raised:
        assign(people, collective, mentor=both, mentee=both)

    assert raised.value.code == "self"


def test_mentorships_assign_refuses_a_second_current_pairing(people, collective):
    assign(people, collective)

    with pytest.raises(ValidationError) as raised:
        assign(people, collective)

    assert raised.value.code == "exists"
    assert Mentorship.objects.count() == 1


def test_mentorships_assign_refuses_an_inactive_mentor(people, collective):
    people["mentor"].is_active = False
    people["mentor"].save()

    with pytest.raises(ValidationError):
        assign(people, collective)


def test_mentorships_end_keeps_history_and_allows_a_new_pairing(people, collective):
    first = assign(people, collective)

    ended = services.mentorship_end(by=people["coordinator"], mentorship=first)

    assert ended.ended_at is not None
    assert selectors.is_mentor_of(people["mentor"], people["mentee"]) is False
    again = assign(people, collective)
    assert Mentorship.objects.filter(mentor=people["mentor"], mentee=people["mentee"]).count() == 2
    assert again.ended_at is None


def test_mentorships_end_twice_is_refused(people, collective):
    mentorship = assign(people, collective)
    services.mentorship_end(by=people["coordinator"], mentorship=mentorship)

    with pytest.raises(ValidationError) as raised:
        services.mentorship_end(by=people["coordinator"], mentorship=mentorship)

    assert raised.value.code == "ended"


def test_mentorships_end_refuses_others(people, collective):
    mentorship = assign(people, collective)

    for who in ("other_coordinator", "mentor", "mentee"):
        with pytest.raises(PermissionDenied):
            services.mentorship_end(by=people[who], mentorship=mentorship)
    mentorship.refresh_from_db()
    assert mentorship.ended_at is None


# --- Either can see who the other is ---------------------------------------------------------


def test_mentorships_mentee_sees_mentor_display_name(client, people, collective):
    assign(people, collective)
    client.force_login(people["mentee"])

    response = client.get("/programme/my-mentor/")

    assert response.status_code == 200
    assert response.context["mentor_names"] == ["Mala"]
    assert "Your mentor: Mala" in response.content.decode()
    assert "mnt-m" not in response.content.decode()


def test_mentorships_mentee_without_mentor_is_told_kindly(client, people):
    client.force_login(people["mentee"])

    response = client.get("/programme/my-mentor/")

    assert response.status_code == 200
    assert "You do not have a mentor yet" in response.content.decode()


def test_mentorships_mentor_sees_mentee_display_names(client, people, collective):
    assign(people, collective)
    assign(people, collective, mentee=people["mentee2"])
    client.force_login(people["mentor"])

    response = client.get("/programme/mentor/")

    assert response.status_code == 200
    names = [entry.name for entry in response.context["dashboard"].mentees]
    assert names == ["Asha", "Bina"]


def test_mentorships_ended_mentor_no_longer_sees_the_mentee(client, people, collective):
    mentorship = assign(people, collective)
    services.mentorship_end(by=people["coordinator"], mentorship=mentorship)
    client.force_login(people["mentor"])

    response = client.get("/programme/mentor/")

    assert response.context["dashboard"].mentees == []
    assert "Asha" not in response.content.decode()


# --- The coordinators' page ------------------------------------------------------------------


def test_mentorships_page_assigns_through_the_form(client, people, collective):
    sign_in_with_mfa(client, people["coordinator"])
    data = {
        "collective": collective.pk,
        "mentor": people["mentor"].pk,
        "mentee": people["mentee"].pk,
    }

    response = client.post("/programme/mentorships/", data)

    assert response.status_code == 302
    assert selectors.is_mentor_of(people["mentor"], people["mentee"]) is True


def test_mentorships_page_shows_a_clear_message_for_a_duplicate(client, people, collective):
    assign(people, collective)
    sign_in_with_mfa(client, people["coordinator"])
    data = {
        "collective": collective.pk,
        "mentor": people["mentor"].pk,
        "mentee": people["mentee"].pk,
    }

    response = client.post("/programme/mentorships/", data)

    assert response.status_code == 400
    assert "Mala already mentors Asha." in response.content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"collective": "x", "mentor": "y", "mentee": "z"},
        {"collective": "999999", "mentor": "999999", "mentee": "999999"},
    ],
)
def test_mentorships_page_bad_input_is_400(client, people, collective, data):
    sign_in_with_mfa(client, people["coordinator"])

    response = client.post("/programme/mentorships/", data)

    assert response.status_code == 400
    assert Mentorship.objects.count() == 0


def test_mentorships_page_offers_only_own_collectives_and_their_members(client, people, collective):
    other = make_collective("Elsewhere", members=[user_with_role("learner", username="far")])
    sign_in_with_mfa(client, people["coordinator"])

    form = client.get("/programme/mentorships/").context["form"]

    assert list(form.fields["collective"].queryset) == [collective]
    assert set(form.fields["mentee"].queryset) == {people["mentee"], people["mentee2"]}
    assert set(form.fields["mentor"].queryset) == {people["mentor"], people["mentor2"]}
    assert other not in form.fields["collective"].queryset


def test_mentorships_page_tells_two_people_called_moumita_apart(client, people, collective):
    """Issue 13: the labels name the coordinator's collectives the person is in, the month
    they joined and their account number; never a username, an email address or a collective
    the coordinator does not coordinate."""
    first = user_with_role(
        "learner",
        username="moumita-one-55",
        display_name="Moumita",
        email="one@example.org",
        date_joined=timezone.make_aware(datetime.datetime(2026, 3, 10, 12, 0)),
    )
    second = user_with_role(
        "learner",
        username="moumita-two-66",
        display_name="Moumita",
        date_joined=timezone.make_aware(datetime.datetime(2025, 9, 2, 12, 0)),
    )
    for person in (first, second):
        collective.cohort.memberships.create(user=person, role="member")
    make_collective("Basanti", members=[second], coordinators=[people["coordinator"]])
    make_collective("Elsewhere", members=[first])
    sign_in_with_mfa(client, people["coordinator"])

    response = client.get("/programme/mentorships/")

    fields = response.context["form"].fields
    mentees = [(value.value, label) for value, label in list(fields["mentee"].choices)[1:]]
    assert mentees == [
        (people["mentee"].pk, f"Asha · Sahas · joined {JOINED} · no. {people['mentee'].pk}"),
        (people["mentee2"].pk, f"Bina · Sahas · joined {JOINED} · no. {people['mentee2'].pk}"),
        (first.pk, f"Moumita · Sahas · joined Mar 2026 · no. {first.pk}"),
        (second.pk, f"Moumita · Basanti · Sahas · joined Sep 2025 · no. {second.pk}"),
    ]
    mentors = [label for _value, label in list(fields["mentor"].choices)[1:]]
    assert mentors == [
        f"Mala · Sahas · joined {JOINED} · no. {people['mentor'].pk}",
        f"Nila · Sahas · joined {JOINED} · no. {people['mentor2'].pk}",
    ]
    html = response.content.decode()
    assert f"Moumita · Basanti · Sahas · joined Sep 2025 · no. {second.pk}</option>" in html
    for secret in ("moumita-one-55", "moumita-two-66", "one@example.org", "Elsewhere"):
        assert secret not in html


@pytest.mark.parametrize("who", ["mentor", "mentee", "other_coordinator"])
def test_mentorships_page_is_for_coordinators_of_a_collective(client, people, collective, who):
    sign_in_with_mfa(client, people[who])

    assert client.get("/programme/mentorships/").status_code == 403


def test_mentorships_page_ends_a_mentorship(client, people, collective):
    mentorship = assign(people, collective)
    sign_in_with_mfa(client, people["coordinator"])

    response = client.post(f"/programme/mentorships/{mentorship.pk}/end/")

    assert response.status_code == 302
    mentorship.refresh_from_db()
    assert mentorship.ended_at is not None
    assert client.post(f"/programme/mentorships/{mentorship.pk}/end/").status_code == 409
    assert client.post("/programme/mentorships/999999/end/").status_code == 404


def test_mentorships_page_refuses_ending_another_collectives_mentorship(client, people, collective):
    other = make_collective("Elsewhere", coordinators=[people["other_coordinator"]])
    mentorship = assign(people, collective)
    sign_in_with_mfa(client, people["other_coordinator"])

    response = client.post(f"/programme/mentorships/{mentorship.pk}/end/")

    # A 404 like an id that does not exist: it tells nothing about other collectives.
    assert response.status_code == 404
    assert other.pk
    mentorship.refresh_from_db()
    assert mentorship.ended_at is None


def test_mentorships_start_and_end_are_audited(people, collective):
    from trauma_training.audit.models import AuditEntry

    mentorship = assign(people, collective)
    services.mentorship_end(by=people["coordinator"], mentorship=mentorship)

    rows = list(
        AuditEntry.objects.filter(action__startswith="mentorship_")
        .order_by("sequence")
        .values_list("action", "actor_id", "subject_id")
    )
    coordinator, mentee = people["coordinator"].pk, people["mentee"].pk
    assert rows == [
        ("mentorship_started", coordinator, mentee),
        ("mentorship_ended", coordinator, mentee),
    ]
