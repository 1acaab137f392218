"""The mentor dashboard: consented summaries only, inactivity and gentle nudges, the sign-off
queues, the audit log, and a query-count guard."""

from datetime import timedelta
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses import services as course_services
from courses.models import Cohort, CohortMembership, CourseProgress, LessonProgress
from tests.factories import user_with_role
from tests.factories.courses import lessons_of
from trauma_training import selectors, services
from trauma_training.audit.models import AuditEntry
from trauma_training.models import Consent, Mentorship, Nudge

pytestmark = pytest.mark.django_db

DASHBOARD = "/programme/mentor/"
PROGRESS = Consent.Purpose.PROGRESS_TO_MENTOR


@pytest.fixture
def mentor(db):
    return user_with_role("mentor", username="mnt-m", display_name="Mala")


@pytest.fixture
def mentee(db):
    return user_with_role("learner", username="lrn-a", display_name="Asha")


@pytest.fixture
def mentorship(mentor, mentee):
    return Mentorship.objects.create(mentor=mentor, mentee=mentee)


def consent(user, granted=True):
    services.consent_record(user=user, purpose=PROGRESS, granted=granted, language="en")


def learn(user, course, *, days_ago=0, percent=50):
    """`user` joins `course` and touches its first lesson `days_ago` days ago."""
    course_services.enrolment_create(user=user, course=course)
    lesson = lessons_of(course)[0]
    row = LessonProgress.objects.create(
        user=user, lesson=lesson, module=lesson.get_parent().specific, course=course
    )
    LessonProgress.objects.filter(pk=row.pk).update(
        updated_at=timezone.now() - timedelta(days=days_ago)
    )
    CourseProgress.objects.update_or_create(user=user, course=course, defaults={"percent": percent})


def away(user, days=30):
    """Joined long ago, so never having learned counts as being away."""
    type(user).objects.filter(pk=user.pk).update(date_joined=timezone.now() - timedelta(days=days))
    user.refresh_from_db()


def entry_for(response, user):
    return next(e for e in response.context["dashboard"].mentees if e.mentee.pk == user.pk)


# --- Who may open it --------------------------------------------------------------------------


def test_mentor_dashboard_is_for_the_mentor_group(client, mentee):
    client.force_login(mentee)

    assert client.get(DASHBOARD).status_code == 403


def test_mentor_dashboard_needs_sign_in(client):
    assert client.get(DASHBOARD).status_code == 302


# --- Consent decides what the mentor sees --------------------------------------------------------


def test_mentor_dashboard_without_consent_shows_only_the_name(
    client, mentor, mentee, mentorship, course
):
    learn(mentee, course, percent=50)
    client.force_login(mentor)

    response = client.get(DASHBOARD)

    entry = entry_for(response, mentee)
    assert entry.name == "Asha"
    assert entry.shares_progress is False
    assert entry.courses == [] and entry.last_active is None and entry.inactive is False
    html = response.content.decode()
    assert "Progress is private" in html
    assert course.title not in html and "50%" not in html
    assert AuditEntry.objects.filter(action="viewed_person_data").count() == 0


def test_mentor_dashboard_with_consent_shows_the_summary_and_audits(
    client, mentor, mentee, mentorship, course
):
    learn(mentee, course, percent=50)
    consent(mentee)
    client.force_login(mentor)

    response = client.get(DASHBOARD)

    entry = entry_for(response, mentee)
    assert entry.shares_progress is True
    assert [(c.title, c.percent, c.completed) for c in entry.courses] == [(course.title, 50, False)]
    assert entry.last_active is not None and entry.inactive is False
    html = response.content.decode()
    assert "50% done" in html and "Progress is private" not in html
    audit = AuditEntry.objects.get(action="viewed_person_data")
    assert (audit.actor_id, audit.subject_id) == (mentor.pk, mentee.pk)
    assert audit.target == "mentor dashboard: progress summary"


def test_mentor_dashboard_calls_audit_record_once_per_shown_mentee(
    client, mentor, mentee, mentorship, other_learner
):
    Mentorship.objects.create(mentor=mentor, mentee=other_learner)
    consent(mentee)
    client.force_login(mentor)

    with mock.patch("trauma_training.audit.services.audit_record") as audit_record:
        client.get(DASHBOARD)

    audit_record.assert_called_once_with(
        actor=mentor,
        action="viewed_person_data",
        subject=mentee,
        target="mentor dashboard: progress summary",
        detail={"where": "mentor_dashboard"},
    )


def test_mentor_dashboard_withdrawn_consent_hides_the_summary_again(
    client, mentor, mentee, mentorship, course
):
    learn(mentee, course)
    consent(mentee, True)
    consent(mentee, False)
    client.force_login(mentor)

    response = client.get(DASHBOARD)

    assert entry_for(response, mentee).shares_progress is False
    assert course.title not in response.content.decode()


def test_mentor_dashboard_another_mentor_sees_nothing(client, mentee, mentorship, course):
    learn(mentee, course)
    consent(mentee)
    stranger = user_with_role("mentor", username="mnt-s")
    client.force_login(stranger)

    response = client.get(DASHBOARD)

    assert response.context["dashboard"].mentees == []
    assert "Asha" not in response.content.decode()
    assert client.post(f"/programme/mentor/nudge/{mentee.pk}/").status_code == 404
    assert AuditEntry.objects.filter(action="viewed_person_data").count() == 0


def test_mentor_dashboard_ended_mentorship_sees_nothing(client, mentor, mentee, mentorship):
    consent(mentee)
    Mentorship.objects.filter(pk=mentorship.pk).update(ended_at=timezone.now())
    client.force_login(mentor)

    assert client.get(DASHBOARD).context["dashboard"].mentees == []


def test_mentor_dashboard_bulk_consent_agrees_with_the_single_rule(mentor, mentee, other_learner):
    third = user_with_role("learner", username="lrn-c")
    Mentorship.objects.create(mentor=mentor, mentee=mentee)
    Mentorship.objects.create(mentor=mentor, mentee=other_learner, ended_at=timezone.now())
    Mentorship.objects.create(mentor=mentor, mentee=third)
    for user in (mentee, other_learner):
        consent(user)
    consent(third, True)
    consent(third, False)
    people = [mentee, other_learner, third]

    sharing = selectors.mentees_sharing_progress(mentor=mentor, mentee_ids=[p.pk for p in people])

    assert sharing == {p.pk for p in people if selectors.mentor_may_see_progress(mentor, p)}
    assert sharing == {mentee.pk}


# --- Inactivity and gentle nudges ----------------------------------------------------------------


def test_mentor_dashboard_flags_fourteen_days_away(client, mentor, mentee, mentorship, course):
    learn(mentee, course, days_ago=15)
    consent(mentee)
    client.force_login(mentor)

    response = client.get(DASHBOARD)

    entry = entry_for(response, mentee)
    assert entry.inactive is True and entry.may_nudge is True
    assert "Send a gentle nudge" in response.content.decode()


def test_mentor_dashboard_recent_learning_is_not_away(client, mentor, mentee, mentorship, course):
    learn(mentee, course, days_ago=13)
    consent(mentee)
    client.force_login(mentor)

    entry = entry_for(client.get(DASHBOARD), mentee)

    assert entry.inactive is False
    assert entry.may_nudge is False


def test_mentor_dashboard_inactivity_is_private_without_consent(client, mentor, mentee, mentorship):
    away(mentee)
    client.force_login(mentor)

    response = client.get(DASHBOARD)

    assert entry_for(response, mentee).inactive is False
    assert "Send a gentle nudge" not in response.content.decode()


def test_mentor_nudge_reaches_the_mentee_once_a_week(client, mentor, mentee, mentorship):
    away(mentee)
    consent(mentee)
    client.force_login(mentor)

    first = client.post(f"/programme/mentor/nudge/{mentee.pk}/")
    second = client.post(f"/programme/mentor/nudge/{mentee.pk}/")

    assert first.status_code == 302
    assert second.status_code == 409
    assert "one week after the last" in second.content.decode()
    assert Nudge.objects.filter(mentor=mentor, mentee=mentee).count() == 1
    assert entry_for(client.get(DASHBOARD), mentee).may_nudge is False

    Nudge.objects.update(created_at=timezone.now() - timedelta(days=8))

    assert client.post(f"/programme/mentor/nudge/{mentee.pk}/").status_code == 302
    assert Nudge.objects.count() == 2


def test_mentor_nudge_is_shown_to_the_mentee_and_marked_seen(client, mentor, mentee, mentorship):
    away(mentee)
    consent(mentee)
    nudge = services.nudge_send(mentor=mentor, mentee=mentee)
    client.force_login(mentee)

    response = client.get("/programme/my-mentor/")

    html = response.content.decode()
    assert "Mala is thinking of you" in html
    assert response.context["nudges"][0]["new"] is True
    nudge.refresh_from_db()
    assert nudge.seen_at is not None
    assert client.get("/programme/my-mentor/").context["nudges"][0]["new"] is False


def test_mentor_nudge_refused_for_an_active_mentee(client, mentor, mentee, mentorship, course):
    learn(mentee, course, days_ago=1)
    consent(mentee)
    client.force_login(mentor)

    response = client.post(f"/programme/mentor/nudge/{mentee.pk}/")

    assert response.status_code == 400
    assert Nudge.objects.count() == 0


def test_mentor_nudge_refused_without_consent(client, mentor, mentee, mentorship):
    away(mentee)
    client.force_login(mentor)

    response = client.post(f"/programme/mentor/nudge/{mentee.pk}/")

    assert response.status_code == 403
    assert Nudge.objects.count() == 0


def test_mentor_nudge_bad_requests_are_4xx(client, mentor, mentee, mentorship):
    client.force_login(mentor)

    assert client.post("/programme/mentor/nudge/999999/").status_code == 404
    assert client.get(f"/programme/mentor/nudge/{mentee.pk}/").status_code == 405
    client.force_login(mentee)
    assert client.post(f"/programme/mentor/nudge/{mentee.pk}/").status_code == 403


# --- Sign-off queue -------------------------------------------------------------------------


def test_mentor_dashboard_counts_lessons_waiting_for_sign_off(client, mentor, mentee, course):
    cohort = Cohort.objects.create(name="Sahas")
    CohortMembership.objects.create(cohort=cohort, user=mentor, role="facilitator")
    CohortMembership.objects.create(cohort=cohort, user=mentee, role="member")
    lesson = lessons_of(course)[0]
    LessonProgress.objects.create(
        user=mentee,
        lesson=lesson,
        module=lesson.get_parent().specific,
        course=course,
        state=LessonProgress.State.AWAITING_SIGNOFF,
    )
    client.force_login(mentor)

    response = client.get(DASHBOARD)

    assert response.context["dashboard"].lesson_signoffs == 1
    assert response.context["dashboard"].checklist_signoffs == 0
    html = response.content.decode()
    assert 'href="/learn/sign-offs/"' in html and 'href="/certificates/review/"' in html


# --- Query-count guard ------------------------------------------------------------------------


def test_mentor_dashboard_queries_do_not_grow_with_mentees(
    client, mentor, mentee, mentorship, course, django_assert_num_queries
):
    learn(mentee, course, days_ago=20)
    consent(mentee)
    client.force_login(mentor)
    # Audit entries are one hash-chained append per shown mentee by design; the guard is on
    # the reads, so the append is counted apart (see the audit tests above).
    with mock.patch("trauma_training.audit.services.audit_record"):
        client.get(DASHBOARD)
        with CaptureQueriesContext(connection) as one:
            client.get(DASHBOARD)
        for n in range(6):
            more = user_with_role("learner", username=f"more-{n}")
            Mentorship.objects.create(mentor=mentor, mentee=more)
            learn(more, course, days_ago=n * 5)
            if n % 2:
                consent(more)
            Nudge.objects.create(mentor=mentor, mentee=more)

        with django_assert_num_queries(len(one)):
            response = client.get(DASHBOARD)

    assert len(response.context["dashboard"].mentees) == 7


def test_mentor_dashboard_names_courses_in_the_mentors_language(
    client, mentor, mentee, mentorship, course
):
    from tests.factories.courses import translate_course

    translate_course(course, "hi")
    learn(mentee, course, percent=50)
    consent(mentee)
    mentor.preferred_language = "hi"
    mentor.save(update_fields=["preferred_language"])
    client.force_login(mentor)

    entry = entry_for(client.get(DASHBOARD), mentee)

    assert [(c.title, c.percent) for c in entry.courses] == [(f"{course.title} [hi]", 50)]
