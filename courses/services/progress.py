"""The progress service: the one place that decides when a lesson, module or course is complete.

Evidence (a lesson marked viewed, a quiz attempt, a reflection, a sign-off) is recorded by the
functions below, each of which then calls `lesson_evaluate`. Completion is written with a
conditional UPDATE (`completed_at IS NULL`), so whatever the number of repeated or concurrent
submissions, exactly one of them wins and sends the signal.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses import selectors
from courses.caching import learner_changed
from courses.models import (
    CompletionRule,
    CoursePage,
    CourseProgress,
    Enrolment,
    H5PActivityResult,
    LessonPage,
    LessonProgress,
    ModuleProgress,
    QuizAttempt,
    ReflectionResponse,
    SignOff,
    VoiceNote,
)
from courses.models.h5p import PASS_TOLERANCE
from courses.permissions import can_sign_off
from courses.signals import course_completed, lesson_completed, module_completed
from courses.text import storable_text_check

REFLECTION_MAX_CHARS = 10_000


def h5p_activities_passed(
    *, user: AbstractBaseUser, lesson: LessonPage, results: dict | None = None
) -> bool:
    """Every H5P block of the live lesson has an attempt at or above its activity's pass mark,
    in the activity the block holds in any live copy of the lesson (a translation may embed
    its own language's package: `courses.h5p.services.block_activities`). The scaled score
    decides; `success` is not needed (some content types leave it out). `results`: the
    learner's rows by activity id (`courses.h5p.selectors.lesson_results`), when read already."""
    from courses.h5p.services import block_activities

    by_block = block_activities(lesson=lesson)
    if not by_block:
        return False
    wanted = set().union(*by_block.values())
    if results is not None:
        # The learner's rows, read once for this and the lesson's players
        # (`courses.h5p.selectors.lesson_results`): the same test as the query below.
        passed = {pk for pk in wanted if pk in results and results[pk].passed}
        return all(activities & passed for activities in by_block.values())
    # The learner's best score per activity (one row each, not every attempt).
    passed = set(
        H5PActivityResult.objects.filter(
            user=user,
            activity_id__in=wanted,
            best_scaled__gte=F("activity__pass_mark") / 100.0 - PASS_TOLERANCE,
        ).values_list("activity_id", flat=True)
    )
    return all(activities & passed for activities in by_block.values())


def lesson_start(*, user: AbstractBaseUser, lesson: LessonPage) -> LessonProgress:
    """Record that `user` opened `lesson` (idempotent). Writes one LessonProgress row at most."""
    progress = LessonProgress.objects.filter(user=user, lesson=lesson).first()
    if progress:
        return progress
    progress, created = LessonProgress.objects.get_or_create(
        user=user,
        lesson=lesson,
        defaults={"module_id": lesson.get_module().id, "course_id": lesson.get_course().id},
    )
    if created:
        learner_changed([user.pk])
    return progress


def _rule_satisfied(
    *, user: AbstractBaseUser, lesson: LessonPage, progress: LessonProgress
) -> bool:
    rule = lesson.completion_rule
    if rule == CompletionRule.VIEWED:
        return progress.viewed_at is not None
    if rule == CompletionRule.QUIZ:
        required = set(lesson.block_ids("quiz"))
        passed = set(
            QuizAttempt.objects.filter(
                user=user, page_id=lesson.id, block_id__in=required, passed=True
            ).values_list("block_id", flat=True)
        )
        return bool(required) and required <= passed
    if rule == CompletionRule.REFLECTION:
        # Optional prompts (a self-check's "you can skip any question") never hold a lesson
        # back. With none required, the learner says when they have finished.
        if not lesson.block_ids("reflection"):
            return False
        required = set(lesson.required_reflection_ids())
        if not required:
            return progress.viewed_at is not None
        answered = set(
            ReflectionResponse.objects.filter(
                user=user, lesson=lesson, block_id__in=required
            ).values_list("block_id", flat=True)
        )
        # A voice note answers a prompt as much as written words do (docs/voice-notes.md).
        answered |= set(
            VoiceNote.objects.filter(user=user, lesson=lesson, block_id__in=required).values_list(
                "block_id", flat=True
            )
        )
        return bool(required) and required <= answered
    if rule == CompletionRule.SIGNOFF:
        return SignOff.objects.filter(learner=user, lesson=lesson).exists()
    if rule == CompletionRule.H5P:
        return h5p_activities_passed(user=user, lesson=lesson)
    return False


@transaction.atomic
def lesson_evaluate(*, user: AbstractBaseUser, lesson: LessonPage) -> bool:
    """Complete `lesson` for `user` if its completion rule is met, then recompute the module
    and course totals in the same transaction.

    Side effects: may set LessonProgress.completed_at and send `lesson_completed`; recomputing
    the parents may send `module_completed` and `course_completed`. Each signal is sent at most
    once per learner and page. Returns True if this call completed the lesson.
    """
    progress = lesson_start(user=user, lesson=lesson)
    completed_now = False
    if progress.completed_at is None and _rule_satisfied(
        user=user, lesson=lesson, progress=progress
    ):
        now = timezone.now()
        won = LessonProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
            state=LessonProgress.State.COMPLETED, completed_at=now, updated_at=now
        )
        if won:
            completed_now = True
            lesson_completed.send(sender=LessonPage, user=user, lesson=lesson)
    course = CoursePage.objects.get(pk=progress.course_id)
    course_progress_recompute(user=user, course=course)
    return completed_now


@transaction.atomic
def course_progress_recompute(*, user: AbstractBaseUser, course: CoursePage) -> CourseProgress:
    """Recount `user`'s module and course totals from their lesson rows and quiz checks,
    counting only what the learner can reach (see `selectors.reachable_structure`).

    Side effects: writes ModuleProgress and CourseProgress rows; sends `module_completed` and
    `course_completed` the first time each becomes complete; drops the learner's cached
    outlines. Completion, once reached, is kept
    even if trainers later add lessons (it is a fact about the past that certificates rely on).
    """
    structure = selectors.reachable_structure(course=course, user=user)
    lesson_ids = [lesson_id for module in structure for lesson_id in module.lesson_ids]
    completed_lessons = set(
        LessonProgress.objects.filter(
            user=user, lesson_id__in=lesson_ids, completed_at__isnull=False
        ).values_list("lesson_id", flat=True)
    )
    module_rows = {
        row.module_id: row for row in ModuleProgress.objects.filter(user=user, course=course)
    }
    now = timezone.now()
    items_total = items_completed = 0
    for module in structure:
        row = module_rows.get(module.id)
        if row is None:
            row, _created = ModuleProgress.objects.get_or_create(
                user=user, module_id=module.id, defaults={"course": course}
            )
        done = sum(1 for lesson_id in module.lesson_ids if lesson_id in completed_lessons)
        total = len(module.lesson_ids)
        check_done = module.has_check and row.check_passed_at is not None
        module_total = total + (1 if module.has_check else 0)
        module_done = done + (1 if check_done else 0)
        items_total += module_total
        items_completed += module_done
        if (row.lessons_completed, row.lessons_total) != (done, total):
            ModuleProgress.objects.filter(pk=row.pk).update(
                lessons_completed=done, lessons_total=total, updated_at=now
            )
        if module_total and module_done == module_total and row.completed_at is None:
            won = ModuleProgress.objects.filter(pk=row.pk, completed_at__isnull=True).update(
                completed_at=now, updated_at=now
            )
            if won:
                module_completed.send(sender=type(module.page), user=user, module=module.page)
    percent = round(100 * items_completed / items_total) if items_total else 0
    course_row, _created = CourseProgress.objects.get_or_create(user=user, course=course)
    CourseProgress.objects.filter(pk=course_row.pk).update(
        items_completed=items_completed, items_total=items_total, percent=percent, updated_at=now
    )
    if items_total and items_completed == items_total and course_row.completed_at is None:
        won = CourseProgress.objects.filter(pk=course_row.pk, completed_at__isnull=True).update(
            completed_at=now
        )
        if won:
            course_completed.send(sender=CoursePage, user=user, course=course)
    learner_changed([user.pk])
    course_row.refresh_from_db()
    return course_row


@transaction.atomic
def lesson_mark_viewed(*, user: AbstractBaseUser, lesson: LessonPage) -> bool:
    """The learner says they have finished reading. Completes a "viewed" lesson, and a
    reflection lesson whose prompts are all optional.

    Side effects: sets LessonProgress.viewed_at once; then `lesson_evaluate`.
    """
    progress = lesson_start(user=user, lesson=lesson)
    if progress.viewed_at is None:
        LessonProgress.objects.filter(pk=progress.pk, viewed_at__isnull=True).update(
            viewed_at=timezone.now()
        )
    return lesson_evaluate(user=user, lesson=lesson)


def _reflection_text_clean(text: str | None) -> str:
    text = (text or "").strip()
    storable_text_check(text)
    if len(text) > REFLECTION_MAX_CHARS:
        raise ValidationError(
            _("That is longer than %(max)s characters. Please shorten it a little.")
            % {"max": REFLECTION_MAX_CHARS}
        )
    return text


@transaction.atomic
def reflection_submit(
    *, user: AbstractBaseUser, lesson: LessonPage, block_id: str, text: str
) -> ReflectionResponse | None:
    """Save (or replace) the learner's private answer to one reflection prompt; empty words
    delete a saved answer (None is returned then).

    Raises ValidationError for an empty answer where none was saved, an over-long answer, or
    a prompt not on the lesson. Side effects: writes or deletes one ReflectionResponse; then
    `lesson_evaluate`.
    """
    saved = reflections_submit(user=user, lesson=lesson, texts={block_id: text})
    return saved[0] if saved else None


@transaction.atomic
def reflections_submit(
    *, user: AbstractBaseUser, lesson: LessonPage, texts: dict[str, str]
) -> list[ReflectionResponse]:
    """Save (or replace) the learner's answers to the lesson's reflection prompts, every box
    at once (block id to words): any "Save" on the lesson saves them all, so words in one box
    are never lost by tapping another box's button. Each box comes filled with its saved
    answer, so a box sent empty is one the learner emptied: its saved answer is deleted (on a
    shared phone, words about self-harm must be erasable). The same POST twice saves the same
    rows (one answer per person, lesson and prompt).

    Raises ValidationError, saving nothing, when every box is empty and none had an answer,
    when a box is over-long, or for a prompt not on the lesson. Side effects: writes one
    ReflectionResponse per box with words and deletes those of emptied boxes; then
    `lesson_evaluate` (a completed lesson stays completed).
    """
    on_lesson = set(lesson.block_ids("reflection"))
    if any(block_id not in on_lesson for block_id in texts):
        raise ValidationError(_("This reflection prompt is no longer on the lesson."))
    cleaned = {block_id: _reflection_text_clean(text) for block_id, text in texts.items()}
    emptied = [block_id for block_id, text in cleaned.items() if not text]
    cleaned = {block_id: text for block_id, text in cleaned.items() if text}
    erased = 0
    if emptied:
        erased, _by_model = ReflectionResponse.objects.filter(
            user=user, lesson=lesson, block_id__in=emptied
        ).delete()
    if not cleaned and not erased:
        raise ValidationError(_("Write a few words before saving. Anything you like is fine."))
    responses = []
    for block_id, text in cleaned.items():
        response, _created = ReflectionResponse.objects.update_or_create(
            user=user, lesson=lesson, block_id=block_id, defaults={"text": text}
        )
        responses.append(response)
    lesson_evaluate(user=user, lesson=lesson)
    return responses


@transaction.atomic
def signoff_request(*, user: AbstractBaseUser, lesson: LessonPage) -> LessonProgress:
    """The learner says they are ready for a facilitator to sign off `lesson`.

    Raises ValidationError if the lesson is not signed off by a mentor.
    Side effects: sets LessonProgress.state to awaiting_signoff (unless already complete);
    drops the learner's cached outlines.
    """
    if lesson.completion_rule != CompletionRule.SIGNOFF:
        raise ValidationError(_("This lesson does not need a sign-off."))
    progress = lesson_start(user=user, lesson=lesson)
    LessonProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
        state=LessonProgress.State.AWAITING_SIGNOFF, updated_at=timezone.now()
    )
    learner_changed([user.pk])
    progress.refresh_from_db()
    return progress


# Also the answer for an id that is no one's (courses.views.signoff_record): the same words.
SIGN_OFF_REFUSED = gettext_lazy("You can sign off only people in a group you support.")


@transaction.atomic
def signoff_record(
    *, signer: AbstractBaseUser, learner: AbstractBaseUser, lesson: LessonPage
) -> SignOff:
    """A facilitator signs off `learner` on `lesson`, which the learner asked for
    (idempotent: signing again returns the sign-off already made).

    Raises PermissionDenied unless `signer` facilitates a cohort `learner` belongs to;
    ValidationError if the lesson is not signed off by a mentor (code "not_signoff"), the
    learner is not enrolled in its course now ("not_enrolled"), or has no open request for
    it ("no_request"): a sign-off is the answer to the learner's own request, never
    something done to them. Side effects: writes one SignOff row; then `lesson_evaluate`.
    Nothing is written when it raises.
    """
    # Who may sign first: anyone else learns nothing about the person, not even whether the
    # lesson would need a sign-off from them.
    if not can_sign_off(signer=signer, learner=learner):
        raise PermissionDenied(SIGN_OFF_REFUSED)
    if lesson.completion_rule != CompletionRule.SIGNOFF:
        raise ValidationError(_("This lesson does not need a sign-off."), code="not_signoff")
    earlier = SignOff.objects.filter(learner=learner, lesson=lesson).first()
    if earlier is not None:
        return earlier
    if not Enrolment.objects.filter(
        user=learner, course=lesson.get_course(), status=Enrolment.Status.ACTIVE
    ).exists():
        raise ValidationError(
            _("This person is not on this course now, so the lesson cannot be signed off."),
            code="not_enrolled",
        )
    # Locked, so a request withdrawn (or answered) at the same moment is seen.
    requested = (
        LessonProgress.objects.select_for_update()
        .filter(
            user=learner,
            lesson=lesson,
            state=LessonProgress.State.AWAITING_SIGNOFF,
            completed_at__isnull=True,
        )
        .exists()
    )
    if not requested:
        raise ValidationError(
            _(
                "This person has not asked for a sign-off of this lesson. They ask for it on "
                "the lesson page when they are ready."
            ),
            code="no_request",
        )
    signoff, _created = SignOff.objects.get_or_create(
        learner=learner, lesson=lesson, defaults={"signed_by": signer}
    )
    lesson_evaluate(user=learner, lesson=lesson)
    return signoff
