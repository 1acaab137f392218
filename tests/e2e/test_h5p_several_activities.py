"""Four H5P activities of different types in one lesson, in a real browser: each starts only
when its block comes near the screen (here last block first), each is answered and reports its
result, and each comes back where the learner left it after a reload.

Needs ../shared/fixtures (the packages), node_modules/h5p-standalone (`make setup`) and
Chromium; each missing piece skips with its reason. One page, one reload: the lesson's four
packages are imported once."""

import json
import re
import time
from collections import Counter

import pytest
from wagtail.rich_text import RichText

from courses import services
from courses.h5p import services as h5p_services
from courses.models import CompletionRule, H5PAttempt, LessonPage, LessonProgress
from courses.models.xapi import XAPIStatement
from tests.e2e.conftest import context_close_quietly, sign_in
from tests.e2e.test_h5p_player import PLAYER
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted"
INTERACTED = "http://adlnet.gov/expapi/verbs/interacted"
PROGRESSED = "http://adlnet.gov/expapi/verbs/progressed"

# (fixture file, pass mark): pass marks each finished attempt below reaches.
PACKAGES = [
    ("tunapanda-h5p-test.h5p", 100),  # TrueFalse
    ("lumi-H5P.MultiChoice.h5p", 100),
    ("lumi-H5P.QuestionSet.h5p", 50),
    ("lumi-H5P.CoursePresentation.h5p", 10),
]

# Text between the activities, taller than the player's look-ahead (1200 px each way) on a
# phone: an activity starts only when the learner scrolls near it.
FILLER = RichText(
    "".join(
        f"<p>Paragraph {n}: reading between two activities, long enough to fill a phone.</p>"
        for n in range(60)
    )
)

# The activity instance's place as H5P reports it (getCurrentState), read in its own frame.
CURRENT_STATE = """(id) => {
  const frame = document.getElementById(id);
  const h5p = frame && frame.contentWindow && frame.contentWindow.H5P;
  const instance = h5p && h5p.instances && h5p.instances[0];
  if (!instance) { return null; }
  try { return JSON.stringify(instance.getCurrentState()); } catch (error) { return null; }
}"""

# The place the record store holds, asked through the page's own session as the player does.
SAVED_STATE = """async (configId) => {
  const config = JSON.parse(document.getElementById(configId).textContent);
  const url = config.stateUrl + "?activityId=" + encodeURIComponent(config.iri) +
    "&agent=" + encodeURIComponent(JSON.stringify(config.agent)) +
    "&stateId=" + encodeURIComponent(config.stateId);
  const response = await fetch(url, {headers: {"X-Experience-API-Version": "1.0.3"}});
  return response.ok ? JSON.parse(await response.text()).state : null;
}"""


@pytest.fixture
def lesson(fixtures_dir, live_server):
    if not PLAYER.exists():
        pytest.skip("h5p-standalone is not installed: run `make setup` (npm ci)")
    activities = [
        h5p_services.activity_create(
            data=(fixtures_dir / "h5p" / filename).read_bytes(), pass_mark=pass_mark
        )
        for filename, pass_mark in PACKAGES
    ]
    course = CourseBuilder(course_index(), "H1").module(lessons=1).build()
    learner = user_with_role("learner", username="learner")
    services.enrolment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    body = []
    for activity in activities:
        body += [("text", FILLER), ("h5p", {"activity": activity, "heading": ""})]
    lesson.body = body
    lesson.completion_rule = CompletionRule.H5P
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk), activities, learner


def _expect():
    return pytest.importorskip("playwright.sync_api").expect


def test_four_activities_play_report_and_come_back_in_any_order(lesson, live_server, browser):
    lesson_page, activities, learner = lesson
    true_false, multi_choice, question_set, presentation = activities
    base = live_server.url
    expect = _expect()
    context = browser.new_context(viewport={"width": 360, "height": 640})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda m: errors.append(m.text) if "could not start" in m.text else None,
    )
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    # Record-store requests still running (rows are read only when none is).
    running: set = set()
    page.on("request", lambda r: running.add(r) if "/xapi/" in r.url else None)
    page.on("requestfinished", lambda r: running.discard(r))
    page.on("requestfailed", lambda r: running.discard(r))
    sign_in(page, base)

    page.goto(f"{base}{lesson_page.url}")
    blocks = page.locator("[data-h5p-player]")
    frames = page.locator("iframe[id^='h5p-iframe-']")

    def frame(activity):
        return page.frame_locator(f"#h5p-iframe-activity-{activity.pk}")

    def status(index):
        return page.locator("[data-h5p-result]").nth(index)

    # The lesson shows at once: no activity is near the screen, so no player has been fetched.
    expect(page.get_by_text("Paragraph 0:").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert frames.count() == 0
    assert [url for url in requested if "h5p-standalone" in url] == []

    # The last activity first: it starts alone.
    blocks.nth(3).scroll_into_view_if_needed()
    next_slide = frame(presentation).locator(".h5p-footer-next-slide")
    next_slide.wait_for(timeout=30000)
    assert frames.evaluate_all("frames => frames.map(f => f.id)") == [
        f"h5p-iframe-activity-{presentation.pk}"
    ]
    # Then the one above it: the question set, left half-way (its first question answered,
    # the learner on the second). It reports no score until its end: no attempt yet.
    blocks.nth(2).scroll_into_view_if_needed()
    questions = frame(question_set)
    questions.get_by_role("checkbox", name="Answer 1").click()
    questions.get_by_role("button", name="Check").first.click()
    questions.locator(".h5p-question-next:visible").first.click()
    expect(questions.locator(".progress-dot").nth(1)).to_have_class(re.compile(r"\bcurrent\b"))

    blocks.nth(1).scroll_into_view_if_needed()
    frame(multi_choice).get_by_text("Very dark purple").click()
    frame(multi_choice).get_by_role("button", name="Check").click()
    expect(status(1)).to_have_text("Well done: your best score is 100%.", timeout=15000)

    blocks.nth(0).scroll_into_view_if_needed()
    frame(true_false).get_by_role("radio", name="False").click()
    frame(true_false).get_by_role("button", name="Check").click()
    expect(status(0)).to_have_text("Well done: your best score is 100%.", timeout=15000)

    # Back to the first one started: its statements still reach the record store after three
    # more players have started in the page.
    blocks.nth(3).scroll_into_view_if_needed()
    slide_number = frame(presentation).locator(".h5p-footer-slide-count-current")
    for number in ("2", "3", "4"):  # to the summary slide, which reports the score
        # The presentation may ignore a click while a slide is still sliding in.
        _click_until(next_slide, lambda n=number: slide_number.inner_text() == n)
    expect(status(3)).to_have_text("Well done: your best score is 12%.", timeout=15000)

    # Every place reaches the record store (saved every few seconds when it changed).
    places = _wait_until_saved(page, activities)
    assert json.loads(places[true_false.pk]) == {"answer": False}
    assert json.loads(places[multi_choice.pk]) == {"answers": [0]}
    assert json.loads(places[question_set.pk])["progress"] == 1
    assert json.loads(places[presentation.pk])["progress"] == 3
    expect(page.locator("[data-h5p-saved]")).to_have_count(4)
    for saved in page.locator("[data-h5p-saved]").all():
        expect(saved).to_contain_text("Saved at")

    # Rows are read only once every request has ended: SQLite's shared in-memory test
    # database locks tables mid-write.
    page.route("**/xapi/**", lambda route: route.abort())
    _wait_for(lambda: page.wait_for_timeout(100) or not running, what="requests to end")
    attempts = {
        activity.pk: list(
            H5PAttempt.objects.filter(user=learner, activity=activity).values_list(
                "verb", "score_raw", "score_max", "score_scaled"
            )
        )
        for activity in activities
    }
    assert attempts == {
        true_false.pk: [(ANSWERED, 1, 1, 1)],
        multi_choice.pk: [(ANSWERED, 1, 1, 1)],
        question_set.pk: [],
        presentation.pk: [(COMPLETED, 3, 24, 0.125)],
    }
    verbs = {
        activity.pk: Counter(
            XAPIStatement.objects.filter(activity_id=activity.iri).values_list("verb_id", flat=True)
        )
        for activity in activities
    }
    # At least one `progressed` per slide turned (the presentation may send more for a turn).
    assert verbs[presentation.pk].pop(PROGRESSED) >= 3
    assert verbs == {
        true_false.pk: Counter({ATTEMPTED: 1, INTERACTED: 1, ANSWERED: 1}),
        multi_choice.pk: Counter({ATTEMPTED: 1, INTERACTED: 1, ANSWERED: 1}),
        question_set.pk: Counter({ATTEMPTED: 1}),
        presentation.pk: Counter({ATTEMPTED: 1, COMPLETED: 1}),
    }
    # The question set's first question is stored as a part of it (`?subContentId=`).
    parts = XAPIStatement.objects.filter(
        activity_id__startswith=f"{question_set.iri}?subContentId=", verb_id=ANSWERED
    )
    assert parts.count() == 1
    # The lesson waits for the question set.
    assert not LessonProgress.objects.filter(
        user=learner, lesson=lesson_page, completed_at__isnull=False
    ).exists()
    page.unroute("**/xapi/**")

    # Come back: each activity, started in page order this time, is where the learner left it.
    page.reload()
    for index, activity in enumerate(activities):
        blocks.nth(index).scroll_into_view_if_needed()
        _wait_for(lambda a=activity: _current(page, a) == places[a.pk], what=activity.title)
    chosen = frame(true_false).get_by_role("radio", name="False")
    assert chosen.get_attribute("aria-checked") == "true"
    purple = frame(multi_choice).get_by_role("radio", name="Very dark purple")
    assert purple.get_attribute("aria-checked") == "true"
    expect(frame(presentation).get_by_role("button", name="Retry")).to_be_visible()
    assert errors == []
    context_close_quietly(context)


def _current(page, activity) -> str | None:
    return page.evaluate(CURRENT_STATE, f"h5p-iframe-activity-{activity.pk}")


def _wait_for(check, *, what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.25)


def _click_until(button, done, *, tries: int = 20) -> None:
    """Click until `done()`: some content ignores a click while it is still moving."""
    for _ in range(tries):
        if done():
            return
        button.click()
        for _ in range(8):
            if done():
                return
            time.sleep(0.25)
    assert done()


def _wait_until_saved(page, activities) -> dict[int, str]:
    """Each activity's place once the record store holds what the player shows."""
    places: dict[int, str] = {}

    def all_saved() -> bool:
        for activity in activities:
            current = _current(page, activity)
            saved = page.evaluate(SAVED_STATE, f"h5p-config-{_block_id(page, activity)}")
            if current is None or current != saved:
                return False
            places[activity.pk] = saved
        return True

    _wait_for(all_saved, what="every place saved")
    return places


def _block_id(page, activity) -> str:
    return page.evaluate(
        """(iri) => [...document.querySelectorAll("[data-h5p-player]")].find(
             e => JSON.parse(document.getElementById(e.dataset.configId).textContent).iri === iri
           ).dataset.blockId""",
        activity.iri,
    )


@pytest.fixture
def two_small(fixtures_dir, live_server):
    if not PLAYER.exists():
        pytest.skip("h5p-standalone is not installed: run `make setup` (npm ci)")
    activities = [
        h5p_services.activity_create(
            data=(fixtures_dir / "h5p" / filename).read_bytes(), pass_mark=100
        )
        for filename in ("tunapanda-h5p-test.h5p", "lumi-H5P.MultiChoice.h5p")
    ]
    course = CourseBuilder(course_index(), "H1").module(lessons=1).build()
    learner = user_with_role("learner", username="learner")
    services.enrolment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    lesson.body = [
        ("h5p", {"activity": activities[0], "heading": ""}),
        ("text", FILLER),
        ("h5p", {"activity": activities[1], "heading": ""}),
    ]
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk), activities


def test_without_intersection_observer_every_activity_starts(two_small, live_server, browser):
    """An old browser (no IntersectionObserver): every player starts at once, in page order,
    the one far below the screen too."""
    lesson_page, (true_false, multi_choice) = two_small
    base = live_server.url
    context = browser.new_context(viewport={"width": 360, "height": 640})
    context.add_init_script("delete window.IntersectionObserver;")
    page = context.new_page()
    sign_in(page, base)
    page.goto(f"{base}{lesson_page.url}")
    assert page.evaluate("'IntersectionObserver' in window") is False
    far = page.frame_locator(f"#h5p-iframe-activity-{multi_choice.pk}")
    far.get_by_role("radio", name="Very dark purple").wait_for(state="attached", timeout=30000)
    near = page.frame_locator(f"#h5p-iframe-activity-{true_false.pk}")
    near.get_by_role("radio", name="False").wait_for(timeout=30000)
    assert page.evaluate("window.scrollY") == 0
    assert page.locator("[data-h5p-loading]").count() == 0
    context_close_quietly(context)


def test_a_stalled_activity_holds_up_the_next_only_for_its_turn(
    two_small, live_server, browser, settings
):
    """The first activity's files never arrive (a dropped connection): after its turn
    (COURSES_H5P_START_TURN_SECONDS) the second one starts, and the first still says it is
    loading."""
    settings.COURSES_H5P_START_TURN_SECONDS = 2
    lesson_page, (true_false, multi_choice) = two_small
    base = live_server.url
    context = browser.new_context(viewport={"width": 360, "height": 640})
    context.add_init_script("delete window.IntersectionObserver;")  # both start, in page order
    page = context.new_page()
    sign_in(page, base)
    stalled: list = []

    def stall_first(route):
        if not stalled:
            stalled.append(route)  # left unanswered until the end: the connection hangs
            return
        route.continue_()

    page.route("**/h5p.json", stall_first)
    page.goto(f"{base}{lesson_page.url}")
    far = page.frame_locator(f"#h5p-iframe-activity-{multi_choice.pk}")
    far.get_by_role("radio", name="Very dark purple").wait_for(state="attached", timeout=30000)

    assert len(stalled) == 1
    loading = page.locator("[data-h5p-loading]")
    assert loading.count() == 1
    assert page.locator("[data-h5p-player]").nth(0).locator("[data-h5p-loading]").count() == 1
    stalled[0].abort()
    context_close_quietly(context)
