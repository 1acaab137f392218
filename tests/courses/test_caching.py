"""The course page's cached outline is always the learner's current state."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import caching, selectors, services
from courses.models import CohortMembership, CompletionRule
from tests.courses.helpers import cohort_with
from tests.factories import CourseBuilder, user_with_role
from tests.factories.courses import lessons_of


def _queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_course_outline_second_read_comes_from_the_cache(course, learner):
    services.enrolment_create(user=learner, course=course)
    first = selectors.course_outline(course=course, user=learner)
    with CaptureQueriesContext(connection) as queries:
        second = selectors.course_outline(course=course, user=learner)
    assert len(queries) == 0
    assert second == first


@pytest.mark.django_db
def test_course_page_shows_a_completed_lesson_right_after_the_cached_view(client, course, learner):
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    assert "0% done" in client.get(course.url).content.decode()
    first_lesson = lessons_of(course)[0]
    response = client.post(f"/learn/lessons/{first_lesson.pk}/done/")
    assert response.status_code == 302
    page = client.get(course.url).content.decode()
    assert "20% done" in page
    assert page.count('class="state state-completed">Done</span>') == 1


@pytest.mark.django_db
def test_course_outline_is_per_learner(course, learner, other_learner):
    for user in (learner, other_learner):
        services.enrolment_create(user=user, course=course)
    services.lesson_mark_viewed(user=learner, lesson=lessons_of(course)[0])
    assert selectors.course_outline(course=course, user=learner).percent == 20
    assert selectors.course_outline(course=course, user=other_learner).percent == 0


@pytest.mark.django_db
def test_course_outline_follows_a_new_facilitator_in_the_learners_cohort(index, learner):
    course = (
        CourseBuilder(index, "C2")
        .module(lesson_specs=[{"rule": CompletionRule.VIEWED}, {"rule": CompletionRule.SIGNOFF}])
        .build()
    )
    services.enrolment_create(user=learner, course=course)
    cohort = cohort_with("Collective C", members=[learner])
    before = selectors.course_outline(course=course, user=learner)
    assert [len(m.lessons) for m in before.modules] == [1]
    CohortMembership.objects.create(
        cohort=cohort, user=user_with_role("mentor"), role=CohortMembership.Role.FACILITATOR
    )
    after = selectors.course_outline(course=course, user=learner)
    assert [len(m.lessons) for m in after.modules] == [2]


@pytest.mark.django_db
def test_course_outline_follows_a_published_lesson(course, learner):
    services.enrolment_create(user=learner, course=course)
    assert (
        sum(len(m.lessons) for m in selectors.course_outline(course=course, user=learner).modules)
        == 4
    )
    lessons_of(course)[3].unpublish()
    assert (
        sum(len(m.lessons) for m in selectors.course_outline(course=course, user=learner).modules)
        == 3
    )


@pytest.mark.django_db
def test_learner_changed_moves_the_outline_key_now_and_on_commit(
    learner, django_capture_on_commit_callbacks
):
    key = caching.outline_key(user_id=learner.pk, course_id=1)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        caching.learner_changed([learner.pk])
    after_now = caching.outline_key(user_id=learner.pk, course_id=1)
    assert after_now != key
    assert len(callbacks) == 1
    callbacks[0]()
    assert caching.outline_key(user_id=learner.pk, course_id=1) not in (key, after_now)


@pytest.mark.django_db
def test_course_page_warm_uses_fewer_queries_than_cold(client, course, learner):
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    cold = _queries_for(client, course.url)
    warm = _queries_for(client, course.url)
    assert warm < cold
