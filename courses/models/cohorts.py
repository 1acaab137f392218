"""Groups of learners who learn together, with the people who facilitate them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Cohort(models.Model):
    """A group of learners enrolled and supported together (a collective is one kind)."""

    name = models.CharField(
        _("name"), max_length=120, unique=True, help_text=_("Shown to members.")
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="CohortMembership", related_name="cohorts", blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class CohortMembership(models.Model):
    """One person's place in a cohort: a member who learns, or a facilitator who supports."""

    class Role(models.TextChoices):
        MEMBER = "member", _("Member")
        FACILITATOR = "facilitator", _("Facilitator (mentor)")

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohort_memberships"
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=Role.choices,
        default=Role.MEMBER,
        help_text=_("Facilitators may sign off lessons for members of this cohort."),
    )
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("cohort membership")
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="cohort_membership_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.cohort} ({self.role})"
