"""Reads for the "My data" page and download: every app's sections, and who has seen my data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.rights.registry import DataSection, StoredFile, iso, personal_data_providers
from trauma_training.audit.models import AuditAction, AuditEntry

# The entries whose subject is me that say someone else saw, exported or signed off my data.
SEEN_ACTIONS = (
    AuditAction.VIEWED_PERSON_DATA,
    AuditAction.EXPORTED_PERSON_DATA,
    AuditAction.SIGNED_OFF,
    AuditAction.SIGNOFF_RETURNED,
)
SEEN_RECENT_LIMIT = 20
EXTERNAL_TOOL_LABEL_PREFIX = "xAPI credential"


@dataclass(frozen=True)
class SeenEntry:
    """One line of "Who has seen my data": when, what was seen or done, and by whom."""

    when: datetime
    action: str
    action_label: str
    target: str
    who: str


def _who(entry: AuditEntry) -> str:
    if entry.actor is not None:
        return entry.actor.get_short_name()
    if entry.actor_label.startswith(EXTERNAL_TOOL_LABEL_PREFIX):
        return _("an external learning tool")
    return _("someone whose account is closed")


def _seen_queryset(user: AbstractBaseUser):
    return (
        AuditEntry.objects.filter(subject=user, action__in=SEEN_ACTIONS)
        # My own actions on my own data (e.g. nothing today, but future self-views) are not
        # "someone else saw it".
        .exclude(actor=user)
        .select_related("actor")
        .only(
            "created_at",
            "action",
            "target",
            "actor_label",
            "actor__display_name",
            "actor__username",
        )
        .order_by("-sequence")
    )


def seen_by_others(user: AbstractBaseUser, *, limit: int | None = SEEN_RECENT_LIMIT) -> list:
    """The audit log entries about `user` written by someone else, newest first (two
    queries at most: the rows with their actors, no query per row)."""
    rows = _seen_queryset(user)
    if limit is not None:
        rows = rows[:limit]
    labels = dict(AuditAction.choices)
    return [
        SeenEntry(
            when=entry.created_at,
            action=entry.action,
            action_label=str(labels.get(entry.action, entry.action)),
            target=entry.target,
            who=_who(entry),
        )
        for entry in rows
    ]


def seen_by_others_count(user: AbstractBaseUser) -> int:
    return _seen_queryset(user).count()


def my_data_sections(user: AbstractBaseUser) -> list[DataSection]:
    """Every registered app's sections of the "My data" page, in page order."""
    sections: list[DataSection] = []
    for provider in personal_data_providers():
        sections.extend(provider.summary(user))
    return sorted(sections, key=lambda section: section.order)


def my_data_export(user: AbstractBaseUser) -> dict[str, Any]:
    """Everything about `user` for the download: one dict, ready for `json.dumps`."""
    data: dict[str, Any] = {
        "about_this_file": {
            "what": "Everything this site holds about you, made when you asked for it.",
            "made_at": iso(timezone.now()),
            "dates": "ISO 8601, in UTC",
        }
    }
    for provider in personal_data_providers():
        data.update(provider.export(user))
    data["who_has_seen_my_data"] = [
        {
            "when": iso(entry.when),
            "what": entry.target,
            "action": entry.action,
            "who": entry.who,
        }
        for entry in seen_by_others(user, limit=None)
    ]
    return data


def my_stored_files(user: AbstractBaseUser) -> list[StoredFile]:
    """Files in storage that belong to `user` (deleted with the account)."""
    files: list[StoredFile] = []
    for provider in personal_data_providers():
        if provider.files is not None:
            files.extend(provider.files(user))
    return files


def email_in_use(*, email: str, exclude_user: AbstractBaseUser) -> bool:
    """Whether another account already uses `email` (case-insensitive).

    allauth keeps e-mail addresses unique (ACCOUNT_UNIQUE_EMAIL, on by default), and so do
    we. The address is stored encrypted; the lookup compares keyed digests
    (cms.fields.EncryptedEmailField, docs/email-privacy.md), one indexed query.
    """
    from django.contrib.auth import get_user_model

    wanted = email.strip()
    if not wanted:
        return False
    return get_user_model().objects.filter(email=wanted).exclude(pk=exclude_user.pk).exists()
