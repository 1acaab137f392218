"""The audit log is append-only: the model, the queryset and (on PostgreSQL) a trigger refuse
every change."""

import pytest
from django.db import DatabaseError, connection, transaction

from tests.factories import UserFactory
from tests.trauma_training.audit.helpers import entries_make
from trauma_training.audit.models import (
    AppendOnlyError,
    AuditChainHead,
    AuditEntry,
    user_label,
)
from trauma_training.audit.selectors import verify_chain

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the trigger exists only on PostgreSQL"
)


@pytest.fixture
def entry(db):
    return entries_make(1)[0]


def test_entry_save_of_an_existing_row_is_refused(entry):
    entry.target = "something else"
    with pytest.raises(AppendOnlyError, match="cannot be changed"):
        entry.save()
    assert AuditEntry.objects.get().target == "mentor dashboard: progress summary 1"


def test_entry_save_of_a_new_row_without_audit_record_is_refused(db):
    with pytest.raises(AppendOnlyError, match="only by audit_record"):
        AuditEntry(sequence=1, action="signed_off", prev_hash="0" * 64, hash="f" * 64).save()
    with pytest.raises(AppendOnlyError, match="only by audit_record"):
        AuditEntry.objects.create(sequence=1, action="signed_off", prev_hash="0" * 64)
    assert AuditEntry.objects.count() == 0


def test_entry_delete_is_refused(entry):
    with pytest.raises(AppendOnlyError, match="cannot be deleted"):
        entry.delete()
    assert AuditEntry.objects.count() == 1


@pytest.mark.parametrize(
    "call",
    [
        lambda qs: qs.update(target="changed"),
        lambda qs: qs.delete(),
        lambda qs: qs.bulk_create([]),
        lambda qs: qs.bulk_update([], ["target"]),
        lambda qs: qs.update_or_create(sequence=1, defaults={"target": "x"}),
    ],
    ids=["update", "delete", "bulk_create", "bulk_update", "update_or_create"],
)
def test_entry_queryset_refuses_bulk_writes(entry, call):
    with pytest.raises(AppendOnlyError, match="append-only"):
        call(AuditEntry.objects.all())
    with pytest.raises(AppendOnlyError, match="append-only"):
        call(AuditEntry.objects)
    assert AuditEntry.objects.get().target == "mentor dashboard: progress summary 1"


@postgresql_only
def test_trigger_refuses_an_update_past_the_orm(entry):
    with (
        pytest.raises(DatabaseError, match="append-only: UPDATE refused"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("UPDATE audit_auditentry SET target = 'changed'")
    assert AuditEntry.objects.get().target == "mentor dashboard: progress summary 1"


@postgresql_only
def test_trigger_refuses_a_delete_past_the_orm(entry):
    with (
        pytest.raises(DatabaseError, match="append-only: DELETE refused"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("DELETE FROM audit_auditentry")
    assert AuditEntry.objects.count() == 1


@postgresql_only
def test_trigger_refuses_pointing_an_entry_at_another_person(db):
    someone, other = UserFactory(), UserFactory()
    entries_make(1, actor=someone, subject=someone)
    with (
        pytest.raises(DatabaseError, match="UPDATE refused"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("UPDATE audit_auditentry SET subject_id = %s", [other.pk])


@postgresql_only
def test_trigger_keeps_the_chain_head(entry):
    with pytest.raises(DatabaseError, match="chain head cannot be deleted"), transaction.atomic():
        AuditChainHead.objects.all().delete()
    assert AuditChainHead.objects.get().last_sequence == 1


def test_deleting_an_account_keeps_its_entries_and_the_chain_whole(db):
    mentor, mentee = UserFactory(), UserFactory()
    mentor_label, mentee_label = user_label(mentor), user_label(mentee)
    entries_make(2, actor=mentor, subject=mentee)

    mentee.delete()
    mentor.delete()

    rows = list(
        AuditEntry.objects.values_list("actor_id", "actor_label", "subject_id", "subject_label")
    )
    assert rows == [(None, mentor_label, None, mentee_label)] * 2
    assert verify_chain().ok
