"""Content in the learner's language, progress on the person (issue 12): a learner reads each
page in their language, and everything about them is kept on the source (English) page, so it
is the same in every language and counts once."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page

from courses import localization, selectors, services, signals
from courses.models import CourseProgress, LessonPage, LessonProgress, QuizAttempt
from tests.factories import CourseBuilder, user_with_role
from tests.factories.courses import lessons_of, translate_course

pytestmark = pytest.mark.django_db


def _learner(language: str, username: str = "reader"):
    user = user_with_role("learner", username=username)
    user.preferred_language = language
    user.save(update_fields=["preferred_language"])
    return user


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def quiz_course(index):
    """One module: a "viewed" lesson, then a quiz lesson; and its Bengali translation."""
    course = (
        CourseBuilder(index, "L1")
        .module(lesson_specs=[{"rule": "viewed"}, {"rule": "quiz"}])
        .build()
    )
    translate_course(course, "bn")
    return course


def _bn(page):
    return page.get_translation(Locale.objects.get(language_code="bn")).specific


# --- Which page is the source ----------------------------------------------------------------


def test_source_ids_maps_a_translation_to_its_english_page(quiz_course, django_assert_num_queries):
    lesson = lessons_of(quiz_course)[0]
    translated = _bn(lesson)
    localization.locale_id("bn")  # the locale ids are read once per process

    with django_assert_num_queries(1):
        found = localization.source_ids([lesson, translated])

    assert found == {lesson.pk: lesson.pk, translated.pk: lesson.pk}


def test_source_ids_of_english_pages_and_placeholders_cost_no_query(
    index, django_assert_num_queries
):
    course = CourseBuilder(index, "L2").module(lessons=1).build()
    lesson = lessons_of(course)[0]
    bn = Locale.objects.get(language_code="bn")
    placeholder = lesson.copy_for_translation(bn, copy_parents=True, alias=True)
    localization.locale_id("bn")  # the locale ids are read once per process

    with django_assert_num_queries(0):
        found = localization.source_ids([lesson, placeholder])

    assert found == {lesson.pk: lesson.pk, placeholder.pk: lesson.pk}


def test_source_page_of_a_translation_is_the_english_lesson(quiz_course):
    lesson = lessons_of(quiz_course)[1]

    assert _bn(lesson).source_page == lesson
    assert lesson.source_page is lesson


def test_a_translations_source_page_is_read_once_until_the_page_tree_changes(
    quiz_course, django_assert_num_queries
):
    from courses import caching

    translated = _bn(lessons_of(quiz_course)[0])
    first = localization.source_page(translated)  # the source, its module and its course

    with django_assert_num_queries(0):
        again = localization.source_page(translated)
        assert (again.get_module().pk, again.get_course().pk) == (
            first.get_module().pk,
            quiz_course.pk,
        )
    caching.structure_changed()
    with django_assert_num_queries(3):
        assert localization.source_page(translated).pk == first.pk


def test_source_pages_only_lists_each_course_once(quiz_course):
    assert selectors.analytics_courses() == [quiz_course]


# --- Reading in one's own language -----------------------------------------------------------


def test_the_same_url_opens_the_readers_own_language(quiz_course):
    lesson = lessons_of(quiz_course)[0]
    services.enrolment_create(user=(bengali := _learner("bn")), course=quiz_course)
    english = _learner("en", username="english-reader")
    services.enrolment_create(user=english, course=quiz_course)

    bn_page = _client(bengali).get(lesson.url)
    en_page = _client(english).get(lesson.url)

    assert bn_page.status_code == en_page.status_code == 200
    assert bn_page.context["page"].pk == _bn(lesson).pk
    assert "Lesson 1.1 [bn]</h1>" in bn_page.content.decode()
    assert en_page.context["page"].pk == lesson.pk
    assert "untranslated-notice" not in bn_page.content.decode()
    assert "untranslated-notice" not in en_page.content.decode()


def test_a_page_not_translated_yet_is_shown_in_english_with_a_polite_notice(index):
    course = CourseBuilder(index, "L3").module(lessons=2).build()
    translate_course(course, "hi")
    lesson = lessons_of(course)[1]
    hi = Locale.objects.get(language_code="hi")
    # Untranslated again: the Hindi copy becomes a placeholder showing the English words.
    translated = lesson.get_translation(hi)
    translated.delete()
    lesson.copy_for_translation(hi, alias=True)
    learner = _learner("hi")
    services.enrolment_create(user=learner, course=course)

    response = _client(learner).get(lesson.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 lang="en">Lesson 1.2</h1>' in html
    assert "untranslated-notice" in html
    assert "हिन्दी" in html  # the notice names the reader's language in its own script


def test_a_page_missing_from_the_readers_tree_falls_back_to_english_not_404(index):
    """A course made outside the admin (no placeholder in the Telugu tree) still opens."""
    course = CourseBuilder(index, "L4").module(lessons=1).build()
    other = CourseBuilder(index, "L5").module(lessons=1).build()
    translate_course(other, "te")  # the Telugu home and catalogue exist; L4 is not in them
    learner = _learner("te")
    services.enrolment_create(user=learner, course=course)

    response = _client(learner).get(lessons_of(course)[0].url)

    assert response.status_code == 200
    assert response.context["page"].pk == lessons_of(course)[0].pk
    assert "untranslated-notice" in response.content.decode()


def test_the_catalogue_in_bengali_lists_each_course_once_with_the_learners_progress(quiz_course):
    learner = _learner("bn")
    services.enrolment_create(user=learner, course=quiz_course)
    services.lesson_mark_viewed(user=learner, lesson=lessons_of(quiz_course)[0])
    bn_index = _bn(quiz_course.get_parent())

    entries = selectors.course_catalogue(index=bn_index, user=learner)

    assert [(e.course.pk, e.enrolled, e.percent) for e in entries] == [
        (_bn(quiz_course).pk, True, 50)
    ]


# --- Progress follows the person -------------------------------------------------------------


def test_finishing_a_lesson_in_bengali_is_done_in_english(quiz_course):
    learner = _learner("bn")
    services.enrolment_create(user=learner, course=quiz_course)
    lesson = lessons_of(quiz_course)[0]
    client = _client(learner)

    response = client.post(reverse("courses:lesson_done", args=[_bn(lesson).pk]))

    assert response.status_code == 302
    assert response["Location"] == lessons_of(quiz_course)[1].url  # on to the next lesson
    assert list(LessonProgress.objects.filter(user=learner).values_list("lesson_id", "state")) == [
        (lesson.pk, "completed")
    ]
    learner.preferred_language = "en"
    learner.save(update_fields=["preferred_language"])
    outline = selectors.course_outline(course=quiz_course, user=learner)
    assert [s.state for m in outline.modules for s in m.lessons] == ["completed", "not_started"]
    assert outline.percent == 50


def test_a_quiz_answered_in_bengali_is_scored_on_the_source_and_counts_once(quiz_course):
    learner = _learner("bn")
    services.enrolment_create(user=learner, course=quiz_course)
    lesson = lessons_of(quiz_course)[1]
    block_id = lesson.block_ids("quiz")[0]
    assert _bn(lesson).block_ids("quiz") == [block_id]  # the same block in every language
    completed = []
    signals.lesson_completed.connect(
        receiver := lambda sender, **kwargs: completed.append(kwargs["lesson"].pk), weak=False
    )
    try:
        response = _client(learner).post(
            reverse("courses:quiz_submit", args=[_bn(lesson).pk, block_id]), {"q0": ["0"]}
        )
        again = _client(learner).post(
            reverse("courses:quiz_submit", args=[lesson.pk, block_id]), {"q0": ["0"]}
        )
    finally:
        signals.lesson_completed.disconnect(receiver)

    assert response.status_code == again.status_code == 302
    assert list(QuizAttempt.objects.filter(user=learner).values_list("page_id", "score")) == [
        (lesson.pk, 100),
        (lesson.pk, 100),
    ]
    assert completed == [lesson.pk]
    assert LessonProgress.objects.get(user=learner, lesson=lesson).state == "completed"


def test_the_bengali_lesson_page_shows_progress_kept_on_the_source(quiz_course):
    learner = _learner("bn")
    services.enrolment_create(user=learner, course=quiz_course)
    lesson = lessons_of(quiz_course)[0]
    services.lesson_mark_viewed(user=learner, lesson=lesson)

    response = _client(learner).get(lesson.url)

    assert response.context["page"].pk == _bn(lesson).pk
    assert response.context["lesson_view"].completed is True
    assert LessonProgress.objects.filter(user=learner).count() == 1


def test_enrolling_from_the_bengali_course_page_enrols_in_the_course_once(quiz_course):
    learner = _learner("bn")
    client = _client(learner)

    first = client.post(reverse("courses:enrol", args=[_bn(quiz_course).pk]))
    second = client.post(reverse("courses:enrol", args=[quiz_course.pk]))

    assert first.status_code == 302
    assert second.status_code in (302, 400)
    assert list(learner.enrolments.values_list("course_id", flat=True)) == [quiz_course.pk]


def test_course_completion_counts_one_course_whatever_the_language(quiz_course):
    learner = _learner("bn")
    services.enrolment_create(user=learner, course=quiz_course)
    first, second = lessons_of(quiz_course)
    services.lesson_mark_viewed(user=learner, lesson=_bn(first).source_page)
    _client(learner).post(
        reverse("courses:quiz_submit", args=[_bn(second).pk, second.block_ids("quiz")[0]]),
        {"q0": ["0"]},
    )

    assert list(
        CourseProgress.objects.filter(user=learner).values_list("course_id", "percent")
    ) == [(quiz_course.pk, 100)]
    assert Page.objects.filter(translation_key=quiz_course.translation_key).count() == 2
    analytics = selectors.course_analytics(course=quiz_course)
    assert (analytics.enrolled, analytics.completed) == (1, 1)


def test_my_learning_shows_the_course_in_the_learners_language(quiz_course):
    learner = _learner("bn")
    services.enrolment_create(user=learner, course=quiz_course)

    response = _client(learner).get(reverse("courses:my_learning"))

    learning = response.context["learning"]
    assert [c.course.title for c in learning.in_progress] == ["Course L1 [bn]"]
    assert learning.in_progress[0].next_lesson.id == lessons_of(quiz_course)[0].pk
    assert isinstance(LessonPage.objects.get(pk=learning.in_progress[0].next_lesson.id), LessonPage)


# --- What a translated page costs ------------------------------------------------------------


def _warm_queries(user, url: str) -> tuple[int, list[str]]:
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = _client(user)
    cache.clear()
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), [q["sql"] for q in queries.captured_queries]


@pytest.mark.parametrize("which", ["catalogue", "course", "module", "lesson", "my learning"])
def test_a_translated_page_costs_no_more_queries_than_the_english_one(quiz_course, which):
    bengali, english = _learner("bn"), _learner("en", username="english-reader")
    for learner in (bengali, english):
        services.enrolment_create(user=learner, course=quiz_course)
    url = {
        "catalogue": quiz_course.get_parent().url,
        "course": quiz_course.url,
        "module": quiz_course.get_children().first().url,
        "lesson": lessons_of(quiz_course)[1].url,
        "my learning": reverse("courses:my_learning"),
    }[which]

    english_count, _sql = _warm_queries(english, url)
    bengali_count, sql = _warm_queries(bengali, url)

    assert bengali_count <= english_count, "\n".join(sql)


def test_a_missing_prerequisite_is_named_in_the_readers_language(index):
    first = CourseBuilder(index, "P1").module(lessons=1).build()
    second = CourseBuilder(index, "P2").module(lessons=1).build()
    second.prerequisites.set([first])
    second.save_revision().publish()
    translate_course(first, "te")
    translate_course(second, "te")
    learner = _learner("te")

    response = _client(learner).post(reverse("courses:enrol", args=[_te(second).pk]))
    outline_page = _client(learner).get(second.url)

    assert "“Course P1 [te]”" in response.content.decode()
    assert "Course P1 [te]</a></li>" in outline_page.content.decode()


def _te(page):
    return page.get_translation(Locale.objects.get(language_code="te")).specific


# --- Existing rows move to the source pages (migration courses/0009) --------------------------


def test_the_migration_moves_rows_on_translated_copies_to_their_source(quiz_course):
    import importlib

    from django.apps import apps as django_apps

    from courses.models import Enrolment

    migration = importlib.import_module("courses.migrations.0009_progress_on_source_pages")
    learner, other = _learner("bn"), _learner("bn", username="other-reader")
    lesson = lessons_of(quiz_course)[0]
    translated_lesson = _bn(lesson)
    module, course = _bn(lesson.get_module()), _bn(quiz_course)
    # Rows made on translated copies, as a site might have before this rule existed.
    moved = LessonProgress.objects.create(
        user=learner, lesson=translated_lesson, module=module, course=course
    )
    Enrolment.objects.create(user=learner, course=course)
    LessonProgress.objects.create(
        user=other, lesson=lesson, module=lesson.get_module(), course=quiz_course
    )
    kept = LessonProgress.objects.create(
        user=other, lesson=translated_lesson, module=module, course=course
    )

    migration.rows_to_source_pages(django_apps, None)

    moved.refresh_from_db()
    kept.refresh_from_db()
    assert (moved.lesson_id, moved.module_id, moved.course_id) == (
        lesson.pk,
        lesson.get_module().pk,
        quiz_course.pk,
    )
    assert list(learner.enrolments.values_list("course_id", flat=True)) == [quiz_course.pk]
    # `other` already had the row on the source: theirs is kept as it was, never deleted.
    assert kept.lesson_id == translated_lesson.pk
