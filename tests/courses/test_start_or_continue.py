"""The learner's course and lesson pages say what is true (issue 13): the resume button says
"Start" before anything is done and "Continue" after, on "My learning" and on the course page
alike; a sign-off request does not claim the mentor was told."""

import pytest

from courses import services
from courses.models import CompletionRule
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


@pytest.mark.django_db
def test_resume_button_after_opening_a_lesson_at_zero_percent_says_continue(
    client, course, learner
):
    # Opened, not finished: nothing is done yet, but it is under way.
    services.lesson_start(user=learner, lesson=lessons_of(course)[0])
    client.force_login(learner)
    learning = client.get("/learn/").content.decode()
    assert "0% done" in learning
    assert ">Continue: Lesson 1.1</a>" in learning
    course_html = client.get(course.url).content.decode()
    assert ">Continue: Lesson 1.1</a>" in course_html


@pytest.mark.django_db
def test_lesson_awaiting_signoff_does_not_claim_the_mentor_was_told(client, index, learner):
    # Nobody is notified: the request waits in the mentors' sign-off list.
    course = (
        CourseBuilder(index, "SC2").module(lesson_specs=[{"rule": CompletionRule.SIGNOFF}]).build()
    )
    services.enrolment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    services.signoff_request(user=learner, lesson=lesson)
    client.force_login(learner)

    html = client.get(lesson.url).content.decode()

    assert (
        "You asked for a sign-off. Your mentor will see it on their sign-off list, and will sign "
        "it off when you practise together."
    ) in html
    assert "Your mentor knows you are ready" not in html
