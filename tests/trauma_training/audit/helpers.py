"""Shared helpers for the audit tests: a few entries, and raw SQL past the trigger."""

from contextlib import contextmanager
from datetime import timedelta
from unittest import mock

from django.db import connection
from django.utils import timezone

from trauma_training.audit.models import AuditAction
from trauma_training.audit.services import audit_record

TRIGGER = "audit_auditentry_append_only"
# Migration 0003's statement trigger: a DELETE may only remove the oldest entries.
PREFIX_TRIGGER = "audit_auditentry_purge_prefix"


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


def entries_aged(*days_ago: int) -> list:
    """One entry per age, appended in the order given, each written as if `days_ago` days
    ago (so its hash covers that time)."""
    now = timezone.now()
    entries = []
    for n, days in enumerate(days_ago, start=1):
        with mock.patch.object(timezone, "now", return_value=now - timedelta(days=days)):
            entries.append(
                audit_record(actor=None, action=AuditAction.VIEWED_PERSON_DATA, target=f"entry {n}")
            )
    return entries


@contextmanager
def raw_sql():
    """A cursor that can change the table directly, as an attacker with database access
    could: on PostgreSQL the append-only triggers are switched off for the block."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Deferred foreign-key checks from the inserts must run before ALTER TABLE.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for trigger in (TRIGGER, PREFIX_TRIGGER):
                cursor.execute(f"ALTER TABLE audit_auditentry DISABLE TRIGGER {trigger}")
        try:
            yield cursor
        finally:
            if connection.vendor == "postgresql":
                for trigger in (TRIGGER, PREFIX_TRIGGER):
                    cursor.execute(f"ALTER TABLE audit_auditentry ENABLE TRIGGER {trigger}")
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
