"""Voice notes in a real browser (docs/voice-notes.md): Chromium's fake microphone records,
the learner listens, keeps and saves; the saved note plays from the site and can be deleted;
a browser without a recorder, or with the microphone refused, says so kindly and keeps the
text box and the file field. No Content-Security-Policy or Permissions-Policy complaint."""

import re

import pytest
from playwright.sync_api import expect

from courses import services
from courses.models import CompletionRule, LessonProgress, VoiceNote
from tests.e2e.conftest import CHROMIUM_ARGS, _chromium_path, sign_in
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 360, "height": 740}
# Chromium's own stand-ins: a microphone that plays a beep, and "Allow" said for the learner.
FAKE_MEDIA = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]
COMPLAINT = re.compile(
    r"Content[- ]Security[- ]Policy|Refused to|Permissions[- ]Policy|permissions policy", re.I
)


@pytest.fixture
def lesson(live_server, settings, tmp_path):
    settings.COURSES_VOICE_NOTE_STORAGE = ""
    settings.COURSES_VOICE_NOTE_ROOT = str(tmp_path / "voice")
    body = [{"type": "reflection", "id": "r1", "value": {"prompt": "What helps you?", "hint": ""}}]
    course = (
        CourseBuilder(course_index(), "VB")
        .module(lesson_specs=[{"rule": CompletionRule.REFLECTION, "body": body}])
        .build()
    )
    [lesson] = lessons_of(course)
    learner = user_with_role("learner", username="learner")
    services.enrolment_create(user=learner, course=course)
    return lesson


@pytest.fixture
def chromium():
    """Headless Chromium with the fake microphone (the shared fixture has no such flags)."""
    executable = _chromium_path()
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS + FAKE_MEDIA
        )
        try:
            yield browser
        finally:
            from django.db import connections

            connections.close_all()
            browser.close()


def _tab(chromium, base: str, init_script: str = ""):
    context = chromium.new_context(viewport=PHONE)
    if init_script:
        context.add_init_script(init_script)
    page = context.new_page()
    complaints: list[str] = []
    page.on("console", lambda m: complaints.append(m.text) if COMPLAINT.search(m.text) else None)
    page.on("pageerror", lambda error: complaints.append(f"page error: {error}"))
    sign_in(page, base)
    return context, page, complaints


def test_voice_note_recorded_kept_saved_played_and_deleted(lesson, live_server, chromium):
    context, page, complaints = _tab(chromium, live_server.url)
    page.goto(f"{live_server.url}{lesson.url}")
    note = page.locator("[data-voice-note]")
    record = note.get_by_role("button", name="Record a voice note")

    expect(record).to_be_visible()
    expect(note.get_by_label(re.compile("Or choose a recording"))).to_be_hidden()
    assert record.bounding_box()["width"] >= 300  # a big button across a 360 px screen
    record.click()
    stop = note.get_by_role("button", name="Stop recording")
    expect(stop).to_be_visible()
    expect(note.locator("[data-voice-note-status]")).to_have_text(
        "Recording now. Tap “Stop recording” when you are done."
    )
    page.wait_for_timeout(1500)
    stop.click()
    # An <audio> without loaded data may have no box in headless Chromium: check it is shown.
    preview = note.locator("[data-voice-note-preview]")
    expect(preview).not_to_have_attribute("hidden", "")
    assert preview.get_attribute("src").startswith("blob:")
    discard = note.get_by_role("button", name="Discard and record again")
    expect(discard).to_be_visible()
    discard.click()
    expect(record).to_be_visible()
    assert VoiceNote.objects.count() == 0  # nothing leaves the phone before "Keep and save"

    record.click()
    page.wait_for_timeout(1500)
    stop.click()
    with page.expect_navigation():
        note.get_by_role("button", name="Keep and save").click()

    expect(page.get_by_text("Your voice note is saved. Only you can listen to it.")).to_be_visible()
    saved = VoiceNote.objects.get()
    assert saved.content_type == "audio/webm"
    assert saved.size > 0
    assert LessonProgress.objects.get(lesson=lesson).completed_at is not None
    player = page.locator(f"audio[src='/learn/voice-notes/{saved.pk}/']")
    expect(player).to_have_count(1)
    duration = player.evaluate(
        """(audio) => new Promise((resolve) => {
             audio.addEventListener("loadedmetadata", () => resolve(true));
             audio.addEventListener("error", () => resolve(false));
             audio.preload = "auto"; audio.load();
           })"""
    )
    assert duration is True  # the saved note opens and plays from the site

    page.get_by_role("button", name="Delete my voice note").click()
    expect(page.get_by_text("Your voice note is deleted.")).to_be_visible()
    assert VoiceNote.objects.count() == 0
    assert complaints == []
    context.close()


def test_without_a_recorder_the_page_says_so_and_the_text_box_works(lesson, live_server, chromium):
    context, page, complaints = _tab(chromium, live_server.url, "delete window.MediaRecorder;")
    page.goto(f"{live_server.url}{lesson.url}")
    note = page.locator("[data-voice-note]")

    expect(note.locator("[data-voice-note-status]")).to_have_text(
        "This phone cannot record here. You can still write in the box above."
    )
    expect(note.get_by_role("button", name="Record a voice note")).to_be_hidden()
    expect(note.get_by_label(re.compile("Or choose a recording"))).to_be_visible()
    page.get_by_role("textbox", name="What helps you?").fill("My sister's laugh.")
    page.get_by_role("button", name="Save my thoughts").click()
    expect(page.get_by_text("Saved. Only you can see this.")).to_be_visible()
    assert complaints == []
    context.close()


def test_microphone_refused_says_so_kindly(lesson, live_server, chromium):
    refuse = (
        "navigator.mediaDevices.getUserMedia = () => "
        "Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));"
    )
    context, page, complaints = _tab(chromium, live_server.url, refuse)
    page.goto(f"{live_server.url}{lesson.url}")
    note = page.locator("[data-voice-note]")

    note.get_by_role("button", name="Record a voice note").click()

    expect(note.locator("[data-voice-note-status]")).to_have_text(
        "The microphone is not allowed, so a voice note cannot be recorded. "
        "You can still write in the box above."
    )
    expect(note.get_by_label(re.compile("Or choose a recording"))).to_be_visible()
    expect(page.get_by_role("textbox", name="What helps you?")).to_be_editable()
    assert complaints == []
    context.close()
