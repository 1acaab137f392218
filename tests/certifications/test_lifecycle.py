"""After issuance: rendering, printed-name changes, expiry, reminders, renewal, module badges."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.utils import timezone

from certifications import services
from certifications.models import (
    Certificate,
    CertificateReminder,
    PracticeEntry,
    ProgrammeCPDRequirement,
)
from certifications.tasks import evaluate_and_issue_task, expire_and_remind_task
from tests.certifications.helpers import check_answer, course_finish, programme_for
from tests.factories import CourseBuilder, user_with_role
from tests.factories.courses import lessons_of, modules_of


@pytest.fixture
def finished(index, learner):
    course = CourseBuilder(index, "C1").module(lessons=1, check=True).build()
    course_finish(user=learner, course=course)
    learner.display_name = "Rekha D."
    learner.email = "rekha@example.org"
    learner.save()
    return course


def events(certificate):
    return list(certificate.events.values_list("kind", flat=True))


def shift(certificate, *, issued_days_ago: int, expires_in_days: int | None):
    """Move a certificate in time (the clock stays; the dates move)."""
    now = timezone.now()
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=now - timedelta(days=issued_days_ago),
        expires_at=None if expires_in_days is None else now + timedelta(days=expires_in_days),
    )
    certificate.refresh_from_db()
    return certificate


# Rendering and printed name ------------------------------------------------------------


@pytest.mark.django_db
def test_issue_then_render_makes_a_pdf_and_a_signed_credential(
    finished, learner, django_capture_on_commit_callbacks, pdf_engine
):
    programme = programme_for(finished, validity_days=730)

    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.certificate_issue(user=learner, programme=programme)

    certificate.refresh_from_db()
    assert certificate.pdf.name == (
        f"certificates/{certificate.credential_id}/{certificate.code}-r1.pdf"
    )
    with certificate.pdf.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert certificate.credential_jwt.count(".") == 2
    assert certificate.signing_key is not None
    assert certificate.rendered_at is not None
    assert events(certificate) == ["issued", "rendered"]


@pytest.mark.django_db
def test_printed_name_change_keeps_the_code_and_regenerates(
    finished, learner, django_capture_on_commit_callbacks, pdf_engine
):
    programme = programme_for(finished)
    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.certificate_issue(user=learner, programme=programme)
    certificate.refresh_from_db()
    first_pdf = certificate.pdf.name
    first_jwt = certificate.credential_jwt

    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_printed_name_change(
            certificate=certificate, by=learner, name="  Rekha   Devi "
        )

    certificate.refresh_from_db()
    assert (certificate.printed_name, certificate.revision) == ("Rekha Devi", 2)
    assert certificate.code == Certificate.objects.get(pk=certificate.pk).code
    assert certificate.pdf.name.endswith(f"{certificate.code}-r2.pdf")
    assert certificate.credential_jwt != first_jwt
    assert not default_storage.exists(first_pdf)
    assert events(certificate) == ["issued", "rendered", "regenerated", "regenerated"]
    by = [(e.by_id, e.note_text) for e in certificate.events.filter(kind="regenerated")]
    assert by == [(learner.pk, "Printed name changed."), (None, "Revision 2.")]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name,message",
    [
        ("   ", "Write the name you want printed on the certificate."),
        ("x" * 201, "Please use at most 200 characters."),
        ("Rekha\x07", "The name has characters that cannot be printed."),
        # Only invisible characters: a blank name on the public check page.
        ("\u202e\u200b", "Write the name you want printed on the certificate."),
        # A direction override would make the check page show the name reordered.
        ("Rekha \u202eiveD", "The name has characters that cannot be printed."),
        ("Rekha \u2067Devi\u2069", "The name has characters that cannot be printed."),
    ],
)
def test_printed_name_change_refuses_bad_names(finished, learner, name, message):
    certificate = services.certificate_issue(user=learner, programme=programme_for(finished))

    with pytest.raises(ValidationError) as error:
        services.certificate_printed_name_change(certificate=certificate, by=learner, name=name)

    assert error.value.messages == [message]
    certificate.refresh_from_db()
    assert (certificate.printed_name, certificate.revision) == ("Rekha D.", 1)


@pytest.mark.django_db
def test_printed_name_keeps_the_joiners_indic_spellings_need(finished, learner):
    certificate = services.certificate_issue(user=learner, programme=programme_for(finished))
    name = "র\u200d্যাব"  # Bengali with a zero-width joiner

    services.certificate_printed_name_change(certificate=certificate, by=learner, name=name)

    certificate.refresh_from_db()
    assert certificate.printed_name == name


@pytest.mark.django_db
@pytest.mark.parametrize(
    "display_name,printed",
    [
        ("  Rekha   Devi ", "Rekha Devi"),
        ("Rekha \u202eiveD", "Certificate holder"),
        ("\u200b\u200b", "Certificate holder"),
    ],
)
def test_issued_name_follows_the_printed_name_rule(finished, learner, display_name, printed):
    """The name printed at issue comes from the display name, through the same rule as a
    name the holder types: a name that reorders itself or shows nothing is never printed."""
    learner.display_name = display_name
    learner.save()

    certificate = services.certificate_issue(user=learner, programme=programme_for(finished))

    assert certificate.printed_name == printed


@pytest.mark.django_db
def test_printed_name_change_refused_for_a_revoked_certificate(finished, learner):
    certificate = services.certificate_issue(user=learner, programme=programme_for(finished))
    services.certificate_revoke(certificate=certificate, by=None, reason="Issued in error")

    with pytest.raises(ValidationError) as error:
        services.certificate_printed_name_change(certificate=certificate, by=learner, name="R")

    assert error.value.messages == ["This certificate was revoked, so it cannot be changed."]


# Expiry -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_certificates_expire_marks_only_valid_certificates_past_expiry(finished, learner, index):
    programme = programme_for(finished, validity_days=730)
    past = shift(
        services.certificate_issue(user=learner, programme=programme),
        issued_days_ago=731,
        expires_in_days=-1,
    )
    other = user_with_role("learner", username="learner-c")
    course_finish(user=other, course=finished)
    future = services.certificate_issue(user=other, programme=programme)
    third = user_with_role("learner", username="learner-d")
    course_finish(user=third, course=finished)
    revoked = shift(
        services.certificate_issue(user=third, programme=programme),
        issued_days_ago=800,
        expires_in_days=-70,
    )
    services.certificate_revoke(certificate=revoked, by=None, reason="Issued in error")

    assert services.certificates_expire() == 1
    assert services.certificates_expire() == 0

    statuses = dict(Certificate.objects.values_list("pk", "status"))
    assert statuses == {past.pk: "expired", future.pk: "valid", revoked.pk: "revoked"}
    assert events(past) == ["issued", "expired"]


# Reminders ----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "expires_in_days,expected",
    [(100, []), (89, [90]), (29, [30]), (6, [7]), (-0.5, [0]), (-6, [0]), (-8, [])],
)
def test_reminders_create_sends_the_nearest_threshold(finished, learner, expires_in_days, expected):
    programme = programme_for(finished, validity_days=730)
    certificate = services.certificate_issue(user=learner, programme=programme)
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.now() + timedelta(days=expires_in_days)
    )

    created = services.reminders_create()

    assert [r.days_before for r in created] == expected


@pytest.mark.django_db
def test_reminders_are_sent_once_each_across_the_months(finished, learner):
    programme = programme_for(finished, validity_days=730)
    certificate = services.certificate_issue(user=learner, programme=programme)
    expiry = certificate.expires_at

    sent = []
    for days_left in (120, 89, 88, 60, 29, 10, 6, 1, 0):
        at = expiry - timedelta(days=days_left)
        sent += [(days_left, r.days_before) for r in services.reminders_create(now=at)]

    assert sent == [(89, 90), (29, 30), (6, 7), (0, 0)]
    assert CertificateReminder.objects.count() == 4


@pytest.mark.django_db
def test_expire_and_remind_task_emails_each_reminder_once_in_neutral_words(finished, learner):
    programme = programme_for(finished, validity_days=730, printed_title="Peer support skills")
    certificate = services.certificate_issue(user=learner, programme=programme)
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.now() + timedelta(days=29, hours=1)
    )

    assert expire_and_remind_task.apply().get() == {"expired": 0, "reminders": 1}
    assert expire_and_remind_task.apply().get() == {"expired": 0, "reminders": 0}

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert (message.to, message.subject) == (
        ["rekha@example.org"],
        "A date to remember for your certificate",
    )
    expires = Certificate.objects.get().expires_at
    # The email gives the date where the holder is (TIME_ZONE), not in UTC.
    assert f"“Peer support skills” is valid until {timezone.localtime(expires):%-d %B %Y}." in (
        message.body
    )
    assert "http://127.0.0.1:8000/certificates/mine/" in message.body
    assert "survivor" not in message.body.lower()
    assert CertificateReminder.objects.get().emailed_at is not None


@pytest.mark.django_db
def test_reminders_without_an_email_are_only_in_app(finished, learner):
    learner.email = ""
    learner.save()
    programme = programme_for(finished, validity_days=730)
    certificate = services.certificate_issue(user=learner, programme=programme)
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.now() + timedelta(days=5)
    )

    assert expire_and_remind_task.apply().get() == {"expired": 0, "reminders": 1}

    assert mail.outbox == []
    assert CertificateReminder.objects.get().emailed_at is None


# Renewal ------------------------------------------------------------------------------


@pytest.fixture
def renewable(finished):
    programme = programme_for(finished, validity_days=730, grace_days=90, renewal_cpd_hours=2)
    ProgrammeCPDRequirement.objects.create(
        programme=programme, category="ethics_safeguarding", min_hours=1
    )
    return programme


def cpd(user, *, category="ethics_safeguarding", minutes=120, on=None):
    supervisor = user_with_role("coordinator", username=f"sup-{PracticeEntry.objects.count()}")
    return PracticeEntry.objects.create(
        user=user,
        kind="cpd",
        cpd_category=category,
        date=on or date.today(),
        minutes=minutes,
        status="verified",
        reviewed_by=supervisor,
        reviewed_at=timezone.now(),
    )


@pytest.mark.django_db
def test_renewal_is_not_open_long_before_expiry(renewable, learner):
    certificate = services.certificate_issue(user=learner, programme=renewable)
    cpd(learner)

    assert services.certificate_award_due(user=learner, programme=renewable) == [certificate]
    assert Certificate.objects.count() == 1


@pytest.mark.django_db
def test_renewal_within_validity_issues_the_next_cycle_and_supersedes(renewable, learner):
    certificate = shift(
        services.certificate_issue(user=learner, programme=renewable),
        issued_days_ago=700,
        expires_in_days=30,
    )
    cpd(learner)

    [renewed] = services.certificate_award_due(user=learner, programme=renewable)

    certificate.refresh_from_db()
    assert (renewed.cycle, renewed.renews, renewed.status) == (2, certificate, "valid")
    assert renewed.code != certificate.code
    assert renewed.printed_name == certificate.printed_name
    # Renewing early loses no time: the new cycle runs from the old expiry.
    assert renewed.expires_at == certificate.expires_at + timedelta(days=730)
    assert certificate.status == "superseded"
    assert events(certificate) == ["issued", "superseded"]
    assert [(event.kind, event.note_text) for event in renewed.events.all()] == [
        ("issued", f"Renews {certificate.code}.")
    ]
    assert list(renewed.events.values_list("note_code", "note_params", "note")) == [
        ("renews", {"code": certificate.code}, "")
    ]
    # Again: nothing more (the next window opens near the new expiry).
    assert services.certificate_award_due(user=learner, programme=renewable) == [renewed]


@pytest.mark.django_db
def test_renewal_needs_the_cpd(renewable, learner):
    certificate = shift(
        services.certificate_issue(user=learner, programme=renewable),
        issued_days_ago=700,
        expires_in_days=30,
    )
    cpd(learner, category="self_care", minutes=60)  # 1 h of 2, and no ethics hour

    assert services.certificate_award_due(user=learner, programme=renewable) == [certificate]
    assert Certificate.objects.count() == 1


@pytest.mark.django_db
def test_renewal_in_grace_runs_from_now_and_after_grace_nothing(renewable, learner):
    certificate = shift(
        services.certificate_issue(user=learner, programme=renewable),
        issued_days_ago=760,
        expires_in_days=-30,
    )
    services.certificates_expire()
    cpd(learner)
    before = timezone.now()

    [renewed] = services.certificate_award_due(user=learner, programme=renewable)

    assert renewed.cycle == 2
    assert renewed.expires_at - renewed.issued_at == timedelta(days=730)
    assert renewed.issued_at >= before
    certificate.refresh_from_db()
    assert certificate.status == "superseded"


@pytest.mark.django_db
def test_no_renewal_after_the_grace_period_or_of_a_revoked_certificate(
    renewable, learner, other_learner, finished
):
    late = shift(
        services.certificate_issue(user=learner, programme=renewable),
        issued_days_ago=900,
        expires_in_days=-91,
    )
    cpd(learner)
    course_finish(user=other_learner, course=finished)
    revoked = shift(
        services.certificate_issue(user=other_learner, programme=renewable),
        issued_days_ago=700,
        expires_in_days=30,
    )
    services.certificate_revoke(certificate=revoked, by=None, reason="Issued in error")
    cpd(other_learner)

    # The lapsed certificate is still the learner's latest (expired); the revoked one is not.
    assert services.certificate_award_due(user=learner, programme=renewable) == [late]
    assert services.certificate_award_due(user=other_learner, programme=renewable) == []
    assert sorted(Certificate.objects.values_list("pk", "cycle")) == sorted(
        [(late.pk, 1), (revoked.pk, 1)]
    )


# Module badges ------------------------------------------------------------------------


@pytest.mark.django_db
def test_module_badges_are_awarded_per_qualifying_module_once(index, learner):
    course = (
        CourseBuilder(index, "B1").module(lessons=1, check=True).module(lessons=1, check=True)
    ).build()
    programme = programme_for(course, code="badges", awarded_per_module=True)
    first, second = modules_of(course)
    from courses import services as course_services

    course_services.lesson_mark_viewed(user=learner, lesson=lessons_of(course)[0])
    check_answer(user=learner, module=first, right=len(first.check_quiz.value["questions"]))

    ids = evaluate_and_issue_task.apply(args=(learner.pk, programme.pk)).get()
    again = evaluate_and_issue_task.apply(args=(learner.pk, programme.pk)).get()

    assert ids == again
    [badge] = Certificate.objects.all()
    assert (badge.module, badge.cycle, badge.title) == (first, 1, f"Test programme: {first.title}")

    course_finish(user=learner, course=course)
    evaluate_and_issue_task.apply(args=(learner.pk, programme.pk)).get()
    assert sorted(Certificate.objects.values_list("module", flat=True)) == [first.pk, second.pk]
