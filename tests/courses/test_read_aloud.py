"""Listen on a lesson page (docs/read-aloud.md): the controls render, hidden until the browser
finds a voice, in the lesson's language; a trainer's narration (an audio block) takes their
place; and knowing the lesson's language costs the page no query."""

import json
import re
import uuid

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.models import Locale

from courses import localization, services
from courses.models import CompletionRule, LessonPage
from tests.courses.helpers import text_block
from tests.factories import CourseBuilder
from tests.factories.courses import lessons_of

LESSON_BODY = re.compile(r'<div id="lesson-body" tabindex="-1" lang="([^"]*)">')
CONTROLS = (
    '<div class="read-aloud-controls" role="group" aria-label="Listen to this lesson" '
    "data-read-aloud-controls hidden>"
)
PLAY_BUTTON = (
    '<button type="button" class="read-aloud-play" data-read-aloud-play data-label-listen="Listen"'
    ' data-label-pause="Pause" data-label-resume="Resume">Listen</button>'
)


@pytest.fixture(autouse=True)
def _memory_storage(settings):
    settings.STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def _audio_block(document_id: int) -> dict:
    return {
        "type": "audio",
        "id": str(uuid.uuid4()),
        "value": {"audio": document_id, "title": "Listen to the trainer", "transcript": ""},
    }


def _narration() -> int:
    document = get_document_model().objects.create(
        title="Narration", file=ContentFile(b"ID3 narration", name="narration.mp3")
    )
    return document.pk


def _lessons(index, *bodies) -> list[LessonPage]:
    specs = [{"rule": CompletionRule.VIEWED, "body": body} for body in bodies]
    course = CourseBuilder(index, "RA").module(lesson_specs=specs).build()
    return lessons_of(course)


def _open(client, learner, lesson) -> str:
    services.enrolment_create(user=learner, course=lesson.get_course())
    client.force_login(learner)
    response = client.get(lesson.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_read_aloud_controls_render_hidden_in_the_lessons_language(client, index, learner):
    [lesson] = _lessons(index, [text_block("<p>One. Two.</p>")])

    html = _open(client, learner, lesson)

    assert LESSON_BODY.findall(html) == ["en"]
    assert html.count("data-read-aloud ") == 1
    assert CONTROLS in html
    assert PLAY_BUTTON in html
    assert (
        '<button type="button" class="secondary read-aloud-stop" data-read-aloud-stop hidden>'
        "Stop</button>"
    ) in html
    assert (
        '<p class="read-aloud-note meta" role="status" data-read-aloud-note hidden>This phone has'
        " no voice for this language, so it cannot read the lesson aloud. All the text is still"
        " here for you.</p>"
    ) in html
    assert html.count('<script src="/static/courses/read-aloud.js" defer></script>') == 1
    # The controls come first in the lesson body, before the lesson's own text.
    assert html.index("data-read-aloud-controls") < html.index("<p>One. Two.</p>")
    # The controls speak the site's language, whatever the lesson's.
    assert '<div class="read-aloud" data-read-aloud lang="en">' in html


@pytest.mark.django_db
def test_read_aloud_follows_the_lessons_locale(client, index, learner):
    [lesson] = _lessons(index, [text_block("<p>নমস্কার। আজ আমরা শিখব।</p>")])
    bengali = Locale.objects.get(language_code="bn")
    LessonPage.objects.filter(pk=lesson.pk).update(locale=bengali)

    html = _open(client, learner, LessonPage.objects.get(pk=lesson.pk))

    assert LESSON_BODY.findall(html) == ["bn"]
    assert CONTROLS in html


@pytest.mark.django_db
def test_read_aloud_is_not_offered_when_a_trainer_narrates_the_lesson(client, index, learner):
    narrated, plain = _lessons(
        index, [text_block("<p>One.</p>"), _audio_block(_narration())], [text_block()]
    )

    html = _open(client, learner, narrated)

    assert narrated.has_narration is True
    assert narrated.offers_read_aloud is False
    assert (plain.has_narration, plain.offers_read_aloud) == (False, True)
    assert "data-read-aloud" not in html
    assert "read-aloud.js" not in html
    assert "<figcaption>Listen to the trainer</figcaption>" in html  # the narration itself
    assert LESSON_BODY.findall(html) == ["en"]


@pytest.mark.django_db
def test_read_aloud_is_offered_when_the_narrations_file_is_gone(index):
    """An audio block whose document was deleted narrates nothing: Listen is offered."""
    [lesson] = _lessons(index, [text_block(), _audio_block(_narration())])
    get_document_model().objects.all().delete()

    lesson = LessonPage.objects.get(pk=lesson.pk)

    assert (lesson.has_narration, lesson.offers_read_aloud) == (False, True)


@pytest.mark.django_db
def test_read_aloud_costs_the_lesson_page_no_query(client, index, learner):
    """The lesson's language comes from the cache, not from `page.locale` (a query per page)."""
    [lesson] = _lessons(index, [text_block()])
    _open(client, learner, lesson)  # warms the caches

    with CaptureQueriesContext(connection) as queries:
        html = client.get(lesson.url).content.decode()

    assert LESSON_BODY.findall(html) == ["en"]
    assert [q["sql"] for q in queries if "wagtailcore_locale" in q["sql"]] == []


@pytest.mark.django_db
def test_locale_language_is_read_once_until_a_locale_changes(django_assert_num_queries):
    english = Locale.objects.get(language_code="en")
    assert localization.language_of_locale(english.pk) == "en"
    with django_assert_num_queries(0):
        assert localization.language_of_locale(english.pk) == "en"

    french = Locale.objects.create(language_code="fr")  # a new locale: read again once
    try:
        with django_assert_num_queries(1):
            assert localization.language_of_locale(french.pk) == "fr"
    finally:
        french.delete()  # the receiver forgets what was read, so no later test sees it
    assert localization.language_of_locale(english.pk) == "en"


@pytest.mark.django_db  # a new Page looks up its content type (cached only once read)
def test_lesson_body_without_audio_blocks_has_no_narration():
    lesson = LessonPage(title="L", slug="l", body=json.dumps([text_block()]))

    assert (lesson.has_narration, lesson.offers_read_aloud) == (False, True)
