"""`LessonPage.clean` for the "activity passed" completion rule."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import ValidationError

from courses.h5p import services
from courses.models import CompletionRule, LessonPage
from tests.courses.h5p.helpers import greeting_package, h5p_block, text_block
from tests.factories import CourseBuilder
from tests.factories.courses import lessons_of


@pytest.fixture
def lesson(index) -> LessonPage:
    return lessons_of(CourseBuilder(index, "C1").module(lessons=1).build())[0]


def test_h5p_completion_rule_value_is_pinned():
    assert CompletionRule.H5P == "h5p"


@pytest.mark.django_db
def test_lesson_clean_rejects_h5p_rule_without_an_h5p_block(lesson):
    lesson.completion_rule = CompletionRule.H5P
    lesson.body = json.dumps([text_block()])

    with pytest.raises(ValidationError) as caught:
        lesson.clean()

    assert caught.value.message_dict == {
        "completion_rule": ['"Activity passed" needs at least one H5P block in the body.']
    }


@pytest.mark.django_db
def test_lesson_clean_accepts_h5p_rule_with_an_h5p_block(lesson):
    activity = services.activity_create(data=greeting_package())
    lesson.completion_rule = CompletionRule.H5P
    lesson.body = json.dumps([text_block(), h5p_block(activity)])

    lesson.clean()


@pytest.mark.django_db
def test_lesson_clean_accepts_an_h5p_block_under_another_rule(lesson):
    activity = services.activity_create(data=greeting_package())
    lesson.completion_rule = CompletionRule.VIEWED
    lesson.body = json.dumps([h5p_block(activity)])

    lesson.clean()


@pytest.mark.django_db
def test_lesson_full_clean_reports_the_h5p_rule_on_the_field(lesson):
    lesson.completion_rule = CompletionRule.H5P
    lesson.body = json.dumps([text_block()])

    with pytest.raises(ValidationError) as caught:
        lesson.full_clean()

    assert caught.value.message_dict["completion_rule"] == [
        '"Activity passed" needs at least one H5P block in the body.'
    ]
