"""Retention settings, read lazily so `override_settings` works in tests. Each is a number of
days, or None to keep everything (docs/retention.md).

- RETENTION_MENTOR_CHECKIN_DAYS: mentors' private wellbeing check-ins older than this are
  deleted (90: mood answers are sensitive, and only the last 30 are ever shown).
- RETENTION_NUDGE_DAYS: gentle nudges sent longer ago than this are deleted (180).
- RETENTION_INVITATION_DAYS: invitations expired longer ago than this, and used-up ones
  created longer ago than this, are deleted (90).
- RETENTION_AUDIT_DAYS: audit entries older than this are deleted, oldest first (730; at least
  365, which a system check and, on PostgreSQL, the database enforce; None: keep for ever).
- RETENTION_INACTIVE_ACCOUNT_DAYS: learner and mentor accounts not signed in for this long are
  reported for a coordinator to decide about; never deleted automatically (None: off).

Expired sessions are always deleted, and xAPI records follow COURSES_XAPI_RETENTION_DAYS.
"""

from django.conf import settings

PREFIX = "RETENTION_"

DEFAULTS: dict[str, int | None] = {
    "MENTOR_CHECKIN_DAYS": 90,
    "NUDGE_DAYS": 180,
    "INVITATION_DAYS": 90,
    "AUDIT_DAYS": 730,
    "INACTIVE_ACCOUNT_DAYS": None,
}


def setting_name(name: str) -> str:
    return f"{PREFIX}{name}"


def get(name: str) -> int | None:
    return getattr(settings, setting_name(name), DEFAULTS[name])
