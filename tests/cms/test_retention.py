"""cms.retention: the site's own purges (invitations, sessions), the inactive-accounts report,
the purge of every category, `manage.py retention_purge`, the nightly task and the system
checks on the RETENTION_* settings."""

from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from celery.schedules import crontab
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core import checks
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone

from cms.celery import app as celery_app
from cms.models import Invitation
from cms.retention.checks import check_retention_settings
from cms.retention.services import (
    RetentionResult,
    accounts_inactive,
    invitations_purge,
    retention_purge,
    sessions_purge,
)
from cms.retention.tasks import retention_purge_task
from cms.roles import Role
from tests.factories import UserFactory, user_with_role
from tests.trauma_training.audit.helpers import entries_aged
from trauma_training.audit.models import AuditChainHead, AuditEntry
from trauma_training.audit.selectors import verify_chain
from trauma_training.models import Nudge
from trauma_training.wellbeing.models import CheckIn

pytestmark = pytest.mark.django_db


def days_ago(days: float):
    return timezone.now() - timedelta(days=days)


def invitation(*, expires_days: float, created_days: float = 0, uses=0, max_uses=1):
    made = Invitation.objects.create(
        expires_at=timezone.now() + timedelta(days=expires_days), uses=uses, max_uses=max_uses
    )
    Invitation.objects.filter(pk=made.pk).update(created_at=days_ago(created_days))
    return made


# --- Invitations


def test_invitations_purge_deletes_long_expired_and_long_used_up(db):
    expired_long_ago = invitation(expires_days=-91, created_days=120)
    invitation(expires_days=-89, created_days=120)  # expired, but not long enough ago
    invitation(expires_days=7, created_days=200)  # unused and still valid
    used_up_long_ago = invitation(expires_days=30, created_days=100, uses=1)
    invitation(expires_days=30, created_days=10, uses=1)  # used up recently
    invitation(expires_days=30, created_days=100, uses=3, max_uses=5)  # still has places
    kept = set(Invitation.objects.values_list("pk", flat=True)) - {
        expired_long_ago.pk,
        used_up_long_ago.pk,
    }

    deleted = invitations_purge(older_than=days_ago(90))

    assert deleted == 2
    assert set(Invitation.objects.values_list("pk", flat=True)) == kept


def test_invitations_purge_dry_run_counts_and_deletes_nothing(db):
    invitation(expires_days=-100)

    assert invitations_purge(older_than=days_ago(90), dry_run=True) == 1
    assert Invitation.objects.count() == 1


# --- Sessions


def session(key: str, expires_days: float) -> Session:
    return Session.objects.create(
        session_key=key, session_data="", expire_date=timezone.now() + timedelta(days=expires_days)
    )


def test_sessions_purge_deletes_expired_sessions_only(db):
    session("expired-a", -1)
    session("expired-b", -30)
    session("current", 1)

    assert sessions_purge() == 2
    assert list(Session.objects.values_list("session_key", flat=True)) == ["current"]


def test_sessions_purge_dry_run_counts_and_deletes_nothing(db):
    session("expired", -1)

    assert sessions_purge(dry_run=True) == 1
    assert Session.objects.count() == 1


@override_settings(SESSION_ENGINE="django.contrib.sessions.backends.signed_cookies")
def test_sessions_purge_of_sessions_that_cannot_be_counted_says_none(db):
    assert sessions_purge() is None


# --- Inactive accounts


def signed_in(user, *, last_login_days: float | None, joined_days: float = 1000):
    user.last_login = None if last_login_days is None else days_ago(last_login_days)
    user.date_joined = days_ago(joined_days)
    user.save(update_fields=["last_login", "date_joined"])
    return user


def test_accounts_inactive_lists_learners_and_mentors_not_signed_in(db):
    gone_learner = signed_in(user_with_role(Role.LEARNER), last_login_days=400)
    never_mentor = signed_in(user_with_role(Role.MENTOR), last_login_days=None)
    signed_in(user_with_role(Role.LEARNER), last_login_days=10)
    signed_in(user_with_role(Role.LEARNER), last_login_days=None, joined_days=10)
    signed_in(user_with_role(Role.COORDINATOR), last_login_days=400)
    signed_in(user_with_role(Role.ADMIN), last_login_days=400)
    both = signed_in(user_with_role(Role.LEARNER), last_login_days=400)
    both.groups.add(user_with_role(Role.TRAINER).groups.get())
    signed_in(UserFactory(), last_login_days=400)  # no role at all

    ids = accounts_inactive(not_signed_in_since=days_ago(365))

    assert ids == sorted([gone_learner.pk, never_mentor.pk])


# --- Every category


@pytest.fixture
def old_and_new(db):
    """In each category, one row past its default period (two invitations, two entries) and
    one within it. The audit entries come first: giving roles writes entries too."""
    entries_aged(800, 740, 10)
    mentor, mentee = user_with_role(Role.MENTOR), user_with_role(Role.LEARNER)
    signed_in(mentor, last_login_days=1)
    signed_in(mentee, last_login_days=1)
    CheckIn.objects.create(user=mentor, feeling=2, created_at=days_ago(91))
    CheckIn.objects.create(user=mentor, feeling=4, created_at=days_ago(1))
    Nudge.objects.create(mentor=mentor, mentee=mentee, created_at=days_ago(181))
    Nudge.objects.create(mentor=mentor, mentee=mentee, created_at=days_ago(1))
    invitation(expires_days=-91, created_days=120)
    invitation(expires_days=30, created_days=100, uses=1)
    invitation(expires_days=7)
    session("expired", -1)
    session("current", 1)
    return mentor, mentee


def outcomes(results: list[RetentionResult]) -> list[tuple]:
    return [(r.category, r.outcome, r.count) for r in results]


def test_retention_purge_deletes_past_each_default_period(old_and_new):
    results = retention_purge()

    assert outcomes(results) == [
        ("mentor_checkins", "deleted", 1),
        ("nudges", "deleted", 1),
        ("invitations", "deleted", 2),
        ("sessions", "deleted", 1),
        ("xapi_statements", "kept", 0),
        ("xapi_state", "kept", 0),
        ("inactive_accounts", "off", 0),
        ("audit", "deleted", 2),
    ]
    assert list(CheckIn.objects.values_list("feeling", flat=True)) == [4]
    assert Nudge.objects.count() == 1
    assert Invitation.objects.count() == 1
    assert list(Session.objects.values_list("session_key", flat=True)) == ["current"]
    assert list(AuditEntry.objects.values_list("sequence", "action")) == [
        (3, "viewed_person_data"),
        (4, "role_added"),
        (5, "role_added"),
        (6, "log_purged"),
    ]
    assert verify_chain().ok


def test_retention_purge_dry_run_deletes_nothing(old_and_new):
    results = retention_purge(dry_run=True)

    assert [r.outcome for r in results if r.category not in {"xapi_statements", "xapi_state"}] == [
        "would_delete"
    ] * 4 + ["off", "would_delete"]
    assert [r.count for r in results] == [1, 1, 2, 1, 0, 0, 0, 2]
    assert (CheckIn.objects.count(), Nudge.objects.count(), Invitation.objects.count()) == (
        2,
        2,
        3,
    )
    assert (Session.objects.count(), AuditEntry.objects.count()) == (2, 5)
    assert AuditChainHead.objects.get().first_sequence == 1


@override_settings(
    RETENTION_MENTOR_CHECKIN_DAYS=None,
    RETENTION_NUDGE_DAYS=None,
    RETENTION_INVITATION_DAYS=None,
    RETENTION_AUDIT_DAYS=None,
)
def test_retention_purge_with_no_periods_keeps_everything_but_expired_sessions(old_and_new):
    results = retention_purge()

    assert outcomes(results) == [
        ("mentor_checkins", "kept", 0),
        ("nudges", "kept", 0),
        ("invitations", "kept", 0),
        ("sessions", "deleted", 1),
        ("xapi_statements", "kept", 0),
        ("xapi_state", "kept", 0),
        ("inactive_accounts", "off", 0),
        ("audit", "kept", 0),
    ]
    assert (CheckIn.objects.count(), Nudge.objects.count(), Invitation.objects.count()) == (
        2,
        2,
        3,
    )
    assert AuditEntry.objects.count() == 5


@override_settings(
    RETENTION_MENTOR_CHECKIN_DAYS=30,
    RETENTION_AUDIT_DAYS=750,
    RETENTION_INACTIVE_ACCOUNT_DAYS=365,
    COURSES_XAPI_RETENTION_DAYS=30,
)
def test_retention_purge_follows_the_settings(old_and_new):
    mentor, _mentee = old_and_new
    gone = signed_in(user_with_role(Role.LEARNER), last_login_days=400)

    results = retention_purge()

    by_category = {r.category: r for r in results}
    assert (by_category["mentor_checkins"].days, by_category["mentor_checkins"].count) == (30, 1)
    assert (by_category["audit"].days, by_category["audit"].count) == (750, 1)
    assert by_category["audit"].note == "the log now starts at entry 2"
    assert (by_category["xapi_statements"].outcome, by_category["xapi_statements"].count) == (
        "deleted",
        0,
    )
    inactive = by_category["inactive_accounts"]
    assert (inactive.outcome, inactive.count, inactive.ids) == ("reported", 1, (gone.pk,))
    assert gone.__class__.objects.filter(pk=gone.pk).exists()


def test_retention_purge_calls_the_xapi_purge_with_its_setting(db):
    with (
        override_settings(COURSES_XAPI_RETENTION_DAYS=45),
        mock.patch("courses.xapi.services.records_purge") as records_purge,
    ):
        records_purge.return_value.configure_mock(
            statements=3, state_documents=2, kept_unforwarded=1
        )
        results = retention_purge(dry_run=True)

    records_purge.assert_called_once_with(days=45, dry_run=True)
    xapi = [(r.category, r.outcome, r.count, r.note) for r in results if "xapi" in r.category]
    assert xapi == [
        ("xapi_statements", "would_delete", 3, "1 kept until forwarded"),
        ("xapi_state", "would_delete", 2, ""),
    ]


def test_retention_purge_goes_on_after_a_category_fails(old_and_new):
    with mock.patch(
        "trauma_training.wellbeing.retention.checkins_purge", side_effect=RuntimeError("disk")
    ):
        results = retention_purge()

    assert results[0] == RetentionResult(
        "mentor_checkins", "mentors' check-ins", "", None, "failed", None, note="disk"
    )
    assert outcomes(results)[1:4] == [
        ("nudges", "deleted", 1),
        ("invitations", "deleted", 2),
        ("sessions", "deleted", 1),
    ]
    assert CheckIn.objects.count() == 2


# --- The command


def run(*args) -> str:
    out = StringIO()
    call_command("retention_purge", *args, stdout=out)
    return out.getvalue()


@override_settings(RETENTION_INACTIVE_ACCOUNT_DAYS=365)
def test_retention_purge_command_prints_each_category(old_and_new):
    gone = signed_in(user_with_role(Role.LEARNER), last_login_days=400)

    output = run()

    assert output.splitlines() == [
        "mentors' check-ins: deleted 1 older than 90 days (RETENTION_MENTOR_CHECKIN_DAYS)",
        "gentle nudges: deleted 1 older than 180 days (RETENTION_NUDGE_DAYS)",
        "invitations expired or used up: deleted 2 older than 90 days (RETENTION_INVITATION_DAYS)",
        "expired sessions: deleted 1 (SESSION_COOKIE_AGE)",
        "xAPI statements: kept, no retention period set (COURSES_XAPI_RETENTION_DAYS)",
        "xAPI state documents: kept, no retention period set (COURSES_XAPI_RETENTION_DAYS)",
        "learner and mentor accounts not signed in: 1 not signed in for 365 days "
        "(RETENTION_INACTIVE_ACCOUNT_DAYS); nothing deleted, for a coordinator to decide: "
        f"user #{gone.pk}",
        "audit log entries: deleted 2 older than 730 days (RETENTION_AUDIT_DAYS); the log now "
        "starts at entry 3",
    ]


def test_retention_purge_command_dry_run_says_would_and_deletes_nothing(old_and_new):
    output = run("--dry-run")

    lines = output.splitlines()
    assert lines[0] == (
        "mentors' check-ins: would delete 1 older than 90 days (RETENTION_MENTOR_CHECKIN_DAYS)"
    )
    assert lines[6] == (
        "learner and mentor accounts not signed in: not checked (RETENTION_INACTIVE_ACCOUNT_DAYS)"
    )
    assert lines[7] == (
        "audit log entries: would delete 2 older than 730 days (RETENTION_AUDIT_DAYS)"
    )
    assert (CheckIn.objects.count(), AuditEntry.objects.count()) == (2, 5)


def test_retention_purge_command_exits_1_when_a_category_fails(old_and_new):
    out = StringIO()
    with (
        mock.patch("trauma_training.retention.nudges_purge", side_effect=RuntimeError("locked")),
        pytest.raises(CommandError) as raised,
    ):
        call_command("retention_purge", stdout=out)

    assert raised.value.returncode == 1
    assert str(raised.value) == "retention purge failed for: nudges"
    assert "gentle nudges: FAILED, nothing deleted: locked" in out.getvalue().splitlines()
    assert CheckIn.objects.count() == 1


# --- The nightly task


def test_retention_purge_task_returns_the_counts(old_and_new):
    assert retention_purge_task.delay().get() == {
        "mentor_checkins": 1,
        "nudges": 1,
        "invitations": 2,
        "sessions": 1,
        "xapi_statements": 0,
        "xapi_state": 0,
        "inactive_accounts": 0,
        "audit": 2,
    }


def test_retention_purge_is_scheduled_nightly_by_name():
    entry = settings.CELERY_BEAT_SCHEDULE["retention-purge"]

    assert entry == {"task": "cms.retention_purge", "schedule": crontab(hour=4, minute=0)}
    assert "cms.retention_purge" in celery_app.tasks
    # The xAPI purge runs inside it, not a second time.
    assert "xapi-purge" not in settings.CELERY_BEAT_SCHEDULE


# --- System checks


def test_check_retention_settings_accepts_the_defaults():
    assert check_retention_settings(None) == []


@pytest.mark.parametrize("days", [365, 3650, None])
def test_check_retention_settings_accepts_an_audit_log_kept_a_year_or_more(days):
    with override_settings(RETENTION_AUDIT_DAYS=days):
        assert check_retention_settings(None) == []


def test_check_retention_settings_refuses_an_audit_log_kept_less_than_a_year():
    with override_settings(RETENTION_AUDIT_DAYS=364):
        errors = check_retention_settings(None)

    assert [(e.id, e.level, e.msg) for e in errors] == [
        (
            "audit.E001",
            checks.ERROR,
            "RETENTION_AUDIT_DAYS is 364; the audit log must be kept at least 365 days.",
        )
    ]


@pytest.mark.parametrize("value", [0, -1, "90", 1.5, True])
def test_check_retention_settings_refuses_what_is_not_a_number_of_days(value):
    with override_settings(RETENTION_NUDGE_DAYS=value):
        errors = check_retention_settings(None)

    assert [(e.id, e.msg) for e in errors] == [
        (
            "retention.E001",
            f"RETENTION_NUDGE_DAYS must be a whole number of days (1 or more) or None, "
            f"not {value!r}.",
        )
    ]


def test_check_retention_settings_keeps_nudges_for_the_weekly_rule():
    with override_settings(RETENTION_NUDGE_DAYS=6):
        assert [e.id for e in check_retention_settings(None)] == ["retention.E002"]


def test_check_retention_settings_runs_with_the_system_checks():
    with override_settings(RETENTION_AUDIT_DAYS=100):
        errors = checks.run_checks()

    assert "audit.E001" in [e.id for e in errors]
