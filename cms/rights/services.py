"""Writes for a person's rights over their data: correcting the account, deleting it."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cms.rights.registry import StoredFile, personal_data_providers
from cms.rights.selectors import email_in_use, my_stored_files
from trauma_training.audit.models import AuditAction
from trauma_training.audit.services import audit_record

logger = logging.getLogger(__name__)

# The actor_label of an erasure run from the console (manage.py account_erase).
CONSOLE_ACTOR_LABEL = "manage.py account_erase"


def account_details_change(
    *, user: AbstractBaseUser, display_name: str, preferred_language: str, email: str
) -> list[str]:
    """Correct `user`'s display name, language and email; return the names of the fields that
    changed.

    Raises ValidationError (with field errors) for a bad value or an email another account
    uses. Side effects: saves those fields of the user (the email is stored as cms.models.User
    stores it; allauth keeps no copy, docs/email-privacy.md).
    """
    email = (email or "").strip()
    if email and email_in_use(email=email, exclude_user=user):
        raise ValidationError(
            {"email": _("Another account uses this email address. Please use a different one.")}
        )
    changes = {
        "display_name": display_name.strip(),
        "preferred_language": preferred_language,
        "email": email,
    }
    changed = [name for name, value in changes.items() if getattr(user, name) != value]
    if not changed:
        return []
    for name in changed:
        setattr(user, name, changes[name])
    user.full_clean(exclude=["password", "username", "last_login", "date_joined"])
    user.save(update_fields=changed)
    return changed


def account_can_self_erase(user: AbstractBaseUser) -> bool:
    """People who run the site (staff, superusers, and anyone who may open the Wagtail admin:
    trainers, coordinators) cannot delete their own account: an administrator does it, so
    collectives, mentorships and courses are never left without the people who run them by
    one click."""
    if not user.is_authenticated:
        return False
    runs_the_site = user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    return not runs_the_site


# Wrong passwords on the delete page: a borrowed, signed-in phone must not become a way to
# guess someone's password (and delete their account) by trying many.
ERASE_PASSWORD_TRIES = 5
ERASE_PASSWORD_WINDOW_SECONDS = 15 * 60


def _erase_tries_key(user: AbstractBaseUser) -> str:
    return f"cms:rights:erase-password-tries:{user.pk}"


def account_erase_tries_left(user: AbstractBaseUser) -> int:
    """How many more passwords the delete page accepts from `user` in this window."""
    return max(0, ERASE_PASSWORD_TRIES - cache.get(_erase_tries_key(user), 0))


def account_erase_try_failed(user: AbstractBaseUser) -> None:
    """Count one wrong password. Side effects: a cache counter that ends
    ERASE_PASSWORD_WINDOW_SECONDS after the first wrong try."""
    key = _erase_tries_key(user)
    if cache.add(key, 1, ERASE_PASSWORD_WINDOW_SECONDS):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, ERASE_PASSWORD_WINDOW_SECONDS)


@dataclass(frozen=True)
class ErasureReport:
    """What `account_erase` removed: row counts by model label, and files queued."""

    user_label: str
    rows_deleted: dict[str, int]
    files: list[str]


def account_erase(*, user: AbstractBaseUser, by: AbstractBaseUser | None) -> ErasureReport:
    """Delete `user`'s account and everything that is theirs (DOMAIN.md 6.5, docs/my-data.md).

    `by` is the person asking: `user` themselves (refused for staff and superusers, with
    PermissionDenied), or None for an administrator at the console (`manage.py
    account_erase`), recorded as actor_label "manage.py account_erase".

    Side effects, in one transaction: each app's `personal_data_erase_prepare` hook runs; one
    ACCOUNT_DELETED audit entry is written (subject = the person, before the row goes, so the
    foreign key becomes NULL and only the label "user #N" stays); the user row is deleted and
    every row of theirs cascades (other people's rows that point at them, such as a sign-off
    they gave, keep the row with the link set to NULL). After the transaction commits, the
    person's stored files (certificate PDFs) are deleted from storage; a file that cannot be
    deleted is logged, not raised. The caller signs the person out.
    """
    if by is not None and by.pk != user.pk:
        # Only the person themselves through the site, or an administrator at the console.
        raise PermissionDenied("account_erase: only the person or the console may erase")
    if by is not None and not account_can_self_erase(user):
        raise PermissionDenied("account_erase: staff accounts are erased by an administrator")
    user_pk = user.pk
    with transaction.atomic():
        files = my_stored_files(user)
        for provider in personal_data_providers():
            if provider.erase_prepare is not None:
                provider.erase_prepare(user)
        audit_record(
            actor=by,
            actor_label="" if by is not None else CONSOLE_ACTOR_LABEL,
            action=AuditAction.ACCOUNT_DELETED,
            subject=user,
            target="account deleted: by the person" if by is not None else "account deleted",
            detail={"self_service": by is not None},
        )
        _count, rows_deleted = user.delete()
        transaction.on_commit(lambda: _files_delete(files))
    logger.info("account_erase: user #%s erased (%s rows)", user_pk, _count)
    return ErasureReport(
        user_label=f"user #{user_pk}",
        rows_deleted=dict(rows_deleted),
        files=[stored.name for stored in files],
    )


def _files_delete(files: list[StoredFile]) -> None:
    for stored in files:
        try:
            stored.storage.delete(stored.name)
        except Exception:  # a missing or locked file must not undo a committed erasure
            logger.exception("account_erase: could not delete stored file %s", stored.name)
