"""A mentor sees nothing of a mentee's progress but the name until the mentee agrees, in a
real browser; then sees it; and nothing again once the mentee withdraws, in one tap."""

import pytest

from cms.roles import Role
from courses import services
from tests.e2e.conftest import sign_in
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of
from trauma_training.models import Mentorship

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COURSE_TITLE = "Leading and speaking up, for the consent test"


@pytest.fixture
def mentorship(live_server):
    index = course_index()
    course = CourseBuilder(index, "C1", title=COURSE_TITLE).module(lessons=2).build()
    mentee = user_with_role(Role.LEARNER, username="learner", display_name="Asha-K")
    mentor = user_with_role(Role.MENTOR, username="mentor-m", display_name="Meera-M")
    Mentorship.objects.create(mentor=mentor, mentee=mentee)
    services.enrolment_create(user=mentee, course=course)
    services.lesson_mark_viewed(user=mentee, lesson=lessons_of(course)[0])
    return mentee, mentor


def mentee_card(page, base):
    page.goto(f"{base}/programme/mentor/")
    return page.locator("main").inner_text()


def test_mentor_sees_progress_only_while_the_mentee_consents(mentorship, live_server, browser):
    base = live_server.url
    mentor_page = browser.new_context().new_page()
    sign_in(mentor_page, base, username="mentor-m", landing="/programme/mentor/")
    learner_page = browser.new_context().new_page()
    sign_in(learner_page, base)

    before = mentee_card(mentor_page, base)
    assert "Asha-K" in before
    assert "Progress is private" in before
    assert COURSE_TITLE not in before

    learner_page.goto(f"{base}/programme/privacy/")
    choice = learner_page.locator("#choice-progress_to_mentor")
    choice.get_by_role("button", name="Yes, I agree").click()
    learner_page.wait_for_load_state()
    assert "Your choice: yes" in learner_page.locator("#choice-progress_to_mentor").inner_text()

    with_consent = mentee_card(mentor_page, base)
    assert COURSE_TITLE in with_consent
    assert "Progress is private" not in with_consent

    learner_page.locator("#choice-progress_to_mentor").get_by_role(
        "button", name="No, stop sharing"
    ).click()
    learner_page.wait_for_load_state()

    withdrawn = mentee_card(mentor_page, base)
    assert "Progress is private" in withdrawn
    assert COURSE_TITLE not in withdrawn
