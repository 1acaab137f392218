"""H5P in a real browser: the fixtures' TrueFalse and MultiChoice played with h5p-standalone in
a lesson, under the page's own Content-Security-Policy, as the learner would.

Needs ../shared/fixtures (the packages), node_modules/h5p-standalone (`make setup`) and
Chromium; each missing piece skips with its reason."""

import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings

from courses import services
from courses.h5p import services as h5p_services
from courses.models import CompletionRule, H5PActivity, H5PAttempt, LessonPage, LessonProgress
from tests.e2e.conftest import context_close_quietly, sign_in
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE_WIDTH = 320
PLAYER = Path(settings.BASE_DIR) / "node_modules" / "h5p-standalone" / "dist" / "main.bundle.js"


@dataclass
class Played:
    lesson_url: str
    activity: H5PActivity
    user_id: int
    lesson_id: int
    package_bytes: bytes


def _expect():
    return pytest.importorskip("playwright.sync_api").expect


def _lesson_with(fixtures_dir, filename: str, *, pass_mark: int) -> Played:
    if not PLAYER.exists():
        pytest.skip("h5p-standalone is not installed: run `make setup` (npm ci)")
    data = (fixtures_dir / "h5p" / filename).read_bytes()
    activity = h5p_services.activity_create(data=data, pass_mark=pass_mark)
    course = CourseBuilder(course_index(), "H1").module(lessons=1).build()
    learner = user_with_role("learner", username="learner")
    services.enrolment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    lesson.body = []
    h5p_services.lesson_activity_append(lesson=lesson, activity=activity)
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.completion_rule = CompletionRule.H5P
    lesson.save_revision().publish()
    return Played(
        lesson_url=lesson.url,
        activity=activity,
        user_id=learner.pk,
        lesson_id=lesson.pk,
        package_bytes=data,
    )


def _frame(page, activity: H5PActivity):
    return page.frame_locator(f"#h5p-iframe-activity-{activity.pk}")


def _csp_errors(page) -> list[str]:
    errors: list[str] = []
    page.on(
        "console",
        lambda message: (
            errors.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text
            else None
        ),
    )
    return errors


@pytest.fixture
def true_false(fixtures_dir, live_server) -> Played:
    return _lesson_with(fixtures_dir, "tunapanda-h5p-test.h5p", pass_mark=100)


@pytest.fixture
def multi_choice(fixtures_dir, live_server) -> Played:
    return _lesson_with(fixtures_dir, "lumi-H5P.MultiChoice.h5p", pass_mark=100)


def test_true_false_answer_completes_lesson_and_place_is_restored(
    true_false, live_server, browser, tmp_path
):
    base = live_server.url
    context = browser.new_context(viewport={"width": PHONE_WIDTH, "height": 640})
    page = context.new_page()
    csp_errors = _csp_errors(page)
    sign_in(page, base)

    response = page.goto(f"{base}{true_false.lesson_url}")
    policy = response.headers["content-security-policy"]
    assert "'sha256-8CniZYrnO46q7MvZ3m08Wom1HH/ZhyXmm29kBKTV1rk='" in policy
    assert "'unsafe-eval'" not in policy

    frame = _frame(page, true_false.activity)
    # The fixture's content.json says the statement is false.
    frame.get_by_role("radio", name="False").click()
    frame.get_by_role("button", name="Check").click()

    # The status line changes once the statement is stored and judged. Rows are read only
    # after that: SQLite's shared in-memory test database locks tables mid-write.
    status = page.locator("[data-h5p-result]")
    expect = _expect()
    expect(status).to_have_text(
        "Well done: your best score is 100%. This lesson is complete.", timeout=15000
    )
    attempt = H5PAttempt.objects.get(user_id=true_false.user_id)
    assert (attempt.score_raw, attempt.score_max, attempt.score_scaled) == (1, 1, 1)
    assert LessonProgress.objects.get(
        user_id=true_false.user_id, lesson_id=true_false.lesson_id
    ).completed_at
    page.screenshot(path=str(tmp_path / "true-false-320.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH

    # Leave mid-way and come back: the saved place comes back with the answer chosen.
    expect(page.locator("[data-h5p-saved]")).not_to_be_empty(timeout=15000)
    state = _saved_state(true_false.user_id, true_false.activity)
    assert state["package"] == true_false.activity.package.sha256
    page.reload()
    chosen = _frame(page, true_false.activity).get_by_role("radio", name="False")
    chosen.wait_for()
    assert chosen.get_attribute("aria-checked") == "true"

    # The trainer replaces the package: H5P's own notice says the content changed, and the
    # learner starts afresh.
    h5p_services.activity_package_replace(
        activity=true_false.activity, data=_changed_copy(true_false.package_bytes)
    )
    page.reload()
    notice = _frame(page, true_false.activity).locator(".h5p-content-user-data-reset-dialog")
    expect(notice).to_contain_text("This content has changed since you last used it.")
    assert csp_errors == []
    context_close_quietly(context)


def _changed_copy(data: bytes) -> bytes:
    """The same package with its question reworded: another SHA-256, so another package."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            raw = source.read(info)
            if info.filename == "content/content.json":
                raw = raw.replace(b"Is this false?", b"Is this really false?")
            target.writestr(info, raw)
    return out.getvalue()


def _saved_state(user_id: int, activity: H5PActivity):
    from courses.h5p.selectors import RESUME_STATE_ID
    from courses.models.xapi import XAPIStateDocument

    document = XAPIStateDocument.objects.filter(
        user_id=user_id, activity_id=activity.iri, state_id=RESUME_STATE_ID
    ).first()
    return json.loads(bytes(document.content)) if document else None


def test_multi_choice_plays_under_the_lesson_csp(multi_choice, live_server, browser):
    base = live_server.url
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    page = context.new_page()
    csp_errors = _csp_errors(page)
    sign_in(page, base)

    response = page.goto(f"{base}{multi_choice.lesson_url}")
    assert "'unsafe-eval'" in response.headers["content-security-policy"]

    frame = _frame(page, multi_choice.activity)
    frame.get_by_text("Very dark purple").click()
    frame.get_by_role("button", name="Check").click()

    expect = _expect()
    expect(page.locator("[data-h5p-result]")).to_have_text(
        "Well done: your best score is 100%. This lesson is complete.", timeout=15000
    )
    attempt = H5PAttempt.objects.get(user_id=multi_choice.user_id)
    assert attempt.score_scaled == 1
    assert attempt.verb == "http://adlnet.gov/expapi/verbs/answered"
    assert csp_errors == []
    context_close_quietly(context)


@pytest.fixture
def course_presentation(fixtures_dir, live_server) -> Played:
    return _lesson_with(fixtures_dir, "lumi-H5P.CoursePresentation.h5p", pass_mark=100)


def test_course_presentation_renders_under_the_lesson_csp(
    course_presentation, live_server, browser
):
    """The 70-library stress case starts and shows its first slide. Its Twitter library tries
    to load a script from twitter.com: the policy refuses that, and nothing else."""
    base = live_server.url
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    page = context.new_page()
    csp_errors = _csp_errors(page)
    sign_in(page, base)

    page.goto(f"{base}{course_presentation.lesson_url}")
    slide = _frame(page, course_presentation.activity).locator(".h5p-slide").first
    slide.wait_for(timeout=20000)
    page.wait_for_timeout(2000)  # let every library finish starting
    assert [e for e in csp_errors if "https://platform.twitter.com/" not in e] == []
    assert len(csp_errors) == 1
    context_close_quietly(context)


def test_answers_made_while_signed_out_wait_and_are_saved_after_signing_in(
    true_false, live_server, browser
):
    """A shared phone's session ends mid-exercise: the answer is kept on the page, the learner
    is told why it is not saved, and it is saved once they sign in again."""
    from django.contrib.sessions.models import Session

    base = live_server.url
    context = browser.new_context(viewport={"width": PHONE_WIDTH, "height": 640})
    page = context.new_page()
    sign_in(page, base)
    page.goto(f"{base}{true_false.lesson_url}")
    frame = _frame(page, true_false.activity)
    frame.get_by_role("radio", name="False").wait_for()
    Session.objects.all().delete()

    frame.get_by_role("radio", name="False").click()
    frame.get_by_role("button", name="Check").click()

    expect = _expect()
    status = page.locator("[data-h5p-result]")
    expect(status).to_have_text(
        "Your answers are not saved yet because you are signed out. Please sign in again in a "
        "new tab and keep this page open.",
        timeout=15000,
    )
    sign_in(context.new_page(), base)
    expect(status).to_have_text(
        "Well done: your best score is 100%. This lesson is complete.", timeout=30000
    )
    assert H5PAttempt.objects.get(user_id=true_false.user_id).score_scaled == 1
    context_close_quietly(context)
