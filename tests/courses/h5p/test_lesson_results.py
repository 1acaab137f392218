"""The learner's H5P rows read once per lesson visit (`lesson_results`) decide "passed" as the
query of `h5p_activities_passed` does."""

import pytest

from courses import services as course_services
from courses.h5p import selectors
from courses.services.progress import h5p_activities_passed
from tests.courses.h5p.test_activity_results import enrolled_lesson, greeting, history
from tests.courses.h5p.test_translations import _translated_with_own_package


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("attempts", "top", "passed"), [(0, 0.5, False), (3, 0.5, False), (30, 1.0, True)]
)
def test_rows_read_once_give_the_same_answer_as_the_query(index, learner, attempts, top, passed):
    greet = greeting()
    lesson = enrolled_lesson(index, learner, greet)
    if attempts:
        history(learner, [greet], attempts, top=top)
    results = selectors.lesson_results(lesson=lesson, user=learner)
    assert set(results) == ({greet.pk} if attempts else set())
    assert h5p_activities_passed(user=learner, lesson=lesson) is passed
    assert h5p_activities_passed(user=learner, lesson=lesson, results=results) is passed


@pytest.mark.django_db
def test_a_pass_in_a_translations_own_package_counts_when_read_once(index, learner):
    english, bengali = greeting(), greeting("নমস্কার")
    lesson = enrolled_lesson(index, learner, english)
    _translated_with_own_package(lesson, bengali)
    history(learner, [bengali], 30, top=1.0)
    results = selectors.lesson_results(lesson=lesson, user=learner)  # the English copy
    assert set(results) == {bengali.pk}
    assert results[bengali.pk].activity.pass_mark == 60  # loaded with the row
    assert h5p_activities_passed(user=learner, lesson=lesson, results=results) is True


@pytest.mark.django_db
def test_rows_read_once_are_the_learners_own(index, learner, other_learner):
    greet = greeting()
    lesson = enrolled_lesson(index, learner, greet)
    course_services.enrolment_create(user=other_learner, course=lesson.get_course())
    history(learner, [greet], 3)
    assert selectors.lesson_results(lesson=lesson, user=other_learner) == {}
    (row,) = selectors.lesson_results(lesson=lesson, user=learner).values()
    assert (row.user_id, row.attempts) == (learner.pk, 3)
