"""Retention of the audit log: deleting the oldest entries, as one prefix, after at least a
year (DOMAIN.md 6.4), without losing the ability to find any other change (docs/audit.md).

This is the only code that deletes entries. The model and its queryset refuse every delete;
the purge goes past them with one raw DELETE statement, which on PostgreSQL the trigger of
migration 0003 checks again (each row older than 365 days, nothing left below the cut).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.utils import timezone

from .models import MIN_RETENTION_DAYS, AuditAction, AuditChainHead, AuditEntry
from .selectors import verify_chain
from .services import _head_locked, audit_record

PURGE_ACTOR_LABEL = "retention purge"


class AuditChainBrokenError(RuntimeError):
    """Raised instead of purging when the log does not verify: deleting entries then could
    remove the evidence of a change, so a person has to look first (`manage.py audit_verify`)."""


@dataclass(frozen=True)
class AuditPurgeResult:
    """What `audit_entries_purge` did: `deleted` entries (or would delete, in a dry run)
    before `first_kept`, the oldest entry that stays."""

    deleted: int
    first_kept: int


def audit_entries_purge(*, older_than: datetime, dry_run: bool = False) -> AuditPurgeResult:
    """Delete the oldest audit entries created before `older_than`, as one unbroken prefix:
    the first entry at or after `older_than` and everything after it stay, even if a later
    entry happens to carry an earlier time.

    Raises ValueError if `older_than` is less than 365 days ago (entries are kept at least a
    year), and AuditChainBrokenError, deleting nothing, if the log does not verify first.
    Side effects (unless `dry_run`, which only counts): in one transaction holding the chain
    head's lock (appends wait), deletes the entries, moves the head's `first_sequence` /
    `first_prev_hash` to the cut and appends a `log_purged` entry recording it (count, cut,
    the last purged hash and the cutoff date). Nothing is written when nothing is old enough.
    """
    now = timezone.now()
    if older_than > now - timedelta(days=MIN_RETENTION_DAYS):
        raise ValueError(
            f"audit entries are kept at least {MIN_RETENTION_DAYS} days; "
            f"{older_than.isoformat()} is too recent"
        )
    with transaction.atomic():
        head = _head_locked()
        first_kept = (
            AuditEntry.objects.filter(created_at__gte=older_than)
            .order_by("sequence")
            .values_list("sequence", flat=True)
            .first()
        )
        if first_kept is None:
            first_kept = head.last_sequence + 1
        purged = AuditEntry.objects.filter(sequence__lt=first_kept)
        count = purged.count()
        if dry_run or count == 0:
            return AuditPurgeResult(count, first_kept)

        report = verify_chain()
        if not report.ok:
            raise AuditChainBrokenError(
                f"the audit log does not verify, so nothing was purged: entry "
                f"{report.first_bad_sequence}: {report.reason}"
            )
        anchor_hash = purged.order_by("-sequence").values_list("hash", flat=True).first()
        with connection.cursor() as cursor:
            # One statement, so PostgreSQL's statement trigger sees the whole prefix at once.
            cursor.execute(
                f"DELETE FROM {AuditEntry._meta.db_table} WHERE sequence < %s", [first_kept]
            )
        AuditChainHead.objects.filter(pk=head.pk).update(
            first_sequence=first_kept, first_prev_hash=anchor_hash
        )
        audit_record(
            actor=None,
            actor_label=PURGE_ACTOR_LABEL,
            action=AuditAction.LOG_PURGED,
            target="audit log: entries past the retention period",
            detail={
                "deleted": count,
                "first_kept": first_kept,
                "anchor_hash": anchor_hash,
                "older_than": older_than.date().isoformat(),
            },
        )
    return AuditPurgeResult(count, first_kept)
