"""What a learner logs and others confirm: supervised practice, supervision sessions and CPD
(verified or returned by a supervisor), and sign-offs of a programme's checklists.

Nothing here holds free text about mentees (DOMAIN.md 6): an entry is a date, a length, a kind
and a format. Only the supervisor's reason for returning an entry is text, and it is about the
entry."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certifications.models.programmes import CPDCategory, SignOffChecklist


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a supervisor")
    VERIFIED = "verified", _("Verified")
    RETURNED = "returned", _("Returned")


class PracticeEntry(models.Model):
    """One logged piece of practice: supervised mentoring hours, a reflective-supervision
    session, or CPD. Counts towards a programme only once a supervisor verified it."""

    class Kind(models.TextChoices):
        MENTORING = "mentoring", _("Supervised mentoring")
        SUPERVISION = "supervision", _("Reflective supervision session")
        CPD = "cpd", _("Continuing professional development (CPD)")

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        PHONE = "phone", _("By phone")
        VIDEO = "video", _("By video call")
        GROUP = "group", _("In a group")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_entries"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    cpd_category = models.CharField(
        _("CPD category"),
        max_length=24,
        choices=CPDCategory.choices,
        blank=True,
        help_text=_("Only for CPD."),
    )
    format = models.CharField(
        _("format"), max_length=12, choices=Format.choices, default=Format.IN_PERSON
    )
    date = models.DateField(_("date"))
    minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), validators=[MinValueValidator(1), MaxValueValidator(24 * 60)]
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.PENDING
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    return_reason = models.CharField(
        _("why it was returned"),
        max_length=500,
        blank=True,
        help_text=_("About the entry only (for example, the date needs checking)."),
    )
    created_at = models.DateTimeField(default=timezone.now)
    # The one-time token of the form that saved it: a second POST of the same form (a double
    # tap, a retry on a slow network, a replay) finds this entry instead of making another.
    # Unique per person in the database, so it holds when the POSTs arrive at once.
    submission_token = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("practice entry")
        verbose_name_plural = _("practice entries")
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["user", "status", "kind"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(minutes__gte=1, minutes__lte=24 * 60),
                name="practice_entry_minutes_in_day",
            ),
            models.CheckConstraint(
                condition=(models.Q(kind="cpd") & ~models.Q(cpd_category=""))
                | (~models.Q(kind="cpd") & models.Q(cpd_category="")),
                name="practice_entry_cpd_category_only_for_cpd",
            ),
            models.UniqueConstraint(
                fields=["user", "submission_token"], name="practice_entry_one_per_submission"
            ),
        ]
        permissions = [
            ("supervise", "Can verify practice entries and sign off as a supervisor"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.kind} {self.date} ({self.minutes} min)"


class ChecklistSignOff(models.Model):
    """A learner's request for a checklist sign-off, and its outcome. The items ticked are
    copied when it is signed, so later edits to the checklist do not change the record."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checklist_signoffs"
    )
    checklist = models.ForeignKey(
        SignOffChecklist, on_delete=models.PROTECT, related_name="signoffs"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.PENDING
    )
    items_signed = models.JSONField(_("items signed"), default=list, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    return_reason = models.CharField(_("why it was returned"), max_length=500, blank=True)
    requested_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("checklist sign-off")
        ordering = ["-requested_at", "-id"]
        constraints = [
            # One open request per learner and checklist; history stays as further rows.
            models.UniqueConstraint(
                fields=["user", "checklist"],
                condition=models.Q(status="pending"),
                name="checklist_signoff_one_pending",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.checklist_id} ({self.status})"
