"""`manage.py emails_reencrypt`: seal every stored email address again under the current
SECRET_KEY and recompute its lookup digest. Run it after rotating SECRET_KEY (with the old key
in SECRET_KEY_FALLBACKS), then remove the old key from the fallbacks (docs/email-privacy.md)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from cms import crypto
from cms.fields import EMAIL_LABEL, email_digest


class Command(BaseCommand):
    help = "Re-encrypt users' email addresses under the current SECRET_KEY."

    def add_arguments(self, parser):
        parser.add_argument(
            "--clear-unreadable",
            action="store_true",
            help="Empty addresses that no key opens (they are only reported otherwise).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Count, change nothing.")

    def handle(self, *args, clear_unreadable=False, dry_run=False, **options):
        User = get_user_model()
        done = current = unreadable = 0
        # The stored (sealed) values, read around the field, which would unseal them.
        stored = User.objects.values_list("pk", "email", "email_digest").query
        sql, params = stored.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        for pk, raw, digest in rows:
            if not raw:
                continue
            try:
                address = crypto.unseal(raw, label=EMAIL_LABEL) if crypto.is_sealed(raw) else raw
            except crypto.DecryptionError as error:
                unreadable += 1
                self.stderr.write(f"user #{pk}: the address cannot be read ({error})")
                if clear_unreadable and not dry_run:
                    User.objects.filter(pk=pk).update(email="", email_digest="")
                continue
            if crypto.sealed_with_current_key(raw, label=EMAIL_LABEL) and digest == email_digest(
                address
            ):
                current += 1
                continue
            done += 1
            if not dry_run:
                with transaction.atomic():
                    User.objects.filter(pk=pk).update(
                        email=address, email_digest=email_digest(address)
                    )
        self.stdout.write(
            f"{done} re-encrypted, {current} already under the current key, "
            f"{unreadable} unreadable{' (cleared)' if clear_unreadable and unreadable else ''}"
            f"{' (dry run)' if dry_run else ''}."
        )
