"""Writing to the audit log. `audit_record` is the only way in (docs/audit.md)."""

import contextvars
import json
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from .models import (
    CHAIN_HEAD_PK,
    GENESIS_HASH,
    AuditAction,
    AuditChainHead,
    AuditEntry,
    user_label,
)

DETAIL_MAX_CHARS = 1000
DETAIL_TEXT_MAX_CHARS = 100
_SCALARS = (str, int, bool, type(None))

# Who is acting, for receivers that cannot know it from a signal (role changes).
_current_actor: contextvars.ContextVar[AbstractBaseUser | None] = contextvars.ContextVar(
    "audit_current_actor", default=None
)


@contextmanager
def audit_actor(actor: AbstractBaseUser | None) -> Iterator[None]:
    """Within this block, entries written by receivers (role changes) name `actor`.

    For views that change roles: `with audit_actor(request.user): user.groups.add(group)`.
    Side effects: none beyond the block.
    """
    token = _current_actor.set(actor)
    try:
        yield
    finally:
        _current_actor.reset(token)


def audit_together():
    """A block in which several appends (one page's people) share one transaction, so a
    page costs one commit, not one per person; inside a transaction already, nothing more
    (a savepoint would only add two queries)."""
    if transaction.get_connection().in_atomic_block:
        return nullcontext()
    return transaction.atomic()


def audit_current_actor() -> AbstractBaseUser | None:
    """The actor set by the innermost `audit_actor` block, or None."""
    return _current_actor.get()


def _saved_user_or_none(user: AbstractBaseUser | None, role: str) -> AbstractBaseUser | None:
    if user is None:
        return None
    if getattr(user, "pk", None) is None:
        # An AnonymousUser or an unsaved user cannot be named in the log.
        raise ValueError(f"audit_record: {role} must be a saved user or None, not {user!r}")
    return user


def _detail_clean(detail: dict[str, Any] | None) -> dict[str, Any]:
    """Small, structured facts only: string keys; values are short strings, ints, booleans,
    None, or lists of those. No floats (they do not survive every JSON store exactly)."""
    if detail is None:
        return {}
    if not isinstance(detail, dict):
        raise ValueError("audit_record: detail must be a dict")

    def scalar_ok(value: Any) -> bool:
        if isinstance(value, str):
            return len(value) <= DETAIL_TEXT_MAX_CHARS
        return isinstance(value, _SCALARS)

    for key, value in detail.items():
        if not isinstance(key, str):
            raise ValueError("audit_record: detail keys must be strings")
        values = value if isinstance(value, list) else [value]
        if not all(scalar_ok(v) for v in values):
            raise ValueError(
                f"audit_record: detail[{key!r}] must be a short string, an int, a boolean, "
                "None or a list of those"
            )
    if len(json.dumps(detail)) > DETAIL_MAX_CHARS:
        raise ValueError(f"audit_record: detail must stay under {DETAIL_MAX_CHARS} characters")
    return dict(detail)


def _head_locked() -> AuditChainHead:
    # The row is made by migration 0001; a flushed test database may lack it. Locking it makes
    # appends take turns on PostgreSQL; on SQLite the write transaction already does.
    head, _created = AuditChainHead.objects.select_for_update().get_or_create(
        pk=CHAIN_HEAD_PK, defaults={"last_sequence": 0, "last_hash": GENESIS_HASH}
    )
    return head


def audit_record(
    *,
    actor: AbstractBaseUser | None,
    action: str,
    subject: AbstractBaseUser | None = None,
    target: str = "",
    detail: dict[str, Any] | None = None,
    actor_label: str = "",
) -> AuditEntry:
    """Append one entry to the audit log and return it.

    `actor` did `action` (an `AuditAction` value) on `subject`'s data; `target` says briefly
    what (at most 200 characters, e.g. "mentor dashboard: progress summary"); `detail` holds
    small structured facts (ids, purposes), never free text about a person. `actor_label`
    names an actor that is not a person (e.g. "xAPI credential #3", at most 40 characters);
    it is used only when `actor` is None, since a person is always named "user #<id>".

    Raises ValueError for an unknown action, an unsaved actor or subject (AnonymousUser), an
    actor_label given with an actor or over 40 characters, a target over 200 characters, or a
    detail that is not small and structured.
    Side effects: writes one AuditEntry and moves the chain head, in a transaction (joining
    the caller's, so a rolled-back change leaves no entry). The chain head stays locked until
    that transaction ends, so other appends wait: call this late in long transactions.
    """
    if action not in AuditAction.values:
        raise ValueError(f"audit_record: unknown action {action!r}")
    actor = _saved_user_or_none(actor, "actor")
    subject = _saved_user_or_none(subject, "subject")
    if actor is not None and actor_label:
        raise ValueError("audit_record: give actor or actor_label, not both")
    if len(actor_label) > 40:
        raise ValueError("audit_record: actor_label must be at most 40 characters")
    target = str(target)
    if len(target) > 200:
        raise ValueError("audit_record: target must be at most 200 characters")
    detail = _detail_clean(detail)

    with transaction.atomic():
        head = _head_locked()
        entry = AuditEntry(
            sequence=head.last_sequence + 1,
            created_at=timezone.now(),
            actor=actor,
            actor_label=user_label(actor) if actor is not None else actor_label,
            action=action,
            subject=subject,
            subject_label=user_label(subject),
            target=target,
            detail=detail,
            prev_hash=head.last_hash,
        )
        entry.hash = entry.compute_hash()
        entry.save()
        AuditChainHead.objects.filter(pk=head.pk).update(
            last_sequence=entry.sequence, last_hash=entry.hash
        )
    return entry
