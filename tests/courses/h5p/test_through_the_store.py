"""The whole path a result takes: statements POSTed to the record store by the signed-in
learner's browser become attempts and lesson progress, and show in "My learning"."""

import pytest
from django.urls import reverse

from courses.models import H5PAttempt, LessonProgress
from courses.xapi import selectors as xapi_selectors
from tests.courses.h5p.helpers import (
    COMPLETED,
    GREETINGCARD,
    activity_from_fixture,
    enrolled_lesson,
)
from tests.courses.xapi.helpers import agent_of, fixture_statements, post, xapi_client

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _forget_activities():
    xapi_selectors.activity_memo_clear()
    yield
    xapi_selectors.activity_memo_clear()


@pytest.fixture
def learner_client(learner):
    client = xapi_client()
    client.force_login(learner)
    return client


def _answered(iri: str, raw: int, maximum: int) -> dict:
    """A top-level `answered` as TrueFalse sends it: no id, no timestamp, no `success` needed."""
    return {
        # Any valid actor: the store replaces it with the signed-in learner's agent.
        "actor": {"objectType": "Agent", "mbox": "mailto:from-the-browser@example.org"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
        "object": {"id": iri, "objectType": "Activity"},
        "result": {"score": {"min": 0, "max": maximum, "raw": raw, "scaled": raw / maximum}},
    }


def test_recorded_question_set_run_makes_exactly_one_attempt(
    fixtures_dir, index, learner, learner_client
):
    activity = activity_from_fixture(fixtures_dir, GREETINGCARD, pass_mark=60)
    lesson = enrolled_lesson(index, learner, activity)

    response = post(
        learner_client, fixture_statements(fixtures_dir, activity.iri, actor=agent_of(learner))
    )

    assert response.status_code == 200
    assert len(response.json()) == 24
    attempt = H5PAttempt.objects.get()
    assert (attempt.user, attempt.activity, attempt.verb) == (learner, activity, COMPLETED)
    assert (attempt.score_raw, attempt.score_min, attempt.score_max) == (3, 0, 14)
    assert attempt.score_scaled == 0.2143
    assert attempt.percent == 21
    # 21% is below the pass mark of 60%: the lesson waits for a better attempt.
    assert not LessonProgress.objects.filter(
        user=learner, lesson=lesson, completed_at__isnull=False
    ).exists()


def test_recorded_run_sent_one_statement_at_a_time_completes_at_a_low_pass_mark(
    fixtures_dir, index, learner, learner_client
):
    activity = activity_from_fixture(fixtures_dir, GREETINGCARD, pass_mark=20)
    lesson = enrolled_lesson(index, learner, activity)
    learner_client.get(lesson.url)

    for statement in fixture_statements(fixtures_dir, activity.iri, actor=agent_of(learner)):
        assert post(learner_client, statement).status_code == 200

    assert H5PAttempt.objects.count() == 1
    assert LessonProgress.objects.get(user=learner, lesson=lesson).completed_at is not None


def test_resent_statement_with_its_id_makes_no_second_attempt(
    fixtures_dir, index, learner, learner_client
):
    activity = activity_from_fixture(fixtures_dir, GREETINGCARD, pass_mark=100)
    enrolled_lesson(index, learner, activity)
    statement = {
        **_answered(activity.iri, 1, 2),
        "id": "2f6a2f3e-8c1e-4d55-9d1b-6b1f0c6f7a10",
        "timestamp": "2026-11-28T09:30:00.123+05:30",
    }

    assert post(learner_client, statement).status_code == 200
    assert post(learner_client, statement).status_code == 200

    assert H5PAttempt.objects.count() == 1


def test_passing_answer_completes_the_lesson_within_the_query_budget(
    fixtures_dir, index, learner, learner_client, django_assert_max_num_queries
):
    activity = activity_from_fixture(fixtures_dir, GREETINGCARD, pass_mark=100)
    lesson = enrolled_lesson(index, learner, activity)
    # As in the browser: the learner opens the lesson, the player's first statement pays for
    # looking the activity up, then comes the answer whose cost the budget is about.
    assert learner_client.get(lesson.url).status_code == 200
    post(learner_client, {**_answered(activity.iri, 0, 1), "verb": {"id": ATTEMPTED_VERB}})

    with django_assert_max_num_queries(QUERY_BUDGET_COMPLETING):
        response = post(learner_client, _answered(activity.iri, 1, 1))

    assert response.status_code == 200
    assert LessonProgress.objects.get(user=learner, lesson=lesson).completed_at is not None


def test_answer_in_a_completed_lesson_costs_at_most_ten_queries(
    fixtures_dir, index, learner, learner_client, django_assert_max_num_queries
):
    activity = activity_from_fixture(fixtures_dir, GREETINGCARD, pass_mark=100)
    lesson = enrolled_lesson(index, learner, activity)
    learner_client.get(lesson.url)
    post(learner_client, _answered(activity.iri, 1, 1))  # completes the lesson
    post(learner_client, _answered(activity.iri, 0, 1))  # and the learner tries again

    with django_assert_max_num_queries(10):
        response = post(learner_client, _answered(activity.iri, 1, 1))

    assert response.status_code == 200
    assert H5PAttempt.objects.count() == 3
    assert LessonProgress.objects.get(user=learner, lesson=lesson).completed_at is not None


def test_result_shows_on_my_learning(fixtures_dir, index, learner, learner_client, client):
    activity = activity_from_fixture(fixtures_dir, GREETINGCARD, pass_mark=50, title="Greet")
    enrolled_lesson(index, learner, activity)
    post(learner_client, _answered(activity.iri, 1, 4))
    post(learner_client, _answered(activity.iri, 3, 4))

    client.force_login(learner)
    page = client.get(reverse("courses:my_learning")).content.decode()

    assert f'<li data-activity="{activity.pk}">Greet: best 75% · ' in page
    assert "pass mark reached" in page


ATTEMPTED_VERB = "http://adlnet.gov/expapi/verbs/attempted"
# Completing a lesson recomputes the module and course totals in the same transaction (the
# foundation's progress service; here it also creates the learner's first module and course
# rows), so the one statement that completes a lesson costs more than the ten every other
# statement stays within: 37 here, of which 8 are savepoints and 8 the H5P part (the check
# for an earlier copy of the statement, the attempt, and the learner's first result row in the
# activity: an UPDATE finding none, its INSERT and the UPDATE; the lessons to judge, and the
# pass read from the result row).
QUERY_BUDGET_COMPLETING = 37
