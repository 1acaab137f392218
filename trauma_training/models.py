"""The programme's own data around the generic LMS."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.roles import Role, group_name
from courses.models import Cohort


class Collective(models.Model):
    """A survivor collective: a cohort of learners plus where it is and its language."""

    cohort = models.OneToOneField(
        Cohort,
        on_delete=models.CASCADE,
        related_name="collective",
        help_text=_("The cohort whose members make up this collective."),
    )
    region = models.CharField(
        _("state or region"), max_length=80, help_text=_("For example: West Bengal.")
    )
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=[("en", "English"), ("bn", "Bengali"), ("hi", "Hindi"), ("te", "Telugu")],
        default="bn",
        help_text=_("The language the collective mostly uses."),
    )
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        # The admin form offers coordinators only: a list of every account would show staff
        # the usernames of every learner on the site.
        limit_choices_to=models.Q(groups__name=group_name(Role.COORDINATOR)),
        related_name="coordinated_collectives",
        verbose_name=_("coordinators"),
        help_text=_("Coordinators who look after this collective (they see its aggregates)."),
    )
    goals = models.TextField(
        _("the collective's goals"),
        blank=True,
        help_text=_("What the collective has chosen to work towards, shown to its members."),
    )

    class Meta:
        verbose_name = _("collective")

    def __str__(self) -> str:
        return self.cohort.name


class Mentorship(models.Model):
    """A coordinator's assignment of a mentor to a mentee. Either can see who the other is;
    what else the mentor sees depends on the mentee's consent (`Consent`)."""

    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentorships_as_mentor"
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentorships_as_mentee"
    )
    collective = models.ForeignKey(
        Collective,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentorships",
        help_text=_("The collective this mentorship belongs to, if any."),
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    started_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("mentorship")
        ordering = ["-started_at", "-id"]
        constraints = [
            # One current mentorship per pair; ended ones stay as history.
            models.UniqueConstraint(
                fields=["mentor", "mentee"],
                condition=models.Q(ended_at__isnull=True),
                name="mentorship_one_current_per_pair",
            ),
            models.CheckConstraint(
                condition=~models.Q(mentor=models.F("mentee")), name="mentorship_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.mentor_id} mentors {self.mentee_id}"


class Consent(models.Model):
    """One consent decision by a person for one purpose (DOMAIN.md 6.2). Rows are only added:
    the latest row per person and purpose is the current state, and the history stays."""

    class Purpose(models.TextChoices):
        PROGRESS_TO_MENTOR = "progress_to_mentor", _("My mentor may see my progress summary")
        SURVEYS = "surveys", _("Monitoring surveys")
        REMINDERS = "reminders", _("Reminders")
        CERTIFICATES = "certificates", _("Certificates")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents"
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=Purpose.choices)
    granted = models.BooleanField(_("given"))
    notice_version = models.CharField(
        _("notice version"), max_length=20, help_text=_("The version of the notice shown.")
    )
    language = models.CharField(
        _("language"), max_length=5, help_text=_("The language the notice was shown in.")
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("consent decision")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "purpose", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} {self.purpose}: {'given' if self.granted else 'withdrawn'}"


class Nudge(models.Model):
    """A gentle in-app note a mentor sends an inactive mentee ("your mentor is thinking of
    you"). It carries no free text, so nothing sensitive can travel in it; the mentee sees it
    on their "My mentor" page, which marks it seen."""

    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="nudges_sent"
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="nudges_received"
    )
    created_at = models.DateTimeField(default=timezone.now)
    seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("gentle nudge")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["mentor", "mentee", "-created_at"]),
            models.Index(fields=["mentee", "seen_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.mentor_id} nudged {self.mentee_id}"
