"""The lesson editor in a real browser (Wagtail 8's autosave and editing sessions): typing in a
lesson keeps autosave saving, and publishing twice from one window never warns of "another
window" (docs/lesson-editor.md)."""

from __future__ import annotations

import json
import time

import pytest

from courses.models import CompletionRule
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "pass-word-123"


@pytest.fixture
def editor_world(live_server, settings):
    settings.CMS_STAFF_MFA_REQUIRED = False
    course = CourseBuilder(course_index(), "E1").module(lessons=1, rule=CompletionRule.QUIZ).build()
    user_with_role("admin", username="editor-admin")
    return lessons_of(course)[0]


def _admin_sign_in(page, base_url: str) -> None:
    page.goto(f"{base_url}/accounts/login/?next=/admin/")
    form = page.locator("form:has(input[name='login'])")
    form.locator("input[name='login']").fill("editor-admin")
    form.locator("input[name='password']").fill(PASSWORD)
    form.locator("button[type='submit']").click()
    page.wait_for_url(f"{base_url}/admin/")


def _watch_saves(page) -> list:
    """Each background save's answer: (status, success, error code)."""
    answers = []

    def on_response(response):
        if response.request.method == "POST" and "/edit/" in response.url:
            try:
                body = json.loads(response.text())
            except Exception:  # a full page (a publish), not an autosave
                return
            answers.append((response.status, body.get("success"), body.get("error_code")))

    page.on("response", on_response)
    return answers


def _type_in_title(page, words: str) -> None:
    """Type as a person does, then leave the field and wait for autosave's background save."""
    title = page.locator("#id_title")
    with page.expect_response(
        lambda r: r.request.method == "POST" and r.url.endswith("/edit/"), timeout=30000
    ):
        title.click()
        title.press("End")
        title.type(words, delay=60)
        title.press("Tab")
    time.sleep(1)


def _publish(page) -> None:
    publish = page.locator("button[name='action-publish']").first
    if not publish.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    publish.click()


def test_lesson_editor_autosaves_and_publishes_twice_without_another_window(
    editor_world, live_server, browser
):
    lesson = editor_world
    page = browser.new_page()
    saves = _watch_saves(page)
    _admin_sign_in(page, live_server.url)
    edit_url = f"{live_server.url}/admin/pages/{lesson.pk}/edit/"

    page.goto(edit_url)
    page.wait_for_load_state("networkidle")
    time.sleep(8)  # the editor starts watching for changes once it has initialised
    _type_in_title(page, " one")
    assert saves and all(success for _status, success, _code in saves), saves
    _publish(page)
    page.wait_for_url(lambda url: "/edit/" not in url, timeout=15000)

    page.goto(edit_url)
    page.wait_for_load_state("networkidle")
    time.sleep(8)
    _type_in_title(page, " two")
    sessions = page.locator("#w-editing-sessions").inner_text()
    _publish(page)
    time.sleep(2)
    dialog = page.locator("#w-save-confirmation-dialog")

    assert len(saves) >= 2 and all(success for _status, success, _code in saves), saves
    assert "another window" not in sessions
    assert not dialog.is_visible()
    page.wait_for_url(lambda url: "/edit/" not in url, timeout=15000)
    lesson.refresh_from_db()
    assert lesson.title.endswith(" one two")
