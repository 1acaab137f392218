"""Reads for learner pages and dashboards, each in a constant number of queries.

The course structure (the same for every learner) and each learner's course outline are cached;
`courses.caching` says when each is dropped."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.models import PageViewRestriction

from courses import caching, conf, localization
from courses.models import (
    CohortMembership,
    CompletionRule,
    CourseIndexPage,
    CoursePage,
    CourseProgress,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    ModuleProgress,
    QuizAttempt,
    ReflectionResponse,
    SignOff,
    VoiceNote,
)

# --- Course structure -------------------------------------------------------------------------


@dataclass
class LessonEntry:
    id: int
    title: str
    url: str
    completion_rule: str
    estimated_minutes: int


@dataclass
class ModuleEntry:
    id: int
    title: str
    url: str
    has_check: bool
    lessons: list[LessonEntry]
    page: ModulePage | None = None

    @property
    def lesson_ids(self) -> list[int]:
        return [lesson.id for lesson in self.lessons]


def _restricted_paths() -> list[str]:
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def _is_restricted(path: str, restricted: list[str]) -> bool:
    return any(path.startswith(prefix) for prefix in restricted)


def course_structure(*, course: CoursePage) -> list[ModuleEntry]:
    """The live, unrestricted modules and lessons of `course`, in tree order (cached)."""
    return course_structures(courses=[course])[course.pk]


def course_structures(*, courses: list[CoursePage]) -> dict[int, list[ModuleEntry]]:
    """`course_structure` of each of `courses`, by course id. Those not in the cache are built
    together, so a page listing many courses pays the same three queries as one course."""
    generation = caching.structure_generation()
    keys = {course.pk: caching.structure_key(generation, course.pk) for course in courses}
    cached = cache.get_many(list(keys.values()))
    structures = {pk: cached[key] for pk, key in keys.items() if key in cached}
    missing = [course for course in courses if course.pk not in structures]
    if missing:
        built = _structures_build(missing)
        cache.set_many({keys[pk]: built[pk] for pk in built}, caching.STRUCTURE_SECONDS)
        structures.update(built)
    return structures


def _structures_build(courses: list[CoursePage]) -> dict[int, list[ModuleEntry]]:
    restricted = _restricted_paths()
    # Modules are the courses' children and lessons their grandchildren (see page types).
    children = grandchildren = Q(pk__in=[])
    for course in courses:
        children |= Q(path__startswith=course.path, depth=course.depth + 1)
        grandchildren |= Q(path__startswith=course.path, depth=course.depth + 2)
    modules = [
        m
        for m in ModulePage.objects.filter(children).live().order_by("path")
        if not _is_restricted(m.path, restricted)
    ]
    lessons = [
        lesson
        for lesson in LessonPage.objects.filter(grandchildren)
        .live()
        .defer_streamfields()
        .order_by("path")
        if not _is_restricted(lesson.path, restricted)
    ]
    # Entries carry the source page's id whatever language the course is in: progress is kept
    # on the source pages (courses.localization); titles and URLs are this copy's.
    source_id = localization.source_ids(modules + lessons)
    structures: dict[int, list[ModuleEntry]] = {}
    for course in courses:
        structures[course.pk] = [
            ModuleEntry(
                id=source_id[module.id],
                title=module.title,
                url=module.url,
                has_check=module.check_quiz is not None,
                lessons=[
                    LessonEntry(
                        id=source_id[lesson.id],
                        title=lesson.title,
                        url=lesson.url,
                        completion_rule=lesson.completion_rule,
                        estimated_minutes=lesson.estimated_minutes,
                    )
                    for lesson in lessons
                    if lesson.path.startswith(module.path)
                ],
            )
            for module in modules
            if module.path.startswith(course.path)
        ]
    return structures


def _signers_of(user: AbstractBaseUser):
    """Memberships of people who can sign off this learner's practical lessons."""
    return CohortMembership.objects.filter(
        role=CohortMembership.Role.FACILITATOR,
        cohort__memberships__user=user,
        cohort__memberships__role=CohortMembership.Role.MEMBER,
    ).exclude(user=user)


def has_signer(*, user: AbstractBaseUser) -> bool:
    """Whether someone can sign off this learner's practical lessons."""
    return _signers_of(user).exists()


def _reachable(structure: list[ModuleEntry], *, signer: bool) -> list[ModuleEntry]:
    """Drop what this learner cannot reach: lessons that need a sign-off when nobody can sign
    them off. Percentages count only what remains (DOMAIN.md 3)."""
    if signer:
        return structure
    return [
        ModuleEntry(
            id=m.id,
            title=m.title,
            url=m.url,
            has_check=m.has_check,
            lessons=[
                lesson for lesson in m.lessons if lesson.completion_rule != CompletionRule.SIGNOFF
            ],
            page=m.page,
        )
        for m in structure
    ]


def reachable_structure(*, course: CoursePage, user: AbstractBaseUser) -> list[ModuleEntry]:
    """The modules and lessons of `course` that `user` can reach, each with its ModulePage."""
    structure = _reachable(course_structure(course=course), signer=has_signer(user=user))
    pages = ModulePage.objects.in_bulk([m.id for m in structure])
    for module in structure:
        module.page = pages.get(module.id)
    return [m for m in structure if m.page is not None]


# --- Prerequisites and access -----------------------------------------------------------------


def prerequisites_missing(*, user: AbstractBaseUser, course: CoursePage) -> list[CoursePage]:
    """The live prerequisite courses `user` has not completed yet."""
    completed = CourseProgress.objects.filter(user=user, completed_at__isnull=False).values(
        "course_id"
    )
    return list(
        CoursePage.objects.live()
        .filter(required_by=course)
        .exclude(pk__in=completed)
        .order_by("path")
    )


def prerequisites_message(missing: list[CoursePage]) -> str:
    """Which courses to finish first, named in the reader's language."""
    shown = localization.localized_copies(missing)
    names = ", ".join(f"“{shown[course.pk].title}”" for course in missing)
    return ngettext(
        "Please finish %(names)s first. Then this course opens for you.",
        "Please finish these courses first: %(names)s. Then this course opens for you.",
        len(missing),
    ) % {"names": names}


def lesson_access_refusal(*, user: AbstractBaseUser, course: CoursePage) -> str | None:
    """Why `user` may not open lessons of `course` yet, in plain words; None if they may.

    Asked on every lesson page, so "they may" is cached until the page tree or the learner's
    enrolments or progress change (`courses.caching`), or ten minutes pass, as
    `courses.h5p.selectors.may_use_activity` is."""
    from courses.permissions import can_preview_all_content

    key = caching.learner_scoped_key(user_id=user.pk, name=f"lesson-access:{course.pk}")
    if cache.get(key):
        return None
    # The learner's own standing first: asking whether someone may preview everything loads
    # all their permissions (two queries), worth it only when they would be refused.
    enrolled = Enrolment.objects.filter(
        user=user, course=course, status=Enrolment.Status.ACTIVE
    ).exists()
    missing = prerequisites_missing(user=user, course=course) if enrolled else []
    if (enrolled and not missing) or can_preview_all_content(user):
        cache.set(key, True, caching.OUTLINE_SECONDS)
        return None
    if not enrolled:
        return _("Join this course to open its lessons.")
    return prerequisites_message(missing)


# Lessons the learner has nothing more to do in: "Continue" skips them. A lesson waiting for a
# mentor's sign-off is the mentor's move, not the learner's.
SETTLED_STATES = (LessonProgress.State.COMPLETED, LessonProgress.State.AWAITING_SIGNOFF)


# --- Course page ------------------------------------------------------------------------------


# Translated when shown, not when built: outlines are cached across languages.
STATE_LABELS = {
    "not_started": gettext_lazy("Not started"),
    LessonProgress.State.STARTED: gettext_lazy("Started"),
    LessonProgress.State.AWAITING_SIGNOFF: gettext_lazy("Waiting for sign-off"),
    LessonProgress.State.COMPLETED: gettext_lazy("Done"),
}


@dataclass
class LessonState:
    lesson: LessonEntry
    state: str  # "not_started", "started", "awaiting_signoff", "completed"
    best_score: int | None = None

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


@dataclass
class ModuleState:
    module: ModuleEntry
    lessons: list[LessonState]
    completed: bool
    check_best_score: int | None


@dataclass
class CourseOutline:
    enrolled: bool
    percent: int
    completed: bool
    modules: list[ModuleState]
    next_lesson: LessonEntry | None
    missing_prerequisites: list[CoursePage] = field(default_factory=list)
    catalogue_url: str = ""

    @property
    def started(self) -> bool:
        """Any lesson opened: its button says "Continue", even at 0%."""
        return self.percent > 0 or any(
            lesson.state != "not_started" for module in self.modules for lesson in module.lessons
        )

    # The key this outline is cached under; the course page caches its rendered module list
    # under the same key (and the language), so both are dropped together.
    cache_key: str = ""

    @property
    def prerequisites_message(self) -> str:
        return prerequisites_message(self.missing_prerequisites)


def _lesson_states(
    structure: list[ModuleEntry], progress: dict[int, LessonProgress]
) -> list[LessonState]:
    states = []
    for module in structure:
        for lesson in module.lessons:
            row = progress.get(lesson.id)
            states.append(
                LessonState(
                    lesson=lesson,
                    state=row.state if row else "not_started",
                    best_score=row.best_score if row else None,
                )
            )
    return states


def _learner_course_state(*, course: CoursePage, user: AbstractBaseUser) -> dict:
    """The learner's enrolment status and course totals, whether someone can sign off their
    lessons, and whether a prerequisite is still to finish: one query for the four."""
    progress = CourseProgress.objects.filter(user=user, course=OuterRef("pk"))
    completed = CourseProgress.objects.filter(user=user, completed_at__isnull=False)
    prerequisites = (
        CoursePage.objects.live()
        .filter(required_by=OuterRef("pk"))
        .exclude(pk__in=completed.values("course_id"))
    )
    return (
        CoursePage.objects.filter(pk=course.pk)
        .annotate(
            enrolment_status=Subquery(
                Enrolment.objects.filter(user=user, course=OuterRef("pk")).values("status")[:1]
            ),
            percent=Subquery(progress.values("percent")[:1]),
            completed_at=Subquery(progress.values("completed_at")[:1]),
            signer=Exists(_signers_of(user)),
            prerequisites_missing=Exists(prerequisites),
        )
        .order_by()
        .values("enrolment_status", "percent", "completed_at", "signer", "prerequisites_missing")
        .get()
    )


def course_outline(*, course: CoursePage, user: AbstractBaseUser) -> CourseOutline:
    """Everything the course page shows a signed-in learner: from the cache, or in three
    queries (four when a prerequisite is missing) whatever the size of the course."""
    key = caching.outline_key(user_id=user.pk, course_id=course.pk)
    outline = cache.get(key)
    if outline is None:
        outline = _course_outline_build(course=course, user=user)
        outline.catalogue_url = course.get_parent().url
        outline.cache_key = key
        cache.set(key, outline, caching.OUTLINE_SECONDS)
    return outline


def _course_outline_build(*, course: CoursePage, user: AbstractBaseUser) -> CourseOutline:
    """`course` is the copy the learner reads; their rows are on its source page."""
    source = course.source_page
    learner = _learner_course_state(course=source, user=user)
    structure = _reachable(course_structure(course=course), signer=learner["signer"])
    lesson_rows = {
        row.lesson_id: row for row in LessonProgress.objects.filter(user=user, course=source)
    }
    module_rows = {
        row.module_id: row for row in ModuleProgress.objects.filter(user=user, course=source)
    }
    modules = []
    next_lesson = None
    for module in structure:
        states = _lesson_states([module], lesson_rows)
        for state in states:
            if next_lesson is None and state.state not in SETTLED_STATES:
                next_lesson = state.lesson
        module_row = module_rows.get(module.id)
        modules.append(
            ModuleState(
                module=module,
                lessons=states,
                completed=bool(module_row and module_row.completed_at),
                check_best_score=module_row.check_best_score if module_row else None,
            )
        )
    return CourseOutline(
        enrolled=learner["enrolment_status"] == Enrolment.Status.ACTIVE,
        percent=learner["percent"] or 0,
        completed=learner["completed_at"] is not None,
        modules=modules,
        next_lesson=next_lesson,
        missing_prerequisites=(
            # Listed by name on the course page: the copies in the reader's language.
            list(
                localization.localized_copies(
                    prerequisites_missing(user=user, course=source)
                ).values()
            )
            if learner["prerequisites_missing"]
            else []
        ),
    )


@dataclass
class CatalogueEntry:
    course: CoursePage
    enrolled: bool
    percent: int


def course_catalogue(*, index: CourseIndexPage, user: AbstractBaseUser) -> list[CatalogueEntry]:
    """The courses below `index` (the catalogue in the reader's language), with the learner's
    enrolment and percent, which are kept on each course's source page."""
    courses = list(CoursePage.objects.child_of(index).live().order_by("path"))
    source_id = localization.source_ids(courses)
    enrolled = set(
        Enrolment.objects.filter(user=user, status=Enrolment.Status.ACTIVE).values_list(
            "course_id", flat=True
        )
    )
    percents = dict(CourseProgress.objects.filter(user=user).values_list("course_id", "percent"))
    return [
        CatalogueEntry(
            course=c,
            enrolled=source_id[c.pk] in enrolled,
            percent=percents.get(source_id[c.pk], 0),
        )
        for c in courses
    ]


# --- "My learning" ----------------------------------------------------------------------------


@dataclass
class MyCourse:
    course: CoursePage
    percent: int
    completed_at: object
    next_lesson: LessonEntry | None
    started: bool = False  # any lesson opened: "Continue", even at 0%


@dataclass
class MyLearning:
    in_progress: list[MyCourse]
    completed: list[MyCourse]
    awaiting_signoff: int
    activities: list = field(default_factory=list)  # courses.h5p.selectors.ActivityStanding


def my_learning(*, user: AbstractBaseUser) -> MyLearning:
    """The learner's enrolled courses with percent and where to resume; completed ones apart;
    their best result in each H5P activity they have tried."""
    from courses.h5p.selectors import learner_activity_standings

    enrolments = list(
        Enrolment.objects.filter(user=user, status=Enrolment.Status.ACTIVE)
        .select_related("course")
        .order_by("course__path")
    )
    course_ids = [e.course_id for e in enrolments]
    course_rows = {
        row.course_id: row
        for row in CourseProgress.objects.filter(user=user, course_id__in=course_ids)
    }
    # Every lesson row of these courses in one query: the settled ones decide where to
    # resume; any row at all means the course is started ("Continue", not "Start").
    lesson_rows = list(
        LessonProgress.objects.filter(user=user, course_id__in=course_ids).values_list(
            "lesson_id", "state", "course_id"
        )
    )
    settled = {lesson: state for lesson, state, _c in lesson_rows if state in SETTLED_STATES}
    started_courses = {course for _l, _s, course in lesson_rows}
    awaiting = sum(
        1 for state in settled.values() if state == LessonProgress.State.AWAITING_SIGNOFF
    )
    signer = has_signer(user=user)
    # Enrolments are on source pages; the learner reads each course in their language.
    shown = localization.localized_copies(e.course for e in enrolments)
    structures = course_structures(courses=list(shown.values()))
    in_progress, completed = [], []
    for enrolment in enrolments:
        course = shown[enrolment.course_id]
        structure = _reachable(structures[course.pk], signer=signer)
        next_lesson = next(
            (
                lesson
                for module in structure
                for lesson in module.lessons
                if lesson.id not in settled
            ),
            None,
        )
        row = course_rows.get(enrolment.course_id)
        entry = MyCourse(
            course=course,
            percent=row.percent if row else 0,
            completed_at=row.completed_at if row else None,
            next_lesson=next_lesson,
            started=enrolment.course_id in started_courses or bool(row and row.percent),
        )
        (completed if entry.completed_at else in_progress).append(entry)
    return MyLearning(
        in_progress=in_progress,
        completed=completed,
        awaiting_signoff=awaiting,
        activities=learner_activity_standings(user=user),
    )


# --- Lesson and module pages -----------------------------------------------------------------


@dataclass
class QuizState:
    passed: bool
    best_score: int | None
    attempts: int
    result: object | None  # services.quizzes.QuizResult for the attempt just made


def _quiz_states(*, user, page, stream, attempt_id) -> dict[str, QuizState]:
    from courses.services.quizzes import quiz_score

    quiz_children = [child for child in stream if child.block_type == "quiz"]
    if not quiz_children:
        return {}
    attempts = list(
        QuizAttempt.objects.filter(user=user, page_id=page.id).only(
            "id", "block_id", "score", "passed", "answers"
        )
    )
    states = {}
    for child in quiz_children:
        mine = [a for a in attempts if a.block_id == child.id]
        shown = next((a for a in mine if str(a.id) == str(attempt_id)), None)
        result = None
        if shown is not None:
            answers = {int(k): v for k, v in shown.answers.items()}
            try:
                result = quiz_score(quiz=child.value, answers=answers)
            except Exception:  # the quiz was edited since; show the score without feedback
                result = None
        states[child.id] = QuizState(
            passed=any(a.passed for a in mine),
            best_score=max((a.score for a in mine), default=None),
            attempts=len(mine),
            result=result,
        )
    return states


@dataclass
class LessonView:
    progress: LessonProgress | None
    completed: bool
    quizzes: dict[str, QuizState]
    reflections: dict[str, str]
    signed_off_by: str | None
    next_url: str | None
    course: CoursePage
    module: ModulePage
    h5p: dict = field(default_factory=dict)  # block id -> courses.h5p.selectors.H5PPlayer
    voice_notes: dict = field(default_factory=dict)  # block id -> VoiceNote


_UNREAD = object()


def lesson_detail(
    *,
    lesson: LessonPage,
    user: AbstractBaseUser,
    attempt_id=None,
    progress=_UNREAD,
    h5p_results: dict | None = None,
) -> LessonView:
    """`lesson` is the copy the learner reads; their rows are on its source page. `progress`:
    the learner's LessonProgress row of the source (or None), when the caller has it;
    `h5p_results`: their H5P result rows (`courses.h5p.selectors.lesson_results`), likewise."""
    from courses.h5p.selectors import lesson_players

    source = lesson.source_page
    module = lesson.get_module()
    course = lesson.get_course()
    if progress is _UNREAD:
        progress = LessonProgress.objects.filter(user=user, lesson=source).first()
    # Each of these is read only when the page can show it.
    reflections = (
        dict(
            ReflectionResponse.objects.filter(user=user, lesson=source).values_list(
                "block_id", "text"
            )
        )
        if lesson.block_ids("reflection")
        else {}
    )
    signoff = (
        SignOff.objects.filter(learner=user, lesson=source).select_related("signed_by").first()
        if progress is not None and progress.completed_at
        else None
    )
    structure = course_structure(course=course)
    ordered = [(m, lesson_entry) for m in structure for lesson_entry in m.lessons]
    next_url = None
    for index, (_module, entry) in enumerate(ordered):
        if entry.id == source.id:
            if index + 1 < len(ordered):
                next_url = ordered[index + 1][1].url
            break
    return LessonView(
        progress=progress,
        completed=bool(progress and progress.completed_at),
        # Block ids are the same in every copy: attempts are the source's, words this copy's.
        quizzes=_quiz_states(user=user, page=source, stream=lesson.body, attempt_id=attempt_id),
        reflections=reflections,
        signed_off_by=str(signoff.signed_by) if signoff and signoff.signed_by_id else None,
        next_url=next_url or course.url,
        course=course,
        module=module,
        h5p=lesson_players(lesson=lesson, user=user, results=h5p_results),
        voice_notes=voice_notes_by_block(user=user, lesson=source),
    )


def voice_notes_by_block(*, user: AbstractBaseUser, lesson: LessonPage) -> dict:
    """The learner's voice notes on `lesson` (its source page), by reflection block id."""
    if not lesson.block_ids("reflection"):
        return {}
    return {
        note.block_id: note
        for note in VoiceNote.objects.filter(user=user, lesson=lesson).only(
            "id", "block_id", "content_type", "size", "created_at", "user_id", "lesson_id"
        )
    }


def voice_note_for_listener(*, user: AbstractBaseUser, note_id: int) -> VoiceNote | None:
    """The voice note `note_id` if `user` may hear it: only its owner (nobody else, staff
    included). None otherwise, so a view answers 404 and never says whose it is."""
    if not user.is_authenticated:
        return None
    return VoiceNote.objects.filter(pk=note_id, user=user).first()


@dataclass
class ModuleView:
    course: CoursePage
    lessons: list[LessonState]
    check: QuizState | None
    completed: bool


def module_detail(*, module: ModulePage, user: AbstractBaseUser, attempt_id=None) -> ModuleView:
    """`module` is the copy the learner reads; their rows are on its source page."""
    source = module.source_page
    course = module.get_course()
    structure = _reachable(course_structure(course=course), signer=has_signer(user=user))
    entry = next((m for m in structure if m.id == source.id), None)
    lesson_rows = {
        row.lesson_id: row for row in LessonProgress.objects.filter(user=user, module=source)
    }
    module_row = ModuleProgress.objects.filter(user=user, module=source).first()
    checks = _quiz_states(user=user, page=source, stream=module.module_check, attempt_id=attempt_id)
    return ModuleView(
        course=course,
        lessons=_lesson_states([entry], lesson_rows) if entry else [],
        check=next(iter(checks.values()), None),
        completed=bool(module_row and module_row.completed_at),
    )


# --- Sign-off queue ---------------------------------------------------------------------------


def learners_facilitated_by(signer: AbstractBaseUser):
    """Ids (a subquery) of the members of every cohort `signer` facilitates: the learners whose
    practical work they may sign off."""
    return CohortMembership.objects.filter(
        role=CohortMembership.Role.MEMBER,
        cohort__memberships__user=signer,
        cohort__memberships__role=CohortMembership.Role.FACILITATOR,
    ).values("user_id")


def signoff_queue(*, signer: AbstractBaseUser) -> list[LessonProgress]:
    """Lessons waiting for this facilitator's sign-off, oldest first."""
    learner_ids = learners_facilitated_by(signer)
    return list(
        LessonProgress.objects.filter(
            state=LessonProgress.State.AWAITING_SIGNOFF, user_id__in=learner_ids
        )
        .exclude(user=signer)
        .select_related("user", "lesson", "course")
        .order_by("updated_at")
    )


# --- Analytics (aggregates only) ---------------------------------------------------------------


@dataclass
class LessonStats:
    lesson: LessonEntry
    completed: int
    completion_rate: int  # percent of enrolled learners
    median_score: float | None
    scored: int = 0  # learners with a quiz score in this lesson (the median's group)


@dataclass
class ModuleStats:
    module: ModuleEntry
    completed: int  # enrolled learners who completed the module


@dataclass
class WeekStats:
    start: date  # the Monday the week starts on, in TIME_ZONE
    learners: int  # distinct enrolled learners who completed at least one lesson that week


@dataclass
class ScoreBucket:
    low: int  # percent, inclusive
    high: int  # percent, inclusive
    learners: int  # learners whose average best quiz score falls in [low, high]


# Average best quiz scores are grouped in these bands; the last starts at the pass mark (80%).
SCORE_BUCKETS = ((0, 19), (20, 39), (40, 59), (60, 79), (80, 100))


@dataclass
class CourseAnalytics:
    """Raw aggregates: counts as they are, before the small-numbers rule. Only
    `courses.analytics.course_report` reads them; pages, charts and the CSV show its report."""

    course: CoursePage
    enrolled: int
    active: int
    completed: int
    lessons: list[LessonStats]
    scoped: bool = False  # counts only the learners the viewer may see (their collectives)
    modules: list[ModuleStats] = field(default_factory=list)
    weeks: list[WeekStats] = field(default_factory=list)
    scores: list[ScoreBucket] = field(default_factory=list)


def course_analytics(*, course: CoursePage, learners=None) -> CourseAnalytics:
    """Aggregates for trainers and coordinators: no learner is named or singled out.

    Every figure is about the learners enrolled now, and among them only `learners` (user
    ids, e.g. `permissions.analytics_learners_visible_to(user)`) unless it is None. Staff who
    preview lessons also get progress rows, and learners who left keep theirs; counting
    either would skew the figures and could put a completion rate above 100%.

    Eight queries whatever the number of learners (plus the cached course structure)."""
    since = timezone.now() - timedelta(days=conf.get("ACTIVE_DAYS"))
    enrolments = Enrolment.objects.filter(course=course, status=Enrolment.Status.ACTIVE)
    if learners is not None:
        enrolments = enrolments.filter(user_id__in=learners)
    enrolled = enrolments.count()
    learner_ids = enrolments.values("user_id")
    lesson_rows = LessonProgress.objects.filter(course=course, user_id__in=learner_ids)
    active = lesson_rows.filter(updated_at__gte=since).values("user_id").distinct().count()
    completed = CourseProgress.objects.filter(
        course=course, user_id__in=learner_ids, completed_at__isnull=False
    ).count()
    completions = dict(
        lesson_rows.filter(completed_at__isnull=False)
        .values("lesson_id")
        .annotate(n=Count("id"))
        .values_list("lesson_id", "n")
    )
    module_completions = dict(
        ModuleProgress.objects.filter(
            course=course, user_id__in=learner_ids, completed_at__isnull=False
        )
        .values("module_id")
        .annotate(n=Count("id"))
        .values_list("module_id", "n")
    )
    scores: dict[int, list[int]] = {}
    by_learner: dict[int, list[int]] = {}
    for lesson_id, user_id, score in lesson_rows.filter(best_score__isnull=False).values_list(
        "lesson_id", "user_id", "best_score"
    ):
        scores.setdefault(lesson_id, []).append(score)
        by_learner.setdefault(user_id, []).append(score)
    lessons = []
    modules = []
    for module in course_structure(course=course):
        modules.append(ModuleStats(module=module, completed=module_completions.get(module.id, 0)))
        for lesson in module.lessons:
            done = completions.get(lesson.id, 0)
            lesson_scores = scores.get(lesson.id)
            lessons.append(
                LessonStats(
                    lesson=lesson,
                    completed=done,
                    completion_rate=round(100 * done / enrolled) if enrolled else 0,
                    median_score=statistics.median(lesson_scores) if lesson_scores else None,
                    scored=len(lesson_scores or ()),
                )
            )
    return CourseAnalytics(
        course=course,
        enrolled=enrolled,
        active=active,
        completed=completed,
        lessons=lessons,
        scoped=learners is not None,
        modules=modules,
        weeks=_weekly_learners(lesson_rows),
        scores=_score_buckets(by_learner),
    )


def _weekly_learners(lesson_rows) -> list[WeekStats]:
    """Distinct learners who completed a lesson in each of the last COURSES_ANALYTICS_WEEKS
    weeks (Monday to Sunday where the programme is, TIME_ZONE), oldest first, this week last;
    weeks without any are 0. One query."""
    weeks = conf.get("ANALYTICS_WEEKS")
    today = timezone.localdate()
    first = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    start = timezone.make_aware(datetime.combine(first, time.min))
    counts = {
        row["week"].date() if isinstance(row["week"], datetime) else row["week"]: row["n"]
        for row in lesson_rows.filter(completed_at__gte=start)
        .annotate(week=TruncWeek("completed_at"))
        .values("week")
        .annotate(n=Count("user_id", distinct=True))
        .order_by()
    }
    return [
        WeekStats(start=monday, learners=counts.get(monday, 0))
        for monday in (first + timedelta(weeks=n) for n in range(weeks))
    ]


def _score_buckets(by_learner: dict[int, list[int]]) -> list[ScoreBucket]:
    """How many learners' average best quiz score (over the quiz lessons they tried) falls in
    each of SCORE_BUCKETS. Counting learners, not attempts, keeps each band a group of people."""
    averages = [round(sum(s) / len(s)) for s in by_learner.values()]
    return [
        ScoreBucket(low=low, high=high, learners=sum(low <= a <= high for a in averages))
        for low, high in SCORE_BUCKETS
    ]


def analytics_courses() -> list[CoursePage]:
    """Each course once, by its source page (its progress rows are there, whatever language
    it was taken in)."""
    return list(localization.source_pages_only(CoursePage.objects.live()).order_by("path"))
