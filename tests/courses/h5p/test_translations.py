"""H5P in translated lessons (issue 12): a translation may embed its own language's package in
an H5P block, and a pass there counts for the lesson, which is completed once, on its source
page, whichever language it was played in."""

from __future__ import annotations

import json

import pytest
from wagtail.models import Locale

from courses.h5p import services
from courses.models import H5PActivityUse, LessonPage, LessonProgress
from tests.courses.h5p.helpers import (
    ANSWERED,
    enrolled_lesson,
    greeting_package,
    statement,
)
from tests.factories.courses import translate_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(db):
    return services.activity_create(data=greeting_package(), title="Greet", pass_mark=60)


@pytest.fixture
def bengali(db):
    return services.activity_create(data=greeting_package(), title="নমস্কার", pass_mark=60)


def _translated_with_own_package(lesson: LessonPage, package) -> LessonPage:
    """Translate the lesson's course into Bengali, then give the Bengali lesson's H5P block
    another activity, as a translator's override in wagtail-localize does, and publish it."""
    translate_course(lesson.get_course(), "bn")
    translated = lesson.get_translation(Locale.objects.get(language_code="bn")).specific
    body = [dict(block) for block in translated.body.raw_data]
    for block in body:
        if block["type"] == "h5p":
            block["value"] = {**block["value"], "activity": package.pk}
    translated.body = json.dumps(body)
    translated.save_revision().publish()
    return LessonPage.objects.get(pk=translated.pk)


def _pass(user, activity) -> None:
    services.statements_recorded(
        user=user, statements=[statement(activity.iri, verb=ANSWERED, score={"scaled": 0.9})]
    )


def test_the_source_lesson_uses_the_activities_of_its_translations(
    index, learner, english, bengali
):
    lesson = enrolled_lesson(index, learner, english)
    translated = _translated_with_own_package(lesson, bengali)

    uses = set(H5PActivityUse.objects.values_list("lesson_id", "activity_id"))

    assert uses == {
        (lesson.pk, english.pk),
        (lesson.pk, bengali.pk),
        (translated.pk, bengali.pk),
    }


def test_a_pass_in_the_bengali_package_completes_the_lesson_once(index, learner, english, bengali):
    lesson = enrolled_lesson(index, learner, english)
    _translated_with_own_package(lesson, bengali)

    _pass(learner, bengali)

    assert list(LessonProgress.objects.filter(user=learner).values_list("lesson_id", "state")) == [
        (lesson.pk, "completed")
    ]


def test_a_pass_in_the_english_package_completes_it_too(index, learner, english, bengali):
    lesson = enrolled_lesson(index, learner, english)
    _translated_with_own_package(lesson, bengali)

    _pass(learner, english)

    assert LessonProgress.objects.get(user=learner, lesson=lesson).state == "completed"


def test_a_pass_below_the_mark_in_either_package_does_not(index, learner, english, bengali):
    lesson = enrolled_lesson(index, learner, english)
    _translated_with_own_package(lesson, bengali)

    services.statements_recorded(
        user=learner,
        statements=[statement(bengali.iri, verb=ANSWERED, score={"scaled": 0.3})],
    )

    assert LessonProgress.objects.get(user=learner, lesson=lesson).completed_at is None
