"""Settings of the certifications app, read lazily so `override_settings` works in tests.

- CERTIFICATIONS_VERIFY_RATE_LIMIT: how many verification lookups one client address may make,
  in allauth's rate format ("30/m/ip": 30 a minute per address; several rates separated by
  commas); empty turns the limit off. Counted by allauth's rate limiter, so the client address
  comes from the same rule as sign-in's limits (ALLAUTH_TRUSTED_PROXY_COUNT); a refused lookup
  gets 429 with Retry-After.
- CERTIFICATIONS_PDF_LANGUAGE_RATE_LIMIT: how many certificate PDFs in another language one
  holder may have made on the spot ("20/h/user"; allauth's rate format; empty: no limit); over
  it, 429 with Retry-After.
- CERTIFICATIONS_RENEWAL_OPENS_DAYS: how many days before expiry a certificate may be renewed
  (90, the first reminder); renewal stays open until the programme's grace period ends.
"""

from django.conf import settings

DEFAULTS = {
    "VERIFY_RATE_LIMIT": "30/m/ip",
    "PDF_LANGUAGE_RATE_LIMIT": "20/h/user",
    "RENEWAL_OPENS_DAYS": 90,
}
# Open Badges 3.0 (certifications.openbadges, docs/open-badges.md):
# - CERTIFICATIONS_SIGNING_ALGORITHM: "ES256" (P-256) or "RS256" (RSA 2048) for new keys.
# - CERTIFICATIONS_ISSUER_NAME: the issuer's name in credentials; empty uses WAGTAIL_SITE_NAME.
DEFAULTS.update({"SIGNING_ALGORITHM": "ES256", "ISSUER_NAME": ""})
# Absolute links (certifications.addresses: QR codes, credential ids, emails):
# - CERTIFICATIONS_SITE_URL: the site's public address, e.g. "https://learning.example.org";
#   empty uses WAGTAILADMIN_BASE_URL, or the default Wagtail Site's root URL when that is a
#   loopback address.
DEFAULTS.update({"SITE_URL": ""})
# Certificate PDF (certifications.pdf, docs/certificate-pdf.md):
# - CERTIFICATIONS_FONT_DIRS: folders searched for the Noto Sans fonts (Latin, Bengali,
#   Devanagari, Telugu); None means the npm packages `make setup` installs in node_modules.
DEFAULTS.update({"FONT_DIRS": None})


def get(name: str):
    return getattr(settings, f"CERTIFICATIONS_{name}", DEFAULTS[name])


# Coordinators' view of certificates (certifications.permissions.certificate_holders_visible_to):
# - CERTIFICATIONS_HOLDERS_VISIBLE_TO: dotted path to a function (user) -> a queryset of the
#   user ids whose certificates that staff member may list, inspect and export, or None for
#   all. Empty (the default) means all: a host that groups people (collectives) narrows it.
DEFAULTS.update({"HOLDERS_VISIBLE_TO": ""})
# Expiry reminders by email (certifications.permissions.may_email_reminders):
# - CERTIFICATIONS_REMINDER_EMAIL_ALLOWED: dotted path to a function (user) -> bool, e.g. the
#   person's consent to reminders; empty (the default) emails anyone who gave an address.
DEFAULTS.update({"REMINDER_EMAIL_ALLOWED": ""})
# Publicity of certificates (DOMAIN.md 6.7; certifications.permissions.holder_is_public):
# - CERTIFICATIONS_PUBLIC_HOLDERS: dotted path to a function () -> a queryset of the user ids
#   whose certificates may be public (the verification page shows them; the status list does
#   not suspend them), e.g. the people who consented. Empty (the default) makes everyone's
#   public: a host that asks for consent narrows it.
# - CERTIFICATIONS_PUBLICITY_CHOICE_URL: where a holder changes that, linked from "My
#   certificates"; empty shows no link.
DEFAULTS.update({"PUBLIC_HOLDERS": "", "PUBLICITY_CHOICE_URL": ""})
