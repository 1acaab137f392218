"""certificate_issue and certificate_revoke: exactly one certificate, events recorded."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from certifications import services
from certifications.models import (
    CODE_ALPHABET,
    Certificate,
    CertificateEvent,
    certificate_code_normalise,
)
from certifications.selectors import Evaluation
from certifications.tasks import evaluate_and_issue_task
from tests.certifications.helpers import course_finish, programme_for
from tests.factories import CourseBuilder, user_with_role


@pytest.fixture
def finished(index, learner):
    course = CourseBuilder(index, "C1").module(lessons=1, check=True).build()
    course_finish(user=learner, course=course)
    learner.display_name = "Rekha D."
    learner.save()
    return course


@pytest.mark.django_db
def test_certificate_issue_creates_one_certificate_with_event_and_expiry(finished, learner):
    programme = programme_for(finished, validity_days=730)
    before = timezone.now()

    certificate = services.certificate_issue(user=learner, programme=programme)

    assert certificate.printed_name == "Rekha D."
    assert (certificate.cycle, certificate.status) == (1, "valid")
    assert certificate.expires_at - certificate.issued_at == timedelta(days=730)
    assert certificate.issued_at >= before
    assert len(certificate.code) == 11 and certificate.code[5] == "-"
    assert set(certificate.code.replace("-", "")) <= set(CODE_ALPHABET)
    assert list(certificate.events.values_list("kind", "by")) == [("issued", None)]


@pytest.mark.django_db
def test_certificate_issue_without_expiry_leaves_expires_at_empty(finished, learner):
    programme = programme_for(finished, validity_days=None)
    assert services.certificate_issue(user=learner, programme=programme).expires_at is None


@pytest.mark.django_db
def test_certificate_issue_twice_returns_the_same_certificate(finished, learner):
    programme = programme_for(finished)

    first = services.certificate_issue(user=learner, programme=programme)
    second = services.certificate_issue(user=learner, programme=programme)

    assert first.pk == second.pk
    assert Certificate.objects.count() == 1
    assert CertificateEvent.objects.count() == 1


@pytest.mark.django_db
def test_certificate_issue_loser_of_a_race_returns_the_winners_certificate(
    finished, learner, monkeypatch
):
    """Another worker inserts between our check and our insert: the unique constraint
    stops the second row and the winner's certificate comes back."""
    programme = programme_for(finished)
    winner = {}

    def evaluate_while_another_worker_issues(*, user, programme):
        winner["row"] = Certificate.objects.create(
            user=user, programme=programme, cycle=1, printed_name="Winner"
        )
        return Evaluation(met=True)

    monkeypatch.setattr(services, "programme_evaluate", evaluate_while_another_worker_issues)

    certificate = services.certificate_issue(user=learner, programme=programme)

    assert certificate.pk == winner["row"].pk
    assert Certificate.objects.count() == 1
    assert CertificateEvent.objects.count() == 0


@pytest.mark.django_db
def test_certificate_issue_draws_again_when_a_code_collides(
    finished, learner, other_learner, monkeypatch
):
    programme = programme_for(finished)
    taken = Certificate.objects.create(
        user=other_learner, programme=programme, code="22222-22222", printed_name="Other"
    )
    codes = iter([taken.code, "33333-33333"])
    monkeypatch.setattr(services, "certificate_code_generate", lambda: next(codes))

    certificate = services.certificate_issue(user=learner, programme=programme)

    assert certificate.code == "33333-33333"
    assert Certificate.objects.count() == 2


@pytest.mark.django_db
def test_certificate_issue_returns_none_when_requirements_are_not_met(index, learner):
    course = CourseBuilder(index, "C2").module(lessons=1).build()
    programme = programme_for(course)

    assert services.certificate_issue(user=learner, programme=programme) is None
    assert Certificate.objects.count() == 0


@pytest.mark.django_db
def test_certificate_issue_returns_none_for_an_inactive_programme(finished, learner):
    programme = programme_for(finished, active=False)
    assert services.certificate_issue(user=learner, programme=programme) is None


@pytest.mark.django_db
def test_evaluate_and_issue_task_run_twice_makes_one_certificate(finished, learner):
    programme = programme_for(finished)

    first = evaluate_and_issue_task.delay(learner.pk, programme.pk).get()
    second = evaluate_and_issue_task.delay(learner.pk, programme.pk).get()

    assert first == second == [Certificate.objects.get().pk]


@pytest.mark.django_db
def test_evaluate_and_issue_task_issues_nothing_when_the_programme_is_gone(learner):
    assert evaluate_and_issue_task.delay(learner.pk, 999_999).get() == []


@pytest.mark.django_db
def test_certificate_revoke_sets_status_reason_and_event(finished, learner):
    coordinator = user_with_role("coordinator", username="coord-a")
    certificate = services.certificate_issue(user=learner, programme=programme_for(finished))

    services.certificate_revoke(certificate=certificate, by=coordinator, reason="Issued in error")

    certificate.refresh_from_db()
    assert (certificate.status, certificate.revoked_reason) == ("revoked", "Issued in error")
    assert list(certificate.events.values_list("kind", "by", "note")) == [
        ("issued", None, ""),
        ("revoked", coordinator.pk, "Issued in error"),
    ]


@pytest.mark.django_db
def test_certificate_revoke_needs_a_reason_and_happens_once(finished, learner):
    certificate = services.certificate_issue(user=learner, programme=programme_for(finished))
    with pytest.raises(ValidationError):
        services.certificate_revoke(certificate=certificate, by=None, reason="  ")
    services.certificate_revoke(certificate=certificate, by=None, reason="Error")
    with pytest.raises(ValidationError):
        services.certificate_revoke(certificate=certificate, by=None, reason="Again")
    assert CertificateEvent.objects.filter(kind="revoked").count() == 1


@pytest.mark.django_db
def test_a_revoked_certificate_is_not_silently_reissued(finished, learner):
    programme = programme_for(finished)
    certificate = services.certificate_issue(user=learner, programme=programme)
    services.certificate_revoke(certificate=certificate, by=None, reason="Error")

    again = services.certificate_issue(user=learner, programme=programme)

    assert (again.pk, again.status) == (certificate.pk, "revoked")


@pytest.mark.django_db
def test_current_status_is_expired_after_expiry_but_stored_status_stays_valid(finished, learner):
    certificate = services.certificate_issue(user=learner, programme=programme_for(finished))
    certificate.expires_at = timezone.now() - timedelta(seconds=1)

    assert (certificate.status, certificate.current_status) == ("valid", "expired")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("abcde-fghjk", "ABCDE-FGHJK"),
        ("ABCDEFGHJK", "ABCDE-FGHJK"),
        (" abcde fghjk ", "ABCDE-FGHJK"),
        ("ABCDE-FGHJ", None),
        ("ABCDE-FGHJ1", None),  # 1 is not in the alphabet
        ("", None),
        ("x" * 500, None),
    ],
)
def test_certificate_code_normalise(typed, stored):
    assert certificate_code_normalise(typed) == stored
