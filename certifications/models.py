"""Certification programmes, the certificates issued under them, and their event history.

A certificate's stored `status` records decisions people or the system made (valid, revoked,
superseded). Expiry is not a decision but a fact about time, so "expired" is computed from
`expires_at` and the clock (`Certificate.current_status`); no periodic job has to run for a
verifier to see the truth, and a later beat task may still cache it for reports.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# No 0/O, 1/I/L: the code is read aloud and typed from paper on small phones.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 10


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


class CertificationProgramme(models.Model):
    """An award a learner earns by meeting its requirements (courses and module checks in this
    version; sign-offs, practice hours and CPD come later as their own requirement rows)."""

    class Audience(models.TextChoices):
        LEARNER = "learner", _("Survivor leaders (learners)")
        MENTOR = "mentor", _("Mentors")
        ANY = "any", _("Anyone")

    code = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_('A short, stable identifier such as "peer-mentor-1". Never shown publicly.'),
    )
    name = models.CharField(
        _("name"), max_length=200, help_text=_("The programme's name, as staff know it.")
    )
    printed_title = models.CharField(
        _("printed title"),
        max_length=200,
        blank=True,
        help_text=_(
            "Optional neutral title printed on certificates and shown on the public "
            "verification page instead of the name (for example, one that does not reveal "
            "that the holder is a survivor)."
        ),
    )
    audience = models.CharField(
        _("audience"),
        max_length=10,
        choices=Audience.choices,
        default=Audience.ANY,
        help_text=_("Who the programme is for."),
    )
    required_courses = models.ManyToManyField(
        "courses.CoursePage",
        blank=True,
        related_name="+",
        verbose_name=_("required courses"),
        help_text=_("Every one of these courses must be finished."),
    )
    min_module_check_score = models.PositiveSmallIntegerField(
        _("module check pass mark (%)"),
        default=80,
        validators=[MaxValueValidator(100)],
        help_text=_("Each module check in the required courses must reach this score."),
    )
    validity_days = models.PositiveIntegerField(
        _("valid for (days)"),
        null=True,
        blank=True,
        help_text=_("How long a certificate is valid. Leave empty for no expiry."),
    )
    grace_days = models.PositiveIntegerField(
        _("grace period (days)"),
        default=0,
        help_text=_("Days after expiry in which a holder may still renew."),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Only active programmes issue new certificates."),
    )

    class Meta:
        verbose_name = _("certification programme")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def public_title(self) -> str:
        return self.printed_title or self.name


class Certificate(models.Model):
    """One certificate: a learner's award in one programme and cycle (a renewal is a new
    cycle, so the history is kept)."""

    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Superseded")
        # Never stored: computed from expires_at (see the module docstring).
        EXPIRED = "expired", _("Expired")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    programme = models.ForeignKey(
        CertificationProgramme, on_delete=models.PROTECT, related_name="certificates"
    )
    cycle = models.PositiveIntegerField(
        _("cycle"), default=1, help_text=_("1 for the first award, 2 after the first renewal…")
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
        _("status"),
        max_length=12,
        choices=[
            (Status.VALID.value, Status.VALID.label),
            (Status.REVOKED.value, Status.REVOKED.label),
            (Status.SUPERSEDED.value, Status.SUPERSEDED.label),
        ],
        default=Status.VALID,
    )
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("certificate")
        ordering = ["-issued_at", "-id"]
        constraints = [
            # Exactly one current certificate per learner, programme and cycle.
            models.UniqueConstraint(
                fields=["user", "programme", "cycle"], name="certificate_unique_cycle"
            )
        ]
        indexes = [models.Index(fields=["programme", "status"])]
        permissions = [("revoke_certificate", "Can revoke certificates")]

    def __str__(self) -> str:
        return f"{self.code} ({self.programme_id}, cycle {self.cycle})"

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


class CertificateEvent(models.Model):
    """One thing that happened to a certificate (issued, revoked). Rows are only added."""

    class Kind(models.TextChoices):
        ISSUED = "issued", _("Issued")
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
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("certificate event")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.certificate_id}: {self.kind}"
