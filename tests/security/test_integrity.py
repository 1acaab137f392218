"""Issue #11 item 11: integrity of what mentors and supervisors record.

The attacks: (a) the same practice-log form POSTed ten times (a double tap on a slow network,
a retry, or a replay) made ten entries, so ten times the hours; (b) a mentor signed off a
lesson for a learner who never asked for it and was not on the course. Now a form saves one
entry however often and however simultaneously it arrives, and a sign-off answers only the
learner's own open request on a course they are on. All through HTTP."""

import threading
from datetime import timedelta
from uuid import uuid4

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.utils import timezone

from certifications import records
from certifications.models import ChecklistSignOff, PracticeEntry, SignOffChecklist
from cms.roles import Role
from courses import services as course_services
from courses.models import CompletionRule, LessonProgress, SignOff
from tests.certifications.helpers import programme_for
from tests.courses.helpers import cohort_with
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of

NO_REQUEST = (
    "This person has not asked for a sign-off of this lesson. They ask for it on the lesson "
    "page when they are ready."
)
NOT_ENROLLED = "This person is not on this course now, so the lesson cannot be signed off."


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def entry_form() -> dict:
    return {
        "kind": "mentoring",
        "format": "phone",
        "date": (timezone.localdate() - timedelta(days=1)).isoformat(),
        "minutes": "60",
        "submission_token": str(uuid4()),
    }


# --- (a) one form, one entry ------------------------------------------------------------------


@pytest.mark.django_db
def test_practice_form_posted_ten_times_makes_one_entry():
    mentor = user_with_role("mentor", username="mentor-replay")
    client = signed_in(mentor)
    form = entry_form()

    answers = [client.post("/certificates/practice/", form) for _ in range(10)]

    assert [a.status_code for a in answers] == [302] * 10
    assert PracticeEntry.objects.filter(user=mentor).count() == 1
    page = client.get("/certificates/practice/")
    # The replays were told, not silently dropped (the last message is shown once).
    assert "This entry was already saved, so it is not added twice." in page.content.decode()


@pytest.mark.django_db
def test_practice_form_without_its_token_saves_nothing():
    mentor = user_with_role("mentor", username="mentor-no-token")
    form = entry_form()
    del form["submission_token"]

    response = signed_in(mentor).post("/certificates/practice/", form)

    assert response.status_code == 400
    assert "This form was out of date. Please check the entry and save it again." in (
        response.content.decode()
    )
    assert PracticeEntry.objects.count() == 0


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason=(
        "SQLite runs one write transaction at a time, so the POSTs never race; runs on "
        "PostgreSQL (DATABASE_URL)"
    ),
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("migrated_rows_restored")
def test_practice_form_posted_ten_times_at_once_makes_one_entry(monkeypatch):
    """Every POST is held until all ten are past the "already saved?" check, so only the
    database's unique constraint can decide."""
    mentor = user_with_role("mentor", username="mentor-racer")
    clients = [signed_in(mentor) for _ in range(10)]
    form = entry_form()
    all_checked = threading.Barrier(10)
    log = records.practice_entry_log

    def wait_then_log(**kwargs):
        all_checked.wait(timeout=20)
        return log(**kwargs)

    monkeypatch.setattr(records, "practice_entry_log", wait_then_log)
    statuses, errors = [], []

    def post(client):
        try:
            statuses.append(client.post("/certificates/practice/", form).status_code)
        except Exception as error:  # reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert statuses == [302] * 10
    assert PracticeEntry.objects.filter(user=mentor).count() == 1


# --- (b) a lesson sign-off answers the learner's own request ----------------------------------


@pytest.fixture
def lesson_world(db):
    course = (
        CourseBuilder(course_index(), "SIG")
        .module(lesson_specs=[{"rule": CompletionRule.SIGNOFF}])
        .build()
    )
    learner = user_with_role("learner", username="learner-sig")
    mentor = user_with_role("mentor", username="mentor-sig")
    cohort_with("Collective A", facilitators=[mentor], members=[learner])
    return {"course": course, "lesson": lessons_of(course)[0], "learner": learner, "mentor": mentor}


def sign_off(world):
    url = f"/learn/sign-offs/{world['lesson'].pk}/{world['learner'].pk}/"
    return signed_in(world["mentor"]).post(url)


def test_lesson_signoff_for_a_learner_who_never_asked_is_refused(lesson_world):
    course_services.enrolment_create(user=lesson_world["learner"], course=lesson_world["course"])

    response = sign_off(lesson_world)

    assert response.status_code == 400
    assert NO_REQUEST in response.content.decode()
    assert SignOff.objects.count() == 0
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


def test_lesson_signoff_for_a_learner_not_enrolled_is_refused(lesson_world):
    response = sign_off(lesson_world)

    assert response.status_code == 400
    assert NOT_ENROLLED in response.content.decode()
    assert SignOff.objects.count() == 0
    assert LessonProgress.objects.count() == 0


def test_lesson_signoff_after_the_learner_left_the_course_is_refused(lesson_world):
    learner, course = lesson_world["learner"], lesson_world["course"]
    course_services.enrolment_create(user=learner, course=course)
    course_services.signoff_request(user=learner, lesson=lesson_world["lesson"])
    course_services.enrolment_withdraw(user=learner, course=course)

    response = sign_off(lesson_world)

    assert response.status_code == 400
    assert NOT_ENROLLED in response.content.decode()
    assert SignOff.objects.count() == 0


def test_lesson_signoff_of_an_open_request_is_recorded(lesson_world):
    learner = lesson_world["learner"]
    course_services.enrolment_create(user=learner, course=lesson_world["course"])
    asked = signed_in(learner).post(f"/learn/lessons/{lesson_world['lesson'].pk}/request-signoff/")
    assert asked.status_code == 302

    response = sign_off(lesson_world)

    assert (response.status_code, response["Location"]) == (302, "/learn/sign-offs/")
    assert SignOff.objects.filter(learner=learner, signed_by=lesson_world["mentor"]).count() == 1
    # Sending it again changes nothing.
    assert sign_off(lesson_world).status_code == 302
    assert SignOff.objects.count() == 1


# --- the checklist sign-off path already needs an open request --------------------------------


@pytest.fixture
def checklist_world(db):
    programme = programme_for(code="leader", name="Leader pathway")
    checklist = SignOffChecklist.objects.create(
        programme=programme, title="Applied project", items="Led a session", signer="mentor"
    )
    learner = user_with_role("learner", username="learner-chk")
    mentor = user_with_role("mentor", username="mentor-chk")
    cohort_with("Collective A", facilitators=[mentor], members=[learner])
    return {"checklist": checklist, "learner": learner, "mentor": mentor}


def test_checklist_signoff_exists_only_as_the_learners_request(checklist_world):
    mentor = signed_in(checklist_world["mentor"])

    # No request, no row: there is nothing to sign, and no way to name the learner instead.
    assert (
        mentor.post("/certificates/review/sign-offs/999999/", {"item": "Led a session"}).status_code
        == 404
    )
    assert ChecklistSignOff.objects.count() == 0


@pytest.mark.parametrize("status", ["returned", "verified"])
def test_checklist_signoff_of_a_request_no_longer_open_is_409(checklist_world, status):
    supervisor = user_with_role("mentor", username="supervisor-chk")
    supervisor.user_permissions.add(
        Permission.objects.get(codename="supervise", content_type__app_label="certifications")
    )
    signoff = records.signoff_request(
        user=checklist_world["learner"], checklist=checklist_world["checklist"]
    )
    ChecklistSignOff.objects.filter(pk=signoff.pk).update(status=status, reviewed_by=supervisor)

    response = signed_in(checklist_world["mentor"]).post(
        f"/certificates/review/sign-offs/{signoff.pk}/", {"item": "Led a session"}
    )

    assert response.status_code == 409
    signoff.refresh_from_db()
    assert (signoff.status, signoff.reviewed_by_id) == (status, supervisor.pk)


def test_checklist_signoff_of_an_open_request_is_recorded(checklist_world):
    signoff = records.signoff_request(
        user=checklist_world["learner"], checklist=checklist_world["checklist"]
    )

    response = signed_in(checklist_world["mentor"]).post(
        f"/certificates/review/sign-offs/{signoff.pk}/", {"item": "Led a session"}
    )

    assert response.status_code == 302
    signoff.refresh_from_db()
    assert (signoff.status, signoff.reviewed_by_id) == ("verified", checklist_world["mentor"].pk)


@pytest.mark.django_db
def test_lesson_signoff_answers_alike_for_an_account_outside_and_no_account(client):
    """A learner (or any non-signer) posting sign-offs for ids could tell which accounts exist
    when the answer for an existing person differed from the answer for none."""
    course = (
        CourseBuilder(course_index(), "SO")
        .module(lesson_specs=[{"rule": CompletionRule.SIGNOFF}])
        .build()
    )
    [lesson] = lessons_of(course)
    someone = user_with_role(Role.LEARNER, username="someone-else")
    client.force_login(user_with_role(Role.LEARNER, username="prober"))

    existing = client.post(f"/learn/sign-offs/{lesson.pk}/{someone.pk}/")
    missing = client.post(f"/learn/sign-offs/{lesson.pk}/{someone.pk + 1000}/")

    assert (existing.status_code, missing.status_code) == (403, 403)
    assert existing.context["message"] == missing.context["message"]


@pytest.mark.django_db
def test_lesson_signoff_of_a_draft_lesson_is_a_404(client):
    course = (
        CourseBuilder(course_index(), "SD")
        .module(lesson_specs=[{"rule": CompletionRule.SIGNOFF}])
        .build()
    )
    [lesson] = lessons_of(course)
    lesson.unpublish()
    client.force_login(user_with_role(Role.MENTOR))

    response = client.post(f"/learn/sign-offs/{lesson.pk}/{user_with_role(Role.LEARNER).pk}/")

    assert response.status_code == 404
