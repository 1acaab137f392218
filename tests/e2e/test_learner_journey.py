"""A learner's journey in a real browser: sign in, pass a lesson's quiz, see progress in
"My learning"; and the same pages on a 320 px phone screen without sideways scrolling."""

from dataclasses import dataclass

import pytest

from courses import services
from courses.models import CompletionRule, CoursePage, CourseProgress, LessonProgress
from tests.e2e.conftest import sign_in
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of

pytestmark = [
    pytest.mark.e2e,
    # The browser talks to a live server in another thread, so the data must be committed.
    # Serialized rollback puts back the rows the migrations create (role groups, the root page)
    # after another transactional test has flushed them.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE_WIDTH = 320


@dataclass
class Journey:
    course: CoursePage
    quiz_lesson_url: str
    user_id: int


@pytest.fixture
def journey(live_server) -> Journey:
    """A course with one module: a quiz lesson, then a "viewed" lesson; `learner` enrolled.

    The test factories point the default site at "testserver"; Wagtail still serves the live
    server's host from it because it is the default site (checked below by opening pages)."""
    index = course_index()
    course = (
        CourseBuilder(index, "E1")
        .module(lesson_specs=[{"rule": CompletionRule.QUIZ}, {"rule": CompletionRule.VIEWED}])
        .build()
    )
    learner = user_with_role("learner", username="learner")
    services.enrolment_create(user=learner, course=course)
    quiz_lesson = lessons_of(course)[0]
    return Journey(course=course, quiz_lesson_url=quiz_lesson.url, user_id=learner.pk)


def _assert_fits_phone(page, path) -> None:
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 0
    # The site's stylesheet must have loaded, or the width check would test browser defaults.
    assert page.evaluate("getComputedStyle(document.body).margin") == "0px"
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= PHONE_WIDTH, f"{page.url} scrolls sideways: {scroll_width}px wide"


def test_learner_journey_quiz_pass_shows_progress_and_fits_phone(
    journey, live_server, browser, tmp_path
):
    base = live_server.url
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    page = context.new_page()

    sign_in(page, base)
    assert page.locator("h1").inner_text() == "My learning"

    page.goto(f"{base}{journey.quiz_lesson_url}")
    assert page.locator("h1").inner_text() == "Lesson 1.1"
    quiz = page.locator("section[id^='quiz-']")
    quiz.get_by_label("Option 0").check()  # the factory's quiz: option 0 is the right one
    quiz.get_by_role("button", name="Check my answers").click()
    page.wait_for_url("**?attempt=*")

    status = page.locator("section[id^='quiz-'] [role='status']")
    assert status.inner_text() == "Well done: 1 of 1 answered right."
    assert page.get_by_text("This lesson is complete.").count() == 1
    body_text = page.locator("body").inner_text().lower()
    for word in ("wrong", "fail", "incorrect"):
        assert word not in body_text

    page.goto(f"{base}/learn/")
    card = page.locator("article.card", has=page.get_by_role("link", name="Course E1"))
    assert card.count() == 1
    # courses.services.progress: 2 lessons and no module check, 1 complete: round(100 * 1/2).
    assert card.locator("strong").inner_text() == "50% done"
    assert card.get_by_role("progressbar").get_attribute("aria-valuenow") == "50"
    assert card.get_by_role("link", name="Continue: Lesson 1.2").count() == 1

    row = CourseProgress.objects.get(user_id=journey.user_id, course=journey.course)
    assert (row.items_completed, row.items_total, row.percent) == (1, 2, 50)
    assert (
        LessonProgress.objects.filter(user_id=journey.user_id, completed_at__isnull=False).count()
        == 1
    )

    page.set_viewport_size({"width": PHONE_WIDTH, "height": 640})
    _assert_fits_phone(page, tmp_path / "my-learning-320.png")
    page.goto(f"{base}{journey.quiz_lesson_url}")
    _assert_fits_phone(page, tmp_path / "lesson-320.png")
    context.close()
