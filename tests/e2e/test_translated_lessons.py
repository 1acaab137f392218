"""Issue 12 in a real browser: a Bengali learner reads the first orientation lesson in Bengali,
answers its quiz in Bengali, switches to English and finds the same progress; the same for
Hindi and Telugu on an S1 lesson. The lessons are the seeded curricula and their seeded
translations, published through wagtail-localize as `seed_demo` does."""

from dataclasses import dataclass

import pytest
from wagtail.models import Locale

from courses import services
from courses.models import LessonPage, LessonProgress
from tests.e2e.conftest import sign_in
from tests.factories import course_index, user_with_role
from trauma_training.curricula import load_course
from trauma_training.seeding import course_seed, course_translations_seed, page_translate

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCRIPTS = {"bn": ("\u0980", "\u09ff"), "hi": ("\u0900", "\u097f"), "te": ("\u0c00", "\u0c7f")}


@dataclass
class Seeded:
    urls: dict  # lesson slug -> URL (the same in every language)
    courses: dict  # folder -> source course page


def _in_script(text: str, language: str) -> int:
    low, high = SCRIPTS[language]
    return sum(1 for char in text if low <= char <= high)


def _seed(wanted: dict[str, list[str]]) -> Seeded:
    """The courses of `wanted` ({folder: languages}) with those translations, and each
    language's home page and catalogue."""
    index = course_index()
    for language in sorted({lang for languages in wanted.values() for lang in languages}):
        locale = Locale.objects.get(language_code=language)
        for page in (index.get_parent().specific, index):
            if page.get_translation_or_none(locale) is None:
                page_translate(page=page, locale=locale, words={"title": page.title})
    courses = {}
    for folder, languages in wanted.items():
        course_page, _created = course_seed(index=index, course=load_course(folder))
        course_translations_seed(course_page=course_page, folder=folder, languages=languages)
        courses[folder] = course_page
    urls = {
        lesson.slug: lesson.url for lesson in LessonPage.objects.filter(locale__language_code="en")
    }
    return Seeded(urls=urls, courses=courses)


@pytest.fixture
def orientation_in_bengali(live_server) -> Seeded:
    return _seed({"orientation": ["bn"]})


def _learner(language: str, courses) -> int:
    user = user_with_role("learner", username="learner")
    user.preferred_language = language
    user.save(update_fields=["preferred_language"])
    for course in courses.values():
        services.enrolment_create(user=user, course=course)
    return user.pk


def _answer_quiz_rightly(page, folder: str, language: str, slug: str) -> None:
    """Tick the right options of the lesson's quiz by their text in `language`."""
    course = load_course(folder, language)
    lesson = next(
        lesson for m in course["modules"] for lesson in m["lessons"] if lesson["slug"] == slug
    )
    quiz = next(value for kind, value in lesson["body"] if kind == "quiz")
    section = page.locator("section[id^='quiz-']")
    for question in quiz["questions"]:
        for option in question["options"]:
            if option["correct"]:
                section.get_by_label(option["text"].strip(), exact=True).check()
    section.locator("button[type='submit']").click()
    page.wait_for_url("**?attempt=*")


def _switch_to_english(page) -> None:
    page.select_option("#language-select", "en")
    page.locator("form.language-form button[type='submit']").click()
    page.wait_for_load_state("load")


def _states(user_id: int) -> list[tuple[str, str]]:
    return sorted(
        LessonProgress.objects.filter(user_id=user_id).values_list("lesson__slug", "state")
    )


def test_bengali_learner_reads_and_answers_orientation_in_bengali_then_english(
    orientation_in_bengali, live_server, browser
):
    seeded = orientation_in_bengali
    user_id = _learner("bn", seeded.courses)
    page = browser.new_context(viewport={"width": 360, "height": 800}).new_page()
    sign_in(page, live_server.url)

    page.goto(f"{live_server.url}{seeded.urls['orient-safety-buttons']}")
    body = page.locator("#lesson-body").inner_text()
    assert page.locator("h1").inner_text() == "যে বোতামগুলো আপনাকে নিরাপদ রাখে"
    assert body.startswith("এই জায়গাটা আপনার জন্য।")
    assert _in_script(body, "bn") > 500
    assert page.locator("#lesson-body").get_attribute("lang") == "bn"
    assert page.locator(".untranslated-notice").count() == 0

    page.goto(f"{live_server.url}{seeded.urls['orient-help-in-one-tap']}")
    _answer_quiz_rightly(page, "orientation", "bn", "orient-help-in-one-tap")

    done_in_bengali = _states(user_id)
    assert ("orient-help-in-one-tap", "completed") in done_in_bengali
    _switch_to_english(page)
    assert page.locator("h1").inner_text() == "Help in one tap"
    assert page.get_by_text("This lesson is complete.").count() == 1
    assert _states(user_id) == done_in_bengali  # nothing new: the same rows


@pytest.mark.parametrize("language", ["hi", "te"])
def test_s1_lesson_quiz_in_hindi_and_telugu_keeps_progress_in_english(
    live_server, browser, language
):
    seeded = _seed({"s1": [language]})
    slug = "s1-practise-i-statements-and-saying-no"
    user_id = _learner(language, seeded.courses)
    page = browser.new_context(viewport={"width": 360, "height": 800}).new_page()
    sign_in(page, live_server.url)

    page.goto(f"{live_server.url}{seeded.urls[slug]}")
    translated = load_course("s1", language)
    title = next(
        lesson["title"]
        for module in translated["modules"]
        for lesson in module["lessons"]
        if lesson["slug"] == slug
    )
    assert page.locator("h1").inner_text() == title.strip()
    assert _in_script(page.locator("#lesson-body").inner_text(), language) > 300
    _answer_quiz_rightly(page, "s1", language, slug)

    assert (slug, "completed") in _states(user_id)
    _switch_to_english(page)
    english_title = next(
        lesson["title"]
        for module in load_course("s1")["modules"]
        for lesson in module["lessons"]
        if lesson["slug"] == slug
    )
    assert page.locator("h1").inner_text() == english_title
    assert page.get_by_text("This lesson is complete.").count() == 1
    assert [state for lesson, state in _states(user_id) if lesson == slug] == ["completed"]
