"""manage.py xapi_credential_create --name NAME --scope {collectives,site} [--owner USERNAME]
[--read-write] [--inactive]

Makes an xAPI credential (HTTP Basic key and secret) for an external activity provider and
prints the key and secret once: the secret is stored only as a password hash.

- `--scope collectives` reaches the learners of the collectives the owner coordinates (asked
  again on every request); it needs `--owner`, an active account that may manage xAPI
  credentials (a coordinator or an admin).
- `--scope site` reaches every learner; with `--owner`, the owner must be an admin; without,
  the credential belongs to whoever runs the site.
- Read-only unless `--read-write`.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from courses.models import XAPICredential
from courses.xapi import services
from courses.xapi.auth import credential_learner_ids


class Command(BaseCommand):
    help = "Make an xAPI credential and print its key and secret (shown this once only)."

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="Who uses it, e.g. 'Partner quiz tool'.")
        parser.add_argument(
            "--scope",
            required=True,
            choices=[choice.value for choice in XAPICredential.Scope],
            help="collectives: the owner's collectives; site: every learner (admins only).",
        )
        parser.add_argument(
            "--owner", metavar="USERNAME", help="The account it belongs to (see --scope)."
        )
        parser.add_argument(
            "--read-write",
            action="store_true",
            help="Also send statements and keep state (default: read only).",
        )
        parser.add_argument(
            "--inactive", action="store_true", help="Make it switched off, to switch on later."
        )

    def handle(self, *args, name, scope, owner=None, read_write=False, inactive=False, **options):
        user = None
        if owner:
            user = get_user_model().objects.filter(username=owner).first()
            if user is None:
                raise CommandError(f"no account with username {owner!r}")
            if not user.is_active:
                raise CommandError(f"the account {owner!r} is not active")
        if scope == XAPICredential.Scope.COLLECTIVES:
            if user is None:
                raise CommandError("--scope collectives needs --owner, a coordinator")
            if not user.has_perm("courses.add_xapicredential"):
                raise CommandError(
                    f"{owner!r} may not manage xAPI credentials (not a coordinator or admin)"
                )
        access = XAPICredential.Access.READ_WRITE if read_write else XAPICredential.Access.READ
        try:
            credential, secret = services.credential_create(
                name=name, created_by=user, scope=scope, access=access, active=not inactive
            )
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from None
        reached = credential_learner_ids(credential)
        self.stdout.write(f"name:   {credential.name}")
        self.stdout.write(f"scope:  {credential.get_scope_display()}")
        self.stdout.write(f"access: {credential.get_access_display()}")
        if reached is not None:
            self.stdout.write(f"reaches now: {len(reached)} people")
        self.stdout.write(f"key:    {credential.key}")
        self.stdout.write(f"secret: {secret}")
        self.stdout.write("The secret is shown this once only; it cannot be read back.")
