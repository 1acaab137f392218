"""Settings for bench/h5p_page_weight.py: production's, as they serve static files (WhiteNoise
with CompressedManifestStaticFilesStorage: hashed names, gzip and brotli copies, far-future
caching) and DEBUG off, but over plain HTTP on 127.0.0.1, where production would insist on
HTTPS and secure cookies. Never use these anywhere else."""

from cms.settings.production import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
