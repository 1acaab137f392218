"""The test suite: fast hashing, in-memory everything unless DATABASE_URL points elsewhere."""

import os

from .base import *  # noqa: F403
from .base import DATABASES

SECRET_KEY = "test-only-insecure-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Voice notes in the in-memory storage too; one test checks the private folder on disk.
COURSES_VOICE_NOTE_STORAGE = "default"
# Tests that exercise allauth's rate limits turn them back on explicitly.
ACCOUNT_RATE_LIMITS = False
if not os.environ.get("DATABASE_URL"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("TEST_SQLITE_NAME", "")}
# Tests fetch no static files; WhiteNoise would only warn that STATIC_ROOT is not built.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405
# Threads in tests (concurrency checks, the in-process Celery worker) must not keep their
# connections open, or the test database cannot be dropped at the end.
DATABASES["default"]["CONN_MAX_AGE"] = 0
