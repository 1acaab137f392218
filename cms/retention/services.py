"""The retention purge: the site's own data (invitations, sessions, inactive accounts) and one
function that runs every category in turn (docs/retention.md).

Each app deletes its own data in its `retention.py`; this module only decides the cutoffs
from the settings and collects what happened.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.module_loading import import_string

from cms.models import Invitation
from cms.roles import STAFF_ROLES, Role, group_name

from . import conf

logger = logging.getLogger(__name__)


# --- The site's own data


def invitations_purge(*, older_than: datetime, dry_run: bool = False) -> int:
    """Delete invitations that can no longer be used: those that expired before `older_than`,
    and those used up and created before it (when the last place was taken is not recorded).
    Return how many (or, with `dry_run`, how many would be, deleting nothing).

    Side effects: deletes Invitation rows (people who signed up with one keep their role and
    cohort; nothing refers to an invitation).
    """
    invitations = Invitation.objects.filter(
        Q(expires_at__lt=older_than) | Q(uses__gte=F("max_uses"), created_at__lt=older_than)
    )
    if dry_run:
        return invitations.count()
    deleted, _by_model = invitations.delete()
    return deleted


def sessions_purge(*, dry_run: bool = False) -> int | None:
    """Delete expired sessions, as `manage.py clearsessions` does; return how many, or None
    when the session engine cannot count them (cache or cookie sessions).

    Side effects: deletes expired sessions (signing nobody out: they already are).
    """
    engine = import_module(settings.SESSION_ENGINE)
    store = engine.SessionStore
    get_model_class = getattr(store, "get_model_class", None)
    if get_model_class is None:
        if not dry_run:
            store.clear_expired()
        return None
    expired = get_model_class().objects.filter(expire_date__lt=timezone.now())
    if dry_run:
        return expired.count()
    deleted, _by_model = expired.delete()
    return deleted


def accounts_inactive(*, not_signed_in_since: datetime) -> list[int]:
    """The ids of learner and mentor accounts that have not signed in since
    `not_signed_in_since` (or never have, and joined before it). Staff (trainers,
    coordinators, admins, superusers) are left out. Deletes nothing: whether to delete a
    person's account is a coordinator's decision, never automatic."""
    staff_groups = [group_name(role) for role in STAFF_ROLES]
    people = [group_name(Role.LEARNER), group_name(Role.MENTOR)]
    users = (
        get_user_model()
        .objects.filter(groups__name__in=people, is_superuser=False)
        .exclude(groups__name__in=staff_groups)
        .filter(
            Q(last_login__lt=not_signed_in_since)
            | Q(last_login__isnull=True, date_joined__lt=not_signed_in_since)
        )
    )
    return sorted(set(users.values_list("pk", flat=True)))


# --- Every category


@dataclass(frozen=True)
class RetentionResult:
    """What the purge did with one category. `outcome` is "deleted", "would_delete",
    "kept" (no period set), "reported" (accounts, never deleted), "off" or "failed";
    `count` is None when it cannot be known (sessions in a cache); `ids` are the accounts
    reported; `note` says more (a failure's reason, records kept back)."""

    category: str
    label: str
    setting: str
    days: int | None
    outcome: str
    count: int | None = 0
    ids: tuple[int, ...] = ()
    note: str = ""


def _purge_days(
    *,
    category: str,
    label: str,
    setting: str,
    days: int | None,
    purge: Callable[..., int],
    now: datetime,
    dry_run: bool,
) -> RetentionResult:
    if days is None:
        return RetentionResult(category, label, setting, None, "kept")
    count = purge(older_than=now - timedelta(days=days), dry_run=dry_run)
    return RetentionResult(
        category, label, setting, days, "would_delete" if dry_run else "deleted", count
    )


def _by_days(category: str, label: str, name: str, purge: str):
    """A category whose rows go after RETENTION_<name> days, deleted by `purge` (the dotted
    path of the owning app's `(*, older_than, dry_run) -> int`, imported when it runs)."""

    def run(*, now: datetime, dry_run: bool) -> list[RetentionResult]:
        return [
            _purge_days(
                category=category,
                label=label,
                setting=conf.setting_name(name),
                days=conf.get(name),
                purge=import_string(purge),
                now=now,
                dry_run=dry_run,
            )
        ]

    return run


def _sessions(*, now: datetime, dry_run: bool) -> list[RetentionResult]:
    count = sessions_purge(dry_run=dry_run)
    return [
        RetentionResult(
            "sessions",
            "expired sessions",
            "SESSION_COOKIE_AGE",
            None,
            "would_delete" if dry_run else "deleted",
            count,
        )
    ]


def _xapi(*, now: datetime, dry_run: bool) -> list[RetentionResult]:
    # The courses app owns its purge (docs/xapi.md); only its result is reported here.
    from courses import conf as courses_conf
    from courses.xapi.services import records_purge

    setting = "COURSES_XAPI_RETENTION_DAYS"
    days = courses_conf.get("XAPI_RETENTION_DAYS")
    labels = {"xapi_statements": "xAPI statements", "xapi_state": "xAPI state documents"}
    if days is None:
        return [RetentionResult(key, label, setting, None, "kept") for key, label in labels.items()]
    result = records_purge(days=days, dry_run=dry_run)
    outcome = "would_delete" if dry_run else "deleted"
    note = ""
    if result.kept_unforwarded:
        note = f"{result.kept_unforwarded} kept until forwarded"
    return [
        RetentionResult(
            "xapi_statements",
            labels["xapi_statements"],
            setting,
            days,
            outcome,
            result.statements,
            note=note,
        ),
        RetentionResult(
            "xapi_state", labels["xapi_state"], setting, days, outcome, result.state_documents
        ),
    ]


def _audit(*, now: datetime, dry_run: bool) -> list[RetentionResult]:
    from trauma_training.audit.retention import audit_entries_purge

    name = "AUDIT_DAYS"
    days = conf.get(name)
    setting = conf.setting_name(name)
    label = "audit log entries"
    if days is None:
        return [RetentionResult("audit", label, setting, None, "kept")]
    result = audit_entries_purge(older_than=now - timedelta(days=days), dry_run=dry_run)
    return [
        RetentionResult(
            "audit",
            label,
            setting,
            days,
            "would_delete" if dry_run else "deleted",
            result.deleted,
            note=(
                f"the log now starts at entry {result.first_kept}"
                if result.deleted and not dry_run
                else ""
            ),
        )
    ]


def _inactive_accounts(*, now: datetime, dry_run: bool) -> list[RetentionResult]:
    name = "INACTIVE_ACCOUNT_DAYS"
    days = conf.get(name)
    setting = conf.setting_name(name)
    label = "learner and mentor accounts not signed in"
    if days is None:
        return [RetentionResult("inactive_accounts", label, setting, None, "off")]
    ids = accounts_inactive(not_signed_in_since=now - timedelta(days=days))
    return [
        RetentionResult("inactive_accounts", label, setting, days, "reported", len(ids), tuple(ids))
    ]


# In this order; the audit log last, so its purge entry comes after the other purges.
_BY_DAYS = [
    (
        "mentor_checkins",
        "mentors' check-ins",
        "MENTOR_CHECKIN_DAYS",
        "trauma_training.wellbeing.retention.checkins_purge",
    ),
    ("nudges", "gentle nudges", "NUDGE_DAYS", "trauma_training.retention.nudges_purge"),
    (
        "invitations",
        "invitations expired or used up",
        "INVITATION_DAYS",
        "cms.retention.services.invitations_purge",
    ),
]
CATEGORIES: list[tuple[str, str, Callable[..., list[RetentionResult]]]] = [
    *((category, label, _by_days(category, label, *rest)) for category, label, *rest in _BY_DAYS),
    ("sessions", "expired sessions", _sessions),
    ("xapi", "xAPI records", _xapi),
    ("inactive_accounts", "learner and mentor accounts not signed in", _inactive_accounts),
    ("audit", "audit log entries", _audit),
]


def retention_purge(*, dry_run: bool = False) -> list[RetentionResult]:
    """Delete, in every category, what is older than its retention period, and list the
    learner and mentor accounts inactive for RETENTION_INACTIVE_ACCOUNT_DAYS (never deleted).
    Return one result per category, in a fixed order. With `dry_run`, only count.

    Each category runs in its own transaction: one that fails (logged, outcome "failed")
    is rolled back and the others still run. Side effects: deletes check-ins, nudges,
    invitations, expired sessions, xAPI records (courses' own purge) and the oldest audit
    entries (with a `log_purged` entry), with Django's usual delete signals; queues nothing.
    """
    now = timezone.now()
    results: list[RetentionResult] = []
    for category, label, run in CATEGORIES:
        try:
            with transaction.atomic():
                results.extend(run(now=now, dry_run=dry_run))
        except Exception as error:
            logger.exception("retention purge of %s failed", category)
            results.append(
                RetentionResult(category, label, "", None, "failed", None, note=str(error))
            )
    return results
