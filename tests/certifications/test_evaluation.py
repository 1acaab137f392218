"""programme_evaluate: what a learner still needs, in exact plain words."""

import pytest

from certifications.selectors import programme_evaluate
from tests.certifications.helpers import (
    check_answer,
    course_finish,
    five_question_check,
    programme_for,
)
from tests.factories import CourseBuilder
from tests.factories.courses import modules_of


@pytest.fixture
def two_courses(index):
    first = (
        CourseBuilder(index, "E1", title="Mentoring survivor leaders")
        .module(lessons=1)
        .module(lessons=1, check=five_question_check())
        .build()
    )
    second = (
        CourseBuilder(index, "E2", title="Caring for the helper")
        .module(lessons=1, check=True)
        .build()
    )
    return first, second


@pytest.mark.django_db
def test_programme_evaluate_lists_everything_missing_for_a_new_learner(two_courses, learner):
    programme = programme_for(*two_courses)

    evaluation = programme_evaluate(user=learner, programme=programme)

    assert evaluation.met is False
    assert evaluation.missing == [
        "Finish the course “Mentoring survivor leaders”.",
        "Reach 80% in the module check of “Module 2” (not tried yet).",
        "Finish the course “Caring for the helper”.",
        "Reach 80% in the module check of “Module 1” (not tried yet).",
    ]


@pytest.mark.django_db
def test_programme_evaluate_needs_the_programme_mark_even_when_the_course_is_finished(
    two_courses, learner
):
    first, second = two_courses
    programme = programme_for(first, second)
    course_finish(user=learner, course=first, right=3)  # 60%: passes the check's own 50%
    course_finish(user=learner, course=second)

    evaluation = programme_evaluate(user=learner, programme=programme)

    assert evaluation.met is False
    assert evaluation.missing == [
        "Reach 80% in the module check of “Module 2” (best so far 60%).",
    ]


@pytest.mark.django_db
def test_programme_evaluate_is_met_when_every_course_and_check_is_done(two_courses, learner):
    first, second = two_courses
    programme = programme_for(first, second)
    course_finish(user=learner, course=first, right=3)
    check_answer(user=learner, module=modules_of(first)[1], right=4)  # retries are unlimited
    course_finish(user=learner, course=second)

    evaluation = programme_evaluate(user=learner, programme=programme)

    assert (evaluation.met, evaluation.missing) == (True, [])


@pytest.mark.django_db
def test_programme_evaluate_uses_the_programme_pass_mark(two_courses, learner):
    first, _second = two_courses
    programme = programme_for(first, min_module_check_score=60)
    course_finish(user=learner, course=first, right=3)

    assert programme_evaluate(user=learner, programme=programme).met is True


@pytest.mark.django_db
def test_programme_evaluate_without_requirements_is_never_met(learner):
    programme = programme_for()

    evaluation = programme_evaluate(user=learner, programme=programme)

    assert (evaluation.met, evaluation.missing) == (
        False,
        ["This programme has no requirements yet."],
    )


@pytest.mark.django_db
def test_programme_evaluate_query_count_does_not_grow_with_courses(
    two_courses, learner, django_assert_max_num_queries
):
    programme = programme_for(*two_courses)
    with django_assert_max_num_queries(4):
        programme_evaluate(user=learner, programme=programme)
