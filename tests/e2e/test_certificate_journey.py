"""A survivor leader finishes the last lesson of a pathway in a real browser, then finds the
certificate in "My certificates", downloads its PDF and opens its public check page; the
certificates page also fits a 320 px phone."""

import pytest

from certifications.models import (
    Certificate,
    CertificationProgramme,
    ChecklistSignOff,
    SignOffChecklist,
)
from courses import services
from courses.models import CompletionRule
from tests.e2e.conftest import sign_in
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of
from trauma_training.services import consent_record

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE_WIDTH = 320


@pytest.fixture
def pathway(live_server):
    """One course of two "viewed" lessons; the first already done. A programme for learners
    requiring it and an applied project, which a mentor has signed."""
    index = course_index()
    course = (
        CourseBuilder(index, "P1")
        .module(lesson_specs=[{"rule": CompletionRule.VIEWED}, {"rule": CompletionRule.VIEWED}])
        .build()
    )
    programme = CertificationProgramme.objects.create(
        code="pathway",
        name="Survivor Leader pathway",
        printed_title="Community Leadership pathway",
        audience=CertificationProgramme.Audience.LEARNER,
    )
    programme.required_courses.set([course])
    checklist = SignOffChecklist.objects.create(
        programme=programme, title="Applied project", items="Led a collective session"
    )
    learner = user_with_role("learner", username="learner", display_name="Meena S.")
    mentor = user_with_role("mentor", username="mentor-m")
    ChecklistSignOff.objects.create(
        user=learner,
        checklist=checklist,
        status="verified",
        items_signed=["Led a collective session"],
        reviewed_by=mentor,
    )
    # She agreed to the certificates purpose, so her check page is public (DOMAIN.md 6.7).
    consent_record(user=learner, purpose="certificates", granted=True, language="en")
    services.enrolment_create(user=learner, course=course)
    first, last = lessons_of(course)
    services.lesson_mark_viewed(user=learner, lesson=first)
    return {"last_lesson_url": last.url, "user_id": learner.pk}


def test_pathway_completion_gives_a_certificate_with_pdf_and_check_page(
    pathway, live_server, browser, tmp_path
):
    from certifications.checks import pdf_engine_problem

    if pdf_engine_problem() is not None:
        pytest.skip(f"{pdf_engine_problem()}; install Pango (apt-get install libpango-1.0-0)")
    base = live_server.url
    context = browser.new_context(viewport={"width": 1024, "height": 800}, accept_downloads=True)
    page = context.new_page()
    sign_in(page, base)

    # Finishing the last lesson completes the course, and so the pathway: the certificate is
    # issued and made after the commit (Celery runs eagerly here).
    page.goto(f"{base}{pathway['last_lesson_url']}")
    page.get_by_role("button", name="I have finished this lesson").click()
    page.wait_for_load_state()
    assert page.get_by_text("Well done. This lesson is complete.").count() == 1
    certificate = Certificate.objects.get(user_id=pathway["user_id"])
    assert certificate.rendered_at is not None

    page.get_by_role("link", name="My certificates").click()
    page.wait_for_url(f"{base}/certificates/mine/")
    item = page.locator("li.certificate")
    assert item.locator("h2").inner_text() == "Community Leadership pathway"
    assert "Valid" in item.locator(".status").inner_text()
    assert "Name printed: Meena S." in item.inner_text()

    with page.expect_download() as download_info:
        item.get_by_role("link", name="Download the PDF").click()
    download = download_info.value
    assert download.suggested_filename == f"certificate-{certificate.code}.pdf"
    saved = tmp_path / "certificate.pdf"
    download.save_as(saved)
    assert saved.read_bytes()[:5] == b"%PDF-"

    item.get_by_role("link", name=f"Public check page (code {certificate.code})").click()
    page.wait_for_url(f"{base}/certificates/verify/{certificate.code}/")
    record = page.locator("dl.certificate-record")
    assert record.locator("dd").nth(0).inner_text() == "Valid"
    assert record.locator("dd").nth(1).inner_text() == "Meena S."
    assert record.locator("dd").nth(2).inner_text() == "Community Leadership pathway"
    # Nothing about the account: not the username.
    assert "learner" not in page.locator("main").inner_text().lower().split()

    page.set_viewport_size({"width": PHONE_WIDTH, "height": 640})
    page.goto(f"{base}/certificates/mine/")
    page.screenshot(path=str(tmp_path / "mine-320.png"), full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE_WIDTH, f"My certificates scrolls sideways: {width}px wide"
    context.close()
