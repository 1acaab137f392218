"""The whole path of a mentor, through the real services and tasks, with every event's
callbacks run as a commit would: courses done, practice logged and verified, the role-play
signed; the certificate issued once, verified publicly, expired by the clock, reminded,
and renewed with CPD and the refresher check."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from certifications import records, services
from certifications.models import (
    Certificate,
    CertificateReminder,
    CertificationProgramme,
    ProgrammeCPDRequirement,
    SignOffChecklist,
)
from certifications.selectors import programme_evaluate
from certifications.tasks import evaluate_and_issue_task, expire_and_remind_task
from courses.models import QuizAttempt
from tests.certifications.helpers import check_answer, course_finish
from tests.factories import CourseBuilder, user_with_role
from tests.factories.courses import modules_of


@pytest.fixture
def programme(index):
    courses = [
        CourseBuilder(index, code).module(lessons=1, check=True).build() for code in ("A", "B")
    ]
    programme = CertificationProgramme.objects.create(
        code="peer-mentor",
        name="Certified Peer Mentor, level 1",
        audience=CertificationProgramme.Audience.MENTOR,
        practice_hours=2,
        supervision_sessions=1,
        validity_days=730,
        grace_days=90,
        renewal_cpd_hours=2,
        renewal_check_module=modules_of(courses[1])[0],
    )
    programme.required_courses.set(courses)
    SignOffChecklist.objects.create(
        programme=programme,
        title="Escalation role-play",
        items="Stayed with the person\nCalled for help",
        signer=SignOffChecklist.Signer.SUPERVISOR,
    )
    ProgrammeCPDRequirement.objects.create(
        programme=programme, category="ethics_safeguarding", min_hours=1
    )
    return programme


@pytest.mark.django_db
def test_mentor_path_from_courses_to_renewal(
    programme, client, django_capture_on_commit_callbacks, pdf_engine
):
    mentor = user_with_role("mentor", username="mentor-p", display_name="Kavita R.")
    supervisor = user_with_role("coordinator", username="supervisor-p")
    today = timezone.localdate()

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    # 1. Courses (every module check at 100%): not yet, and the learner is told why.
    for course in programme.required_courses.all():
        run(lambda course=course: course_finish(user=mentor, course=course))
    assert not Certificate.objects.exists()
    assert programme_evaluate(user=mentor, programme=programme).missing == [
        "Ask for the sign-off “Escalation role-play”.",
        "Log 2 more hours of supervised mentoring (0 of 2 hours verified so far).",
        "Log 1 more reflective-supervision session (0 of 1 verified so far).",
    ]

    # 2. Practice logged and verified by a supervisor.
    for kind, minutes in (("mentoring", 90), ("mentoring", 30), ("supervision", 60)):
        entry = records.practice_entry_log(
            user=mentor, kind=kind, date=today - timedelta(days=3), minutes=minutes
        )
        run(lambda entry=entry: records.practice_entry_verify(entry=entry, by=supervisor))
    assert not Certificate.objects.exists()

    # 3. The role-play: every item ticked by the supervisor. This event issues it, once.
    checklist = programme.checklists.get()
    signoff = records.signoff_request(user=mentor, checklist=checklist)
    run(lambda: records.signoff_sign(signoff=signoff, by=supervisor, ticked=checklist.item_list))
    certificate = Certificate.objects.get()
    assert (certificate.printed_name, certificate.cycle, certificate.status) == (
        "Kavita R.",
        1,
        "valid",
    )
    assert certificate.rendered_at is not None and certificate.credential_jwt
    # A duplicate event, or the task delivered again: still one certificate.
    assert evaluate_and_issue_task.apply(args=(mentor.pk, programme.pk)).get() == [certificate.pk]
    assert Certificate.objects.count() == 1

    # 4. Anyone can verify it.
    public = json.loads(
        client.get(
            reverse("certifications:verify", args=[certificate.code]), {"format": "json"}
        ).content
    )
    assert (public["status"], public["printed_name"]) == ("valid", "Kavita R.")

    # 5. The clock moves on: reminders at 30 days, then expiry, by the daily job.
    expiry = certificate.expires_at
    assert services.reminders_create(now=expiry - timedelta(days=25))[0].days_before == 30
    assert services.certificates_expire(now=expiry + timedelta(seconds=1)) == 1
    after_expiry = services.reminders_create(now=expiry + timedelta(hours=1))
    assert [r.days_before for r in after_expiry] == [0]
    certificate.refresh_from_db()
    assert certificate.current_status == "expired"

    # 6. In the grace period: CPD verified and the refresher check passed again -> renewed.
    issued_at = timezone.now() - timedelta(days=760)
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=issued_at, expires_at=timezone.now() - timedelta(days=30)
    )
    # Everything done for the first award happened before it, then.
    QuizAttempt.objects.filter(user=mentor).update(created_at=issued_at - timedelta(days=1))
    assert expire_and_remind_task.apply().get() == {"expired": 0, "reminders": 0}
    assert list(
        CertificateReminder.objects.filter(certificate=certificate).values_list(
            "days_before", flat=True
        )
    ) == [0, 30]
    cpd = records.practice_entry_log(
        user=mentor,
        kind="cpd",
        cpd_category="ethics_safeguarding",
        date=today,
        minutes=120,
    )
    run(lambda: records.practice_entry_verify(entry=cpd, by=supervisor))
    assert Certificate.objects.count() == 1  # the refresher check is still to do
    refresher = programme.renewal_check_module
    run(
        lambda: check_answer(
            user=mentor, module=refresher, right=len(refresher.check_quiz.value["questions"])
        )
    )
    assert Certificate.objects.count() == 1  # a quiz is not an event; the learner asks
    client.force_login(mentor)
    client.post(reverse("certifications:mine_check"))

    renewed = Certificate.objects.get(cycle=2)
    certificate.refresh_from_db()
    assert (renewed.renews, renewed.status, certificate.status) == (
        certificate,
        "valid",
        "superseded",
    )
    assert renewed.code != certificate.code
    assert list(certificate.events.values_list("kind", flat=True)) == [
        "issued",
        "rendered",
        "expired",
        "superseded",
    ]
    assert (
        json.loads(
            client.get(
                reverse("certifications:verify", args=[certificate.code]), {"format": "json"}
            ).content
        )["status"]
        == "superseded"
    )
