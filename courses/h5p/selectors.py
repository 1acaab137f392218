"""Reads about H5P activities: which activity a statement is about, and who may use it."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction

from courses import caching
from courses.models import Enrolment, H5PActivity, LessonPage
from courses.permissions import can_preview_all_content


def activity_iri(object_id: str) -> str:
    """The activity IRI an xAPI object id belongs to. H5P names the parts of compound content
    `<activity IRI>?subContentId=<uuid>`; they all belong to the activity."""
    return object_id.split("?", 1)[0]


def activity_for_object_id(object_id: str) -> H5PActivity | None:
    """The activity a statement's object id is about, with its package; None if no activity."""
    return H5PActivity.objects.select_related("package").filter(iri=activity_iri(object_id)).first()


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
