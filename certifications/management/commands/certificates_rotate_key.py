"""Retire the current signing key and make a new one; prints the new key's id."""

from django.core.management.base import BaseCommand

from certifications.openbadges.keys import signing_key_rotate


class Command(BaseCommand):
    help = (
        "Retire the current Open Badges signing key and generate a new one. Credentials "
        "signed before still verify: retired keys stay in /.well-known/jwks.json. Run it "
        "before changing SECRET_KEY (stored private keys are encrypted under it)."
    )

    def handle(self, *args, **options):
        key = signing_key_rotate()
        self.stdout.write(key.kid)
