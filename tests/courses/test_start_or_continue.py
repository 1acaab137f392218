"""The resume button says "Start" before anything is done and "Continue" after (issue 13): on
"My learning" and on the course page alike."""

import pytest

from courses import services
from tests.factories import CourseBuilder
from tests.factories.courses import lessons_of


@pytest.fixture
def course(index, learner):
    course = CourseBuilder(index, "SC1").module(lessons=3).build()
    services.enrolment_create(user=learner, course=course)
    return course


@pytest.mark.django_db
def test_resume_button_at_zero_percent_says_start(client, course, learner):
    client.force_login(learner)
    learning = client.get("/learn/").content.decode()
    assert "0% done" in learning
    assert ">Start: Lesson 1.1</a>" in learning
    assert "Continue:" not in learning
    course_html = client.get(course.url).content.decode()
    assert ">Start: Lesson 1.1</a>" in course_html
    assert "Continue:" not in course_html


@pytest.mark.django_db
def test_resume_button_after_a_lesson_says_continue(client, course, learner):
    services.lesson_mark_viewed(user=learner, lesson=lessons_of(course)[0])
    client.force_login(learner)
    learning = client.get("/learn/").content.decode()
    assert "33% done" in learning
    assert ">Continue: Lesson 1.2</a>" in learning
    assert "Start:" not in learning
    course_html = client.get(course.url).content.decode()
    assert ">Continue: Lesson 1.2</a>" in course_html
    assert "Start:" not in course_html
