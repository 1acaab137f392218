"""From a real course completion to a certificate, through the receiver and the task."""

from functools import partial

import pytest

from certifications.models import Certificate
from certifications.receivers import evaluations_enqueue
from tests.certifications.helpers import course_finish, programme_for
from tests.factories import CourseBuilder


def issuance(callbacks) -> list[partial]:
    """The certifications app's callbacks (the courses app queues its own, for caches)."""
    return [c for c in callbacks if isinstance(c, partial) and c.func is evaluations_enqueue]


@pytest.fixture
def course(index):
    return CourseBuilder(index, "R1").module(lessons=2).module(lessons=1, check=True).build()


@pytest.mark.django_db
def test_course_completion_issues_the_certificate_after_commit(
    course, learner, django_capture_on_commit_callbacks
):
    programme = programme_for(course)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        course_finish(user=learner, course=course)

    assert len(issuance(callbacks)) == 1
    certificate = Certificate.objects.get()
    assert (certificate.user, certificate.programme, certificate.status) == (
        learner,
        programme,
        "valid",
    )


@pytest.mark.django_db
def test_course_completion_queues_nothing_before_commit(
    course, learner, django_capture_on_commit_callbacks
):
    programme_for(course)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        course_finish(user=learner, course=course)

    assert len(issuance(callbacks)) == 1
    assert Certificate.objects.count() == 0
    issuance(callbacks)[0]()
    issuance(callbacks)[0]()  # delivered twice (a retried message): still one certificate
    assert Certificate.objects.count() == 1


@pytest.mark.django_db
def test_course_completion_skips_inactive_and_unrelated_programmes(
    course, index, learner, django_capture_on_commit_callbacks
):
    other = CourseBuilder(index, "R2").module(lessons=1).build()
    programme_for(course, code="inactive", active=False)
    programme_for(other, code="unrelated")

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        course_finish(user=learner, course=course)

    assert len(issuance(callbacks)) == 1
    assert issuance(callbacks)[0]() == []  # no programme was evaluated
    assert Certificate.objects.count() == 0


@pytest.mark.django_db
def test_course_completion_waits_for_the_other_required_courses(
    course, index, learner, django_capture_on_commit_callbacks
):
    other = CourseBuilder(index, "R3").module(lessons=1).build()
    programme_for(course, other)

    with django_capture_on_commit_callbacks(execute=True):
        course_finish(user=learner, course=course)
    assert Certificate.objects.count() == 0

    with django_capture_on_commit_callbacks(execute=True):
        course_finish(user=learner, course=other)
    assert Certificate.objects.count() == 1


@pytest.mark.django_db
def test_evaluations_enqueue_sends_ids_to_the_certificates_queue(course, learner, monkeypatch):
    from certifications.tasks import evaluate_and_issue_task

    programme = programme_for(course)
    sent = []
    monkeypatch.setattr(
        evaluate_and_issue_task, "apply_async", lambda **kwargs: sent.append(kwargs)
    )

    assert evaluations_enqueue(user_id=learner.pk, course_id=course.pk) == [programme.pk]
    assert sent == [{"args": (learner.pk, programme.pk), "queue": "certificates"}]


@pytest.mark.django_db
def test_module_completion_issues_a_module_badge_after_commit(
    index, learner, django_capture_on_commit_callbacks
):
    course = CourseBuilder(index, "R3").module(lessons=1, check=True).module(lessons=1).build()
    badges = programme_for(course, code="badges", awarded_per_module=True)
    whole = programme_for(course, code="whole")
    from courses import services as course_services
    from tests.certifications.helpers import check_answer
    from tests.factories.courses import lessons_of, modules_of

    first = modules_of(course)[0]
    with django_capture_on_commit_callbacks(execute=True):
        course_services.lesson_mark_viewed(user=learner, lesson=lessons_of(course)[0])
        check_answer(user=learner, module=first, right=len(first.check_quiz.value["questions"]))

    # The first module is complete, the course is not: one badge, no certificate for `whole`.
    assert list(Certificate.objects.values_list("programme", "module")) == [(badges.pk, first.pk)]
    assert not Certificate.objects.filter(programme=whole).exists()
