"""The audit log: append-only entries chained by SHA-256 (DOMAIN.md 6.4).

Only `services.audit_record` writes entries. Each entry's hash covers its frozen fields and the
previous entry's hash, so an edit, a deletion or a reordering breaks the chain and
`selectors.verify_chain` finds it. The foreign keys to users are only convenience pointers:
they become NULL when a person's account is deleted, so they are not part of the hash; the
frozen labels ("user #12") are.
"""

import hashlib
import json
from datetime import UTC

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

GENESIS_HASH = "0" * 64
CHAIN_HEAD_PK = 1
# Entries are kept at least this long (DOMAIN.md 6.4); on PostgreSQL the database refuses to
# delete a younger one (migration 0003), and a system check refuses a shorter setting.
MIN_RETENTION_DAYS = 365


class AppendOnlyError(RuntimeError):
    """Raised on any attempt to change or delete an audit entry through the ORM."""


def user_label(user) -> str:
    """The frozen label stored for a person: "user #<id>", never a name or an email; "" for
    no one."""
    return "" if user is None else pk_label(user.pk)


def pk_label(pk: int) -> str:
    return f"user #{pk}"


class AuditAction(models.TextChoices):
    VIEWED_PERSON_DATA = "viewed_person_data", _("Viewed another person's data")
    EXPORTED_PERSON_DATA = "exported_person_data", _("Exported another person's data")
    CONSENT_GIVEN = "consent_given", _("Consent given")
    CONSENT_WITHDRAWN = "consent_withdrawn", _("Consent withdrawn")
    ROLE_ADDED = "role_added", _("Role added")
    ROLE_REMOVED = "role_removed", _("Role removed")
    SIGNED_OFF = "signed_off", _("Signed off")
    SIGNOFF_RETURNED = "signoff_returned", _("Sign-off returned")
    MENTORSHIP_STARTED = "mentorship_started", _("Mentorship started")
    MENTORSHIP_ENDED = "mentorship_ended", _("Mentorship ended")
    ACCOUNT_DELETED = "account_deleted", _("Account deleted or anonymised")
    VIEWED_AUDIT_LOG = "viewed_audit_log", _("Viewed the audit log")
    LOG_PURGED = "log_purged", _("Old audit entries purged")


class AuditEntryQuerySet(models.QuerySet):
    """Reads only: every bulk write is refused, because entries are never changed."""

    def _refuse(self, what: str):
        raise AppendOnlyError(
            f"The audit log is append-only: {what} is not allowed; use audit_record()."
        )

    def update(self, **kwargs):
        self._refuse("update()")

    def delete(self):
        self._refuse("delete()")

    def bulk_create(self, *args, **kwargs):
        self._refuse("bulk_create()")

    def bulk_update(self, *args, **kwargs):
        self._refuse("bulk_update()")

    def update_or_create(self, *args, **kwargs):
        self._refuse("update_or_create()")

    # Queryset.delete/update carry these flags in Django's own checks; keep them honest.
    delete.alters_data = True
    update.alters_data = True


class AuditEntry(models.Model):
    """One thing someone did to or with a person's data: who, what, to whom, when."""

    sequence = models.PositiveBigIntegerField(
        _("sequence"), unique=True, editable=False, help_text=_("1, 2, 3… with no gaps.")
    )
    created_at = models.DateTimeField(_("when"), editable=False)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text=_("Who did it, while their account exists."),
    )
    actor_label = models.CharField(
        _("who"),
        max_length=40,
        blank=True,
        editable=False,
        help_text=_(
            'Who did it, kept after their account is deleted ("user #12"); empty if not known.'
        ),
    )
    action = models.CharField(
        _("action"), max_length=40, choices=AuditAction.choices, editable=False
    )
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text=_("Whose data it is, while their account exists."),
    )
    subject_label = models.CharField(
        _("whose data"),
        max_length=40,
        blank=True,
        editable=False,
        help_text=_('Whose data it is, kept after their account is deleted ("user #7").'),
    )
    target = models.CharField(
        _("what"),
        max_length=200,
        blank=True,
        editable=False,
        help_text=_('What was seen or changed, e.g. "mentor dashboard: progress summary".'),
    )
    detail = models.JSONField(
        _("detail"),
        default=dict,
        blank=True,
        editable=False,
        help_text=_("Small structured facts (ids, purposes, group names); never free text."),
    )
    prev_hash = models.CharField(_("previous hash"), max_length=64, unique=True, editable=False)
    hash = models.CharField(_("hash"), max_length=64, unique=True, editable=False)

    objects = AuditEntryQuerySet.as_manager()

    # Wagtail indexes the references of models that have an admin viewset: that would cost
    # every append several queries, and the log must not point at anything beyond itself.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ["sequence"]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"#{self.sequence} {self.action} by {self.actor_label or '?'}"

    def save(self, *args, **kwargs):
        if not self._state.adding or self.pk is not None:
            raise AppendOnlyError("The audit log is append-only: an entry cannot be changed.")
        if self.created_at is None or self.hash != self.compute_hash():
            raise AppendOnlyError("Audit entries are written only by audit_record().")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    save.alters_data = True

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("The audit log is append-only: an entry cannot be deleted.")

    delete.alters_data = True

    def canonical_payload(self) -> bytes:
        """The bytes the hash covers: every frozen field and `prev_hash`, as sorted,
        ASCII-only JSON with the time in UTC to the microsecond."""
        created_at = self.created_at.astimezone(UTC).isoformat(timespec="microseconds")
        payload = {
            "sequence": self.sequence,
            "created_at": created_at,
            "actor_label": self.actor_label,
            "action": self.action,
            "subject_label": self.subject_label,
            "target": self.target,
            "detail": self.detail,
            "prev_hash": self.prev_hash,
        }
        return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("ascii")

    def compute_hash(self) -> str:
        return hashlib.sha256(self.canonical_payload()).hexdigest()


class AuditChainHead(models.Model):
    """The single row that says where the chain starts and ends; appends and purges lock it
    to take turns."""

    last_sequence = models.PositiveBigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default=GENESIS_HASH)
    # Moved only by the retention purge, which deletes the oldest entries and records the cut
    # in a `log_purged` entry, so the verifier can start here and still find every other gap.
    first_sequence = models.PositiveBigIntegerField(
        _("first sequence"),
        default=1,
        help_text=_("The oldest entry kept; earlier ones were purged after the retention period."),
    )
    first_prev_hash = models.CharField(
        _("first previous hash"),
        max_length=64,
        default=GENESIS_HASH,
        help_text=_("The hash of the last purged entry, which the oldest kept entry follows."),
    )

    class Meta:
        verbose_name = _("audit chain head")
        default_permissions = ()
        constraints = [
            models.CheckConstraint(
                condition=models.Q(id=CHAIN_HEAD_PK), name="audit_chain_head_single_row"
            )
        ]

    def __str__(self) -> str:
        return f"audit chain #{self.first_sequence} to #{self.last_sequence}"
