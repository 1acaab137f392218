"""Writes for goals, the journal, shared reflections and check-ins.

Every function takes the owner's objects; views find them with the owner in the query (another
person's object is a 404 before any service runs). Each function raises ValidationError with a
plain message for bad input and does nothing else then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar
from uuid import UUID

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import localization
from courses.models import CoursePage, ModulePage, ReflectionResponse
from courses.text import storable_text_check
from trauma_training.wellbeing.models import (
    GOAL_TITLE_MAX_CHARS,
    GOAL_WHY_MAX_CHARS,
    JOURNAL_MAX_CHARS,
    STEP_TEXT_MAX_CHARS,
    CheckIn,
    Goal,
    GoalStep,
    JournalEntry,
    ReflectionShare,
)
from trauma_training.wellbeing.suggestions import goal_suggestion

MAX_STEPS_PER_GOAL = 30

Saved = TypeVar("Saved", bound=models.Model)


def _save_once(
    model: type[Saved], *, submission_token: UUID | None, owner: dict, save: Callable[[], Saved]
) -> Saved:
    """`save()` once per form: the row an earlier POST of the same form (`submission_token`,
    for `owner`) saved, if any, else what `save()` writes. Without a token (a page from before
    tokens, or a script) every call saves.

    The unique constraint alone decides between POSTs that arrive at once; `save()` runs in a
    savepoint, so losing that race leaves the caller's transaction usable.
    """
    if submission_token is None:
        return save()
    lookup = {**owner, "submission_token": submission_token}
    earlier = model.objects.filter(**lookup).first()
    if earlier is not None:
        return earlier
    try:
        with transaction.atomic():
            return save()
    except IntegrityError:
        earlier = model.objects.filter(**lookup).first()
        if earlier is None:
            raise
        return earlier


def _clean_text(text: str | None, *, max_chars: int, empty_message: str, required=True) -> str:
    text = (text or "").strip()
    # A NUL is a 500 on PostgreSQL, and nothing else here would stop it (the pages read
    # request.POST, not a Django form with its null-character validator).
    storable_text_check(text)
    if required and not text:
        raise ValidationError(empty_message)
    if len(text) > max_chars:
        raise ValidationError(
            _("That is longer than %(max)s characters. Please shorten it a little.")
            % {"max": max_chars}
        )
    return text


# Goals


def goal_create(
    *,
    user: AbstractBaseUser,
    title: str,
    why: str = "",
    course: CoursePage | None = None,
    module: ModulePage | None = None,
    submission_token: UUID | None = None,
) -> Goal:
    """Create a private goal for `user`, optionally linked to a course or a module (a module
    also links its course). The same form sent again (`submission_token`: a double tap, a
    retry) returns the goal it saved the first time.

    Raises ValidationError for an empty or over-long title or reason, or a module that is not
    part of the given course. Side effects: writes at most one Goal per token.
    """
    title = _clean_text(
        title,
        max_chars=GOAL_TITLE_MAX_CHARS,
        empty_message=_("Write your goal in a few words, or pick one from the list."),
    )
    why = _clean_text(why, max_chars=GOAL_WHY_MAX_CHARS, empty_message="", required=False)
    if module is not None:
        module_course = module.get_course()
        if course is not None and course.pk != module_course.pk:
            raise ValidationError(_("That module is not part of that course. Please pick again."))
        course = module_course
    goal = Goal(
        user=user,
        title=title,
        why=why,
        course=course,
        module=module,
        submission_token=submission_token,
    )

    def save() -> Goal:
        goal.full_clean(validate_constraints=False)
        goal.save()
        return goal

    return _save_once(Goal, submission_token=submission_token, owner={"user": user}, save=save)


def goal_create_from_suggestion(
    *, user: AbstractBaseUser, key: str, submission_token: UUID | None = None
) -> Goal:
    """Create a private goal from one of the suggestions, linked to its course if that course
    is live on the site. The same form sent again returns the goal saved the first time.

    Raises ValidationError for an unknown suggestion. Side effects: writes at most one Goal
    per token.
    """
    suggestion = goal_suggestion(key)
    if suggestion is None:
        raise ValidationError(_("That suggestion is not on the list. Please pick again."))
    course = None
    if suggestion.course_code:
        course = (
            localization.source_pages_only(CoursePage.objects.live())
            .filter(code=suggestion.course_code)
            .first()
        )
    return goal_create(
        user=user,
        title=str(suggestion.title),
        course=course,
        submission_token=submission_token,
    )


def goal_share(*, goal: Goal) -> Goal:
    """Share the goal (and its steps) with the learner's mentor. Sharing again keeps the first
    time. Side effects: sets Goal.shared_at."""
    if goal.shared_at is None:
        goal.shared_at = timezone.now()
        Goal.objects.filter(pk=goal.pk, shared_at__isnull=True).update(shared_at=goal.shared_at)
    return goal


def goal_unshare(*, goal: Goal) -> Goal:
    """Make the goal private again; the mentor no longer sees it from the next page load.
    Side effects: clears Goal.shared_at."""
    goal.shared_at = None
    Goal.objects.filter(pk=goal.pk).update(shared_at=None)
    return goal


def goal_mark_done(*, goal: Goal) -> Goal:
    """Side effects: sets Goal.done_at (kept if already done)."""
    if goal.done_at is None:
        goal.done_at = timezone.now()
        Goal.objects.filter(pk=goal.pk, done_at__isnull=True).update(done_at=goal.done_at)
    return goal


def goal_mark_not_done(*, goal: Goal) -> Goal:
    """Side effects: clears Goal.done_at."""
    goal.done_at = None
    Goal.objects.filter(pk=goal.pk).update(done_at=None)
    return goal


def goal_delete(*, goal: Goal) -> None:
    """Side effects: deletes the goal and its steps (the mentor stops seeing it too)."""
    goal.delete()


@transaction.atomic
def goal_step_add(*, goal: Goal, text: str, submission_token: UUID | None = None) -> GoalStep:
    """Add a step at the end of the goal's steps. The same form sent again
    (`submission_token`) returns the step saved the first time.

    Raises ValidationError for empty or over-long text, or too many steps. Side effects: writes
    at most one GoalStep per token (in a transaction, locking the goal so two taps get
    different orders).
    """
    text = _clean_text(
        text,
        max_chars=STEP_TEXT_MAX_CHARS,
        empty_message=_("Write the step in a few words before adding it."),
    )
    Goal.objects.select_for_update().filter(pk=goal.pk).first()
    if submission_token is not None:
        earlier = GoalStep.objects.filter(goal=goal, submission_token=submission_token).first()
        if earlier is not None:
            return earlier
    steps = GoalStep.objects.filter(goal=goal)
    if steps.count() >= MAX_STEPS_PER_GOAL:
        raise ValidationError(
            _("A goal can have up to %(max)s steps. You could finish or remove one first.")
            % {"max": MAX_STEPS_PER_GOAL}
        )
    last = steps.aggregate(last=Max("order"))["last"]
    step = GoalStep(
        goal=goal,
        text=text,
        order=0 if last is None else last + 1,
        submission_token=submission_token,
    )

    def save() -> GoalStep:
        step.full_clean(validate_constraints=False)
        step.save()
        return step

    # The lock above already orders taps on one goal; the constraint is the backstop.
    return _save_once(GoalStep, submission_token=submission_token, owner={"goal": goal}, save=save)


def goal_step_mark_done(*, step: GoalStep) -> GoalStep:
    """Side effects: sets GoalStep.done_at (kept if already done)."""
    if step.done_at is None:
        step.done_at = timezone.now()
        GoalStep.objects.filter(pk=step.pk, done_at__isnull=True).update(done_at=step.done_at)
    return step


def goal_step_mark_not_done(*, step: GoalStep) -> GoalStep:
    """Side effects: clears GoalStep.done_at."""
    step.done_at = None
    GoalStep.objects.filter(pk=step.pk).update(done_at=None)
    return step


def goal_step_delete(*, step: GoalStep) -> None:
    """Side effects: deletes the step."""
    step.delete()


# Journal


def journal_entry_create(
    *, user: AbstractBaseUser, text: str, submission_token: UUID | None = None
) -> JournalEntry:
    """Write a private journal entry. The same form sent again (`submission_token`: a double
    tap, a retry) returns the entry saved the first time.

    Raises ValidationError for empty or over-long text. Side effects: writes at most one
    JournalEntry per token.
    """
    text = _clean_text(
        text,
        max_chars=JOURNAL_MAX_CHARS,
        empty_message=_("Write a few words before saving. Anything you like is fine."),
    )
    entry = JournalEntry(user=user, text=text, submission_token=submission_token)

    def save() -> JournalEntry:
        entry.full_clean(validate_constraints=False)
        entry.save()
        return entry

    return _save_once(
        JournalEntry, submission_token=submission_token, owner={"user": user}, save=save
    )


def journal_entry_update(*, entry: JournalEntry, text: str) -> JournalEntry:
    """Change an entry's words. Sharing is unchanged: a shared entry shows the new words to
    the mentor (the edit page says so).

    Raises ValidationError for empty or over-long text. Side effects: saves the entry.
    """
    entry.text = _clean_text(
        text,
        max_chars=JOURNAL_MAX_CHARS,
        empty_message=_("Write a few words before saving. Anything you like is fine."),
    )
    entry.full_clean()
    entry.save(update_fields=["text", "updated_at"])
    return entry


def journal_entry_delete(*, entry: JournalEntry) -> None:
    """Side effects: deletes the entry."""
    entry.delete()


def journal_entry_share(*, entry: JournalEntry) -> JournalEntry:
    """Side effects: sets JournalEntry.shared_at (kept if already shared)."""
    if entry.shared_at is None:
        entry.shared_at = timezone.now()
        JournalEntry.objects.filter(pk=entry.pk, shared_at__isnull=True).update(
            shared_at=entry.shared_at
        )
    return entry


def journal_entry_unshare(*, entry: JournalEntry) -> JournalEntry:
    """Side effects: clears JournalEntry.shared_at."""
    entry.shared_at = None
    JournalEntry.objects.filter(pk=entry.pk).update(shared_at=None)
    return entry


# Reflections from lessons (courses.ReflectionResponse)


def reflection_share(*, user: AbstractBaseUser, reflection: ReflectionResponse) -> ReflectionShare:
    """Share one of the person's own lesson reflections with their mentor.

    Raises ValidationError if the reflection is someone else's. Side effects: writes one
    ReflectionShare (none if already shared).
    """
    if reflection.user_id != user.pk:
        raise ValidationError(_("You can only share your own reflections."))
    share, _created = ReflectionShare.objects.get_or_create(
        reflection=reflection, defaults={"user": user}
    )
    return share


def reflection_unshare(*, user: AbstractBaseUser, reflection: ReflectionResponse) -> None:
    """Make a lesson reflection private again. Side effects: deletes its ReflectionShare."""
    ReflectionShare.objects.filter(user=user, reflection=reflection).delete()


# Check-ins


def checkin_record(*, user: AbstractBaseUser, feeling: int | str | None) -> CheckIn:
    """Record how the person feels today (1 to 5). Nobody else is told.

    Raises ValidationError for anything but a whole number 1-5. Side effects: writes one CheckIn.
    """
    try:
        value = int(str(feeling).strip())
    except (TypeError, ValueError):
        value = 0
    if value not in CheckIn.Feeling.values:
        raise ValidationError(_("Please choose one of the five answers."))
    checkin = CheckIn(user=user, feeling=value)
    checkin.full_clean()
    checkin.save()
    return checkin


def checkins_delete_all(*, user: AbstractBaseUser) -> int:
    """Delete all of the person's check-ins. Side effects: deletes rows; returns how many."""
    deleted, _detail = CheckIn.objects.filter(user=user).delete()
    return deleted
