"""Reads about H5P activities: which activity a statement is about, and who may use it."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core import signing
from django.core.cache import cache
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page, PageViewRestriction

from courses import caching, conf
from courses.h5p.csp import content_origin
from courses.models import (
    Enrolment,
    H5PActivity,
    H5PActivityResult,
    H5PAttempt,
    H5PPackage,
    LessonPage,
)
from courses.models.h5p import PASS_TOLERANCE
from courses.permissions import can_preview_all_content


def activity_iri(object_id: str) -> str:
    """The activity IRI an xAPI object id belongs to. H5P names the parts of compound content
    `<activity IRI>?subContentId=<uuid>`; they all belong to the activity."""
    return object_id.split("?", 1)[0]


def activity_for_object_id(object_id: str) -> H5PActivity | None:
    """The activity a statement's object id is about, with its package; None if no activity."""
    return H5PActivity.objects.select_related("package").filter(iri=activity_iri(object_id)).first()


# Which activity an IRI names, remembered in this process for a minute: a player sends a
# statement for every click, and the lookup was a fifth of the request's time. An activity's
# IRI never changes; the worst a stale entry can do is accept statements for a minute about an
# activity a trainer has just deleted, or judge a pass by a pass mark changed in that minute
# (lesson completion itself always reads the current mark). Unknown IRIs are not remembered,
# so a new activity works at once.
ACTIVITY_MEMO_SECONDS = 60
ACTIVITY_MEMO_SIZE = 2048
_activity_memo: dict[str, tuple[float, H5PActivity]] = {}


def remembered_activity(object_id: str) -> H5PActivity | None:
    """`activity_for_object_id`, remembered in this process for a minute (see above)."""
    iri = activity_iri(object_id)
    now = time.monotonic()
    remembered = _activity_memo.get(iri)
    if remembered is not None and now - remembered[0] < ACTIVITY_MEMO_SECONDS:
        return remembered[1]
    activity = activity_for_object_id(iri)
    if activity is not None:
        if len(_activity_memo) >= ACTIVITY_MEMO_SIZE:
            _activity_memo.clear()
        _activity_memo[iri] = (now, activity)
    return activity


def remembered_activities_forget() -> None:
    _activity_memo.clear()


def lessons_open_to(*, user: AbstractBaseUser, activity: H5PActivity) -> list[LessonPage]:
    """The live lessons using `activity` that `user` may open: an active enrolment in the
    lesson's course and every prerequisite done (as `LessonPage.serve` asks). Lessons behind a
    view restriction are left out, as in course structures."""
    from courses.selectors import prerequisites_missing

    lessons = list(
        LessonPage.objects.live()
        .filter(h5p_uses__activity=activity)
        .defer_streamfields()
        .order_by("path")
    )
    if not lessons:
        return []
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    lessons = [
        lesson
        for lesson in lessons
        if not any(lesson.path.startswith(prefix) for prefix in restricted)
    ]
    if can_preview_all_content(user):
        return lessons
    # A course is a lesson's grandparent: its path is the lesson's minus two tree steps.
    step = Page.steplen
    course_paths = {lesson.path[: -2 * step] for lesson in lessons}
    enrolled = {
        path: course
        for path, course in (
            (e.course.path, e.course)
            for e in Enrolment.objects.filter(
                user=user, status=Enrolment.Status.ACTIVE, course__path__in=course_paths
            ).select_related("course")
        )
    }
    open_courses = {
        path
        for path, course in enrolled.items()
        if not prerequisites_missing(user=user, course=course)
    }
    return [lesson for lesson in lessons if lesson.path[: -2 * step] in open_courses]


def may_use_activity(*, user: AbstractBaseUser, activity: H5PActivity) -> bool:
    """Whether `user` may play `activity`, send statements about it and keep state for it.

    Asked for every statement a player sends, so the answer is cached until the page tree or
    the learner's enrolments or progress change (`courses.caching`), or ten minutes pass."""
    if not user.is_authenticated:
        return False
    key = caching.learner_scoped_key(user_id=user.pk, name=f"h5p-may-use:{activity.pk}")
    allowed = cache.get(key)
    if allowed is None:
        allowed = can_preview_all_content(user) or bool(
            lessons_open_to(user=user, activity=activity)
        )
        cache.set(key, allowed, caching.OUTLINE_SECONDS)
    return allowed


# --- The player on a lesson page --------------------------------------------------------------

FILES_SALT = "courses.h5p.files"
RESUME_STATE_ID = "h5p-resume"


def files_token(*, user: AbstractBaseUser, package: H5PPackage) -> str:
    """A signed, expiring grant for `user` to fetch `package`'s files. It is issued only to
    someone who may open a lesson using the package; with a separate content origin (no
    cookies there) it is the only credential. Each use is checked again (`files_grant_valid`),
    so the grant ends when the learner may no longer open such a lesson."""
    return signing.TimestampSigner(salt=FILES_SALT).sign_object({"u": user.pk, "p": package.sha256})


def files_grant(token: str) -> dict | None:
    """The grant in a token ({"u": user id, "p": sha256}), or None if forged or expired."""
    try:
        return signing.TimestampSigner(salt=FILES_SALT).unsign_object(
            token, max_age=conf.get("H5P_FILE_URL_SECONDS")
        )
    except signing.BadSignature:  # includes SignatureExpired
        return None


def files_grant_valid(*, grant: dict, user: AbstractBaseUser | None = None) -> bool:
    """Whether the learner a files grant was issued to may still open a lesson using its
    package (the rule of `may_use_activity`, the same as opening the lesson): asked on every
    file request, so unenrolling (or losing a prerequisite, or the lesson going away) ends the
    grant at once, not when it expires.

    `user` is the signed-in user when the request has a session (saves loading them). The
    answer is cached per learner and package under the same versions as `may_use_activity`
    (moved by every change to their enrolments or progress, or to the page tree), so the
    dozens of files one player loads cost no query after the first; at most ten minutes for a
    change nothing announces (an account switched off: its session ends at once anyway)."""
    key = caching.learner_scoped_key(user_id=grant["u"], name=f"h5p-files:{grant['p']}")
    allowed = cache.get(key)
    if allowed is None:
        if user is None or user.pk != grant["u"]:
            user = get_user_model().objects.filter(pk=grant["u"], is_active=True).first()
        allowed = (
            user is not None
            and user.is_active
            and any(
                may_use_activity(user=user, activity=activity)
                for activity in H5PActivity.objects.filter(package__sha256=grant["p"])
            )
        )
        cache.set(key, allowed, caching.OUTLINE_SECONDS)
    return allowed


def files_url(*, user: AbstractBaseUser, package: H5PPackage) -> str:
    """Where the player finds h5p.json, content/ and the library folders (no trailing /)."""
    path = reverse("courses:h5p_files", args=[files_token(user=user, package=package), "h5p.json"])
    return content_origin() + path.removesuffix("/h5p.json")


def libraries_url(package: H5PPackage) -> str | None:
    """Where the player loads `package`'s libraries from (no trailing /): its published
    library set, public and cached for a year; None while it has none (a package stored before
    sets were published), and the player then loads them from `files_url`."""
    if not package.libraries_key:
        return None
    path = reverse("courses:h5p_libraries", args=[package.libraries_key, "h5p.json"])
    return content_origin() + path.removesuffix("/h5p.json")


def learner_agent(user: AbstractBaseUser) -> dict:
    """The xAPI agent that stands for `user`: pseudonymous, so a statement forwarded to another
    record store carries no name, username or email."""
    return {
        "objectType": "Agent",
        "account": {"homePage": settings.WAGTAILADMIN_BASE_URL, "name": str(user.pk)},
    }


@dataclass
class H5PPlayer:
    block_id: str
    heading: str
    activity: H5PActivity
    ready: bool
    config: dict = field(default_factory=dict)
    attempts: int = 0
    # The learner's result row (best score, pass), or None before their first attempt.
    best: H5PActivityResult | None = None

    @property
    def passed(self) -> bool:
        return self.best is not None and self.best.passed

    @property
    def config_id(self) -> str:
        return f"h5p-config-{self.block_id}"

    @property
    def result_message(self) -> str:
        return result_message(best=self.best, pass_mark=self.activity.pass_mark)


def _saved_states(*, user: AbstractBaseUser, activities: list[H5PActivity]) -> dict[int, dict]:
    """Each activity's resume document ({"package": sha256, "state": "<json>"}) by activity
    id: the xAPI state document the player saves under `RESUME_STATE_ID` (one query)."""
    from courses.xapi.selectors import state_documents_json

    by_iri = {activity.iri: activity.pk for activity in activities}
    documents = state_documents_json(
        agent=learner_agent(user), activity_ids=list(by_iri), state_id=RESUME_STATE_ID
    )
    return {by_iri[iri]: doc for iri, doc in documents.items() if isinstance(doc, dict)}


def _content_user_data(saved: dict | None, package: H5PPackage) -> list[dict] | None:
    """What the player restores: the learner's place, or H5P's own "content has changed"
    notice (state "RESET") when the trainer has replaced the package since."""
    if not saved or not isinstance(saved.get("state"), str):
        return None
    if saved.get("package") != package.sha256:
        return [{"state": "RESET"}]
    return [{"state": saved["state"]}]


def _embedded(lesson: LessonPage) -> tuple[list, dict[int, H5PActivity]]:
    """`lesson`'s H5P blocks and their activities by id (the blocks load them with their
    packages, `courses.blocks.H5PActivityChooserBlock`)."""
    children = [child for child in lesson.body if child.block_type == "h5p"]
    activities = {
        child.value["activity"].pk: child.value["activity"]
        for child in children
        if child.value.get("activity")
    }
    return children, activities


def lesson_results(*, lesson: LessonPage, user: AbstractBaseUser) -> dict[int, H5PActivityResult]:
    """`user`'s result rows, by activity id, for the activities of `lesson` (the copy being
    read) and of every live copy of its source (`courses.h5p.services.block_activities`), in
    one query: what both the "lesson passed" check and the players need (each row has its
    activity, for the pass mark)."""
    from courses.h5p.services import block_activities

    _children, activities = _embedded(lesson)
    wanted = set(activities).union(*block_activities(lesson=lesson.source_page).values())
    if not wanted:
        return {}
    rows = H5PActivityResult.objects.filter(user=user, activity_id__in=wanted)
    if wanted - set(activities):
        # Another copy's own activity: this copy's blocks have not loaded it.
        rows = rows.select_related("activity")
    results = {}
    for result in rows:
        if result.activity_id in activities:
            result.activity = activities[result.activity_id]
        results[result.activity_id] = result
    return results


def lesson_players(
    *, lesson: LessonPage, user: AbstractBaseUser, results: dict | None = None
) -> dict[str, H5PPlayer]:
    """The H5P blocks of `lesson`, ready to render for `user`, by block id. `results`: the
    learner's rows from `lesson_results`, when the caller has read them already."""
    children, activities = _embedded(lesson)
    wanted = set(activities)
    if not wanted:
        return {}
    if results is None:
        results = {
            result.activity_id: result
            for result in H5PActivityResult.objects.filter(user=user, activity_id__in=wanted)
        }
    saved = _saved_states(user=user, activities=list(activities.values()))
    players = {}
    for child in children:
        activity = (
            activities.get(child.value["activity"].pk) if child.value.get("activity") else None
        )
        if activity is None:
            continue
        result = results.get(activity.pk)
        if result is not None:
            result.activity = activity
        package = activity.package
        player = H5PPlayer(
            block_id=child.id,
            heading=child.value.get("heading") or "",
            activity=activity,
            ready=package.is_ready,
            attempts=result.attempts if result else 0,
            best=result,
        )
        if player.ready:
            player.config = {
                "contentId": f"activity-{activity.pk}",
                "iri": activity.iri,
                "package": package.sha256,
                "filesUrl": files_url(user=user, package=package),
                "librariesUrl": libraries_url(package),
                "frameJs": static("h5p-standalone/frame.bundle.js"),
                "frameCss": static("h5p-standalone/styles/h5p.css"),
                "contentUserData": _content_user_data(saved.get(activity.pk), package),
                "agent": learner_agent(user),
                "stateId": RESUME_STATE_ID,
                "stateUrl": reverse("xapi:state"),
                "statementsUrl": reverse("xapi:statements"),
                "resultUrl": reverse("courses:h5p_result", args=[lesson.pk, activity.pk]),
                "saveSeconds": conf.get("H5P_SAVE_SECONDS"),
                "startTurnSeconds": conf.get("H5P_START_TURN_SECONDS"),
            }
        players[child.id] = player
    return players


def activity_result(*, user: AbstractBaseUser, activity: H5PActivity) -> dict:
    """A learner's attempts at `activity` in words and numbers, for the player's status line."""
    best = H5PActivityResult.objects.filter(user=user, activity=activity).first()
    if best is not None:
        best.activity = activity
    return {
        "attempts": best.attempts if best else 0,
        "best_percent": best.percent if best else None,
        "passed": bool(best and best.passed),
        "pass_mark": activity.pass_mark,
        "message": result_message(best=best, pass_mark=activity.pass_mark),
    }


def result_message(*, best: H5PActivityResult | H5PAttempt | None, pass_mark: int) -> str:
    """What the learner reads about their result (`best`: their result row, or one attempt):
    never a failure, always a way on."""
    if best is None or best.percent is None:
        return ""
    if best.passed:
        return _("Well done: your best score is %(score)s%%.") % {"score": best.percent}
    return _(
        "Not yet - your best score so far is %(score)s%%. You need %(mark)s%%. "
        "You can try again as many times as you like."
    ) % {"score": best.percent, "mark": pass_mark}


# --- Results for trainers ---------------------------------------------------------------------


@dataclass
class ActivityResults:
    activity: H5PActivity
    attempts: int
    learners: int
    passed: int
    median_best: float | None
    # Learners by their best score, in bands of ten points: [("0-9", n), ..., ("90-100", n)].
    distribution: list[tuple[str, int]]
    lessons: list[LessonPage]


def activity_results(*, activity: H5PActivity, learners=None) -> ActivityResults:
    """Totals of everyone's attempts at `activity` (or only `learners`' — user ids — unless
    None), naming nobody: how many tried, passed, and how the learners' best scores spread."""
    # One result row per learner (`H5PActivityResult`), however many attempts each made.
    rows = H5PActivityResult.objects.filter(activity=activity)
    if learners is not None:
        rows = rows.filter(user_id__in=learners)
    attempts = 0
    bests = []
    for count, scaled in rows.values_list("attempts", "best_scaled"):
        attempts += count
        bests.append(max(scaled or 0.0, 0.0))
    bands = [0] * 10
    for best in bests:
        bands[min(int(best * 10 + PASS_TOLERANCE), 9)] += 1
    labels = [f"{n * 10}-{n * 10 + 9}" for n in range(9)] + ["90-100"]
    bests.sort()
    return ActivityResults(
        activity=activity,
        attempts=attempts,
        learners=len(bests),
        passed=sum(1 for best in bests if activity.passes(best)),
        median_best=round(statistics.median(bests) * 100, 1) if bests else None,
        distribution=list(zip(labels, bands, strict=True)),
        lessons=list(LessonPage.objects.filter(h5p_uses__activity=activity).defer_streamfields()),
    )


@dataclass
class ActivityStanding:
    activity: H5PActivity
    best_percent: int | None
    passed: bool
    attempts: int


def learner_activity_standings(*, user: AbstractBaseUser) -> list[ActivityStanding]:
    """The learner's best result in each activity they have tried, the one tried most
    recently first (one query, one row per activity: `H5PActivityResult`)."""
    return [
        ActivityStanding(
            activity=result.activity,
            best_percent=result.percent,
            passed=result.passed,
            attempts=result.attempts,
        )
        for result in H5PActivityResult.objects.filter(user=user)
        .select_related("activity")
        .order_by("-last_finished_at", "-id")
    ]
