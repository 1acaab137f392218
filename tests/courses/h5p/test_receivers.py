"""Which live lessons use which activity (`H5PActivityUse`), kept in step by the publish and
unpublish receivers (`courses.receivers` -> `services.lesson_uses_sync`)."""

from __future__ import annotations

import json

import pytest

from courses.h5p import services
from courses.models import H5PActivityUse, LessonPage
from tests.courses.h5p.helpers import (
    greeting_package,
    h5p_block,
    h5p_course,
    only_lesson,
    publish_body,
    text_block,
)


def uses() -> set[tuple[int, int]]:
    return set(H5PActivityUse.objects.values_list("lesson_id", "activity_id"))


@pytest.fixture
def first(db):
    return services.activity_create(data=greeting_package(), title="First")


@pytest.fixture
def second(db):
    return services.activity_create(data=greeting_package(), title="Second")


@pytest.mark.django_db
def test_publishing_a_lesson_with_h5p_blocks_records_its_uses(index, first, second):
    lesson = only_lesson(h5p_course(index, [first, second]))

    assert uses() == {(lesson.pk, first.pk), (lesson.pk, second.pk)}


@pytest.mark.django_db
def test_the_same_activity_twice_in_a_lesson_is_one_use(index, first):
    lesson = only_lesson(h5p_course(index, [first, first]))

    assert uses() == {(lesson.pk, first.pk)}


@pytest.mark.django_db
def test_removing_a_block_and_publishing_drops_its_use(index, first, second):
    lesson = only_lesson(h5p_course(index, [first, second]))

    publish_body(lesson, [text_block(), h5p_block(second)])

    assert uses() == {(lesson.pk, second.pk)}


@pytest.mark.django_db
def test_removing_every_block_and_publishing_drops_every_use(index, first):
    lesson = only_lesson(h5p_course(index, [first], rule="viewed"))

    publish_body(lesson, [text_block()])

    assert uses() == set()


@pytest.mark.django_db
def test_unpublishing_drops_the_uses_and_republishing_brings_them_back(index, first):
    lesson = only_lesson(h5p_course(index, [first]))

    LessonPage.objects.get(pk=lesson.pk).unpublish()
    assert uses() == set()

    LessonPage.objects.get(pk=lesson.pk).get_latest_revision().publish()
    assert uses() == {(lesson.pk, first.pk)}


@pytest.mark.django_db
def test_a_draft_with_a_new_block_adds_no_use_until_published(index, first, second):
    lesson = only_lesson(h5p_course(index, [first]))
    draft = LessonPage.objects.get(pk=lesson.pk)
    draft.body = json.dumps([text_block(), h5p_block(first), h5p_block(second)])
    revision = draft.save_revision()

    assert uses() == {(lesson.pk, first.pk)}

    revision.publish()
    assert uses() == {(lesson.pk, first.pk), (lesson.pk, second.pk)}


@pytest.mark.django_db
def test_a_draft_without_the_block_keeps_the_use_until_published(index, first):
    lesson = only_lesson(h5p_course(index, [first], rule="viewed"))
    draft = LessonPage.objects.get(pk=lesson.pk)
    draft.body = json.dumps([text_block()])
    revision = draft.save_revision()

    assert uses() == {(lesson.pk, first.pk)}

    revision.publish()
    assert uses() == set()


@pytest.mark.django_db
def test_swapping_an_activity_replaces_the_use(index, first, second):
    lesson = only_lesson(h5p_course(index, [first]))

    publish_body(lesson, [text_block(), h5p_block(second)])

    assert uses() == {(lesson.pk, second.pk)}


@pytest.mark.django_db
def test_uses_of_one_lesson_leave_other_lessons_alone(index, first):
    one = only_lesson(h5p_course(index, [first], code="A1", rule="viewed"))
    other = only_lesson(h5p_course(index, [first], code="B1"))

    publish_body(one, [text_block()])

    assert uses() == {(other.pk, first.pk)}


@pytest.mark.django_db
def test_deleting_a_lesson_drops_its_uses(index, first):
    lesson = only_lesson(h5p_course(index, [first]))

    LessonPage.objects.get(pk=lesson.pk).delete()

    assert uses() == set()


@pytest.mark.django_db
def test_lesson_uses_sync_on_a_never_published_lesson_records_nothing(index, first):
    lesson = only_lesson(h5p_course(index, [first]))
    H5PActivityUse.objects.all().delete()
    page = LessonPage.objects.get(pk=lesson.pk)
    page.live = False

    services.lesson_uses_sync(lesson=page)

    assert uses() == set()


@pytest.mark.django_db
def test_lesson_uses_sync_is_idempotent(index, first):
    lesson = only_lesson(h5p_course(index, [first]))
    page = LessonPage.objects.get(pk=lesson.pk)

    services.lesson_uses_sync(lesson=page)
    services.lesson_uses_sync(lesson=page)

    assert uses() == {(lesson.pk, first.pk)}
