"""Certificates, their event history and expiry reminders.

A certificate's stored `status` records what people or the system decided or saw (valid,
revoked, superseded, and expired once the daily job has marked it). Expiry is also a fact about
time, so `Certificate.current_status` computes "expired" from `expires_at` and the clock: a
verifier sees the truth even before the daily job runs.
"""

from __future__ import annotations

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certifications.models.keys import SigningKey
from certifications.models.programmes import CertificationProgramme

# No 0/O, 1/I/L: the code is read aloud and typed from paper on small phones.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 10


def _salt_generate() -> str:
    return secrets.token_hex(16)


def certificate_code_generate() -> str:
    """A random verification code such as "7KQ2M-XH9PA" (about 49 bits)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def certificate_code_normalise(value: str) -> str | None:
    """The stored form of a code typed by a person: upper case, dash optional; None if it
    cannot be a code."""
    raw = "".join(ch for ch in (value or "").upper() if ch not in "- ")
    if len(raw) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in raw):
        return None
    return f"{raw[:5]}-{raw[5:]}"


class Certificate(models.Model):
    """One certificate: a learner's award in one programme and cycle (a renewal is a new
    cycle, so the history is kept)."""

    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Superseded")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    programme = models.ForeignKey(
        CertificationProgramme, on_delete=models.PROTECT, related_name="certificates"
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("module"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Only for programmes with one award per module."),
    )
    cycle = models.PositiveIntegerField(
        _("cycle"), default=1, help_text=_("1 for the first award, 2 after the first renewal…")
    )
    renews = models.OneToOneField(
        "self",
        verbose_name=_("renews"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="renewed_by",
        help_text=_("The previous cycle's certificate, which this one superseded."),
    )
    code = models.CharField(
        _("verification code"),
        max_length=11,
        unique=True,
        default=certificate_code_generate,
        editable=False,
    )
    printed_name = models.CharField(
        _("printed name"),
        max_length=200,
        help_text=_("The name the learner chose to have printed."),
    )
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.VALID
    )
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The PDF is printed in this language (the learner's, at issue)."),
    )
    # Open Badges 3.0 (DOMAIN.md 4): the credential's id and its subject's id are random
    # urn:uuid values, never derived from the person; the salt hashes their identity.
    credential_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    subject_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    identity_salt = models.CharField(max_length=32, default=_salt_generate, editable=False)
    credential_jwt = models.TextField(_("signed credential"), blank=True, editable=False)
    signing_key = models.ForeignKey(
        SigningKey, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    pdf = models.FileField(_("PDF"), blank=True, max_length=255, editable=False)
    revision = models.PositiveIntegerField(
        _("revision"),
        default=1,
        help_text=_("Goes up each time the PDF and credential are made again."),
    )
    rendered_at = models.DateTimeField(_("PDF and credential made"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("certificate")
        ordering = ["-issued_at", "-id"]
        constraints = [
            # Exactly one certificate per learner, programme and cycle (and module, for
            # per-module badges). Two partial constraints because NULLs are never equal.
            models.UniqueConstraint(
                fields=["user", "programme", "cycle"],
                condition=models.Q(module__isnull=True),
                name="certificate_unique_cycle",
            ),
            models.UniqueConstraint(
                fields=["user", "programme", "module", "cycle"],
                condition=models.Q(module__isnull=False),
                name="certificate_unique_module_cycle",
            ),
        ]
        indexes = [
            models.Index(fields=["programme", "status"]),
            models.Index(fields=["status", "expires_at"]),
        ]
        permissions = [("revoke_certificate", "Can revoke certificates")]

    def __str__(self) -> str:
        return f"{self.code} ({self.programme_id}, cycle {self.cycle})"

    @property
    def title(self) -> str:
        """What is printed: the programme's public title, and the module for a badge."""
        return self.title_in(self.language)

    def title_in(self, language: str) -> str:
        """The title in `language`: the programme's title in that language (where an editor
        gave one), and a badge's module in that language (see `module_title_in`)."""
        programme_title = self.programme.public_title_in(language)
        if not self.module_id:
            return programme_title
        return f"{programme_title}: {self.module_title_in(language)}"

    def module_title_in(self, language: str) -> str:
        """A badge's module title in `language`: that language's live copy of the module page
        when there is one (the certificate itself keeps the source page), else the module's
        own title; "" for a certificate of a whole programme. One query for another language."""
        if not self.module_id:
            return ""
        module_title = self.module.title
        if language != self.module.locale.language_code:
            copy = (
                self.module.get_translations()
                .filter(locale__language_code=language, live=True, alias_of__isnull=True)
                .values_list("title", flat=True)
                .first()
            )
            module_title = copy or module_title
        return module_title

    @property
    def current_status(self) -> str:
        """The status a verifier sees now: the stored one, or "expired" for a valid
        certificate past its expiry."""
        if (
            self.status == self.Status.VALID
            and self.expires_at is not None
            and self.expires_at <= timezone.now()
        ):
            return self.Status.EXPIRED.value
        return self.status

    @property
    def current_status_label(self) -> str:
        return str(self.Status(self.current_status).label)


# What the system notes on an event, by code: stored as a code and its parameters and put
# into words when shown, so each reader reads it in their own language (not in the language
# of whoever acted). Words someone typed (a reason for revoking) stay in `note` as typed.
EVENT_NOTES = {
    "renews": _("Renews %(code)s."),
    "renewed_as": _("Renewed as %(code)s."),
    "revision": _("Revision %(revision)s."),
    "name_changed": _("Printed name changed."),
}


class CertificateEvent(models.Model):
    """One thing that happened to a certificate, with who and when. Rows are only added."""

    class Kind(models.TextChoices):
        ISSUED = "issued", _("Issued")
        RENDERED = "rendered", _("PDF and credential made")
        REGENERATED = "regenerated", _("Regenerated")
        EXPIRED = "expired", _("Expired")
        SUPERSEDED = "superseded", _("Superseded by renewal")
        REVOKED = "revoked", _("Revoked")

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Who did it; empty when the system did."),
    )
    note = models.TextField(blank=True, help_text=_("Words someone typed, shown as typed."))
    note_code = models.CharField(
        max_length=24,
        blank=True,
        choices=[(code, code) for code in EVENT_NOTES],
        help_text=_("The system's note, put into words in the reader's language."),
    )
    note_params = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("certificate event")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.certificate_id}: {self.kind}"

    @property
    def note_text(self) -> str:
        """The note in the active language: the system's note in words, then what was typed."""
        parts = []
        template = EVENT_NOTES.get(self.note_code)
        if template is not None:
            try:
                parts.append(str(template) % self.note_params)
            except (KeyError, TypeError, ValueError):  # a row whose parameters do not fit
                parts.append(str(template).split("%", 1)[0].strip())
        if self.note:
            parts.append(self.note)
        return "\n".join(parts)


class CertificateReminder(models.Model):
    """A reminder that a certificate expires soon (or today), sent once per threshold. It is
    shown in the learner's "My certificates" until seen, and emailed when they gave an email."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="reminders")
    days_before = models.PositiveSmallIntegerField(
        _("days before expiry"), help_text=_("90, 30, 7, or 0 for the day it expires.")
    )
    created_at = models.DateTimeField(default=timezone.now)
    emailed_at = models.DateTimeField(null=True, blank=True)
    seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("expiry reminder")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "days_before"], name="certificate_reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.certificate_id}: {self.days_before} days"
