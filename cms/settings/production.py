"""Production: every secret and host from the environment; HTTPS only."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import cache_from_url, env_bool, env_list

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment for production.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [])

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# --- Sign-in: behind that proxy, rate limits need the client's address, not the proxy's. Set
# ALLAUTH_TRUSTED_PROXY_COUNT (proxies appending to X-Forwarded-For) or
# ALLAUTH_TRUSTED_CLIENT_IP_HEADER in the environment (read in base.py; docs/accounts-and-mfa.md);
# `check --deploy` warns (cms.W020) when neither is set.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Not DENY: the Wagtail admin's live preview and the H5P player show pages of this same site
# in a frame. Other sites still cannot frame it.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = [
    "security.W019",  # X_FRAME_OPTIONS is SAMEORIGIN on purpose, see above.
    # HSTS preload binds the whole domain and its subdomains for months and is hard to undo,
    # so it is the host's own decision: SECURE_HSTS_PRELOAD=true opts in.
    "security.W021",
]

# Cached course structures and outlines are dropped when pages or progress change, so every
# web process must see the same cache: Redis (CACHE_URL) for several nodes; on a single machine
# without Redis, files on local disk shared by the gunicorn workers (see courses.W001).
if not os.environ.get("CACHE_URL"):
    CACHES = {"default": cache_from_url(f"file://{BASE_DIR / 'var' / 'cache'}")}  # noqa: F405

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@localhost")

# No published default for the demo users' password on a real server: `seed_demo` refuses to
# run here unless DEMO_PASSWORD is set.
CMS_DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "")
