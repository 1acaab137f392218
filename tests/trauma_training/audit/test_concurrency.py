"""Appends from many threads at once never share a sequence number or a previous hash
(PostgreSQL: the chain head row is locked with SELECT ... FOR UPDATE)."""

import threading

import pytest
from django.db import connection, connections, transaction

from trauma_training.audit.models import AuditEntry
from trauma_training.audit.selectors import verify_chain
from trauma_training.audit.services import audit_record

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: an in-memory SQLite test database is not shared between "
        "threads, and SQLite serialises writers by itself",
    ),
]


def _in_thread(work, errors: list):
    def run():
        try:
            work()
        except Exception as error:  # reported to the test below
            errors.append(error)
        finally:
            connections.close_all()

    return threading.Thread(target=run)


def test_audit_record_from_eight_threads_keeps_one_gapless_chain():
    threads_count, each = 8, 10
    start = threading.Barrier(threads_count)
    errors: list = []

    def work():
        start.wait()
        for n in range(each):
            audit_record(actor=None, action="viewed_person_data", detail={"n": n})

    threads = [_in_thread(work, errors) for _ in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    entries = list(AuditEntry.objects.order_by("sequence"))
    assert [e.sequence for e in entries] == list(range(1, threads_count * each + 1))
    assert len({e.prev_hash for e in entries}) == threads_count * each
    report = verify_chain()
    assert (report.ok, report.entries_checked) == (True, threads_count * each)


def test_audit_record_waits_for_an_open_append_to_commit():
    # An entry first, so the chain head row exists (the flush before this test removed it).
    audit_record(actor=None, action="signed_off")
    appended, release = threading.Event(), threading.Event()
    results: dict = {}
    errors: list = []

    def first():
        with transaction.atomic():
            results["first"] = audit_record(actor=None, action="role_added")
            appended.set()
            release.wait(timeout=10)

    def second():
        results["second"] = audit_record(actor=None, action="role_removed")

    one = _in_thread(first, errors)
    one.start()
    assert appended.wait(timeout=10)
    two = _in_thread(second, errors)
    two.start()
    two.join(timeout=0.5)
    waiting = two.is_alive()
    release.set()
    one.join(timeout=10)
    two.join(timeout=10)

    assert errors == []
    assert waiting, "the second append should wait for the first transaction's lock"
    assert (results["first"].sequence, results["second"].sequence) == (2, 3)
    assert results["second"].prev_hash == results["first"].hash
    assert verify_chain().ok
