"""Shared helpers for the audit tests: a few entries, and raw SQL past the trigger."""

from contextlib import contextmanager

from django.db import connection

from trauma_training.audit.models import AuditAction
from trauma_training.audit.services import audit_record

TRIGGER = "audit_auditentry_append_only"


def entries_make(count: int, *, actor=None, subject=None) -> list:
    return [
        audit_record(
            actor=actor,
            action=AuditAction.VIEWED_PERSON_DATA,
            subject=subject,
            target=f"mentor dashboard: progress summary {n}",
            detail={"n": n},
        )
        for n in range(1, count + 1)
    ]


@contextmanager
def raw_sql():
    """A cursor that can change the table directly, as an attacker with database access
    could: on PostgreSQL the append-only trigger is switched off for the block."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Deferred foreign-key checks from the inserts must run before ALTER TABLE.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"ALTER TABLE audit_auditentry DISABLE TRIGGER {TRIGGER}")
        try:
            yield cursor
        finally:
            if connection.vendor == "postgresql":
                cursor.execute(f"ALTER TABLE audit_auditentry ENABLE TRIGGER {TRIGGER}")
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
