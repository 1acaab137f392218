"""Nothing typed is lost, in a real browser at 360 px: the last "Save my thoughts" saves every
box; leaving with unsaved words asks first (never after a save, never on quick exit); words
posted after the session ended come back into the form after sign-in, for their writer only."""

from dataclasses import dataclass

import pytest

from courses import services
from courses.models import CompletionRule, ReflectionResponse
from tests.courses.helpers import reflection_block, text_block
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 360, "height": 740}
PASSWORD = "pass-word-123"


@dataclass
class Lesson:
    url: str
    pk: int
    block_ids: list[str]
    learner_id: int


@pytest.fixture
def lesson(live_server) -> Lesson:
    """A lesson with three reflection prompts; `learner` and `learner-two` enrolled."""
    body = [
        text_block(),
        reflection_block("Who can you call?"),
        reflection_block("What helps you rest?"),
        reflection_block("What is your first step?"),
    ]
    course = (
        CourseBuilder(course_index(), "TL")
        .module(lesson_specs=[{"rule": CompletionRule.REFLECTION, "body": body}])
        .build()
    )
    learner = user_with_role("learner", username="learner")
    services.enrolment_create(user=learner, course=course)
    other = user_with_role("learner", username="learner-two")
    services.enrolment_create(user=other, course=course)
    page = lessons_of(course)[0]
    return Lesson(
        url=page.url, pk=page.pk, block_ids=page.block_ids("reflection"), learner_id=learner.pk
    )


def _sign_in(page, base: str, username: str, *, then: str) -> None:
    """Sign in through the real form (already on it, or opened here) and land on `then`."""
    if "/accounts/login/" not in page.url:
        page.goto(f"{base}/accounts/login/?next={then}")
    form = page.locator("form:has(input[name='login'])")
    form.locator("input[name='login']").fill(username)
    form.locator("input[name='password']").fill(PASSWORD)
    form.locator("button[type='submit']").click()
    page.wait_for_url(f"{base}{then}")


def _phone(browser, base):
    context = browser.new_context(viewport=PHONE)
    # Only the live server: quick exit's neutral site and anything else are not fetched.
    context.route(lambda url: not url.startswith(base), lambda route: route.abort())
    page = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog):
        dialogs.append(dialog.type)
        dialog.dismiss()  # stay on the page

    page.on("dialog", on_dialog)
    return context, page, dialogs


def _box(page, block_id):
    return page.locator(f"#reflection-text-{block_id}")


def test_last_save_saves_every_box_and_leaving_with_unsaved_words_asks(
    lesson, live_server, browser
):
    base = live_server.url
    context, page, dialogs = _phone(browser, base)
    _sign_in(page, base, "learner", then=lesson.url)
    first, second, third = lesson.block_ids

    _box(page, first).fill("My sister")
    _box(page, second).fill("Tea with Didi")
    # Leaving now would lose the words: the browser asks, and dismissing stays on the page.
    page.evaluate("window.location.href = '/learn/'")
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    assert page.url == f"{base}{lesson.url}"

    _box(page, third).fill("Call the helpline")
    page.locator(f"#reflection-{third} button[name=focus]").click()
    page.wait_for_url(f"**{lesson.url}#reflection-{third}")
    saved = dict(
        ReflectionResponse.objects.filter(user_id=lesson.learner_id).values_list("block_id", "text")
    )
    assert saved == {first: "My sister", second: "Tea with Didi", third: "Call the helpline"}
    assert dialogs == ["beforeunload"]  # saving did not ask
    assert page.get_by_text("Saved. Only you can see this.").count() == 1

    # After a successful save, leaving does not ask.
    page.goto(f"{base}/learn/")
    assert dialogs == ["beforeunload"]
    assert page.url == f"{base}/learn/"
    context.close()


def test_quick_exit_never_asks(lesson, live_server, browser):
    base = live_server.url
    context, page, dialogs = _phone(browser, base)
    _sign_in(page, base, "learner", then=lesson.url)
    _box(page, lesson.block_ids[0]).fill("Private words")

    page.locator("a.quick-exit").click()
    page.wait_for_timeout(800)

    assert dialogs == []
    assert not page.url.startswith(f"{base}{lesson.url}")
    context.close()


def _sign_out_quietly(context, base) -> None:
    """The session ends while the page stays open (signed out in another tab, a cookie
    expired): the session cookie goes, the CSRF cookie stays."""
    kept = [cookie for cookie in context.cookies() if cookie["name"] != "sessionid"]
    context.clear_cookies()
    context.add_cookies(kept)


def test_words_sent_after_the_session_ended_come_back_after_sign_in(lesson, live_server, browser):
    base = live_server.url
    context, page, dialogs = _phone(browser, base)
    _sign_in(page, base, "learner", then=lesson.url)
    first, second, _third = lesson.block_ids
    _box(page, first).fill("Words from a slow afternoon")
    _box(page, second).fill("And a second box")
    _sign_out_quietly(context, base)

    page.locator(f"#reflection-{second} button[name=focus]").click()
    page.wait_for_url("**/accounts/login/**")
    assert ReflectionResponse.objects.count() == 0
    assert "/reflections/" not in page.url and "slow" not in page.url
    _sign_in(page, base, "learner", then=lesson.url)

    assert page.locator("#kept-text").is_visible()
    assert _box(page, first).input_value() == "Words from a slow afternoon"
    assert _box(page, second).input_value() == "And a second box"
    # Put back but not saved yet: leaving asks.
    page.evaluate("window.location.href = '/learn/'")
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]

    page.locator(f"#reflection-{first} button[name=focus]").click()
    page.wait_for_url(f"**{lesson.url}#reflection-{first}")
    assert ReflectionResponse.objects.filter(user_id=lesson.learner_id).count() == 2
    context.close()


def test_words_kept_after_sign_out_are_not_shown_to_the_next_person(lesson, live_server, browser):
    base = live_server.url
    context, page, _dialogs = _phone(browser, base)
    _sign_in(page, base, "learner", then=lesson.url)
    _box(page, lesson.block_ids[0]).fill("Only for me 8812")
    _sign_out_quietly(context, base)
    page.locator(f"#reflection-{lesson.block_ids[0]} button[name=focus]").click()
    page.wait_for_url("**/accounts/login/**")

    # Someone else picks up the shared phone and signs in.
    _sign_in(page, base, "learner-two", then=lesson.url)

    assert page.locator("#kept-text").count() == 0
    assert "Only for me 8812" not in page.content()
    assert _box(page, lesson.block_ids[0]).input_value() == ""
    context.close()
