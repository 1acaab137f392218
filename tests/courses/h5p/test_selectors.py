"""Reads about H5P activities (`courses.h5p.selectors`): who may use an activity, and how the
answer follows enrolments, prerequisites, publishing and view restrictions; file grants; the
learner's result line; what the player restores."""

from __future__ import annotations

import json
import uuid

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core import signing
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from courses import services as course_services
from courses.h5p import selectors, services
from courses.h5p.selectors import (
    RESUME_STATE_ID,
    activity_for_object_id,
    activity_iri,
    activity_result,
    files_grant,
    files_token,
    files_url,
    learner_agent,
    lessons_open_to,
    may_use_activity,
    result_message,
)
from courses.models import H5PAttempt, LessonPage
from tests.courses.h5p.helpers import (
    enrolled_lesson,
    greeting_package,
    h5p_block,
    h5p_course,
    only_lesson,
    text_block,
)
from tests.factories import CourseBuilder, user_with_role
from tests.factories.courses import lessons_of


@pytest.fixture
def activity(db):
    return services.activity_create(data=greeting_package(), title="Greet", pass_mark=60)


@pytest.fixture
def trainer(db):
    return user_with_role("trainer", username="trainer-a")


def attempt(user, activity, scaled, **fields) -> H5PAttempt:
    """An attempt saved as the record store saves one (its result row kept with it)."""
    built = H5PAttempt(
        user=user,
        activity=activity,
        statement_id=uuid.uuid4(),
        verb="http://adlnet.gov/expapi/verbs/answered",
        score_scaled=scaled,
        finished_at=timezone.now(),
        **fields,
    )
    (saved,) = services.attempts_save(user=user, attempts=[built])
    return saved


# --- Who may use an activity ------------------------------------------------------------------


@pytest.mark.django_db
def test_enrolled_learner_may_use_activity_of_a_live_lesson(index, learner, activity):
    lesson = enrolled_lesson(index, learner, activity)

    assert may_use_activity(user=learner, activity=activity) is True
    assert lessons_open_to(user=learner, activity=activity) == [lesson]


@pytest.mark.django_db
def test_learner_not_enrolled_may_not_use_activity(index, learner, other_learner, activity):
    enrolled_lesson(index, learner, activity)

    assert may_use_activity(user=other_learner, activity=activity) is False
    assert lessons_open_to(user=other_learner, activity=activity) == []


@pytest.mark.django_db
def test_anonymous_visitor_may_not_use_activity(index, learner, activity):
    enrolled_lesson(index, learner, activity)

    assert may_use_activity(user=AnonymousUser(), activity=activity) is False


@pytest.mark.django_db
def test_enrolled_learner_may_not_use_activity_no_lesson_uses(index, learner, activity):
    course = CourseBuilder(index, "E1").module(lessons=1).build()
    course_services.enrolment_create(user=learner, course=course)

    assert may_use_activity(user=learner, activity=activity) is False


@pytest.mark.django_db
def test_withdrawing_ends_use_even_after_a_cached_yes(index, learner, activity):
    lesson = enrolled_lesson(index, learner, activity)
    course = lesson.get_course()
    assert may_use_activity(user=learner, activity=activity) is True

    course_services.enrolment_withdraw(user=learner, course=course)

    assert may_use_activity(user=learner, activity=activity) is False
    assert lessons_open_to(user=learner, activity=activity) == []

    course_services.enrolment_create(user=learner, course=course)

    assert may_use_activity(user=learner, activity=activity) is True


@pytest.mark.django_db
def test_enrolling_after_a_cached_no_allows_use(index, learner, activity):
    course = h5p_course(index, [activity])
    assert may_use_activity(user=learner, activity=activity) is False

    course_services.enrolment_create(user=learner, course=course)

    assert may_use_activity(user=learner, activity=activity) is True


@pytest.mark.django_db
def test_missing_prerequisite_blocks_use_until_it_is_completed(index, learner, activity):
    first = CourseBuilder(index, "P1").module(lessons=1).build()
    course = h5p_course(index, [activity])
    course.prerequisites.add(first)
    course.save_revision().publish()
    course_services.enrolment_create(user=learner, course=first)
    course_services.enrolment_create(user=learner, course=course, enforce_prerequisites=False)

    assert may_use_activity(user=learner, activity=activity) is False
    assert lessons_open_to(user=learner, activity=activity) == []

    course_services.lesson_mark_viewed(user=learner, lesson=lessons_of(first)[0])

    assert may_use_activity(user=learner, activity=activity) is True


@pytest.mark.django_db
def test_unpublishing_the_lesson_ends_use_even_after_a_cached_yes(index, learner, activity):
    lesson = enrolled_lesson(index, learner, activity)
    assert may_use_activity(user=learner, activity=activity) is True

    LessonPage.objects.get(pk=lesson.pk).unpublish()

    assert may_use_activity(user=learner, activity=activity) is False
    assert lessons_open_to(user=learner, activity=activity) == []


@pytest.mark.django_db
def test_removing_the_block_ends_use_even_after_a_cached_yes(index, learner, activity):
    lesson = enrolled_lesson(index, learner, activity)
    assert may_use_activity(user=learner, activity=activity) is True

    draft = LessonPage.objects.get(pk=lesson.pk)
    draft.completion_rule = "viewed"
    draft.body = json.dumps([text_block()])
    draft.save_revision().publish()

    assert may_use_activity(user=learner, activity=activity) is False


@pytest.mark.django_db
@pytest.mark.parametrize("restricted", ["lesson", "module", "course"])
def test_view_restriction_ends_use_for_learners(index, learner, activity, restricted):
    lesson = enrolled_lesson(index, learner, activity)
    assert may_use_activity(user=learner, activity=activity) is True
    page = {
        "lesson": lesson,
        "module": lesson.get_module(),
        "course": lesson.get_course(),
    }[restricted]

    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    assert may_use_activity(user=learner, activity=activity) is False
    assert lessons_open_to(user=learner, activity=activity) == []


@pytest.mark.django_db
def test_view_restriction_on_a_sibling_course_does_not_matter(index, learner, activity):
    lesson = enrolled_lesson(index, learner, activity)
    other = CourseBuilder(index, "O1").module(lessons=1).build()

    PageViewRestriction.objects.create(page=other, restriction_type=PageViewRestriction.LOGIN)

    assert lessons_open_to(user=learner, activity=activity) == [lesson]


@pytest.mark.django_db
def test_trainer_may_use_activity_no_lesson_uses(trainer, activity):
    assert may_use_activity(user=trainer, activity=activity) is True
    assert lessons_open_to(user=trainer, activity=activity) == []


@pytest.mark.django_db
def test_trainer_sees_every_live_unrestricted_lesson_using_the_activity(index, trainer, activity):
    first = only_lesson(h5p_course(index, [activity], code="A1"))
    second = only_lesson(h5p_course(index, [activity], code="B1"))
    PageViewRestriction.objects.create(page=second, restriction_type=PageViewRestriction.LOGIN)

    assert lessons_open_to(user=trainer, activity=activity) == [first]
    assert may_use_activity(user=trainer, activity=activity) is True


@pytest.mark.django_db
def test_mentor_is_not_staff_and_needs_an_enrolment(index, learner, activity):
    mentor = user_with_role("mentor", username="mentor-a")
    enrolled_lesson(index, learner, activity)

    assert may_use_activity(user=mentor, activity=activity) is False


@pytest.mark.django_db
def test_lessons_open_to_lists_only_courses_the_learner_is_enrolled_in(index, learner, activity):
    mine = enrolled_lesson(index, learner, activity, code="A1")
    only_lesson(h5p_course(index, [activity], code="B1"))

    assert lessons_open_to(user=learner, activity=activity) == [mine]


@pytest.mark.django_db
def test_lessons_open_to_lists_every_enrolled_lesson_in_tree_order(index, learner, activity):
    body = [text_block(), h5p_block(activity)]
    course = (
        CourseBuilder(index, "M1")
        .module(lesson_specs=[{"rule": "h5p", "body": body}, {"rule": "viewed"}])
        .module(lesson_specs=[{"rule": "h5p", "body": [text_block(), h5p_block(activity)]}])
        .build()
    )
    course_services.enrolment_create(user=learner, course=course)
    lessons = lessons_of(course)

    assert lessons_open_to(user=learner, activity=activity) == [lessons[0], lessons[2]]


@pytest.mark.django_db
def test_may_use_activity_is_cached_between_statements(
    index, learner, activity, django_assert_num_queries
):
    enrolled_lesson(index, learner, activity)
    assert may_use_activity(user=learner, activity=activity) is True

    with django_assert_num_queries(0):
        assert may_use_activity(user=learner, activity=activity) is True


@pytest.mark.django_db
def test_may_use_activity_cache_is_per_learner_and_per_activity(
    index, learner, other_learner, activity
):
    other_activity = services.activity_create(data=greeting_package(), title="Other")
    enrolled_lesson(index, learner, activity)

    assert may_use_activity(user=learner, activity=activity) is True
    assert may_use_activity(user=other_learner, activity=activity) is False
    assert may_use_activity(user=learner, activity=other_activity) is False


# --- Which activity a statement is about ------------------------------------------------------


def test_activity_iri_drops_the_sub_content_part():
    iri = "https://lms.example.org/xapi/activities/h5p/abc"

    assert activity_iri(f"{iri}?subContentId=dc24f82e") == iri
    assert activity_iri(iri) == iri


@pytest.mark.django_db
def test_activity_for_object_id_finds_activity_of_a_child_question(activity):
    found = activity_for_object_id(f"{activity.iri}?subContentId=dc24f82e")

    assert found == activity
    assert found.package.title == "Hello"


@pytest.mark.django_db
def test_activity_for_object_id_of_an_unknown_iri_is_none(activity):
    assert activity_for_object_id("http://127.0.0.1:8765/activity/qs") is None
    assert activity_for_object_id(activity.iri + "x") is None


# --- File grants ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_files_token_grants_one_user_one_package(learner, activity):
    token = files_token(user=learner, package=activity.package)

    assert files_grant(token) == {"u": learner.pk, "p": activity.package.sha256}


@pytest.mark.django_db
def test_files_grant_of_a_forged_token_is_none(learner, activity):
    forged = signing.TimestampSigner(salt="other").sign_object(
        {"u": learner.pk, "p": activity.package.sha256}
    )

    assert files_grant(forged) is None
    assert files_grant("") is None
    assert files_grant("a:b:c") is None


@pytest.mark.django_db
def test_files_url_points_at_the_package_folder(learner, activity):
    url = files_url(user=learner, package=activity.package)

    prefix = reverse("courses:h5p_files", args=["T", "x"]).removesuffix("T/x")
    assert url.startswith(prefix)
    token = url.removeprefix(prefix)
    assert "/" not in token
    assert files_grant(token) == {"u": learner.pk, "p": activity.package.sha256}


@pytest.mark.django_db
@override_settings(COURSES_H5P_CONTENT_ORIGIN="https://files.example.org/")
def test_files_url_uses_the_content_origin(learner, activity):
    url = files_url(user=learner, package=activity.package)

    assert url.startswith("https://files.example.org/")
    assert not url.startswith("https://files.example.org//")
    assert not url.endswith("/")


@pytest.mark.django_db
def test_learner_agent_is_pseudonymous(learner):
    assert learner_agent(learner) == {
        "objectType": "Agent",
        "account": {"homePage": settings.WAGTAILADMIN_BASE_URL, "name": str(learner.pk)},
    }


# --- The result line --------------------------------------------------------------------------


@pytest.mark.django_db
def test_activity_result_without_attempts(learner, activity):
    assert activity_result(user=learner, activity=activity) == {
        "attempts": 0,
        "best_percent": None,
        "passed": False,
        "pass_mark": 60,
        "message": "",
    }


@pytest.mark.django_db
def test_activity_result_reports_the_best_attempt(learner, other_learner, activity):
    attempt(learner, activity, 0.5)
    attempt(learner, activity, 0.75)
    attempt(learner, activity, 0.25)
    attempt(learner, activity, None)
    attempt(other_learner, activity, 1.0)

    assert activity_result(user=learner, activity=activity) == {
        "attempts": 4,
        "best_percent": 75,
        "passed": True,
        "pass_mark": 60,
        "message": "Well done: your best score is 75%.",
    }


@pytest.mark.django_db
def test_activity_result_with_only_unscored_attempts_has_no_message(learner, activity):
    attempt(learner, activity, None)

    assert activity_result(user=learner, activity=activity) == {
        "attempts": 1,
        "best_percent": None,
        "passed": False,
        "pass_mark": 60,
        "message": "",
    }


@pytest.mark.django_db
def test_result_message_below_the_pass_mark(learner, activity):
    best = attempt(learner, activity, 0.2143)

    assert result_message(best=best, pass_mark=60) == (
        "Not yet - your best score so far is 21%. You need 60%. "
        "You can try again as many times as you like."
    )


@pytest.mark.django_db
def test_result_message_exactly_at_the_pass_mark_as_h5p_rounds_it(learner):
    activity = services.activity_create(data=greeting_package(), pass_mark=21)
    best = attempt(learner, activity, 0.21)

    assert best.passed is True
    assert result_message(best=best, pass_mark=21) == "Well done: your best score is 21%."


def test_result_message_without_an_attempt_is_empty():
    assert result_message(best=None, pass_mark=60) == ""


# --- What the player restores -----------------------------------------------------------------


@pytest.mark.django_db
def test_content_user_data_restores_the_saved_place(activity):
    saved = {"package": activity.package.sha256, "state": '{"answers": [1]}'}

    assert selectors._content_user_data(saved, activity.package) == [{"state": '{"answers": [1]}'}]


@pytest.mark.django_db
def test_content_user_data_resets_when_the_package_was_replaced(activity):
    saved = {"package": "0" * 64, "state": '{"answers": [1]}'}

    assert selectors._content_user_data(saved, activity.package) == [{"state": "RESET"}]


@pytest.mark.django_db
@pytest.mark.parametrize("saved", [None, {}, {"package": "x"}, {"state": 5}])
def test_content_user_data_without_a_usable_saved_state_is_none(activity, saved):
    assert selectors._content_user_data(saved, activity.package) is None


def test_resume_state_id_is_stable():
    # The player saves under this id; changing it would lose every learner's place.
    assert RESUME_STATE_ID == "h5p-resume"
