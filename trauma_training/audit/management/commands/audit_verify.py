"""manage.py audit_verify

Walks the audit log and checks its hash chain. Prints "audit log OK: N entries" and the last
hash (worth noting outside the database) and exits 0, saying from which entry on once the
retention purge has removed older ones; otherwise names the first broken entry
and exits 1."""

from django.core.management.base import BaseCommand, CommandError

from trauma_training.audit.selectors import verify_chain


class Command(BaseCommand):
    help = "Check the audit log's hash chain; exit 1 at the first broken entry."

    def handle(self, *args, **options):
        report = verify_chain()
        if not report.ok:
            raise CommandError(
                f"audit log BROKEN at entry {report.first_bad_sequence}: {report.reason} "
                f"({report.entries_checked} entries before it are intact)",
                returncode=1,
            )
        since = ""
        if report.first_sequence > 1:
            since = f" (from entry {report.first_sequence}; older ones purged)"
        self.stdout.write(f"audit log OK: {report.entries_checked} entries{since}")
        self.stdout.write(f"last hash: {report.last_hash}")
