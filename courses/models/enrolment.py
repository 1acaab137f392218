"""Who is taking which course."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """A learner's place on a course. Unenrolling withdraws it; progress is never deleted."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="enrolments"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACTIVE)
    cohort = models.ForeignKey(
        "courses.Cohort",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enrolments",
        help_text=_("The cohort this enrolment came through, if any."),
    )
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    enrolled_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="enrolment_unique_user_course")
        ]
        indexes = [models.Index(fields=["course", "status"])]
        permissions = [
            ("manage_enrolment", "Can enrol others, by cohort or by CSV upload"),
            ("view_course_analytics", "Can see course analytics (aggregates only)"),
        ]

    def __str__(self) -> str:
        return f"{self.user} on {self.course_id} ({self.status})"
