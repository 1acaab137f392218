"""Settings of the courses app, read lazily so `override_settings` works in tests.

- COURSES_ENROLMENT_CSV_MAX_ROWS: rows one enrolment CSV may have (default 5,000).
- COURSES_ENROLMENT_CSV_MAX_BYTES: size of one enrolment CSV (default 1 MiB).
- COURSES_ACTIVE_DAYS: how recent activity must be to count as "active" in analytics (14).
- COURSES_H5P_STORAGE: the alias in STORAGES that holds H5P archives and files ("default").
- COURSES_H5P_MAX_UPLOAD_BYTES: the largest `.h5p` a trainer may upload (64 MiB).
- COURSES_H5P_INLINE_EXTRACT_MAX_BYTES: archives up to this size unpack during the upload;
  larger ones unpack in a Celery task while the admin shows their state (4 MiB).
- COURSES_H5P_CONTENT_ORIGIN: serve package files from this separate, cookieless origin, e.g.
  "https://h5p-files.example.org" (empty: from the site itself). See docs/h5p.md.
- COURSES_H5P_FILE_URL_SECONDS: how long a learner's signed link to package files works (6 h).
- COURSES_H5P_SAVE_SECONDS: how often the player saves a learner's place (5).
"""

from django.conf import settings

DEFAULTS = {
    "ENROLMENT_CSV_MAX_ROWS": 5000,
    "ENROLMENT_CSV_MAX_BYTES": 1024 * 1024,
    "ACTIVE_DAYS": 14,
    "H5P_STORAGE": "default",
    "H5P_MAX_UPLOAD_BYTES": 64 * 1024 * 1024,
    "H5P_INLINE_EXTRACT_MAX_BYTES": 4 * 1024 * 1024,
    "H5P_CONTENT_ORIGIN": "",
    "H5P_FILE_URL_SECONDS": 6 * 60 * 60,
    "H5P_SAVE_SECONDS": 5,
}


def get(name: str):
    return getattr(settings, f"COURSES_{name}", DEFAULTS[name])
