"""Settings: production refuses to start without secrets and passes `check --deploy`; the
embedded defaults need no services. Each runs in a subprocess with a clean environment, so
the test process's own settings and variables cannot hide a problem."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    clean = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(ROOT), **env}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def settings_of(module: str, code: str, **env: str) -> dict:
    script = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        f"print(json.dumps({code}))"
    )
    result = run(["-c", script], DJANGO_SETTINGS_MODULE=module, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_settings_production_without_secret_key_is_improperly_configured():
    result = run(
        ["-c", "import django; django.setup()"],
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        ALLOWED_HOSTS="example.org",
    )

    assert result.returncode == 1
    assert (
        "django.core.exceptions.ImproperlyConfigured: "
        "Set SECRET_KEY in the environment for production."
    ) in result.stderr


@pytest.mark.slow
def test_settings_production_passes_check_deploy():
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.org",
        # Production sits behind a TLS proxy: rate limits must see client addresses.
        ALLAUTH_TRUSTED_PROXY_COUNT="1",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.slow
def test_settings_production_check_deploy_warns_without_a_trusted_proxy_count():
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.org",
        ALLAUTH_TRUSTED_PROXY_COUNT="",
    )

    assert result.returncode == 1
    assert "(cms.W020) Behind a proxy, but rate limits cannot see client addresses." in (
        result.stderr
    )


@pytest.mark.slow
def test_settings_production_is_https_only_and_not_debug():
    values = settings_of(
        "cms.settings.production",
        "[s.DEBUG, s.ALLOWED_HOSTS, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS, s.SECURE_PROXY_SSL_HEADER]",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.org,www.example.org",
    )

    assert values == [
        False,
        ["example.org", "www.example.org"],
        True,
        True,
        True,
        31536000,
        ["HTTP_X_FORWARDED_PROTO", "https"],
    ]


@pytest.mark.slow
def test_settings_base_without_environment_uses_sqlite_and_eager_celery():
    values = settings_of(
        "cms.settings.base",
        "[s.DATABASES['default']['ENGINE'], str(s.DATABASES['default']['NAME']), "
        "s.CELERY_BROKER_URL, s.CELERY_TASK_ALWAYS_EAGER, s.CACHES['default']['BACKEND'], "
        "s.DEBUG, s.CMS_STAFF_MFA_REQUIRED, s.CMS_DEMO_PASSWORD]",
    )

    assert values == [
        "django.db.backends.sqlite3",
        str(ROOT / "db.sqlite3"),
        "",
        True,
        "django.core.cache.backends.locmem.LocMemCache",
        False,
        True,
        "learn-together-2026",
    ]


@pytest.mark.slow
def test_settings_base_with_broker_is_not_eager():
    values = settings_of(
        "cms.settings.base",
        "[s.CELERY_BROKER_URL, s.CELERY_TASK_ALWAYS_EAGER, s.DATABASES['default']['ENGINE']]",
        CELERY_BROKER_URL="redis://127.0.0.1:6379/0",
        DATABASE_URL="postgres://u:p@127.0.0.1:5432/lms",
    )

    assert values == ["redis://127.0.0.1:6379/0", False, "django.db.backends.postgresql"]


@pytest.mark.slow
def test_settings_celery_app_runs_tasks_eagerly_without_a_broker():
    result = run(
        [
            "-c",
            "import django; django.setup(); from cms.celery import app; "
            "print(app.conf.task_always_eager)",
        ],
        DJANGO_SETTINGS_MODULE="cms.settings.base",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "True"


def test_settings_test_suite_turns_rate_limits_off(settings):
    # Tests that exercise rate limits turn them on again with override_settings.
    assert settings.ACCOUNT_RATE_LIMITS is False
