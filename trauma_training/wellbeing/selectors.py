"""Reads for goals, the journal, reflections and check-ins.

Owner reads take `user` and never return another person's rows. `shared_with_mentor` is the one
read a mentor's pages use: it returns only what the mentee shares at this moment. Who may call
it is decided by `trauma_training.selectors.is_mentor_of` in the view, not here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, Prefetch, Q, QuerySet

from courses import localization
from courses.models import CoursePage, ModulePage, ReflectionResponse
from trauma_training.wellbeing.models import CheckIn, Goal, GoalStep, JournalEntry

CHECKIN_HISTORY_LIMIT = 30


def goals_owned(*, user: AbstractBaseUser) -> QuerySet[Goal]:
    """The person's own goals (use it to look one up: another person's is simply not there)."""
    return Goal.objects.filter(user=user)


def goals_list(*, user: AbstractBaseUser) -> list[Goal]:
    """The person's goals, open ones first, each with `step_count` and `steps_done`."""
    return list(
        goals_owned(user=user)
        .select_related("course", "module")
        .annotate(
            step_count=Count("steps"),
            steps_done=Count("steps", filter=Q(steps__done_at__isnull=False)),
        )
    )


def goal_detail(*, user: AbstractBaseUser, goal_id: int) -> Goal | None:
    """One of the person's goals with its steps prefetched, or None."""
    return (
        goals_owned(user=user)
        .select_related("course", "module")
        .prefetch_related("steps")
        .filter(pk=goal_id)
        .first()
    )


@dataclass(frozen=True)
class CourseOption:
    """A course a goal may link to, with its modules in tree order, and the titles to show:
    the reader's language where a live translation exists (the values stay the source ids)."""

    course: CoursePage
    modules: list[ModulePage]
    title: str = ""
    module_titles: dict[int, str] = field(default_factory=dict)


def goal_link_options() -> list[CourseOption]:
    """Live courses and their live modules, for the "link to" choice (two queries; in another
    language at most two more, then none while the page tree is unchanged)."""
    # Goals link to source pages (progress is kept there), each course and module once.
    fields = ("id", "title", "path", "translation_key", "locale_id", "alias_of_id")
    courses = list(
        localization.source_pages_only(CoursePage.objects.live()).order_by("path").only(*fields)
    )
    modules = list(
        localization.source_pages_only(ModulePage.objects.live()).order_by("path").only(*fields)
    )
    course_copies = localization.localized_copies(courses)
    module_copies = localization.localized_copies(modules)
    options = []
    for course in courses:
        own = [m for m in modules if m.path.startswith(course.path)]
        options.append(
            CourseOption(
                course=course,
                modules=own,
                title=course_copies[course.pk].title,
                module_titles={m.pk: module_copies[m.pk].title for m in own},
            )
        )
    return options


def journal_entries_owned(*, user: AbstractBaseUser) -> QuerySet[JournalEntry]:
    """The person's own journal entries, newest first."""
    return JournalEntry.objects.filter(user=user)


@dataclass(frozen=True)
class ReflectionItem:
    """A lesson reflection as shown in lists: where it was written, the prompt, the answer."""

    reflection: ReflectionResponse
    lesson_title: str
    prompt: str
    text: str
    shared_at: datetime | None

    @property
    def is_shared(self) -> bool:
        return self.shared_at is not None


def _prompt(lesson, block_id: str) -> str:
    # The raw stream data: no block conversion, so no queries for images or other choosers.
    for block in lesson.body.raw_data:
        if block.get("id") == block_id and block.get("type") == "reflection":
            return (block.get("value") or {}).get("prompt", "")
    return ""


def _reflection_items(reflections: QuerySet[ReflectionResponse]) -> list[ReflectionItem]:
    items = []
    for reflection in reflections.select_related("lesson", "wellbeing_share"):
        share = getattr(reflection, "wellbeing_share", None)
        items.append(
            ReflectionItem(
                reflection=reflection,
                lesson_title=reflection.lesson.title,
                prompt=_prompt(reflection.lesson, reflection.block_id),
                text=reflection.text,
                shared_at=share.shared_at if share else None,
            )
        )
    return items


def reflections_owned(*, user: AbstractBaseUser) -> QuerySet[ReflectionResponse]:
    """The person's own answers to lesson reflection prompts."""
    return ReflectionResponse.objects.filter(user=user)


def reflections_list(*, user: AbstractBaseUser) -> list[ReflectionItem]:
    """The person's lesson reflections, latest first, each saying whether it is shared."""
    return _reflection_items(reflections_owned(user=user).order_by("-updated_at", "-id"))


@dataclass(frozen=True)
class SharedItems:
    """What a mentee shares with their mentor right now. Nothing private is ever in it."""

    goals: list[Goal] = field(default_factory=list)
    journal_entries: list[JournalEntry] = field(default_factory=list)
    reflections: list[ReflectionItem] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.goals or self.journal_entries or self.reflections)


def shared_with_mentor(*, mentee: AbstractBaseUser) -> SharedItems:
    """The goals (with their steps), journal entries and lesson reflections `mentee` shares now.

    Reads only; four queries whatever the amounts. The caller must first check
    `is_mentor_of(viewer, mentee)` and record the view with `audit_record`.
    """
    goals = list(
        Goal.objects.filter(user=mentee, shared_at__isnull=False)
        .select_related("course", "module")
        .prefetch_related(Prefetch("steps", queryset=GoalStep.objects.order_by("order", "id")))
        .order_by("-shared_at", "-id")
    )
    entries = list(
        JournalEntry.objects.filter(user=mentee, shared_at__isnull=False).order_by(
            "-created_at", "-id"
        )
    )
    # Both conditions: a share row must belong to the reflection's own author.
    reflections = _reflection_items(
        ReflectionResponse.objects.filter(
            user=mentee, wellbeing_share__isnull=False, wellbeing_share__user=mentee
        ).order_by("-wellbeing_share__shared_at", "-id")
    )
    return SharedItems(goals=goals, journal_entries=entries, reflections=reflections)


def checkins_history(*, user: AbstractBaseUser, limit: int = CHECKIN_HISTORY_LIMIT):
    """The person's own latest check-ins. Only ever called with the signed-in person."""
    return list(CheckIn.objects.filter(user=user).order_by("-created_at", "-id")[:limit])
