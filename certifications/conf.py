"""Settings of the certifications app, read lazily so `override_settings` works in tests.

- CERTIFICATIONS_VERIFY_RATE_PER_MINUTE: how many verification lookups one IP address may make
  per minute before getting 429 (30; 0 turns the limit off).
"""

from django.conf import settings

DEFAULTS = {"VERIFY_RATE_PER_MINUTE": 30}


def get(name: str):
    return getattr(settings, f"CERTIFICATIONS_{name}", DEFAULTS[name])
