"""Issuance and rendering through a real broker and a real Celery worker (CI: Redis and
PostgreSQL). Skips elsewhere, with the reason; tests/certifications cover the logic eagerly."""

import pytest

from certifications.models import Certificate
from courses import services as course_services
from tests.certifications.helpers import course_finish, programme_for
from tests.courses.test_tasks_worker import _wait_for, real_celery_worker  # noqa: F401
from tests.factories import CourseBuilder, course_index, user_with_role

# One process runs every real-worker test (`--dist loadgroup`, Makefile): two in-process
# workers on one broker would take each other's tasks, run against the other's test database.
pytestmark = [pytest.mark.integration, pytest.mark.xdist_group("real_celery_worker")]


def test_course_completion_issues_and_renders_on_a_real_worker(
    real_celery_worker,  # noqa: F811
    pdf_engine,
):
    index = course_index()
    course = CourseBuilder(index, "W2").module(lessons=1, check=True).build()
    programme = programme_for(course, validity_days=365)
    learner = user_with_role("learner", username="worker-certified", display_name="Asha K.")
    course_services.enrolment_create(user=learner, course=course)

    # Each completion commits (transactional test), so the receiver's on_commit queues the
    # evaluation on the certificates queue; the worker issues, then renders.
    course_finish(user=learner, course=course)

    assert _wait_for(
        lambda: Certificate.objects.filter(user=learner, rendered_at__isnull=False).exists(),
        seconds=60,
    ), "the worker did not issue and render the certificate within 60 s"
    certificate = Certificate.objects.get(user=learner, programme=programme)
    assert (certificate.printed_name, certificate.cycle, certificate.status) == (
        "Asha K.",
        1,
        "valid",
    )
    assert list(certificate.events.values_list("kind", flat=True)) == ["issued", "rendered"]
    with certificate.pdf.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
