"""Optional reflection prompts: a lesson that says "you can skip any question" completes without
those answers (courses.services.progress decides; the trainer marks prompts in the block)."""

import pytest

from courses import services
from courses.models import CompletionRule, LessonProgress
from tests.courses.helpers import reflection_block, text_block
from tests.factories import CourseBuilder
from tests.factories.courses import lessons_of


def _reflection_lesson(index, learner, code, body):
    course = (
        CourseBuilder(index, code)
        .module(lesson_specs=[{"rule": CompletionRule.REFLECTION, "body": body}])
        .build()
    )
    services.enrolment_create(user=learner, course=course)
    return lessons_of(course)[0]


def _completed(user, lesson) -> bool:
    return LessonProgress.objects.filter(
        user=user, lesson=lesson, completed_at__isnull=False, state="completed"
    ).exists()


@pytest.mark.django_db
def test_reflection_rule_waits_only_for_required_prompts(index, learner):
    body = [
        text_block(),
        reflection_block("Required?", required=True),
        reflection_block("Optional?", required=False),
    ]
    lesson = _reflection_lesson(index, learner, "OR1", body)
    required, optional = lesson.block_ids("reflection")
    assert lesson.required_reflection_ids() == [required]
    services.reflection_submit(user=learner, lesson=lesson, block_id=optional, text="Maybe.")
    assert not _completed(learner, lesson)
    services.reflection_submit(user=learner, lesson=lesson, block_id=required, text="Yes.")
    assert _completed(learner, lesson)


@pytest.mark.django_db
def test_reflection_rule_all_optional_completes_when_the_learner_says_finished(index, learner):
    body = [
        text_block(),
        reflection_block("Sleep?", required=False),
        reflection_block("Very low moods?", required=False),
    ]
    lesson = _reflection_lesson(index, learner, "OR2", body)
    first, _second = lesson.block_ids("reflection")
    # An answer alone does not finish it: the learner may still want to answer the others.
    services.reflection_submit(user=learner, lesson=lesson, block_id=first, text="Badly.")
    assert not _completed(learner, lesson)
    assert services.lesson_mark_viewed(user=learner, lesson=lesson) is True
    assert _completed(learner, lesson)


@pytest.mark.django_db
def test_reflection_rule_all_optional_completes_with_every_question_skipped(index, learner):
    body = [text_block(), reflection_block("Very low moods?", required=False)]
    lesson = _reflection_lesson(index, learner, "OR3", body)
    assert services.lesson_mark_viewed(user=learner, lesson=lesson) is True
    assert _completed(learner, lesson)


@pytest.mark.django_db
def test_reflection_rule_prompt_saved_without_the_choice_counts_as_required(index, learner):
    # Blocks saved before the "required" choice existed keep the rule they were written under.
    body = [text_block(), reflection_block("Old prompt?")]
    lesson = _reflection_lesson(index, learner, "OR4", body)
    assert lesson.required_reflection_ids() == lesson.block_ids("reflection")
    assert services.lesson_mark_viewed(user=learner, lesson=lesson) is False
    assert not _completed(learner, lesson)
    services.reflection_submit(
        user=learner, lesson=lesson, block_id=lesson.block_ids("reflection")[0], text="Done."
    )
    assert _completed(learner, lesson)


@pytest.mark.django_db
def test_lesson_page_all_optional_marks_each_prompt_and_offers_finishing(client, index, learner):
    body = [text_block(), reflection_block("Sleep?", required=False)]
    lesson = _reflection_lesson(index, learner, "OR5", body)
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert 'Sleep?</strong> <span class="meta">(optional)</span>' in html
    assert (
        "Every question here is optional. Answer as many as you like, or none, then say you "
        "have finished. Only you can see your answers."
    ) in html
    assert f'action="/learn/lessons/{lesson.pk}/done/"' in html
    response = client.post(f"/learn/lessons/{lesson.pk}/done/")
    assert response.status_code == 302
    assert _completed(learner, lesson)


@pytest.mark.django_db
def test_lesson_page_some_optional_says_which_answers_finish_it(client, index, learner):
    body = [
        text_block(),
        reflection_block("Needed?", required=True),
        reflection_block("Skippable?", required=False),
    ]
    lesson = _reflection_lesson(index, learner, "OR6", body)
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert html.count("(optional)") == 1
    assert "Needed?</strong></label>" in html
    assert (
        "This lesson is complete when you answer every question that is not marked optional, "
        "in writing or as a voice note. Only you can see or hear your answers."
    ) in html
    assert f'action="/learn/lessons/{lesson.pk}/done/"' not in html


@pytest.mark.django_db
def test_lesson_page_all_required_keeps_its_sentence(client, index, learner):
    lesson = _reflection_lesson(index, learner, "OR7", [text_block(), reflection_block("Why?")])
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert "(optional)" not in html
    assert (
        "This lesson is complete when you save your thoughts above, in writing or as a voice "
        "note. Only you can see or hear them."
    ) in html
