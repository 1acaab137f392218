"""Listen in a real browser (docs/read-aloud.md): the lesson read sentence by sentence in the
lesson's language, the sentence being read highlighted, Pause/Resume/Stop; no Listen and a
note said once when the phone has no voice for the language; silence at once on quick exit and
on leaving the page.

Headless Chromium has no voices, so `speechSynthesis` is a fake (FAKE_SPEECH below): it
records each utterance and fires "start" at once, but "end" only when the test says the
sentence is over (`window.__speech.finish()`), so every step is checked in a known state."""

import json
import uuid
from dataclasses import dataclass

import pytest
from playwright.sync_api import expect
from wagtail.models import Site

from cms.safety import services as safety_services
from cms.safety.models import SafetySettings
from courses import services
from courses.models import CompletionRule
from tests.e2e.conftest import sign_in
from tests.factories import CourseBuilder, course_index, quiz_value, user_with_role
from tests.factories.courses import lessons_of

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 320, "height": 640}
VOICES = [
    {"name": "Hindi India", "lang": "hi-IN", "localService": True, "default": False},
    {"name": "English US online", "lang": "en-US", "localService": False, "default": True},
    {"name": "English India", "lang": "en-IN", "localService": True, "default": False},
]
PRIVATE_ANSWER = "My private answer. Nobody hears this."
# Everything the lesson body says, in order: a heading, a paragraph's three sentences (. ! ?),
# a list item; the quiz's title, question (its number joins it), hint and options; the
# reflection's prompt and its note. Never the learner's saved answer, nor the buttons.
SENTENCES = [
    "Staying safe with money",
    "Keep your savings in your own name.",
    "Ask before you sign anything!",
    "Is the loan fair?",
    "Write down what you owe",
    "Tip: Take your time",
    "You can come back later.",
    "Check",
    "1. Which is kind?",
    "Choose one.",
    "Option 0",
    "Option 1",
    "Option 2",
    "What helps you?",
    "Private: only you can see this.",
]

# A stand-in for the browser's speech synthesis. `voices` start empty and arrive with a
# "voiceschanged" event, as on many phones. What it is asked to say and each cancel are also
# written to the tab's sessionStorage, which outlives leaving the page (see `_reports`).
FAKE_SPEECH = """
(voices) => {
  const report = (what) => {
    const reports = JSON.parse(sessionStorage.getItem("speech-reports") || "[]");
    sessionStorage.setItem("speech-reports", JSON.stringify(reports.concat([what])));
  };
  const log = { spoken: [], cancels: 0 };
  let loaded = [];
  let queue = [];
  let current = null;
  const listeners = {};
  const fire = (target, type, extra) => {
    const event = Object.assign({ type: type, utterance: target }, extra || {});
    if (typeof target["on" + type] === "function") { target["on" + type](event); }
    ((target.__listeners || {})[type] || []).forEach((fn) => fn(event));
  };
  const next = () => {
    current = queue.shift() || null;
    fake.speaking = !!current;
    if (current) {
      const utterance = current;
      setTimeout(() => { if (current === utterance) { fire(utterance, "start"); } }, 0);
    }
  };
  class FakeUtterance {
    constructor(text) {
      this.text = text; this.lang = ""; this.voice = null; this.rate = 1; this.__listeners = {};
    }
    addEventListener(type, fn) { (this.__listeners[type] = this.__listeners[type] || []).push(fn); }
  }
  const fake = {
    speaking: false, pending: false, paused: false,
    getVoices() { return loaded; },
    addEventListener(type, fn) { (listeners[type] = listeners[type] || []).push(fn); },
    removeEventListener() {},
    speak(utterance) {
      log.spoken.push({
        text: utterance.text, lang: utterance.lang,
        voice: utterance.voice ? utterance.voice.name : null,
      });
      report("speak: " + utterance.text);
      queue.push(utterance);
      if (!current) { next(); }
    },
    cancel() {
      log.cancels += 1;
      report("cancel");
      const was = current;
      queue = [];
      current = null;
      fake.speaking = false;
      // A real engine tells the interrupted utterance, a moment later.
      if (was) { setTimeout(() => fire(was, "error", { error: "interrupted" }), 0); }
    },
    pause() { fake.paused = true; },
    resume() { fake.paused = false; },
  };
  log.finish = () => {
    const was = current;
    if (!was) { return false; }
    setTimeout(() => { if (current === was) { fire(was, "end"); next(); } }, 0);
    return true;
  };
  window.__speech = log;
  Object.defineProperty(window, "speechSynthesis", { value: fake, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", {
    value: FakeUtterance, configurable: true, writable: true,
  });
  setTimeout(() => {
    loaded = voices;
    (listeners.voiceschanged || []).forEach((fn) => fn({ type: "voiceschanged" }));
  }, 100);
}
"""


@dataclass
class Setup:
    lesson_url: str
    neutral_url: str


def _body() -> list[dict]:
    return [
        {
            "type": "text",
            "id": str(uuid.uuid4()),
            "value": (
                "<h3>Staying safe with money</h3>"
                "<p>Keep your savings in your own name. Ask before you sign anything! "
                "Is the loan fair?</p>"
                "<ul><li>Write down what you owe</li></ul>"
            ),
        },
        {
            "type": "callout",
            "id": str(uuid.uuid4()),
            "value": {"kind": "tip", "title": "Take your time", "text": "You can come back later."},
        },
        {"type": "quiz", "id": str(uuid.uuid4()), "value": quiz_value()},
        {
            "type": "reflection",
            "id": "reflection-1",
            "value": {"prompt": "What helps you?", "hint": ""},
        },
    ]


@pytest.fixture
def setup(live_server) -> Setup:
    course = (
        CourseBuilder(course_index(), "RA")
        .module(lesson_specs=[{"rule": CompletionRule.VIEWED, "body": _body()}])
        .build()
    )
    [lesson] = lessons_of(course)
    learner = user_with_role("learner", username="learner")
    services.enrolment_create(user=learner, course=course)
    services.reflection_submit(
        user=learner, lesson=lesson, block_id="reflection-1", text=PRIVATE_ANSWER
    )
    neutral_url = f"{live_server.url}/healthz?neutral=1"
    settings = SafetySettings.for_site(Site.objects.get(is_default_site=True))
    settings.neutral_exit_url = neutral_url
    settings.save()
    safety_services.safety_config_forget()
    yield Setup(lesson_url=f"{live_server.url}{lesson.url}", neutral_url=neutral_url)
    safety_services.safety_config_forget()


def _tab(browser, base: str, voices: list[dict], *, highlights: bool = True):
    """A signed-in phone-sized tab whose speech synthesis is the fake, with `voices`."""
    context = browser.new_context(viewport=PHONE)
    context.add_init_script(f"({FAKE_SPEECH})({json.dumps(voices)});")
    if not highlights:
        context.add_init_script("Object.defineProperty(CSS, 'highlights', { value: undefined });")
    page = context.new_page()
    sign_in(page, base)
    return context, page


def _reports(page) -> list[str]:
    """What the fake was told in this tab since `_reports_clear`, across pages."""
    return page.evaluate("JSON.parse(sessionStorage.getItem('speech-reports') || '[]')")


def _reports_clear(page) -> None:
    page.evaluate("sessionStorage.removeItem('speech-reports')")


def _spoken(page) -> list[dict]:
    return page.evaluate("window.__speech.spoken")


def _wait_spoken(page, count: int) -> list[dict]:
    page.wait_for_function("(n) => window.__speech.spoken.length >= n", arg=count)
    return _spoken(page)


def _highlighted(page) -> list[str]:
    return page.evaluate(
        "() => { const h = CSS.highlights.get('read-aloud');"
        " return h ? Array.from(h).map((range) => range.toString()) : []; }"
    )


def _finish_sentence(page, spoken_before: int) -> list[dict]:
    assert page.evaluate("window.__speech.finish()") is True
    return _wait_spoken(page, spoken_before + 1)


def test_read_aloud_reads_sentence_by_sentence_with_pause_resume_and_stop(
    setup, live_server, browser
):
    context, page = _tab(browser, live_server.url, VOICES)
    page.goto(setup.lesson_url)
    play = page.locator("[data-read-aloud-play]")
    stop = page.get_by_role("button", name="Stop")

    expect(page.get_by_role("button", name="Listen")).to_be_visible()
    expect(page.get_by_role("group", name="Listen to this lesson")).to_be_visible()
    assert page.locator("[data-read-aloud-note]").is_hidden()
    assert stop.is_hidden()
    assert page.locator("#lesson-body").get_attribute("lang") == "en"

    page.get_by_role("button", name="Listen").click()
    spoken = _wait_spoken(page, 1)
    # The phone's own Indian English voice, in the lesson's language.
    assert spoken == [
        {"text": "Staying safe with money", "lang": "en-IN", "voice": "English India"}
    ]
    expect(play).to_have_text("Pause")
    expect(stop).to_be_visible()
    assert _highlighted(page) == ["Staying safe with money"]

    spoken = _finish_sentence(page, 1)
    assert [s["text"] for s in spoken] == [
        "Staying safe with money",
        "Keep your savings in your own name.",
    ]
    page.wait_for_function(
        "() => Array.from(CSS.highlights.get('read-aloud') || [])"
        ".map((r) => r.toString()).join() === 'Keep your savings in your own name.'"
    )

    # Pause keeps the place and the highlight; Resume reads that sentence again.
    cancels = page.evaluate("window.__speech.cancels")
    play.click()
    expect(play).to_have_text("Resume")
    assert page.evaluate("window.__speech.cancels") == cancels + 1
    assert _highlighted(page) == ["Keep your savings in your own name."]
    play.click()
    expect(play).to_have_text("Pause")
    spoken = _wait_spoken(page, 3)
    assert spoken[2]["text"] == "Keep your savings in your own name."
    spoken = _finish_sentence(page, 3)
    assert spoken[3]["text"] == "Ask before you sign anything!"

    # Stop: silent, nothing more is said, back to Listen with no highlight.
    stop.click()
    expect(play).to_have_text("Listen")
    expect(stop).to_be_hidden()
    assert page.evaluate("window.__speech.cancels") == cancels + 2
    page.wait_for_timeout(300)
    assert len(_spoken(page)) == 4
    assert _highlighted(page) == []
    # Focus went from the hidden Stop button back to Listen, not to the page.
    assert page.evaluate("document.activeElement.hasAttribute('data-read-aloud-play')")
    context.close()


def test_read_aloud_reads_the_whole_lesson_in_order_and_never_a_saved_answer(
    setup, live_server, browser
):
    context, page = _tab(browser, live_server.url, VOICES)
    page.goto(setup.lesson_url)
    assert page.locator("textarea").input_value() == PRIVATE_ANSWER

    page.get_by_role("button", name="Listen").click()
    _wait_spoken(page, 1)
    for count in range(1, len(SENTENCES)):
        _finish_sentence(page, count)
    page.evaluate("window.__speech.finish()")

    assert [s["text"] for s in _spoken(page)] == SENTENCES
    expect(page.locator("[data-read-aloud-play]")).to_have_text("Listen")
    assert _highlighted(page) == []
    context.close()


def test_read_aloud_without_highlights_marks_the_element_being_read(setup, live_server, browser):
    context, page = _tab(browser, live_server.url, VOICES, highlights=False)
    page.goto(setup.lesson_url)

    page.get_by_role("button", name="Listen").click()
    _wait_spoken(page, 1)
    assert page.locator(".read-aloud-current").evaluate_all(
        "(els) => els.map((el) => el.tagName + ': ' + el.textContent)"
    ) == ["H3: Staying safe with money"]
    _finish_sentence(page, 1)
    assert page.locator(".read-aloud-current").evaluate_all(
        "(els) => els.map((el) => el.tagName)"
    ) == ["P"]
    page.get_by_role("button", name="Stop").click()
    expect(page.locator(".read-aloud-current")).to_have_count(0)
    context.close()


def test_read_aloud_without_a_voice_for_the_language_says_so_once(setup, live_server, browser):
    hindi_only = [VOICES[0]]
    context, page = _tab(browser, live_server.url, hindi_only)
    page.goto(setup.lesson_url)
    note = page.locator("[data-read-aloud-note]")

    expect(note).to_be_visible()
    assert note.inner_text() == (
        "This phone has no voice for this language, so it cannot read the lesson aloud. "
        "All the text is still here for you."
    )
    assert page.locator("[data-read-aloud-controls]").is_hidden()
    assert page.get_by_role("button", name="Listen").count() == 0

    page.reload()
    page.wait_for_timeout(2500)  # longer than the wait for voices
    assert note.is_hidden()
    assert page.locator("[data-read-aloud-controls]").is_hidden()
    assert page.evaluate("window.__speech.spoken") == []
    context.close()


def test_quick_exit_silences_the_voice_at_once(setup, live_server, browser):
    context, page = _tab(browser, live_server.url, VOICES)
    page.goto(setup.lesson_url)
    page.get_by_role("button", name="Listen").click()
    _wait_spoken(page, 1)
    assert page.evaluate("window.__speech.finish()") is True
    _wait_spoken(page, 2)
    _reports_clear(page)

    page.locator("a.quick-exit").click()
    page.wait_for_url(setup.neutral_url)

    # Silenced (by read-aloud.js, then by safety.js itself), and no next sentence started.
    assert _reports(page) == ["cancel", "cancel"]
    context.close()


def test_leaving_the_page_silences_the_voice(setup, live_server, browser):
    context, page = _tab(browser, live_server.url, VOICES)
    page.goto(setup.lesson_url)
    page.get_by_role("button", name="Listen").click()
    _wait_spoken(page, 1)
    _reports_clear(page)

    page.goto(f"{live_server.url}/learn/")

    assert _reports(page) == ["cancel"]
    context.close()
