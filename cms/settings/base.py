"""Settings shared by every environment. Everything that differs between machines comes from
the environment, so one build runs anywhere (twelve-factor)."""

import os
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONCE as _csp_nonce
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Our apps first so their templates override allauth's and Wagtail's.
    "cms",
    "courses",
    "certifications",
    "trauma_training",
    "trauma_training.audit",
    "trauma_training.wellbeing",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "cms.apps.UsersAppConfig",  # wagtail.users, with an audited user listing
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # Content translation (docs/translations.md): trainers translate pages and snippets from
    # their English source in the admin or through PO files; replaces wagtail.locales. After
    # Wagtail's core, so a test database restored from its serialized copy has the locales
    # before the synchronisation rows that point at them.
    "wagtail_localize",
    "wagtail_localize.locales",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # H5P library files: public and cached for a year, so answered before sessions and
    # languages mark them as varying by cookie and language (courses/h5p/middleware.py).
    "courses.h5p.middleware.LibraryFilesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # --- Security headers (cms/security_headers.py, docs/safety.md): after authentication, so
    # "signed in" is known, and outside everything below, so every page and redirect gets them.
    "cms.security_headers.ContentSecurityPolicyMiddleware",
    "cms.security_headers.SecurityHeadersMiddleware",
    # --- end of security headers
    "cms.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After MessageMiddleware: it leaves a message when it sends staff to set up TOTP.
    "cms.middleware.StaffMFARequiredMiddleware",
    # Signs out a person idle for longer than the site's safety settings allow (docs/safety.md).
    "cms.safety.middleware.SessionIdleMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside the single writer; the timeout makes concurrent writers
    # wait instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "cms.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "courses:my_learning"

# --- Languages: learners read English, Bengali, Hindi or Telugu.
LANGUAGE_CODE = "en"
# Each language is named in its own script wherever it is offered (the language menu, sign-up,
# the admin): a reader finds their language without reading another one first.
LANGUAGES = [
    ("en", "English"),
    ("bn", "বাংলা"),
    ("hi", "हिन्दी"),
    ("te", "తెలుగు"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Content is translated too: each page and translatable snippet has a copy per language, tied
# to its English source by a translation key (docs/translations.md).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
TIME_ZONE = "Asia/Kolkata"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # The H5P player, installed from npm by `make setup` (package.json pins the version).
    ("h5p-standalone", BASE_DIR / "node_modules" / "h5p-standalone" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))


def cache_from_url(url: str) -> dict:
    """CACHE_URL: redis://host:port/db (several nodes), file:///path (one machine, several
    processes), or empty for a per-process memory cache (development and tests)."""
    if not url:
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if url.startswith(("redis://", "rediss://", "unix://")):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if url.startswith("file://"):
        return {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": url.removeprefix("file://"),
        }
    raise ImproperlyConfigured(f"CACHE_URL must start with redis://, rediss:// or file://: {url}")


CACHES = {"default": cache_from_url(os.environ.get("CACHE_URL", ""))}

# --- Celery: with no broker configured, tasks run in-process (eager), so a fresh clone needs
# no Redis. Production sets CELERY_BROKER_URL.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", not CELERY_BROKER_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_RESULT_BACKEND = None
CELERY_TIMEZONE = TIME_ZONE
# Record-store work has a queue of its own (`make worker` listens to it), so a backlog of
# forwards never delays certificates or progress recomputes.
CELERY_TASK_ROUTES = {
    "courses.xapi_*": {"queue": "xapi"},
    "certifications.*": {"queue": "certificates"},
}
CELERY_BEAT_SCHEDULE = {
    # Statements whose forward failed are offered again (docs/xapi.md, forwarding).
    "xapi-forward-pending": {"task": "courses.xapi_forward_pending", "schedule": 300},
    # Everything past its retention period (docs/retention.md), nightly. It includes the xAPI
    # purge (COURSES_XAPI_RETENTION_DAYS), so `courses.xapi_purge` is not scheduled as well.
    "retention-purge": {"task": "cms.retention_purge", "schedule": crontab(hour=4, minute=0)},
    # Certificates past their expiry are marked expired; 90/30/7/0-day reminders go out.
    "certificates-expire-and-remind": {
        "task": "certifications.expire_and_remind",
        "schedule": crontab(hour=6, minute=0),
    },
}


def env_days(name: str, default: int | None) -> int | None:
    """A number of days from the environment; "none" (or "keep") means keep for ever."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    return None if value in {"none", "keep"} else int(value)


# --- Retention (docs/retention.md): days, or None to keep. `manage.py retention_purge` and
# the nightly task delete what is older; a system check keeps the audit log at least a year.
RETENTION_MENTOR_CHECKIN_DAYS = env_days("RETENTION_MENTOR_CHECKIN_DAYS", 90)
RETENTION_NUDGE_DAYS = env_days("RETENTION_NUDGE_DAYS", 180)
RETENTION_INVITATION_DAYS = env_days("RETENTION_INVITATION_DAYS", 90)
RETENTION_AUDIT_DAYS = env_days("RETENTION_AUDIT_DAYS", 730)
# Off by default; when set, inactive learner and mentor accounts are only reported.
RETENTION_INACTIVE_ACCOUNT_DAYS = env_days("RETENTION_INACTIVE_ACCOUNT_DAYS", None)

# Coordinators' course and H5P analytics count the learners of their own collectives only.
COURSES_ANALYTICS_LEARNERS_VISIBLE_TO = "trauma_training.selectors.analytics_learners_visible_to"
# Coordinators list, edit and enrol only their own collectives' cohorts and people (issue #11).
COURSES_COHORTS_MANAGEABLE_BY = "trauma_training.selectors.cohorts_coordinated_by"
COURSES_PEOPLE_MANAGEABLE_BY = "trauma_training.selectors.people_manageable_by"
# An xAPI credential a coordinator makes reaches the people of the collectives its creator
# coordinates, asked again on every request (docs/xapi.md).
COURSES_XAPI_LEARNERS_IN_SCOPE = "trauma_training.selectors.people_coordinated_by"
# Coordinators see the certificates of the people in the collectives they coordinate.
CERTIFICATIONS_HOLDERS_VISIBLE_TO = "trauma_training.selectors.people_coordinated_by"
# Expiry reminders are emailed only to people who agreed to reminders (DOMAIN.md 6.2).
CERTIFICATIONS_REMINDER_EMAIL_ALLOWED = "trauma_training.selectors.reminders_allowed"
# Certificates are public only for people who agreed to the certificates purpose (DOMAIN.md 6.7).
CERTIFICATIONS_PUBLIC_HOLDERS = "trauma_training.selectors.people_publishing_certificates"
CERTIFICATIONS_PUBLICITY_CHOICE_URL = "/programme/privacy/#choice-certificates"
# The public address printed in QR codes and credentials (empty: the Wagtail site's own).
CERTIFICATIONS_SITE_URL = os.environ.get("CERTIFICATIONS_SITE_URL", "")
# Voice notes' private folder, outside MEDIA_ROOT (empty: var/voice-notes; docs/voice-notes.md).
COURSES_VOICE_NOTE_ROOT = os.environ.get("COURSES_VOICE_NOTE_ROOT", "")
# The public address printed in QR codes and credentials (empty: the Wagtail site's own).
CERTIFICATIONS_SITE_URL = os.environ.get("CERTIFICATIONS_SITE_URL", "")
# Voice notes' private folder, outside MEDIA_ROOT (empty: var/voice-notes; docs/voice-notes.md).
COURSES_VOICE_NOTE_ROOT = os.environ.get("COURSES_VOICE_NOTE_ROOT", "")

# --- Wagtail
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Learning together")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_USER_EDIT_FORM = "cms.forms.WagtailUserEditForm"
WAGTAIL_USER_CREATION_FORM = "cms.forms.WagtailUserCreationForm"
WAGTAIL_USER_CUSTOM_FIELDS = ["display_name", "preferred_language"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "txt", "vtt", "mp3", "m4a", "ogg", "mp4", "webm"]
# Wagtail's own background work (search index updates, reference index) runs immediately;
# our product's work goes through Celery.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- django-allauth: username sign-in, sign-up by invitation only, no email required.
ACCOUNT_ADAPTER = "cms.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_FORMS = {
    "signup": "cms.forms.InvitationSignupForm",
    # "Log me out when I close the browser" instead of "Remember me" (docs/safety.md).
    "login": "cms.safety.forms.SafetyLoginForm",
}
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
# Email privacy (docs/email-privacy.md): allauth's default reset-token generator copies the
# address into its plain-text EmailAddress table; ours does not.
ACCOUNT_PASSWORD_RESET_TOKEN_GENERATOR = "cms.adapters.PasswordResetTokenGenerator"
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "change_password": "5/m/user",
    "reset_password": "20/m/ip,5/m/key",
}
MFA_ADAPTER = "cms.adapters.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = WAGTAIL_SITE_NAME

# --- Sign-in and MFA (docs/accounts-and-mfa.md; issue #11 items 1, 5, 6) ---------------------
# One way in: allauth's /accounts/login/ with its MFA step and rate limits. Wagtail's admin
# login, its front-end login (/_util/login/) and its password reset pages redirect there
# (cms/urls.py, cms/signin.py); Wagtail links and redirects to allauth's pages directly.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
WAGTAIL_PASSWORD_RESET_ENABLED = False
# Passwords change at allauth's /accounts/password/change/ (rate-limited), not in the admin.
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
# Staff (trainers, coordinators, admins) need a session that passed MFA on every page, not
# only /admin/ (cms.middleware.StaffMFARequiredMiddleware; the rule: cms.signin.mfa_status).
# 0 switches the whole rule off, for mentors too (a quick local look without a phone).
CMS_STAFF_MFA_REQUIRED = env_bool("CMS_STAFF_MFA_REQUIRED", True)
# Mentors need MFA as well, after this many days from the start of their first mentorship;
# until then a banner invites them to set up an authenticator app.
CMS_MENTOR_MFA_GRACE_DAYS = int(os.environ.get("CMS_MENTOR_MFA_GRACE_DAYS") or "14")
# Setting up an authenticator app (and reading its recovery codes) asks for the password again
# only when this session's last authentication (sign-in, code, or confirmation) is older than
# this: installing an app and scanning the picture can take a while, and asking twice in a row
# for the password just typed helps no one (cms.signin.mfa_setup_needs_reauthentication).
CMS_MFA_SETUP_RECENT_MINUTES = int(os.environ.get("CMS_MFA_SETUP_RECENT_MINUTES") or "15")
# Client IPs for rate limits (sign-in, certificate verification): behind N reverse proxies that
# each append to X-Forwarded-For, set ALLAUTH_TRUSTED_PROXY_COUNT=N; or name a header that your
# proxy sets to the client address (and strips from requests), e.g. X-Real-IP. With neither,
# REMOTE_ADDR is used: right without a proxy, one shared bucket for everyone behind one.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("ALLAUTH_TRUSTED_PROXY_COUNT") or "0")
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = os.environ.get("ALLAUTH_TRUSTED_CLIENT_IP_HEADER") or None
# --- end of sign-in and MFA -----------------------------------------------------------------
# The password for the demo users that `seed_demo` creates.
CMS_DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "learn-together-2026")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# --- Security headers: Content-Security-Policy, Permissions-Policy, no-store for signed-in
# pages (cms/security_headers.py; what each does for a person on a shared phone: docs/safety.md).
# Kept apart from the sign-in settings above on purpose.
# Images, audio and video may come from a media host (S3-compatible storage) as well as 'self'.
CSP_MEDIA_ORIGINS = env_list("CSP_MEDIA_ORIGINS", [])
# The <style> of templates/500.html, which must render without the static files; any change to
# that block changes this hash (tests/cms/test_security_headers.py checks it).
CSP_ERROR_PAGE_STYLE_HASH = "'sha256-mnF+KMyVHylkfxxbNmQVe86ZE/J2s/AnHrDhAM5DLvU='"
# django-csp 4. Inline scripts are allowed only with the request's nonce
# (`{{ request.csp_nonce }}`); our templates have none today. Lesson pages with an H5P player
# replace some directives with the player's needs (courses/h5p/csp.py), and only they do.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", _csp_nonce],
        "style-src": ["'self'", CSP_ERROR_PAGE_STYLE_HASH],
        # data: for the authenticator QR code allauth draws when staff set up TOTP.
        "img-src": ["'self'", "data:", *CSP_MEDIA_ORIGINS],
        "media-src": ["'self'", *CSP_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# The Wagtail admin writes inline scripts and style attributes in its own templates (panels,
# date widgets, the page editor), so under its URL prefix scripts and styles may be inline.
# Everything else stays as strict as on learner pages: no other site is reached, nothing frames
# it, no plugin runs. Only staff with TOTP (above) reach these pages.
CMS_ADMIN_CSP_PATH_PREFIX = "/admin/"
CMS_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        # Image previews and uploads are shown from blob: URLs before they are saved.
        "img-src": ["'self'", "data:", "blob:", *CSP_MEDIA_ORIGINS],
        "media-src": ["'self'", "blob:", *CSP_MEDIA_ORIGINS],
    }
}
# Staff browsers ask no other site for anything: no Gravatar (it would learn a hash of each
# person's email address) and no release check against wagtail.org (the policy blocks both).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Powerful browser features the site never uses are switched off for it and any frame in it,
# so a hostile H5P package or a page injected some day cannot ask for them. Not listed, as the
# site uses them: fullscreen (video), autoplay, picture-in-picture, speech synthesis (it needs
# no permission), publickey-credentials-get (passkeys, if MFA ever offers them). Only features
# Chromium knows: an unknown name is logged as an error on every page (tests/e2e/test_csp.py).
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": [],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "idle-detection": [],
    # FLoC, the older name of browsing-topics; still read by Chromium.
    "interest-cohort": [],
    # Listing installed fonts fingerprints a phone.
    "local-fonts": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}
# Answers to a signed-in person are sent no-store (no copy on a shared phone), except here: the
# xAPI API answers the H5P player's scripts and LRS clients, not a person; its views decide
# their caching (the player never reads statements back). no-store there also keeps Chromium's
# network from ever going idle after the player's sends (tests/e2e/test_h5p_player.py).
CMS_NO_STORE_EXEMPT_PREFIXES = ["/xapi/"]
# --- end of security headers

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail's page tasks and Celery's eager runs log every call; keep the console readable.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "celery": {"level": "WARNING"},
        # WeasyPrint reports each step of every certificate PDF at INFO.
        "weasyprint": {"level": "WARNING"},
    },
}
