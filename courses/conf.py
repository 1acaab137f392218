"""Settings of the courses app, read lazily so `override_settings` works in tests.

- COURSES_ENROLMENT_CSV_MAX_ROWS: rows one enrolment CSV may have (default 5,000).
- COURSES_ENROLMENT_CSV_MAX_BYTES: size of one enrolment CSV (default 1 MiB).
- COURSES_ACTIVE_DAYS: how recent activity must be to count as "active" in analytics (14).
- COURSES_ANALYTICS_MIN_GROUP: the smallest group of learners whose count analytics show (5):
  below it the page, the charts and the CSV say "fewer than 5" (docs/analytics.md).
- COURSES_ANALYTICS_WEEKS: how many weeks the activity chart covers (12).
- COURSES_ANALYTICS_LEARNERS_VISIBLE_TO: dotted path of the host's rule `(user) -> user ids (a
  queryset) or None` for whose progress a staff member's analytics count (None: everyone's;
  empty setting: everyone's for everyone). Superusers always see everyone's.
- COURSES_COHORTS_MANAGEABLE_BY: dotted path of the host's rule `(user) -> Cohort queryset`:
  the cohorts a staff member may list, edit, add people to and enrol (empty setting: every
  cohort). Superusers always manage every cohort.
- COURSES_PEOPLE_MANAGEABLE_BY: dotted path of the host's rule `(user) -> user queryset`: the
  people a staff member may add to a cohort or enrol by CSV (empty setting: everyone).
  Superusers always reach everyone.
- COURSES_H5P_STORAGE: the alias in STORAGES that holds H5P archives and files ("default").
- COURSES_H5P_MAX_UPLOAD_BYTES: the largest `.h5p` a trainer may upload (64 MiB).
- COURSES_H5P_INLINE_EXTRACT_MAX_BYTES: archives up to this size unpack during the upload;
  larger ones unpack in a Celery task while the admin shows their state (4 MiB).
- COURSES_H5P_CONTENT_ORIGIN: serve package files from this separate, cookieless origin, e.g.
  "https://h5p-files.example.org" (empty: from the site itself). See docs/h5p.md.
- COURSES_H5P_FILE_URL_SECONDS: how long a learner's signed link to package files works (6 h).
- COURSES_H5P_SAVE_SECONDS: how often the player saves a learner's place (5).
- COURSES_H5P_START_TURN_SECONDS: players start one at a time; one that has not started after
  this long (a stalled connection) stops holding up the ones after it (30).
- COURSES_H5P_BROTLI_QUALITY: how hard library files are brotli-compressed when published
  (0-11; 5). Publishing runs during an upload of up to COURSES_H5P_INLINE_EXTRACT_MAX_BYTES:
  at 11 the files are about 10% smaller but CoursePresentation's 8.7 MiB of libraries take
  about 10 s instead of 0.2 s (docs/h5p.md).
- COURSES_XAPI_MAX_BODY_BYTES: the largest request the xAPI endpoints accept (1 MiB; 413 above).
- COURSES_XAPI_STATE_MAX_BYTES: the largest state document (256 KiB; 413 above).
- COURSES_XAPI_PROFILE_MAX_BYTES: the largest agent or activity profile document (256 KiB;
  413 above).
- COURSES_XAPI_STATEMENTS_PAGE_MAX: most statements one GET returns; `limit=0` means this (500).
- COURSES_XAPI_FORWARD_URL: an external record store's xAPI base, e.g.
  "https://lrs.example.org/xapi"; statements are copied to `<URL>/statements` (empty: off).
- COURSES_XAPI_FORWARD_USERNAME / COURSES_XAPI_FORWARD_PASSWORD: its HTTP Basic credentials.
- COURSES_XAPI_FORWARD_BATCH_SIZE: statements per forwarding request (100).
- COURSES_XAPI_FORWARD_PENDING_MINUTES: the sweep re-sends statements stored longer ago than
  this and still not forwarded (15).
- COURSES_XAPI_FORWARD_TIMEOUT_SECONDS: how long one forwarding request may take (10).
- COURSES_XAPI_RETENTION_DAYS: statements and state documents older than this are purged by
  `manage.py xapi_purge` and the periodic task (None: keep forever).
- COURSES_XAPI_LEARNERS_IN_SCOPE: dotted path of the host's rule `(user) -> user ids (a
  queryset or iterable)`: whose records a credential scoped to its creator's collectives
  reaches, asked on every request so that someone who leaves a collective leaves the scope
  at once. Empty: such credentials reach nobody (fail closed). See docs/xapi.md.
- COURSES_VOICE_NOTE_MAX_BYTES: the largest voice note a learner may save (5 MiB; 413 above).
- COURSES_VOICE_NOTE_MAX_SECONDS: the browser stops recording after this long (180).
- COURSES_VOICE_NOTE_STORAGE: an alias in STORAGES for voice notes (empty: a private
  FileSystemStorage at COURSES_VOICE_NOTE_ROOT). Never a storage served under MEDIA_URL: files
  are sealed anyway, but their names should not be reachable either. See docs/voice-notes.md.
- COURSES_VOICE_NOTE_ROOT: the folder of that private storage (empty: `var/voice-notes` in
  the project, outside MEDIA_ROOT).
- COURSES_VOICE_NOTE_TOKEN_SECONDS: how long the one-time token of a voice-note form works (12 h).
"""

from django.conf import settings

DEFAULTS = {
    "ENROLMENT_CSV_MAX_ROWS": 5000,
    "ENROLMENT_CSV_MAX_BYTES": 1024 * 1024,
    "ACTIVE_DAYS": 14,
    "ANALYTICS_MIN_GROUP": 5,
    "ANALYTICS_WEEKS": 12,
    "ANALYTICS_LEARNERS_VISIBLE_TO": "",
    "COHORTS_MANAGEABLE_BY": "",
    "PEOPLE_MANAGEABLE_BY": "",
    "H5P_STORAGE": "default",
    "H5P_MAX_UPLOAD_BYTES": 64 * 1024 * 1024,
    "H5P_INLINE_EXTRACT_MAX_BYTES": 4 * 1024 * 1024,
    "H5P_CONTENT_ORIGIN": "",
    "H5P_BROTLI_QUALITY": 5,
    "H5P_START_TURN_SECONDS": 30,
    "H5P_FILE_URL_SECONDS": 6 * 60 * 60,
    "H5P_SAVE_SECONDS": 5,
    "XAPI_MAX_BODY_BYTES": 1024 * 1024,
    "XAPI_STATE_MAX_BYTES": 256 * 1024,
    "XAPI_PROFILE_MAX_BYTES": 256 * 1024,
    "XAPI_STATEMENTS_PAGE_MAX": 500,
    "XAPI_FORWARD_URL": "",
    "XAPI_FORWARD_USERNAME": "",
    "XAPI_FORWARD_PASSWORD": "",
    "XAPI_FORWARD_BATCH_SIZE": 100,
    "XAPI_FORWARD_PENDING_MINUTES": 15,
    "XAPI_FORWARD_TIMEOUT_SECONDS": 10,
    "XAPI_RETENTION_DAYS": None,
    "XAPI_LEARNERS_IN_SCOPE": "",
    "VOICE_NOTE_MAX_BYTES": 5 * 1024 * 1024,
    "VOICE_NOTE_MAX_SECONDS": 180,
    "VOICE_NOTE_STORAGE": "",
    "VOICE_NOTE_ROOT": "",
    "VOICE_NOTE_TOKEN_SECONDS": 12 * 60 * 60,
}


def get(name: str):
    return getattr(settings, f"COURSES_{name}", DEFAULTS[name])
