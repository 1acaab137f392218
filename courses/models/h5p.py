"""H5P packages, the activities trainers make from them, where lessons use them, and attempts.

A package is the uploaded `.h5p` archive, stored once per SHA-256 however many activities use
it. An activity is what a trainer names and places in lessons; it keeps its xAPI IRI when its
package is replaced, so a learner's history stays attached to it."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

# H5P rounds scaled scores to four decimals (3 of 14 is sent as 0.2143), so a score that is
# exactly the pass mark may arrive a hair below it.
PASS_TOLERANCE = 0.00005


class H5PPackage(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to unpack")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Could not unpack")

    sha256 = models.CharField(max_length=64, unique=True, editable=False)
    title = models.CharField(max_length=255)
    main_library = models.CharField(max_length=255, help_text=_("e.g. H5P.TrueFalse"))
    main_library_version = models.CharField(max_length=20, blank=True)
    language = models.CharField(max_length=35, blank=True)
    h5p_json = models.JSONField()
    size = models.PositiveBigIntegerField(help_text=_("Size of the archive in bytes."))
    file_count = models.PositiveIntegerField()
    # Some content types build functions from strings at run time, and the lesson page's CSP
    # must then allow 'unsafe-eval'; decided once, when the package is imported.
    needs_unsafe_eval = models.BooleanField(default=False)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    error = models.TextField(blank=True)
    # The library set the player loads this package's libraries from (courses.h5p.storage):
    # public, compressed, cached for a year and shared by every package with the same
    # libraries. Blank until published; the player then loads them under the learner's grant.
    libraries_key = models.CharField(max_length=64, blank=True, editable=False)
    # Read once at upload (courses.h5p.wording): a warning for trainers, never a refusal.
    wording_findings = models.JSONField(
        default=list,
        blank=True,
        help_text=_("Words in the package's texts that can shame a learner, found at upload."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("H5P package")

    def __str__(self) -> str:
        return f"{self.title} ({self.main_library}, {self.sha256[:12]})"

    @property
    def is_ready(self) -> bool:
        return self.state == self.State.READY


class H5PActivity(models.Model):
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(
        _("description"), blank=True, help_text=_("Optional: what the learner does here.")
    )
    package = models.ForeignKey(
        H5PPackage, on_delete=models.PROTECT, related_name="activities", verbose_name=_("package")
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=60,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("The score, in percent, that completes a lesson using this activity."),
    )
    # The xAPI activity id. Set once, so that changing the site's address or the package never
    # separates a learner from their earlier results.
    iri = models.CharField(_("activity IRI"), max_length=255, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("H5P activity")
        verbose_name_plural = _("H5P activities")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if not self.iri:
            base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            self.iri = f"{base}/xapi/activities/h5p/{uuid.uuid4()}"
        super().save(*args, **kwargs)

    def passes(self, scaled: float | None) -> bool:
        """Whether a scaled score (0..1) reaches this activity's pass mark."""
        return scaled is not None and scaled >= self.pass_mark / 100 - PASS_TOLERANCE


class H5PActivityUse(models.Model):
    """A live lesson that embeds an activity. Kept in step with each lesson's live body by
    `courses.h5p.services.lesson_uses_sync`, so access checks need no StreamField parsing."""

    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="h5p_uses"
    )
    activity = models.ForeignKey(H5PActivity, on_delete=models.CASCADE, related_name="uses")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["lesson", "activity"], name="h5p_activity_use_unique")
        ]

    def __str__(self) -> str:
        return f"lesson {self.lesson_id} uses {self.activity_id}"


class H5PAttempt(models.Model):
    """A finished go at an activity: one top-level `completed` or `answered` statement."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_attempts"
    )
    activity = models.ForeignKey(H5PActivity, on_delete=models.CASCADE, related_name="attempts")
    statement_id = models.UUIDField(unique=True)
    verb = models.CharField(max_length=255)
    score_raw = models.FloatField(null=True, blank=True)
    score_min = models.FloatField(null=True, blank=True)
    score_max = models.FloatField(null=True, blank=True)
    score_scaled = models.FloatField(null=True, blank=True)
    success = models.BooleanField(null=True, blank=True)
    finished_at = models.DateTimeField(help_text=_("The statement's timestamp."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("H5P attempt")
        indexes = [
            models.Index(fields=["user", "activity"], name="h5p_attempt_user_activity"),
            models.Index(fields=["activity", "finished_at"], name="h5p_attempt_activity_time"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} / {self.activity_id}: {self.score_scaled}"

    @property
    def passed(self) -> bool:
        return self.activity.passes(self.score_scaled)

    @property
    def percent(self) -> int | None:
        if self.score_scaled is None:
            return None
        # Rounded down, as quiz scores are, but 0.29 * 100 is 28.999... in floating point.
        return int(round(self.score_scaled * 100, 6))


class H5PActivityResult(models.Model):
    """A learner's standing in one activity: how many attempts, the best score, when the
    latest ended. Kept by `courses.h5p.services.attempts_save` in the transaction that stores
    the attempts, so pages read one row per activity however long the learner's history."""

    # The unique constraint's index starts with the user: no separate index for the column.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="h5p_results",
        db_index=False,
    )
    activity = models.ForeignKey(H5PActivity, on_delete=models.CASCADE, related_name="results")
    attempts = models.PositiveIntegerField(default=0)
    # The highest scaled score of any attempt; None while no attempt had a score.
    best_scaled = models.FloatField(null=True, blank=True)
    last_finished_at = models.DateTimeField()

    class Meta:
        verbose_name = _("H5P activity result")
        constraints = [
            models.UniqueConstraint(fields=["user", "activity"], name="h5p_result_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} / {self.activity_id}: {self.attempts} attempts, {self.best_scaled}"

    @property
    def passed(self) -> bool:
        """Whether the best attempt reaches the activity's pass mark as it is now."""
        return self.activity.passes(self.best_scaled)

    @property
    def percent(self) -> int | None:
        """The best score in percent, rounded down (as `H5PAttempt.percent`)."""
        if self.best_scaled is None:
            return None
        return int(round(self.best_scaled * 100, 6))
