"""trauma_training.audit.selectors.verify_chain and `manage.py audit_verify`: an edit, a
deletion, a reordering or a cut end is found and named."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.factories import UserFactory
from tests.trauma_training.audit.helpers import entries_make, raw_sql
from trauma_training.audit.models import GENESIS_HASH, AuditEntry
from trauma_training.audit.selectors import ChainReport, verify_chain


@pytest.fixture
def five(db):
    return entries_make(5)


def test_verify_chain_of_an_empty_log_is_ok(db):
    assert verify_chain() == ChainReport(True, 0, None, "", GENESIS_HASH)


def test_verify_chain_of_an_untouched_log_is_ok(five):
    assert verify_chain() == ChainReport(True, 5, None, "", five[-1].hash)


@pytest.mark.parametrize(
    "column, value",
    [
        ("target", "something else"),
        ("action", "consent_given"),
        ("detail", '{"n": 99}'),
        ("actor_label", "user #999"),
        ("created_at", "2020-01-01 00:00:00+00:00"),
    ],
)
def test_verify_chain_finds_a_field_edited_by_raw_sql(five, column, value):
    with raw_sql() as cursor:
        cursor.execute(f"UPDATE audit_auditentry SET {column} = %s WHERE sequence = 3", [value])

    report = verify_chain()

    assert (report.ok, report.entries_checked, report.first_bad_sequence) == (False, 2, 3)
    assert report.reason == "entry 3 was changed: its hash does not match its contents"


def test_verify_chain_finds_an_edit_whose_hash_was_recomputed(five):
    entry = AuditEntry.objects.get(sequence=3)
    entry.target = "something else"
    with raw_sql() as cursor:
        cursor.execute(
            "UPDATE audit_auditentry SET target = %s, hash = %s WHERE sequence = 3",
            [entry.target, entry.compute_hash()],
        )

    report = verify_chain()

    assert (report.ok, report.first_bad_sequence) == (False, 4)
    assert report.reason.startswith("entry 4 does not follow entry 3")


def test_verify_chain_finds_an_entry_pointed_at_another_person(five):
    someone = UserFactory()
    with raw_sql() as cursor:
        cursor.execute(
            "UPDATE audit_auditentry SET subject_id = %s WHERE sequence = 2", [someone.pk]
        )

    report = verify_chain()

    assert (report.ok, report.first_bad_sequence) == (False, 2)
    assert report.reason == "entry 2 was changed: its subject does not match its label"


def test_verify_chain_finds_an_entry_deleted_in_the_middle(five):
    with raw_sql() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE sequence = 3")

    report = verify_chain()

    assert report == ChainReport(
        False, 2, 3, "entry 3 is missing: the entry after 2 is 4", five[1].hash
    )


def test_verify_chain_finds_entries_reordered(five):
    with raw_sql() as cursor:
        cursor.execute("UPDATE audit_auditentry SET sequence = 1000 WHERE sequence = 2")
        cursor.execute("UPDATE audit_auditentry SET sequence = 2 WHERE sequence = 3")
        cursor.execute("UPDATE audit_auditentry SET sequence = 3 WHERE sequence = 1000")

    report = verify_chain()

    assert (report.ok, report.entries_checked, report.first_bad_sequence) == (False, 1, 2)
    assert report.reason.startswith("entry 2 does not follow entry 1")


def test_verify_chain_finds_entries_cut_off_the_end(five):
    with raw_sql() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE sequence >= 4")

    report = verify_chain()

    assert report == ChainReport(
        False, 3, 4, "entries 4 to 5 are missing from the end of the log", five[2].hash
    )


def test_audit_verify_command_prints_ok_and_the_count(five):
    out = StringIO()

    call_command("audit_verify", stdout=out)

    assert out.getvalue() == f"audit log OK: 5 entries\nlast hash: {five[-1].hash}\n"


def test_audit_verify_command_names_the_first_broken_entry_and_exits_1(five):
    with raw_sql() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE sequence = 2")

    with pytest.raises(CommandError) as raised:
        call_command("audit_verify")

    assert raised.value.returncode == 1
    assert str(raised.value) == (
        "audit log BROKEN at entry 2: entry 2 is missing: the entry after 1 is 3 "
        "(1 entries before it are intact)"
    )
