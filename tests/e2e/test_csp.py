"""The learner's main pages in a real browser under the site's Content-Security-Policy and
Permissions-Policy (cms/security_headers.py): My learning, a lesson with a quiz (answered), the
help page, the mentor dashboard and the quick exit. Any console message saying the policy
refused something, or that a header is malformed, fails the test."""

import re
from dataclasses import dataclass

import pytest
from wagtail.models import Site

from cms.roles import Role
from cms.safety import services as safety_services
from cms.safety.models import SafetySettings
from courses import services
from courses.models import Cohort, CohortMembership, CompletionRule
from tests.e2e.conftest import sign_in
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of
from trauma_training.models import Collective, Consent, Mentorship

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 360, "height": 740}
# What Chromium logs when a policy refuses something or cannot read a header.
VIOLATION = re.compile(
    r"Content Security Policy|Refused to|Permissions-Policy|Permissions policy", re.IGNORECASE
)


@dataclass
class Setup:
    quiz_lesson: str
    viewed_lesson: str
    neutral_url: str


@pytest.fixture
def setup(live_server) -> Setup:
    course = (
        CourseBuilder(course_index(), "CS")
        .module(lesson_specs=[{"rule": CompletionRule.QUIZ}, {"rule": CompletionRule.VIEWED}])
        .build()
    )
    quiz_lesson, viewed_lesson = lessons_of(course)
    learner = user_with_role(Role.LEARNER, username="learner", display_name="Asha")
    mentor = user_with_role(Role.MENTOR, username="mentor", display_name="Meera")
    coordinator = user_with_role(Role.COORDINATOR, username="coordinator")
    services.enrolment_create(user=learner, course=course)
    # Half the course done, so My learning and the mentor dashboard draw a 50% bar.
    services.lesson_start(user=learner, lesson=viewed_lesson)
    services.lesson_mark_viewed(user=learner, lesson=viewed_lesson)
    # The mentor sees the bar only because the learner agreed to share progress.
    Consent.objects.create(
        user=learner,
        purpose=Consent.Purpose.PROGRESS_TO_MENTOR,
        granted=True,
        notice_version="test",
        language="en",
    )
    cohort = Cohort.objects.create(name="Collective")
    CohortMembership.objects.create(cohort=cohort, user=learner, role="member")
    CohortMembership.objects.create(cohort=cohort, user=mentor, role="facilitator")
    collective = Collective.objects.create(cohort=cohort, region="West Bengal")
    Mentorship.objects.create(
        mentor=mentor, mentee=learner, collective=collective, assigned_by=coordinator
    )
    neutral_url = f"{live_server.url}/healthz?neutral=1"
    settings = SafetySettings.for_site(Site.objects.get(is_default_site=True))
    settings.neutral_exit_url = neutral_url
    settings.save()
    safety_services.safety_config_forget()
    yield Setup(quiz_lesson.url, viewed_lesson.url, neutral_url)
    safety_services.safety_config_forget()


def _violations(page) -> list[str]:
    messages: list[str] = []
    page.on(
        "console",
        lambda message: messages.append(message.text) if VIOLATION.search(message.text) else None,
    )
    page.on("pageerror", lambda error: messages.append(f"page error: {error}"))
    return messages


def _bar_ratio(page, selector: str) -> float:
    """How much of its track a progress bar fills, as the browser drew it."""
    return page.evaluate(
        """(selector) => {
          const bar = document.querySelector(selector);
          const track = bar.parentElement.getBoundingClientRect().width;
          return bar.getBoundingClientRect().width / track;
        }""",
        selector,
    )


def test_csp_learner_pages_run_without_a_single_violation(setup, live_server, browser, tmp_path):
    base = live_server.url
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    violations = _violations(page)
    sign_in(page, base)

    # My learning: the progress bar's width comes from a class, not a style attribute.
    response = page.goto(f"{base}/learn/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "camera=()" in response.headers["permissions-policy"]
    assert "no-store" in response.headers["cache-control"]
    assert _bar_ratio(page, ".progress > span") == pytest.approx(0.5, abs=0.01)

    # A lesson with a quiz, answered.
    page.goto(f"{base}{setup.quiz_lesson}")
    page.screenshot(path=str(tmp_path / "quiz-lesson-360.png"), full_page=True)
    page.get_by_role("radio", name="Option 0").check()
    page.get_by_role("button", name="Check my answers").click()
    page.wait_for_load_state()
    assert page.get_by_text("Well done: 1 of 1 answered right.").is_visible()
    page.screenshot(path=str(tmp_path / "quiz-answered-360.png"), full_page=True)

    # The help page and the quick-exit explanation.
    page.goto(f"{base}/help/")
    page.goto(f"{base}/safety/about-quick-exit/")

    # The quick exit still leaves at once for the neutral site (location.replace is navigation,
    # which the policy does not govern).
    page.goto(f"{base}{setup.viewed_lesson}")
    page.locator("a.quick-exit").click()
    page.wait_for_url(setup.neutral_url)

    assert violations == []
    context.close()


def test_csp_mentor_dashboard_draws_its_bars_without_a_violation(setup, live_server, browser):
    base = live_server.url
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    violations = _violations(page)
    page.goto(f"{base}/accounts/login/")
    form = page.locator("form:has(input[name='login'])")
    form.locator("input[name='login']").fill("mentor")
    form.locator("input[name='password']").fill("pass-word-123")
    form.locator("button[type='submit']").click()
    page.wait_for_load_state()

    page.goto(f"{base}/programme/mentor/")

    assert _bar_ratio(page, ".progress > span") == pytest.approx(0.5, abs=0.01)
    assert violations == []
    context.close()


def test_csp_a_forbidden_inline_script_is_reported_by_the_browser(setup, live_server, browser):
    """The check above can fail: an inline script slipped into a page is refused, and the
    console says so."""
    base = live_server.url
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    violations = _violations(page)
    sign_in(page, base)

    page.evaluate(
        """() => {
          const script = document.createElement('script');
          script.textContent = 'window.injected = true;';
          document.body.appendChild(script);
        }"""
    )

    assert page.evaluate("() => window.injected === undefined")
    assert any("script-src" in message for message in violations)
    context.close()
