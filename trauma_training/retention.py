"""Retention of the programme's own records (docs/retention.md): gentle nudges from mentors
are kept RETENTION_NUDGE_DAYS after they were sent."""

from datetime import datetime

from .models import Nudge


def nudges_purge(*, older_than: datetime, dry_run: bool = False) -> int:
    """Delete every nudge sent before `older_than`, seen or not; return how many (or, with
    `dry_run`, how many would be, deleting nothing). The one-nudge-a-week rule looks back
    only 7 days, so a period of at least that keeps it working.

    Side effects: deletes Nudge rows (nothing refers to them).
    """
    nudges = Nudge.objects.filter(created_at__lt=older_than)
    if dry_run:
        return nudges.count()
    deleted, _by_model = nudges.delete()
    return deleted
