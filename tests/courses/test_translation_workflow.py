"""The trainers' translation workflow in the admin (wagtail-localize, docs/translations.md):
a trainer submits a course for translation, edits it segment by segment or as a PO file, and
seeded translations say they need a native speaker's review."""

import polib
import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from courses.models import CoursePage, LessonPage
from tests.factories import CourseBuilder, sign_in_with_mfa, user_with_role
from tests.factories.courses import lessons_of, translate_course
from trauma_training.seeding import SEEDED_TOOL_NAME

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(client):
    return sign_in_with_mfa(client, user_with_role("trainer", username="trainer-t"))


def test_a_trainer_submits_a_course_and_its_lessons_for_translation(client, trainer, index):
    course = CourseBuilder(index, "W1").module(lessons=2).build()
    bengali = Locale.objects.get(language_code="bn")
    url = reverse("wagtail_localize:submit_page_translation", args=[course.pk])

    form = client.get(url)
    submitted = client.post(url, {"locales": [bengali.pk], "include_subtree": "on"})

    assert form.status_code == 200
    assert submitted.status_code == 302
    translated = course.get_translation(bengali)
    assert isinstance(translated.specific, CoursePage)
    lessons = LessonPage.objects.filter(locale=bengali).order_by("path")
    assert [lesson.slug for lesson in lessons] == [lesson.slug for lesson in lessons_of(course)]
    assert Translation.objects.filter(target_locale=bengali).count() == 4  # course, module, 2
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
    assert editor.status_code == 200
    # The page's editor is wagtail-localize's segment-by-segment translation editor.
    assert b'class="js-translation-editor"' in editor.content


def test_a_translator_works_offline_with_a_po_file(client, trainer, index):
    course = CourseBuilder(index, "W2").module(lessons=1).build()
    bengali = Locale.objects.get(language_code="bn")
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[course.pk]),
        {"locales": [bengali.pk], "include_subtree": "on"},
    )
    translation = Translation.objects.get(
        source__object_id=course.translation_key, target_locale=bengali
    )

    downloaded = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    po = polib.pofile(downloaded.content.decode())
    for entry in po:
        if entry.msgid == "Course W2":
            entry.msgstr = "কোর্স W2"
    uploaded = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": _upload(str(po))},
    )

    assert downloaded.status_code == 200
    assert "Course W2" in [entry.msgid for entry in po]
    assert uploaded.status_code == 302
    assert (
        StringTranslation.objects.get(translation_of__data="Course W2", locale=bengali).data
        == "কোর্স W2"
    )


def test_learners_and_mentors_cannot_submit_translations(client, index):
    course = CourseBuilder(index, "W3").module(lessons=1).build()
    client.force_login(user_with_role("learner", username="learner-w"))

    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[course.pk]))

    assert response.status_code in (302, 403)
    assert not Translation.objects.exists()


def test_seeded_strings_say_they_need_a_native_speakers_review(index):
    course = CourseBuilder(index, "W4").module(lessons=1).build()
    translate_course(course, "hi")

    rows = StringTranslation.objects.filter(locale__language_code="hi")

    assert rows.exists()
    assert set(rows.values_list("tool_name", flat=True)) == {SEEDED_TOOL_NAME}
    assert (
        rows.first()
        .get_comment()
        .startswith("Translated with seed_demo: needs review by a native speaker on ")
    )


def _upload(text: str):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("course.po", text.encode(), content_type="text/x-gettext-translation")


def test_a_changed_source_shows_which_segments_are_out_of_date(client, trainer, index):
    """The English lesson changes; "Sync translated pages" brings the new sentence into the
    Bengali translation as a segment with no translation yet, and keeps the translated ones."""
    from wagtail_localize.models import StringSegment, TranslationSource

    course = CourseBuilder(index, "W5").module(lessons=1).build()
    lesson = lessons_of(course)[0]
    translate_course(course, "bn")
    bengali = Locale.objects.get(language_code="bn")
    lesson.title = "Lesson 1.1, shorter"
    lesson.save_revision().publish()
    source = TranslationSource.objects.get(object_id=lesson.translation_key)
    translation = Translation.objects.get(source=source, target_locale=bengali)

    response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})

    assert response.status_code == 302
    titles = StringSegment.objects.filter(source=source, context__path="title")
    assert [segment.string.data for segment in titles] == ["Lesson 1.1, shorter"]
    untranslated = translation.get_progress()
    assert untranslated[0] - untranslated[1] == 1  # one segment of the lesson left to translate
