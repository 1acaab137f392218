"""manage.py retention_purge [--dry-run]

Deletes what is older than its retention period in every category (docs/retention.md) and
prints one line per category with what was (or, with --dry-run, would be) deleted. Accounts
inactive for RETENTION_INACTIVE_ACCOUNT_DAYS are listed by id for a coordinator to decide
about, never deleted. Exits 1 if any category failed (the others still ran)."""

from django.core.management.base import BaseCommand, CommandError

from cms.retention.services import RetentionResult, retention_purge

REPORTED_IDS_SHOWN = 200


def result_line(result: RetentionResult) -> str:
    """One line of the command's output, e.g. "mentors' check-ins: deleted 3 older than 90
    days (RETENTION_MENTOR_CHECKIN_DAYS)"."""
    count = "an unknown number of" if result.count is None else str(result.count)
    why = f" ({result.setting})" if result.setting else ""
    if result.outcome == "failed":
        return f"{result.label}: FAILED, nothing deleted: {result.note}"
    if result.outcome == "kept":
        return f"{result.label}: kept, no retention period set{why}"
    if result.outcome == "off":
        return f"{result.label}: not checked{why}"
    if result.outcome == "reported":
        line = (
            f"{result.label}: {count} not signed in for {result.days} days{why}; nothing "
            "deleted, for a coordinator to decide"
        )
        if result.ids:
            shown = ", ".join(f"user #{pk}" for pk in result.ids[:REPORTED_IDS_SHOWN])
            more = len(result.ids) - REPORTED_IDS_SHOWN
            line += f": {shown}" + (f" and {more} more" if more > 0 else "")
        return line
    done = "would delete" if result.outcome == "would_delete" else "deleted"
    age = "" if result.days is None else f" older than {result.days} days"
    note = f"; {result.note}" if result.note else ""
    return f"{result.label}: {done} {count}{age}{why}{note}"


class Command(BaseCommand):
    help = "Delete personal data past its retention period; --dry-run only counts."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count; delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        results = retention_purge(dry_run=dry_run)
        for result in results:
            self.stdout.write(result_line(result))
        failed = [result.category for result in results if result.outcome == "failed"]
        if failed:
            raise CommandError(f"retention purge failed for: {', '.join(failed)}", returncode=1)
