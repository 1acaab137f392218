"""The recompute task through a real broker and a real Celery worker (CI: Redis).

Runs when LMS_REAL_CELERY_WORKER=1 and CELERY_BROKER_URL point at a reachable broker;
`.ci/run` sets both. Elsewhere the task runs eagerly and tests/courses cover its logic."""

import json
import os
import time
import uuid

import pytest

from courses import services
from courses.models import CourseProgress, LessonPage
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import modules_of

# One process runs every real-worker test (`--dist loadgroup`, Makefile): two in-process
# workers on one broker would take each other's tasks, run against the other's test database.
pytestmark = [pytest.mark.integration, pytest.mark.xdist_group("real_celery_worker")]


@pytest.fixture
def real_celery_worker(transactional_db, django_db_serialized_rollback):
    # serialized_rollback: the flush after a transactional test then leaves the migrations'
    # rows to be restored, instead of re-creating content types under new ids, which broke
    # the next serialized-rollback test (tests/e2e) with an IntegrityError.
    broker = os.environ.get("CELERY_BROKER_URL", "")
    if not (os.environ.get("LMS_REAL_CELERY_WORKER") and broker):
        pytest.skip("set LMS_REAL_CELERY_WORKER=1 and CELERY_BROKER_URL to run with a real worker")
    from django.db import connection

    if connection.vendor == "sqlite":
        pytest.skip(
            "a worker thread cannot share SQLite's in-memory test database; "
            "CI runs this on PostgreSQL"
        )
    import redis
    from celery.contrib.testing.worker import start_worker

    from cms.celery import app

    try:
        redis.Redis.from_url(broker, socket_connect_timeout=2).ping()
    except redis.exceptions.ConnectionError as error:
        pytest.skip(f"the broker at {broker} does not answer: {error}")
    app.conf.task_always_eager = False
    app.conf.broker_url = broker
    try:
        with start_worker(
            app,
            perform_ping_check=False,
            loglevel="WARNING",
            shutdown_timeout=30,
            # The queues `make worker` listens to (certificates and xAPI have their own).
            queues=["default", "certificates", "xapi"],
        ):
            yield app
    finally:
        app.conf.task_always_eager = True


def _wait_for(predicate, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_course_progress_recompute_task_runs_on_a_real_worker_after_publish(real_celery_worker):
    index = course_index()
    course = CourseBuilder(index, "W1").module(lessons=2).build()
    learner = user_with_role("learner", username="worker-learner")
    services.enrolment_create(user=learner, course=course)
    first_lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    services.lesson_mark_viewed(user=learner, lesson=first_lesson)
    assert CourseProgress.objects.get(user=learner, course=course).percent == 50

    # A trainer publishes a third lesson: the receiver queues the recompute on commit, and
    # the worker (not this process) brings the learner's total to 3.
    module = modules_of(course)[0]
    new_lesson = LessonPage(
        title="Added later",
        slug="w1-added-later",
        body=json.dumps([{"type": "text", "id": str(uuid.uuid4()), "value": "<p>New.</p>"}]),
    )
    module.add_child(instance=new_lesson)
    new_lesson.save_revision().publish()

    assert _wait_for(
        lambda: CourseProgress.objects.get(user=learner, course=course).items_total == 3
    ), "the worker did not recompute the course within 30 s"
    row = CourseProgress.objects.get(user=learner, course=course)
    assert (row.items_completed, row.items_total, row.percent) == (1, 3, 33)
