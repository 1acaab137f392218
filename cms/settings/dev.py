"""Local development: `make run`. SQLite and eager Celery unless the environment says otherwise."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# runserver serves static files itself in development.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405
