"""Retention of mentors' private check-ins (docs/retention.md): mood answers are sensitive,
so they are kept only a short while (RETENTION_MENTOR_CHECKIN_DAYS)."""

from datetime import datetime

from .models import CheckIn


def checkins_purge(*, older_than: datetime, dry_run: bool = False) -> int:
    """Delete every check-in made before `older_than`; return how many (or, with `dry_run`,
    how many would be, deleting nothing).

    Side effects: deletes CheckIn rows (nothing refers to them).
    """
    checkins = CheckIn.objects.filter(created_at__lt=older_than)
    if dry_run:
        return checkins.count()
    deleted, _by_model = checkins.delete()
    return deleted
