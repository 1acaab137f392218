"""trauma_training.audit.retention.audit_entries_purge: the oldest entries go, as one prefix,
after at least a year; the chain still verifies from the recorded cut and still finds any
other change. On PostgreSQL the trigger of migration 0003 enforces the same."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from tests.trauma_training.audit.helpers import entries_aged, raw_sql
from trauma_training.audit.models import (
    GENESIS_HASH,
    AppendOnlyError,
    AuditChainHead,
    AuditEntry,
)
from trauma_training.audit.retention import (
    AuditChainBrokenError,
    AuditPurgeResult,
    audit_entries_purge,
)
from trauma_training.audit.selectors import ChainReport, verify_chain

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the trigger exists only on PostgreSQL"
)


def two_years_ago():
    return timezone.now() - timedelta(days=730)


@pytest.fixture
def aged(db):
    """Entries 1-3 older than two years, 4-5 ten days old."""
    return entries_aged(800, 760, 740, 10, 10)


def test_audit_entries_purge_deletes_the_old_prefix_and_records_the_cut(aged):
    older_than = two_years_ago()

    result = audit_entries_purge(older_than=older_than)

    assert result == AuditPurgeResult(deleted=3, first_kept=4)
    entries = list(AuditEntry.objects.order_by("sequence"))
    assert [e.sequence for e in entries] == [4, 5, 6]
    assert [e.pk for e in entries[:2]] == [aged[3].pk, aged[4].pk]
    purge = entries[2]
    assert (purge.action, purge.actor_id, purge.actor_label, purge.subject_label) == (
        "log_purged",
        None,
        "retention purge",
        "",
    )
    assert purge.detail == {
        "deleted": 3,
        "first_kept": 4,
        "anchor_hash": aged[2].hash,
        "older_than": older_than.date().isoformat(),
    }
    head = AuditChainHead.objects.get()
    assert (head.first_sequence, head.first_prev_hash, head.last_sequence, head.last_hash) == (
        4,
        aged[2].hash,
        6,
        purge.hash,
    )
    assert verify_chain() == ChainReport(True, 3, None, "", purge.hash, 4)


def test_audit_entries_purge_keeps_everything_from_the_first_recent_entry(db):
    # Entry 3 carries an old time (a clock set back), but entry 2 is recent: only entry 1 goes.
    entries = entries_aged(800, 10, 800)

    result = audit_entries_purge(older_than=two_years_ago())

    assert result == AuditPurgeResult(deleted=1, first_kept=2)
    kept = list(AuditEntry.objects.order_by("sequence").values_list("pk", flat=True))
    assert kept[:2] == [entries[1].pk, entries[2].pk]
    assert verify_chain().ok


def test_audit_entries_purge_of_every_entry_leaves_only_its_record(db):
    entries = entries_aged(800, 790)

    result = audit_entries_purge(older_than=two_years_ago())

    assert result == AuditPurgeResult(deleted=2, first_kept=3)
    assert list(AuditEntry.objects.values_list("sequence", "action")) == [(3, "log_purged")]
    head = AuditChainHead.objects.get()
    assert (head.first_sequence, head.first_prev_hash) == (3, entries[1].hash)
    assert verify_chain().ok


def test_audit_entries_purge_dry_run_counts_and_changes_nothing(aged):
    result = audit_entries_purge(older_than=two_years_ago(), dry_run=True)

    assert result == AuditPurgeResult(deleted=3, first_kept=4)
    assert list(AuditEntry.objects.values_list("sequence", flat=True)) == [1, 2, 3, 4, 5]
    head = AuditChainHead.objects.get()
    assert (head.first_sequence, head.first_prev_hash, head.last_sequence) == (
        1,
        GENESIS_HASH,
        5,
    )


def test_audit_entries_purge_with_nothing_old_enough_writes_nothing(db):
    entries_aged(10, 5)

    result = audit_entries_purge(older_than=two_years_ago())

    assert result == AuditPurgeResult(deleted=0, first_kept=1)
    assert AuditEntry.objects.count() == 2
    assert AuditChainHead.objects.get().last_sequence == 2


@pytest.mark.parametrize("days", [0, 30, 364])
def test_audit_entries_purge_refuses_less_than_a_year(aged, days):
    with pytest.raises(ValueError, match="kept at least 365 days"):
        audit_entries_purge(older_than=timezone.now() - timedelta(days=days))
    assert AuditEntry.objects.count() == 5


def test_audit_entries_purge_refuses_a_log_that_does_not_verify(aged):
    with raw_sql() as cursor:
        cursor.execute("UPDATE audit_auditentry SET target = 'changed' WHERE sequence = 2")

    with pytest.raises(AuditChainBrokenError, match="entry 2: entry 2 was changed"):
        audit_entries_purge(older_than=two_years_ago())

    assert AuditEntry.objects.count() == 5
    assert AuditChainHead.objects.get().first_sequence == 1


def test_audit_entries_purge_twice_keeps_the_chain_whole(db):
    entries_aged(900, 850, 10)
    audit_entries_purge(older_than=timezone.now() - timedelta(days=870))
    # Later: entry 2 is old enough now, the first purge entry and entry 3 are not.
    second = audit_entries_purge(older_than=two_years_ago())

    assert second == AuditPurgeResult(deleted=1, first_kept=3)
    assert list(AuditEntry.objects.values_list("sequence", "action")) == [
        (3, "viewed_person_data"),
        (4, "log_purged"),
        (5, "log_purged"),
    ]
    report = verify_chain()
    assert (report.ok, report.entries_checked, report.first_sequence) == (True, 3, 3)


def test_the_orm_still_refuses_to_delete_entries_after_a_purge(aged):
    audit_entries_purge(older_than=two_years_ago())
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.filter(sequence=4).delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.get(sequence=4).delete()
    assert AuditEntry.objects.count() == 3


# --- After a purge, the verifier still finds every other change


@pytest.fixture
def purged(aged):
    """The log after a purge: entries 4 and 5, and the purge entry 6."""
    audit_entries_purge(older_than=two_years_ago())
    return aged


def test_verify_after_a_purge_finds_an_edited_entry(purged):
    with raw_sql() as cursor:
        cursor.execute("UPDATE audit_auditentry SET target = 'changed' WHERE sequence = 5")

    report = verify_chain()

    assert (report.ok, report.entries_checked, report.first_bad_sequence) == (False, 1, 5)
    assert report.reason == "entry 5 was changed: its hash does not match its contents"


def test_verify_after_a_purge_finds_the_first_kept_entry_deleted(purged):
    with raw_sql() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE sequence = 4")

    report = verify_chain()

    assert (report.ok, report.first_bad_sequence) == (False, 4)
    assert report.reason == "entry 4 is missing: the entry after 3 is 5"


def test_verify_after_a_purge_finds_a_deletion_dressed_as_a_purge(purged):
    # Someone deletes entry 4 and moves the recorded start to 5, as a purge would, but no
    # purge entry records that cut.
    with raw_sql() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE sequence = 4")
        cursor.execute(
            "UPDATE audit_auditchainhead SET first_sequence = 5, first_prev_hash = %s",
            [purged[3].hash],
        )

    report = verify_chain()

    assert (report.ok, report.entries_checked, report.first_bad_sequence) == (False, 2, 5)
    assert report.reason == (
        "the log starts at entry 5, but no purge entry records cutting it there (entries were "
        "removed from the start)"
    )


def test_verify_after_a_purge_finds_the_recorded_start_moved_back(purged):
    with raw_sql() as cursor:
        cursor.execute(
            "UPDATE audit_auditchainhead SET first_sequence = 1, first_prev_hash = %s",
            [GENESIS_HASH],
        )

    report = verify_chain()

    assert (report.ok, report.first_bad_sequence) == (False, 1)
    assert report.reason == "entry 1 is missing: the entry after 0 is 4"


def test_verify_after_a_purge_finds_the_recorded_start_moved_forward(purged):
    with raw_sql() as cursor:
        cursor.execute("UPDATE audit_auditchainhead SET first_sequence = 5")

    report = verify_chain()

    assert (report.ok, report.first_bad_sequence) == (False, 4)
    assert report.reason == (
        "entry 4 is before the start of the log (5), which the last purge recorded"
    )


def test_audit_verify_command_after_a_purge_says_where_the_log_starts(purged):
    out = StringIO()

    call_command("audit_verify", stdout=out)

    last = AuditEntry.objects.get(sequence=6)
    assert out.getvalue() == (
        f"audit log OK: 3 entries (from entry 4; older ones purged)\nlast hash: {last.hash}\n"
    )


# --- PostgreSQL: the database itself keeps entries a year and deletes only a prefix


def _raw_delete(where: str) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM audit_auditentry WHERE {where}")


@postgresql_only
def test_trigger_refuses_deleting_an_entry_younger_than_a_year(db):
    entries_aged(10)
    with pytest.raises(DatabaseError, match="append-only: DELETE refused"):
        _raw_delete("sequence = 1")
    assert AuditEntry.objects.count() == 1


@postgresql_only
def test_trigger_refuses_a_prefix_that_includes_a_recent_entry(aged):
    with pytest.raises(DatabaseError, match="append-only: DELETE refused"):
        _raw_delete("sequence <= 4")
    assert AuditEntry.objects.count() == 5


@postgresql_only
def test_trigger_refuses_deleting_old_entries_that_are_not_the_oldest(aged):
    with pytest.raises(DatabaseError, match="only the oldest entries can be deleted"):
        _raw_delete("sequence = 2")
    assert AuditEntry.objects.count() == 5


@postgresql_only
def test_trigger_refuses_updating_an_old_entry(aged):
    with (
        pytest.raises(DatabaseError, match="append-only: UPDATE refused"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("UPDATE audit_auditentry SET target = 'changed' WHERE sequence = 1")
    assert AuditEntry.objects.get(sequence=1).target == "entry 1"


@postgresql_only
def test_trigger_allows_deleting_the_old_prefix(aged):
    _raw_delete("sequence <= 2")
    assert list(AuditEntry.objects.values_list("sequence", flat=True)) == [3, 4, 5]


@postgresql_only
def test_audit_entries_purge_passes_the_trigger(aged):
    assert audit_entries_purge(older_than=two_years_ago()) == AuditPurgeResult(3, 4)
    assert verify_chain().ok
