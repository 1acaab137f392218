"""Settings of the courses app, read lazily so `override_settings` works in tests.

- COURSES_ENROLMENT_CSV_MAX_ROWS: rows one enrolment CSV may have (default 5,000).
- COURSES_ENROLMENT_CSV_MAX_BYTES: size of one enrolment CSV (default 1 MiB).
- COURSES_ACTIVE_DAYS: how recent activity must be to count as "active" in analytics (14).
"""

from django.conf import settings

DEFAULTS = {
    "ENROLMENT_CSV_MAX_ROWS": 5000,
    "ENROLMENT_CSV_MAX_BYTES": 1024 * 1024,
    "ACTIVE_DAYS": 14,
}


def get(name: str):
    return getattr(settings, f"COURSES_{name}", DEFAULTS[name])
