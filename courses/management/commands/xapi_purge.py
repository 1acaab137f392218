"""manage.py xapi_purge [--days N] [--dry-run]

Deletes xAPI statements stored, and state and agent profile documents last updated, more
than N days ago (N
defaults to COURSES_XAPI_RETENTION_DAYS), and prints the counts. Statements not yet forwarded
to COURSES_XAPI_FORWARD_URL are kept until they are."""

from django.core.management.base import BaseCommand, CommandError

from courses import conf
from courses.xapi import services


class Command(BaseCommand):
    help = "Delete xAPI statements, state and agent profile documents older than N days."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            metavar="N",
            help="Age in days (default: COURSES_XAPI_RETENTION_DAYS).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count; delete nothing.")

    def handle(self, *args, days=None, dry_run=False, **options):
        if days is None:
            days = conf.get("XAPI_RETENTION_DAYS")
        if days is None:
            raise CommandError("give --days N, or set COURSES_XAPI_RETENTION_DAYS")
        if days < 0:
            raise CommandError("--days must be 0 or more")
        result = services.records_purge(days=days, dry_run=dry_run)
        done = "would delete" if dry_run else "deleted"
        self.stdout.write(
            f"{done} {result.statements} statements, {result.state_documents} state "
            f"documents and {result.agent_profiles} agent profile documents older than {days} "
            f"days (before {result.cutoff:%Y-%m-%d %H:%M %Z})"
        )
        if result.kept_unforwarded:
            self.stdout.write(
                f"kept {result.kept_unforwarded} older statements not yet forwarded to "
                "COURSES_XAPI_FORWARD_URL; they are purged once forwarded"
            )
