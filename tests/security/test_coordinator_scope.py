"""Issue #11, items 2, 3 and 9, as attacks through HTTP that now fail.

Two collectives, A and B, each with its own coordinator, mentor and learner. The coordinator
of B is the attacker: they try to find, reset, pull in, pair, invite, enrol and read A's
people. Every attempt must fail on the server (a 404 like no one, or a form error / 4xx with
nothing written), and no page or choice list they get may name A's people. Item 9: another
person is always named by display name or "Person no. N", never by username.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from certifications import records
from certifications.models import (
    CertificationProgramme,
    ChecklistSignOff,
    PracticeEntry,
    ReviewStatus,
    SignOffChecklist,
)
from cms.models import Invitation
from cms.roles import Role
from courses import services as course_services
from courses.models import Cohort, CohortMembership, CompletionRule, Enrolment, SignOff
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of
from trauma_training.models import Collective, Mentorship

pytestmark = pytest.mark.django_db

A_LEARNER_NAME = "Anjali-of-A 4410"
A_LEARNER_USERNAME = "learner-of-a-7781"
A_MENTOR_NAME = "Meher-mentor-of-A 2209"
A_MENTOR_USERNAME = "mentor-of-a-5530"
A_COHORT = "Cohort of collective A 6612"
A_MARKERS = (A_LEARNER_NAME, A_LEARNER_USERNAME, A_MENTOR_NAME, A_MENTOR_USERNAME, A_COHORT)


@dataclass
class Two:
    """The world: collectives A and B, their cohorts, people and one invitation of A's."""

    a: Collective
    b: Collective
    learner_a: object
    mentor_a: object
    coordinator_a: object
    learner_b: object
    mentor_b: object
    coordinator_b: object
    admin: object
    invitation_a: Invitation


@pytest.fixture
def two(settings) -> Two:
    settings.CMS_STAFF_MFA_REQUIRED = False
    people = {
        "learner_a": user_with_role(
            Role.LEARNER,
            username=A_LEARNER_USERNAME,
            display_name=A_LEARNER_NAME,
            email="anjali@example.org",
        ),
        "mentor_a": user_with_role(
            Role.MENTOR, username=A_MENTOR_USERNAME, display_name=A_MENTOR_NAME
        ),
        "coordinator_a": user_with_role(Role.COORDINATOR, username="coord-a"),
        "learner_b": user_with_role(
            Role.LEARNER, username="learner-of-b", display_name="Bina", email="bina@example.org"
        ),
        "mentor_b": user_with_role(Role.MENTOR, username="mentor-of-b", display_name="Bela"),
        "coordinator_b": user_with_role(Role.COORDINATOR, username="coord-b"),
    }
    collectives = []
    for cohort_name, side in ((A_COHORT, "a"), ("Cohort of collective B", "b")):
        cohort = Cohort.objects.create(name=cohort_name)
        CohortMembership.objects.create(cohort=cohort, user=people[f"learner_{side}"])
        CohortMembership.objects.create(
            cohort=cohort, user=people[f"mentor_{side}"], role="facilitator"
        )
        collective = Collective.objects.create(cohort=cohort, region="Telangana")
        collective.coordinators.add(people[f"coordinator_{side}"])
        collectives.append(collective)
    invitation_a = Invitation.objects.create(
        code="AINVITE001",
        cohort=collectives[0].cohort,
        expires_at=timezone.now() + datetime.timedelta(days=3),
        created_by=people["coordinator_a"],
    )
    return Two(
        a=collectives[0],
        b=collectives[1],
        admin=user_with_role(Role.ADMIN, username="site-admin"),
        invitation_a=invitation_a,
        **people,
    )


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def body(response) -> str:
    return response.content.decode(errors="replace")


def same_page(html: str) -> str:
    """The page without what differs on every request (CSRF tokens)."""
    html = re.sub(r'"CSRF_TOKEN": "[^"]*"', "", html)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)


def names_of_a(response) -> list[str]:
    text = body(response)
    return [marker for marker in A_MARKERS if marker in text]


# --- Item 2: Find a person and password resets ------------------------------------------------


def test_find_a_person_coordinator_finds_only_their_collectives_people(two):
    response = signed_in(two.coordinator_b).get("/admin/people/", {"q": "l"})

    assert response.status_code == 200
    assert [p.username for p in response.context["people"]] == ["learner-of-b"]
    assert names_of_a(response) == []


def test_find_a_person_outside_account_answers_like_no_account(two):
    client = signed_in(two.coordinator_b)

    outside = client.get("/admin/people/", {"q": A_LEARNER_USERNAME})
    nobody = client.get("/admin/people/", {"q": "no-such-person-zz"})

    assert (outside.status_code, nobody.status_code) == (200, 200)
    assert list(outside.context["people"]) == list(nobody.context["people"]) == []
    assert same_page(body(outside).replace(A_LEARNER_USERNAME, "Q")) == same_page(
        body(nobody).replace("no-such-person-zz", "Q")
    )


def test_find_a_person_mentor_of_another_collective_is_not_found(two):
    response = signed_in(two.coordinator_b).get("/admin/people/", {"q": "mentor-of"})

    assert [p.username for p in response.context["people"]] == ["mentor-of-b"]


def test_find_a_person_admin_finds_everyone_with_masked_email(two):
    response = signed_in(two.admin).get("/admin/people/", {"q": "learner-of"})

    assert [p.username for p in response.context["people"]] == [
        A_LEARNER_USERNAME,
        "learner-of-b",
    ]
    assert "a•••@e•••.org" in body(response)
    assert "anjali@example.org" not in body(response)


def test_find_a_person_shows_no_email_to_a_coordinator(two):
    response = signed_in(two.coordinator_b).get("/admin/people/", {"q": "learner-of-b"})

    assert response.context["show_email"] is False
    assert "example.org" not in body(response)


def test_find_a_person_never_lists_staff(two):
    response = signed_in(two.admin).get("/admin/people/", {"q": "coord"})

    assert list(response.context["people"]) == []


def test_reset_password_outside_collective_is_a_404_like_no_account(two):
    client = signed_in(two.coordinator_b)
    before = two.learner_a.password

    outside = client.post(f"/admin/people/{two.learner_a.pk}/reset-password/")
    nobody = client.post("/admin/people/999999/reset-password/")

    two.learner_a.refresh_from_db()
    assert (outside.status_code, nobody.status_code) == (404, 404)
    assert same_page(body(outside)) == same_page(body(nobody))
    assert two.learner_a.password == before


def test_reset_password_page_outside_collective_is_a_404(two):
    response = signed_in(two.coordinator_b).get(f"/admin/people/{two.mentor_a.pk}/reset-password/")

    assert response.status_code == 404


def test_reset_password_own_collective_works(two):
    response = signed_in(two.coordinator_b).post(
        f"/admin/people/{two.learner_b.pk}/reset-password/"
    )

    assert response.status_code == 200
    two.learner_b.refresh_from_db()
    assert two.learner_b.check_password(response.context["password"]) is True


def test_reset_password_admin_reaches_every_collective(two):
    response = signed_in(two.admin).post(f"/admin/people/{two.learner_a.pk}/reset-password/")

    assert response.status_code == 200
    two.learner_a.refresh_from_db()
    assert two.learner_a.check_password(response.context["password"]) is True


def test_reset_password_of_another_coordinator_is_a_404(two):
    response = signed_in(two.coordinator_b).post(
        f"/admin/people/{two.coordinator_a.pk}/reset-password/"
    )

    assert response.status_code == 404


def test_wagtail_users_admin_is_closed_to_coordinators(two):
    client = signed_in(two.coordinator_b)

    listing = client.get("/admin/users/")
    edit = client.get(f"/admin/users/edit/{two.learner_a.pk}/")

    # No user permissions: the listing sends them home; an outside person's page is the
    # 404 of an account that does not exist (users_reachable_by), before any permission check.
    assert (listing.status_code, listing["Location"], edit.status_code) == (302, "/admin/", 404)
    assert names_of_a(listing) == []


# --- Item 3: every choice list, form and POST ------------------------------------------------


def test_cohort_membership_add_form_offers_only_own_cohorts_and_people(two):
    response = signed_in(two.coordinator_b).get("/admin/cohortmembership/new/")

    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.fields["cohort"].queryset) == [two.b.cohort]
    assert set(form.fields["user"].queryset) == {two.learner_b, two.mentor_b}
    assert names_of_a(response) == []


def test_cohort_membership_pulling_a_learner_of_a_is_refused(two):
    response = signed_in(two.coordinator_b).post(
        "/admin/cohortmembership/new/",
        {"cohort": two.b.cohort.pk, "user": two.learner_a.pk, "role": "member"},
    )

    assert response.status_code in (200, 400)
    assert "user" in response.context["form"].errors
    assert not CohortMembership.objects.filter(cohort=two.b.cohort, user=two.learner_a).exists()


def test_cohort_membership_making_a_mentor_of_a_facilitator_in_b_is_refused(two):
    response = signed_in(two.coordinator_b).post(
        "/admin/cohortmembership/new/",
        {"cohort": two.b.cohort.pk, "user": two.mentor_a.pk, "role": "facilitator"},
    )

    assert "user" in response.context["form"].errors
    assert not CohortMembership.objects.filter(cohort=two.b.cohort, user=two.mentor_a).exists()


def test_cohort_membership_adding_someone_to_cohort_a_is_refused(two):
    response = signed_in(two.coordinator_b).post(
        "/admin/cohortmembership/new/",
        {"cohort": two.a.cohort.pk, "user": two.learner_b.pk, "role": "member"},
    )

    assert "cohort" in response.context["form"].errors
    assert not CohortMembership.objects.filter(cohort=two.a.cohort, user=two.learner_b).exists()


def test_cohort_membership_listing_and_pages_of_a_are_hidden(two):
    client = signed_in(two.coordinator_b)
    a_row = CohortMembership.objects.get(user=two.learner_a)

    listing = client.get("/admin/cohortmembership/")
    edit = client.get(f"/admin/cohortmembership/edit/{a_row.pk}/")
    delete = client.post(f"/admin/cohortmembership/delete/{a_row.pk}/")
    moved = client.post(
        f"/admin/cohortmembership/edit/{a_row.pk}/",
        {"cohort": two.b.cohort.pk, "user": two.learner_a.pk, "role": "member"},
    )

    assert listing.status_code == 200
    assert {row.user for row in listing.context["object_list"]} == {two.learner_b, two.mentor_b}
    assert names_of_a(listing) == []
    assert (edit.status_code, delete.status_code, moved.status_code) == (404, 404, 404)
    a_row.refresh_from_db()
    assert a_row.cohort == two.a.cohort


def test_cohort_admin_shows_and_opens_only_own_cohorts(two):
    client = signed_in(two.coordinator_b)

    listing = client.get("/admin/cohort/")
    edit = client.get(f"/admin/cohort/edit/{two.a.cohort.pk}/")
    rename = client.post(f"/admin/cohort/edit/{two.a.cohort.pk}/", {"name": "Taken"})

    assert list(listing.context["object_list"]) == [two.b.cohort]
    assert A_COHORT not in body(listing)
    assert (edit.status_code, rename.status_code) == (404, 404)
    two.a.cohort.refresh_from_db()
    assert two.a.cohort.name == A_COHORT


def test_mentorship_form_offers_only_own_people(two):
    response = signed_in(two.coordinator_b).get("/programme/mentorships/")

    form = response.context["form"]
    assert list(form.fields["mentor"].queryset) == [two.mentor_b]
    assert list(form.fields["mentee"].queryset) == [two.learner_b]
    assert names_of_a(response) == []


@pytest.mark.parametrize(
    "who",
    [
        ("mentor_b", "learner_a"),  # B's mentor takes A's learner
        ("mentor_a", "learner_b"),  # A's mentor is handed B's learner
    ],
)
def test_mentorship_across_collectives_is_refused(two, who):
    mentor, mentee = (getattr(two, name) for name in who)

    response = signed_in(two.coordinator_b).post(
        "/programme/mentorships/",
        {"collective": two.b.pk, "mentor": mentor.pk, "mentee": mentee.pk},
    )

    assert response.status_code == 400
    assert not Mentorship.objects.filter(mentor=mentor, mentee=mentee).exists()
    assert names_of_a(response) == []


def test_mentorship_end_of_another_collective_is_a_404(two):
    mentorship = Mentorship.objects.create(
        mentor=two.mentor_a, mentee=two.learner_a, collective=two.a, assigned_by=two.admin
    )

    response = signed_in(two.coordinator_b).post(f"/programme/mentorships/{mentorship.pk}/end/")

    assert response.status_code == 404
    mentorship.refresh_from_db()
    assert mentorship.ended_at is None


def test_invitation_form_offers_only_own_cohorts(two):
    response = signed_in(two.coordinator_b).get("/admin/invitations/new/")

    assert list(response.context["form"].fields["cohort"].queryset) == [two.b.cohort]
    assert A_COHORT not in body(response)


def test_invitation_into_cohort_a_is_refused(two):
    expires = (timezone.now() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")

    response = signed_in(two.coordinator_b).post(
        "/admin/invitations/new/",
        {
            "code": "BINTOA0001",
            "role": "learner",
            "cohort": two.a.cohort.pk,
            "max_uses": 5,
            "expires_at": expires,
        },
    )

    assert "cohort" in response.context["form"].errors
    assert not Invitation.objects.filter(code="BINTOA0001").exists()


def test_invitations_of_a_are_not_listed_nor_opened(two):
    client = signed_in(two.coordinator_b)

    listing = client.get("/admin/invitations/")
    edit = client.get(f"/admin/invitations/edit/{two.invitation_a.pk}/")
    inspect = client.get(f"/admin/invitations/inspect/{two.invitation_a.pk}/")

    assert list(listing.context["object_list"]) == []
    assert "AINVITE001" not in body(listing)
    assert A_COHORT not in body(listing)
    assert (edit.status_code, inspect.status_code) == (404, 404)


def test_collective_of_a_cannot_be_opened_copied_or_taken(two):
    client = signed_in(two.coordinator_b)

    edit = client.get(f"/admin/collectives/edit/{two.a.pk}/")
    copy = client.get(f"/admin/collectives/copy/{two.a.pk}/")
    listing = client.get("/admin/collectives/")

    assert (edit.status_code, copy.status_code) == (404, 404)
    assert list(listing.context["object_list"]) == [two.b]


def test_collective_made_of_a_cohort_with_people_is_refused(two):
    orphan = Cohort.objects.create(name="Admin's cohort without a collective")
    CohortMembership.objects.create(cohort=orphan, user=two.learner_a)
    client = signed_in(two.coordinator_b)

    form = client.get("/admin/collectives/new/").context["form"]
    response = client.post(
        "/admin/collectives/new/",
        {"cohort": orphan.pk, "region": "Telangana", "language": "te", "goals": ""},
    )

    assert orphan not in form.fields["cohort"].queryset
    assert "cohort" in response.context["form"].errors
    assert not Collective.objects.filter(cohort=orphan).exists()


def test_collective_made_of_a_new_cohort_is_the_coordinators(two):
    fresh = Cohort.objects.create(name="New cohort of B")
    client = signed_in(two.coordinator_b)

    response = client.post(
        "/admin/collectives/new/",
        {"cohort": fresh.pk, "region": "Telangana", "language": "te", "goals": ""},
    )

    assert response.status_code == 302
    collective = Collective.objects.get(cohort=fresh)
    assert list(collective.coordinators.all()) == [two.coordinator_b]


def _course():
    return CourseBuilder(course_index(), "Z1").module(lessons=1).build()


def test_enrolment_by_cohort_of_a_is_refused(two):
    course = _course()
    client = signed_in(two.coordinator_b)

    page = client.get("/admin/learning/enrolment/")
    response = client.post(
        "/admin/learning/enrolment/",
        {"cohort-cohort": two.a.cohort.pk, "cohort-course": course.pk},
    )

    assert list(page.context["cohort_form"].fields["cohort"].queryset) == [two.b.cohort]
    assert A_COHORT not in body(page)
    assert response.status_code == 400
    assert not Enrolment.objects.filter(user=two.learner_a).exists()


def test_enrolment_csv_naming_a_learner_of_a_is_refused_like_an_unknown_name(two):
    course = _course()
    csv = f"username,course\n{A_LEARNER_USERNAME},Z1\nlearner-of-b,Z1\n".encode()

    response = signed_in(two.coordinator_b).post(
        "/admin/learning/enrolment/",
        {"csv-file": SimpleUploadedFile("people.csv", csv, content_type="text/csv")},
    )

    assert response.status_code == 400
    assert [e.message for e in response.context["report"].errors] == [
        f'No active account has the username "{A_LEARNER_USERNAME}".'
    ]
    assert Enrolment.objects.filter(course=course).count() == 0


def test_enrolment_csv_of_own_people_works(two):
    course = _course()
    csv = b"username,course\nlearner-of-b,Z1\n"

    response = signed_in(two.coordinator_b).post(
        "/admin/learning/enrolment/",
        {"csv-file": SimpleUploadedFile("people.csv", csv, content_type="text/csv")},
    )

    assert response.status_code == 302
    assert list(Enrolment.objects.filter(course=course).values_list("user", flat=True)) == [
        two.learner_b.pk
    ]


def test_trainer_manages_no_people(two):
    """Trainers write content; they hold no permission on people (cms/roles.py)."""
    client = signed_in(user_with_role(Role.TRAINER, username="trainer-z"))

    responses = [
        client.get(path).status_code
        for path in (
            "/admin/people/",
            "/admin/cohortmembership/",
            "/admin/invitations/",
            "/admin/learning/enrolment/",
            "/programme/mentorships/",
        )
    ]

    # The admin sends them home (302); the programme page refuses (403).
    assert responses == [302, 302, 302, 302, 403]


# --- Item 9: display names, never usernames --------------------------------------------------


def test_membership_listing_names_a_person_without_display_name_neutrally(two):
    nameless = user_with_role(Role.LEARNER, username="secret-handle-88", display_name="")
    CohortMembership.objects.create(cohort=two.b.cohort, user=nameless)

    response = signed_in(two.coordinator_b).get("/admin/cohortmembership/")

    assert "secret-handle-88" not in body(response)
    assert f"Person no. {nameless.pk}" in body(response)


def test_signoff_message_names_the_learner_by_display_name_or_neutrally(two):
    nameless = user_with_role(Role.LEARNER, username="secret-handle-99", display_name="")
    CohortMembership.objects.create(cohort=two.b.cohort, user=nameless)
    course = (
        CourseBuilder(course_index(), "S1")
        .module(lesson_specs=[{"rule": CompletionRule.SIGNOFF}])
        .build()
    )
    [lesson] = lessons_of(course)
    course_services.enrolment_create(user=nameless, course=course)
    course_services.signoff_request(user=nameless, lesson=lesson)
    client = signed_in(two.mentor_b)

    queue = client.get("/learn/sign-offs/")
    response = client.post(f"/learn/sign-offs/{lesson.pk}/{nameless.pk}/", follow=True)

    assert "secret-handle-99" not in body(queue)
    assert SignOff.objects.filter(learner=nameless).exists()
    assert f"for Person no. {nameless.pk}." in body(response)
    assert "secret-handle-99" not in body(response)


def test_mentor_my_data_export_names_learners_neutrally(two):
    nameless = user_with_role(Role.LEARNER, username="secret-handle-77", display_name="")
    CohortMembership.objects.create(cohort=two.b.cohort, user=nameless)
    Mentorship.objects.create(
        mentor=two.mentor_b, mentee=nameless, collective=two.b, assigned_by=two.coordinator_b
    )
    course = (
        CourseBuilder(course_index(), "S2")
        .module(lesson_specs=[{"rule": CompletionRule.SIGNOFF}])
        .build()
    )
    [lesson] = lessons_of(course)
    course_services.enrolment_create(user=nameless, course=course)
    course_services.signoff_request(user=nameless, lesson=lesson)
    course_services.signoff_record(signer=two.mentor_b, learner=nameless, lesson=lesson)
    client = signed_in(two.mentor_b)

    page = client.get("/me/data/")
    download = client.get("/me/data/download/")
    text = b"".join(download.streaming_content).decode() if download.streaming else body(download)

    assert download.status_code == 200
    assert "secret-handle-77" not in body(page)
    assert "secret-handle-77" not in text
    assert f"Person no. {nameless.pk}" in text


# --- Supervision: practice entries and supervisor-signed checklists ---------------------------


@dataclass
class Supervised:
    entry: PracticeEntry  # A's mentor's practice, waiting for a supervisor
    signoff: ChecklistSignOff  # A's learner's role-play, waiting for a supervisor's signature


@pytest.fixture
def supervised(two) -> Supervised:
    programme = CertificationProgramme.objects.create(
        code="pm-1", name="Peer mentor", audience="any"
    )
    checklist = SignOffChecklist.objects.create(
        programme=programme,
        title="Escalation role-play",
        items="Named the risk",
        signer="supervisor",
    )
    entry = records.practice_entry_log(
        user=two.mentor_a,
        kind=PracticeEntry.Kind.MENTORING,
        date=timezone.localdate() - datetime.timedelta(days=1),
        minutes=60,
    )
    return Supervised(entry, records.signoff_request(user=two.learner_a, checklist=checklist))


def test_review_queue_of_b_lists_nothing_of_a(two, supervised):
    response = signed_in(two.coordinator_b).get("/certificates/review/")

    assert response.status_code == 200
    assert (response.context["queue"].entries, response.context["queue"].signoffs) == ([], [])
    assert names_of_a(response) == []


def test_review_queue_of_a_lists_a(two, supervised):
    queue = signed_in(two.coordinator_a).get("/certificates/review/").context["queue"]

    assert [item.item for item in queue.entries] == [supervised.entry]
    assert [item.item for item in queue.signoffs] == [supervised.signoff]


@pytest.mark.parametrize("action", ["verify", "return"])
def test_practice_entry_of_a_cannot_be_decided_by_b(two, supervised, action):
    url = f"/certificates/review/entries/{supervised.entry.pk}/{action}/"

    response = signed_in(two.coordinator_b).post(url, {"reason": "Please check the date."})

    assert response.status_code == 403
    supervised.entry.refresh_from_db()
    assert (supervised.entry.status, supervised.entry.reviewed_by) == (ReviewStatus.PENDING, None)


def test_checklist_of_a_cannot_be_opened_signed_or_returned_by_b(two, supervised):
    client = signed_in(two.coordinator_b)
    url = f"/certificates/review/sign-offs/{supervised.signoff.pk}/"

    opened = client.get(url)
    signed = client.post(url, {"item": "Named the risk"})
    returned = client.post(f"{url}return/", {"reason": "Not yet."})

    assert (opened.status_code, signed.status_code, returned.status_code) == (403, 403, 403)
    assert names_of_a(opened) == []
    supervised.signoff.refresh_from_db()
    assert supervised.signoff.status == ReviewStatus.PENDING


def test_checklist_of_a_is_signed_by_a_and_by_an_admin(two, supervised):
    url = f"/certificates/review/sign-offs/{supervised.signoff.pk}/"

    assert signed_in(two.admin).get(url).status_code == 200
    response = signed_in(two.coordinator_a).post(url, {"item": "Named the risk"})

    assert response.status_code == 302
    supervised.signoff.refresh_from_db()
    assert supervised.signoff.status == ReviewStatus.VERIFIED


# --- Site-wide admin pages ------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/admin/reports/site-history/",
        "/admin/reports/site-history/results/",
        "/admin/reports/site-history/?export=csv",
    ],
)
def test_site_history_is_not_open_to_a_coordinator(two, path):
    """It names every collective's memberships ("<name> in <cohort> (member)")."""
    from wagtail.log_actions import log

    # A's coordinator edited A's learner's membership in the admin: the log names her.
    log(CohortMembership.objects.get(user=two.learner_a), "wagtail.edit", user=two.coordinator_a)
    client = signed_in(two.coordinator_b)

    response = client.get(path)

    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert names_of_a(response) == []


def test_site_history_is_not_in_a_coordinators_menu_but_opens_for_an_admin(two):
    coordinator_home = signed_in(two.coordinator_b).get("/admin/")
    admin = signed_in(two.admin)

    assert "/admin/reports/site-history/" not in body(coordinator_home)
    assert admin.get("/admin/reports/site-history/").status_code == 200
    assert "/admin/reports/site-history/" in body(admin.get("/admin/"))


@pytest.mark.parametrize(
    "path",
    ["/admin/localize/reports/translations/", "/admin/localize/reports/translations/results/"],
)
def test_translations_report_is_for_translators_not_coordinators(two, path):
    """wagtail-localize lists it to anyone in the admin; it is the trainers' work list."""
    from tests.factories import sign_in_with_mfa, user_with_role

    trainer = Client()
    sign_in_with_mfa(trainer, user_with_role("trainer", username="trainer-report"))

    response = signed_in(two.coordinator_b).get(path)

    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert trainer.get(path).status_code == 200
    assert signed_in(two.admin).get(path).status_code == 200


def test_translations_report_is_only_in_the_menu_of_those_it_opens_for(two):
    coordinator_home = signed_in(two.coordinator_b).get("/admin/")

    assert "/admin/localize/reports/translations/" not in body(coordinator_home)
    assert "/admin/localize/reports/translations/" in body(signed_in(two.admin).get("/admin/"))


def test_safety_settings_are_not_a_coordinators_to_change(two):
    """Quick exit and the helplines hold for every collective; one coordinator must not point
    A's learners' quick exit at a page of their choosing."""
    from cms.models import SafetySettings

    settings = SafetySettings.objects.get()
    response = signed_in(two.coordinator_b).post(
        f"/admin/settings/cms/safetysettings/{settings.pk}/",
        {"neutral_exit_url": "https://attacker.example/track", "site_name": "x"},
    )

    assert (response.status_code, response["Location"]) == (302, "/admin/")
    settings.refresh_from_db()
    assert settings.neutral_exit_url != "https://attacker.example/track"
