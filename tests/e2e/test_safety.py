"""Safety in a real browser (DOMAIN.md 5, docs/safety.md): quick exit by button and by Shift
pressed three times, leaving no platform page one Back press away; the exit button first in
keyboard order and on screen at 320 px after scrolling; a content note's "Skip for now"; the
session-timeout warning's one-tap extend."""

import uuid
from dataclasses import dataclass

import pytest
from wagtail.models import Site

from cms.safety import services as safety_services
from cms.safety.models import SafetySettings
from courses import services
from courses.models import CompletionRule, LessonProgress, ModuleProgress
from tests.e2e.conftest import sign_in
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 320, "height": 640}


@dataclass
class Setup:
    urls: list[str]  # the module's three lessons: plain, sensitive (content note), plain
    neutral_url: str
    user_id: int


def _long_text() -> list[dict]:
    paragraph = "<p>" + "Take your time with this part of the lesson. " * 12 + "</p>"
    return [{"type": "text", "id": str(uuid.uuid4()), "value": paragraph * 20}]


@pytest.fixture
def setup(live_server) -> Setup:
    course = (
        CourseBuilder(course_index(), "SF")
        .module(
            lesson_specs=[
                {"rule": CompletionRule.VIEWED, "body": _long_text()},
                {
                    "rule": CompletionRule.VIEWED,
                    "body": [
                        {
                            "type": "content_note",
                            "id": str(uuid.uuid4()),
                            "value": {"note": "This lesson talks about debt.", "summary": "Short."},
                        },
                        *_long_text(),
                    ],
                },
                {"rule": CompletionRule.VIEWED},
            ]
        )
        .build()
    )
    learner = user_with_role("learner", username="learner")
    services.enrolment_create(user=learner, course=course)
    # The neutral site must be reachable without the internet: this server's health check.
    neutral_url = f"{live_server.url}/healthz?neutral=1"
    settings = SafetySettings.for_site(Site.objects.get(is_default_site=True))
    settings.neutral_exit_url = neutral_url
    settings.idle_minutes = 5
    settings.save()
    safety_services.safety_config_forget()
    yield Setup(
        urls=[lesson.url for lesson in lessons_of(course)],
        neutral_url=neutral_url,
        user_id=learner.pk,
    )
    safety_services.safety_config_forget()


def _signed_in_tab(browser, base: str, viewport=None):
    """A fresh tab whose history starts empty (about:blank), signed in through another tab."""
    context = browser.new_context(viewport=viewport or {"width": 1024, "height": 800})
    sign_in(context.new_page(), base)
    return context, context.new_page()


def _assert_left_for_good(page, setup: Setup, platform_url: str) -> None:
    page.wait_for_url(setup.neutral_url)
    page.go_back()
    # location.replace took the platform page's place: Back goes to what came before it.
    assert page.url == "about:blank"
    assert platform_url not in page.url


def test_quick_exit_button_hides_the_page_then_leaves_without_a_way_back(
    setup, live_server, browser
):
    base = live_server.url
    context, page = _signed_in_tab(browser, base)
    lesson_url = f"{base}{setup.urls[0]}"
    page.goto(lesson_url)

    hidden, visibility = page.evaluate(
        """() => {
          document.querySelector('a.quick-exit').click();
          return [document.documentElement.classList.contains('safety-exiting'),
                  getComputedStyle(document.querySelector('main')).visibility];
        }"""
    )

    assert (hidden, visibility) == (True, "hidden")
    _assert_left_for_good(page, setup, lesson_url)
    context.close()


def test_quick_exit_by_pressing_shift_three_times(setup, live_server, browser):
    base = live_server.url
    context, page = _signed_in_tab(browser, base)
    lesson_url = f"{base}{setup.urls[1]}"
    page.goto(lesson_url)

    for _ in range(3):
        page.keyboard.press("Shift")

    _assert_left_for_good(page, setup, lesson_url)
    context.close()


def test_quick_exit_two_shift_presses_do_nothing(setup, live_server, browser):
    base = live_server.url
    context, page = _signed_in_tab(browser, base)
    lesson_url = f"{base}{setup.urls[0]}"
    page.goto(lesson_url)

    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)

    assert page.url == lesson_url
    context.close()


def test_quick_exit_shift_for_capital_letters_does_not_leave(setup, live_server, browser):
    base = live_server.url
    context, page = _signed_in_tab(browser, base)
    lesson_url = f"{base}{setup.urls[0]}"
    page.goto(lesson_url)

    page.keyboard.press("Shift+A")
    page.keyboard.press("Shift+B")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift+C")
    page.wait_for_timeout(300)

    assert page.url == lesson_url
    context.close()


def test_quick_exit_is_the_first_tab_stop(setup, live_server, browser):
    base = live_server.url
    context, page = _signed_in_tab(browser, base)
    page.goto(f"{base}{setup.urls[0]}")

    page.keyboard.press("Tab")

    assert page.evaluate("document.activeElement.className") == "quick-exit"
    page.keyboard.press("Enter")
    page.wait_for_url(setup.neutral_url)
    context.close()


def test_quick_exit_stays_visible_and_uncovered_at_320px_after_scrolling(
    setup, live_server, browser
):
    base = live_server.url
    context, page = _signed_in_tab(browser, base, viewport=PHONE)
    page.goto(f"{base}{setup.urls[0]}")
    assert page.evaluate("document.documentElement.scrollHeight") > 3 * PHONE["height"]

    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_timeout(100)

    assert page.evaluate("window.scrollY") > 2 * PHONE["height"]
    box = page.locator("a.quick-exit").bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    on_top = page.evaluate(
        """([x, y]) => document.elementFromPoint(x, y).closest('a.quick-exit') !== null""",
        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
    )
    assert on_top
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()


def test_content_note_skip_for_now_then_the_rest_of_the_module_completes(
    setup, live_server, browser
):
    base = live_server.url
    context, page = _signed_in_tab(browser, base)
    first, noted, last = (f"{base}{url}" for url in setup.urls)

    page.goto(first)
    page.get_by_role("button", name="I have finished this lesson").click()
    page.wait_for_url(noted)

    note = page.locator("aside.content-note")
    assert note.get_by_role("link", name="Continue to the lesson").count() == 1
    assert note.get_by_role("link", name="Talk to my mentor").count() == 1
    note.get_by_text("Read a short summary").click()
    assert note.get_by_text("Short.").is_visible()
    note.get_by_role("link", name="Skip for now").click()
    page.wait_for_url(last)

    page.get_by_role("button", name="I have finished this lesson").click()
    page.wait_for_load_state()
    completed = set(
        LessonProgress.objects.filter(
            user_id=setup.user_id, completed_at__isnull=False
        ).values_list("lesson__url_path", flat=True)
    )
    assert len(completed) == 2  # the rest of the module is done; the skip was not recorded
    assert not LessonProgress.objects.filter(
        user_id=setup.user_id, completed_at__isnull=False, lesson__url_path__endswith="-2/"
    ).exists()

    # The skipped lesson is still there, and finishing it later completes the module.
    page.goto(noted)
    page.get_by_role("link", name="Continue to the lesson").click()
    assert page.locator("aside.content-note").is_hidden()
    assert page.evaluate("document.activeElement.id") == "lesson-body"
    page.get_by_role("button", name="I have finished this lesson").click()
    page.wait_for_url(last)
    assert ModuleProgress.objects.get(user_id=setup.user_id).completed_at is not None
    context.close()


def test_take_a_break_returns_to_the_same_lesson(setup, live_server, browser):
    base = live_server.url
    context, page = _signed_in_tab(browser, base, viewport=PHONE)
    lesson = f"{base}{setup.urls[2]}"
    page.goto(lesson)

    page.get_by_role("link", name="Take a break").click()
    assert page.locator("h1").inner_text() == "Take a break"
    page.get_by_role("link", name="Back to where I was").click()

    page.wait_for_url(lesson)
    context.close()


def test_session_warning_appears_before_the_idle_limit_and_one_tap_extends(
    setup, live_server, browser
):
    base = live_server.url
    context, page = _signed_in_tab(browser, base)
    page.clock.install()
    page.goto(f"{base}{setup.urls[2]}")
    warning = page.get_by_role("alertdialog")
    assert warning.is_hidden()

    page.clock.fast_forward("03:01")  # idle limit 5 minutes; the warning comes 2 minutes before

    assert warning.is_visible()
    button = warning.get_by_role("button", name="I'm still here")
    assert page.evaluate("document.activeElement.textContent") == "I'm still here"
    button.click()
    warning.wait_for(state="hidden")
    page.locator("#safety-status", has_text="You are still signed in.").wait_for(state="attached")
    context.close()
