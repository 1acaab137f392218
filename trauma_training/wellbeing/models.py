"""A person's own goals, journal and check-ins, and which of their reflections they share.

Everything here is private to its owner unless a row says otherwise (`shared_at`, or a
`ReflectionShare`). Check-ins are never shared. None of these models is registered in any admin
and none has model permissions (`default_permissions = ()`), so no group can be given access.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

GOAL_TITLE_MAX_CHARS = 200
GOAL_WHY_MAX_CHARS = 1_000
STEP_TEXT_MAX_CHARS = 200
JOURNAL_MAX_CHARS = 10_000


class Goal(models.Model):
    """A goal a learner set for themselves, private unless they share it with their mentor."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="wellbeing_goals"
    )
    title = models.CharField(
        _("goal"), max_length=GOAL_TITLE_MAX_CHARS, help_text=_("What you want to do.")
    )
    why = models.TextField(
        _("why it matters to me"),
        blank=True,
        max_length=GOAL_WHY_MAX_CHARS,
        help_text=_("Optional. A few words for yourself."),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. A course this goal is about."),
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. A module this goal is about."),
    )
    # Null means private. Sharing is with whoever is the learner's mentor at the time of viewing.
    shared_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)
    # The one-time token of the form that saved it (as in the practice log): the same form
    # sent twice (a double tap, a retry on a slow network) finds this row instead of making
    # another. Unique in the database, so it holds when both POSTs arrive at once.
    submission_token = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("goal")
        ordering = ["done_at", "-created_at", "-id"]
        default_permissions = ()
        indexes = [models.Index(fields=["user", "shared_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "submission_token"], name="goal_one_per_submission"
            )
        ]

    def __str__(self) -> str:
        return f"goal {self.pk} of {self.user_id}"

    @property
    def is_shared(self) -> bool:
        return self.shared_at is not None


class GoalStep(models.Model):
    """One small step towards a goal, in the learner's order; done or not yet."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="steps")
    text = models.CharField(_("step"), max_length=STEP_TEXT_MAX_CHARS)
    order = models.PositiveIntegerField(default=0)
    done_at = models.DateTimeField(null=True, blank=True)
    # The one-time token of the form that saved it, as on Goal.
    submission_token = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("goal step")
        ordering = ["order", "id"]
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["goal", "submission_token"], name="goal_step_one_per_submission"
            )
        ]

    def __str__(self) -> str:
        return f"step {self.pk} of goal {self.goal_id}"


class JournalEntry(models.Model):
    """A private journal entry, shared with the mentor only if the person shares this entry."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="journal_entries"
    )
    text = models.TextField(_("entry"), max_length=JOURNAL_MAX_CHARS)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    shared_at = models.DateTimeField(null=True, blank=True)
    # The one-time token of the form that saved it, as on Goal.
    submission_token = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("journal entry")
        verbose_name_plural = _("journal entries")
        ordering = ["-created_at", "-id"]
        default_permissions = ()
        indexes = [models.Index(fields=["user", "shared_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "submission_token"], name="journal_entry_one_per_submission"
            )
        ]

    def __str__(self) -> str:
        return f"journal entry {self.pk} of {self.user_id}"

    @property
    def is_shared(self) -> bool:
        return self.shared_at is not None


class ReflectionShare(models.Model):
    """The person's choice to share one of their lesson reflections with their mentor. The row
    exists only while it is shared; stopping sharing deletes it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_shares"
    )
    reflection = models.OneToOneField(
        "courses.ReflectionResponse", on_delete=models.CASCADE, related_name="wellbeing_share"
    )
    shared_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("shared reflection")
        ordering = ["-shared_at", "-id"]
        default_permissions = ()

    def __str__(self) -> str:
        return f"reflection {self.reflection_id} shared by {self.user_id}"


class CheckIn(models.Model):
    """A mentor's private answer to "How are you today?" (1 very low to 5 very good). Only the
    person sees it: no admin, no export, no totals anywhere."""

    class Feeling(models.IntegerChoices):
        VERY_LOW = 1, _("Very low")
        LOW = 2, _("Low")
        OKAY = 3, _("Okay")
        GOOD = 4, _("Good")
        VERY_GOOD = 5, _("Very good")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="wellbeing_checkins"
    )
    feeling = models.PositiveSmallIntegerField(_("how I feel"), choices=Feeling.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("check-in")
        ordering = ["-created_at", "-id"]
        default_permissions = ()
        constraints = [
            models.CheckConstraint(
                condition=models.Q(feeling__gte=1, feeling__lte=5), name="checkin_feeling_1_to_5"
            )
        ]

    def __str__(self) -> str:
        return f"check-in {self.pk}"
