"""Progress records: append-friendly rows a learner's phone never has to recompute.

Module and course rows are derived from lesson rows by `courses.services.progress` (the one
place that decides completion) and stored so that pages read them in a constant number of
queries."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LessonProgress(models.Model):
    """One learner's state in one lesson."""

    class State(models.TextChoices):
        STARTED = "started", _("Started")
        AWAITING_SIGNOFF = "awaiting_signoff", _("Waiting for sign-off")
        COMPLETED = "completed", _("Completed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    # The module and course are where the lesson sat when the learner started; kept so that
    # dashboards aggregate by course in one query.
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    state = models.CharField(max_length=20, choices=State.choices, default=State.STARTED)
    best_score = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("Best quiz score in percent.")
    )
    attempts = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(auto_now_add=True)
    viewed_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="lesson_progress_unique")
        ]
        indexes = [
            models.Index(fields=["course", "updated_at"]),
            # A learner's rows on the course and module pages, whatever the number of learners.
            models.Index(fields=["user", "course"], name="lesson_progress_user_course"),
            models.Index(fields=["user", "module"], name="lesson_progress_user_module"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} / lesson {self.lesson_id}: {self.state}"


class ModuleProgress(models.Model):
    """One learner's totals for one module, recomputed whenever a lesson or check changes."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_progress"
    )
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    lessons_completed = models.PositiveIntegerField(default=0)
    lessons_total = models.PositiveIntegerField(default=0)
    check_best_score = models.PositiveSmallIntegerField(null=True, blank=True)
    check_passed_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "module"], name="module_progress_unique")
        ]
        indexes = [models.Index(fields=["user", "course"], name="module_progress_user_course")]

    def __str__(self) -> str:
        done, total = self.lessons_completed, self.lessons_total
        return f"{self.user_id} / module {self.module_id}: {done}/{total}"


class CourseProgress(models.Model):
    """One learner's totals for one course. Counts only what the learner can reach."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_progress"
    )
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    items_completed = models.PositiveIntegerField(default=0)
    items_total = models.PositiveIntegerField(default=0)
    percent = models.PositiveSmallIntegerField(default=0)
    completed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("course progress")
        verbose_name_plural = _("course progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="course_progress_unique")
        ]
        indexes = [models.Index(fields=["course", "completed_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} / course {self.course_id}: {self.percent}%"


class QuizAttempt(models.Model):
    """One submitted attempt at a quiz block, scored on the server. Kept forever for the
    learner's history; retries are unlimited."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    answers = models.JSONField(help_text=_("Chosen option indexes per question index."))
    correct_count = models.PositiveSmallIntegerField()
    question_count = models.PositiveSmallIntegerField()
    score = models.PositiveSmallIntegerField(help_text=_("Percent of questions answered right."))
    passed = models.BooleanField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("quiz attempt")
        indexes = [models.Index(fields=["user", "page", "block_id"])]
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.user_id} / quiz {self.block_id}: {self.score}%"


class ReflectionResponse(models.Model):
    """A learner's private answer to a reflection prompt. Nobody else sees it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_responses"
    )
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("reflection response")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"], name="reflection_response_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} / reflection {self.block_id}"


class SignOff(models.Model):
    """A facilitator's record that a learner has shown a lesson's practical skill."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="signoffs_received"
    )
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    # The sign-off is the learner's record: it stays when the facilitator's account is
    # deleted (docs/my-data.md), with no one named.
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signoffs_given",
    )
    signed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("sign-off")
        constraints = [models.UniqueConstraint(fields=["learner", "lesson"], name="signoff_unique")]

    def __str__(self) -> str:
        return f"{self.learner_id} / lesson {self.lesson_id} signed by {self.signed_by_id}"
