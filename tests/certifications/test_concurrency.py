"""Two workers issuing the same certificate at the same moment make exactly one.

Threads see only committed rows, so this test commits; it needs a database where two write
transactions can both be past the "already issued?" check (PostgreSQL in CI)."""

import threading

import pytest
from django.db import connection

from certifications import services
from certifications.models import Certificate, CertificateEvent
from tests.certifications.helpers import course_finish, programme_for
from tests.factories import CourseBuilder, course_index, user_with_role


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason=(
        "SQLite runs one write transaction at a time, so two issuances can never both be "
        "past the check; runs on PostgreSQL (DATABASE_URL)"
    ),
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("migrated_rows_restored")
def test_certificate_issue_concurrent_calls_make_exactly_one(monkeypatch):
    course = CourseBuilder(course_index(), "K1").module(lessons=1).build()
    learner = user_with_role("learner", username="racer-cert")
    course_finish(user=learner, course=course)
    programme = programme_for(course)

    both_checked = threading.Barrier(2)
    evaluate = services.programme_evaluate

    def evaluate_then_wait(**kwargs):
        evaluation = evaluate(**kwargs)
        both_checked.wait(timeout=10)
        return evaluation

    monkeypatch.setattr(services, "programme_evaluate", evaluate_then_wait)
    results, errors = [], []

    def run():
        try:
            results.append(services.certificate_issue(user=learner, programme=programme).pk)
        except Exception as error:  # reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert len(set(results)) == 1 and len(results) == 2
    assert Certificate.objects.count() == 1
    # One "issued" event (the winner's render, run after its commit, adds a "rendered" one).
    assert CertificateEvent.objects.filter(kind="issued").count() == 1


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason=(
        "SQLite runs one write transaction at a time, so the saves never race; runs on "
        "PostgreSQL (DATABASE_URL)"
    ),
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("migrated_rows_restored")
def test_practice_entry_log_once_concurrent_calls_make_exactly_one(monkeypatch):
    """Both calls are past the "already saved?" check before either inserts, so the unique
    constraint decides; the loser returns the winner's entry. (Through HTTP, with ten
    POSTs: tests/security/test_integrity.py.)"""
    from uuid import uuid4

    from django.utils import timezone

    from certifications import records
    from certifications.models import PracticeEntry

    mentor = user_with_role("mentor", username="racer-mentor")
    token = uuid4()
    both_checked = threading.Barrier(2)
    log = records.practice_entry_log

    def wait_then_log(**kwargs):
        both_checked.wait(timeout=10)
        return log(**kwargs)

    monkeypatch.setattr(records, "practice_entry_log", wait_then_log)
    results, errors = [], []

    def run():
        try:
            entry, created = records.practice_entry_log_once(
                user=mentor,
                submission_token=token,
                kind="mentoring",
                date=timezone.localdate(),
                minutes=60,
            )
            results.append((entry.pk, created))
        except Exception as error:  # reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert len({pk for pk, _created in results}) == 1
    assert sorted(created for _pk, created in results) == [False, True]
    assert PracticeEntry.objects.filter(user=mentor, submission_token=token).count() == 1
