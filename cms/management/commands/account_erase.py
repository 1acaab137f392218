"""manage.py account_erase USERNAME: an administrator deletes an account and its data."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cms.rights.services import account_erase


class Command(BaseCommand):
    help = (
        "Delete an account and everything that is theirs (the same erasure as 'Delete my "
        "account'; staff accounts too). The audit log keeps only 'user #N'."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--yes", action="store_true", help="Do not ask for confirmation (for scripts)."
        )

    def handle(self, *args, username: str, yes: bool, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account with username {username!r}.")
        if not yes:
            answer = input(f"Delete user #{user.pk} ({username}) and all their data? [y/N] ")
            if answer.strip().lower() not in {"y", "yes"}:
                raise CommandError("Nothing deleted.")
        report = account_erase(user=user, by=None)
        rows = sum(report.rows_deleted.values())
        self.stdout.write(
            f"Erased {report.user_label}: {rows} rows, {len(report.files)} stored files."
        )
