"""A learner's result per activity (`H5PActivityResult`: attempt count, best score, latest),
kept by `services.attempts_save` as attempts are stored, and the pages that read it instead of
every attempt: their cost does not grow with the learner's history."""

from __future__ import annotations

import importlib
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from django.apps import apps
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services as course_services
from courses.h5p import selectors, services
from courses.models import H5PActivityResult, H5PAttempt
from tests.courses.h5p.helpers import (
    ANSWERED,
    COMPLETED,
    enrolled_lesson,
    greeting_package,
    statement,
)

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def greeting(title: str = "Greet", pass_mark: int = 60):
    return services.activity_create(data=greeting_package(), title=title, pass_mark=pass_mark)


def built(user, activity, scaled, *, minutes: int = 0, statement_id=None) -> H5PAttempt:
    return H5PAttempt(
        user=user,
        activity=activity,
        statement_id=statement_id or uuid.uuid4(),
        verb=ANSWERED,
        score_scaled=scaled,
        finished_at=START + timedelta(minutes=minutes),
    )


def result_of(user, activity) -> tuple:
    row = H5PActivityResult.objects.get(user=user, activity=activity)
    return row.attempts, row.best_scaled, row.last_finished_at


def history(user, activities, count: int, *, top: float = 0.5) -> None:
    """`count` attempts spread over `activities`, scores between 0 and `top` (below a pass
    mark of 60% by default), saved in batches of 50 as the record store saves them."""
    attempts = [
        built(user, activities[n % len(activities)], round(top * (n % 11) / 10, 4), minutes=n)
        for n in range(count)
    ]
    for first in range(0, count, 50):
        services.attempts_save(user=user, attempts=attempts[first : first + 50])


# --- Keeping the row ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_attempts_save_counts_attempts_and_keeps_the_best_and_latest(learner, other_learner):
    greet, quiz = greeting("Greet"), greeting("Quiz")

    services.attempts_save(
        user=learner,
        attempts=[
            built(learner, greet, 0.5, minutes=3),
            built(learner, greet, 0.75, minutes=1),
            built(learner, quiz, None, minutes=2),
        ],
    )
    services.attempts_save(user=learner, attempts=[built(learner, greet, 0.25, minutes=5)])
    services.attempts_save(user=other_learner, attempts=[built(other_learner, greet, 1.0)])

    assert result_of(learner, greet) == (3, 0.75, START + timedelta(minutes=5))
    assert result_of(learner, quiz) == (1, None, START + timedelta(minutes=2))
    assert result_of(other_learner, greet) == (1, 1.0, START)
    assert H5PAttempt.objects.filter(user=learner).count() == 4


@pytest.mark.django_db
def test_an_older_attempt_arriving_late_leaves_the_latest_alone(learner):
    greet = greeting()
    services.attempts_save(user=learner, attempts=[built(learner, greet, 0.1, minutes=10)])

    services.attempts_save(user=learner, attempts=[built(learner, greet, 0.9, minutes=1)])

    assert result_of(learner, greet) == (2, 0.9, START + timedelta(minutes=10))


@pytest.mark.django_db
def test_a_score_after_unscored_attempts_becomes_the_best(learner):
    greet = greeting()
    services.attempts_save(user=learner, attempts=[built(learner, greet, None)])
    assert result_of(learner, greet)[:2] == (1, None)

    services.attempts_save(user=learner, attempts=[built(learner, greet, 0.3, minutes=1)])
    services.attempts_save(user=learner, attempts=[built(learner, greet, None, minutes=2)])

    assert result_of(learner, greet) == (3, 0.3, START + timedelta(minutes=2))


@pytest.mark.django_db
def test_a_resent_statement_counts_once(learner):
    greet = greeting()
    same = uuid.uuid4()

    first = services.attempts_save(
        user=learner,
        attempts=[  # twice in one batch, as a UUID and as the statement's text
            built(learner, greet, 0.4, statement_id=same),
            built(learner, greet, 0.9, statement_id=str(same)),
        ],
    )
    again = services.attempts_save(
        user=learner, attempts=[built(learner, greet, 1.0, statement_id=same)]
    )

    assert [a.score_scaled for a in first] == [0.4]
    assert again == []
    assert result_of(learner, greet) == (1, 0.4, START)
    assert H5PAttempt.objects.count() == 1


@pytest.mark.django_db
def test_statements_recorded_keeps_the_result_of_each_activity(index, learner):
    greet, quiz = greeting("Greet"), greeting("Quiz")
    statements = [
        statement(greet.iri, score={"scaled": 0.2}, timestamp="2026-03-01T09:00:00+00:00"),
        statement(greet.iri, score={"raw": 3, "min": 0, "max": 4}),
        statement(quiz.iri, verb=COMPLETED, score={"scaled": 0.1}),
        statement(greet.iri, verb="http://adlnet.gov/expapi/verbs/attempted"),  # not an attempt
    ]

    services.statements_recorded(user=learner, statements=statements)
    services.statements_recorded(user=learner, statements=statements[:1])  # re-sent

    assert result_of(learner, greet)[:2] == (2, 0.75)
    assert result_of(learner, quiz)[:2] == (1, 0.1)


@pytest.mark.django_db
def test_results_go_with_the_learner_and_with_the_activity(learner, other_learner):
    greet, quiz = greeting("Greet"), greeting("Quiz")
    for user in (learner, other_learner):
        services.attempts_save(
            user=user, attempts=[built(user, greet, 0.5), built(user, quiz, 0.5)]
        )

    learner.delete()
    quiz.delete()

    assert list(H5PActivityResult.objects.values_list("user_id", "activity_id")) == [
        (other_learner.pk, greet.pk)
    ]


@pytest.mark.django_db
def test_the_migration_fills_results_from_existing_attempts(learner, other_learner):
    """Attempts stored before the results existed (written here directly, as the old code
    did) get the rows `attempts_save` would have kept."""
    greet, quiz = greeting("Greet"), greeting("Quiz")
    H5PAttempt.objects.bulk_create(
        [
            built(learner, greet, 0.2, minutes=1),
            built(learner, greet, 0.8, minutes=4),
            built(learner, greet, None, minutes=2),
            built(learner, quiz, None, minutes=3),
            built(other_learner, greet, 0.6, minutes=9),
        ]
    )
    migration = importlib.import_module("courses.migrations.0015_h5p_activity_results")

    migration.results_fill(apps, None)

    rows = H5PActivityResult.objects.order_by("user_id", "activity_id").values_list(
        "user_id", "activity_id", "attempts", "best_scaled", "last_finished_at"
    )
    assert list(rows) == [
        (learner.pk, greet.pk, 3, 0.8, START + timedelta(minutes=4)),
        (learner.pk, quiz.pk, 1, None, START + timedelta(minutes=3)),
        (other_learner.pk, greet.pk, 1, 0.6, START + timedelta(minutes=9)),
    ]


# --- Pages read the row, whatever the history --------------------------------------------------


def queries_of(client, url: str) -> tuple[int, str]:
    # Caches warm, as for a learner moving around the site (the first visit to a lesson
    # records its opening, which moves the learner's cache version once more).
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.django_db
def test_lesson_page_costs_the_same_with_no_attempt_and_with_three_hundred(
    index, client, learner, other_learner, django_assert_num_queries
):
    greet = greeting()
    others = [greeting(f"Other {n}") for n in range(2)]
    lesson = enrolled_lesson(index, learner, greet)
    course_services.enrolment_create(user=other_learner, course=lesson.get_course())
    history(learner, [greet, *others], 300)  # 100 in this lesson's activity, none passing
    client.force_login(other_learner)
    none, _page = queries_of(client, lesson.url)
    assert none == 11  # docs/performance.md lists them

    client.force_login(learner)
    client.get(lesson.url)
    with django_assert_num_queries(none):
        page = client.get(lesson.url).content.decode()

    # The best of 100 attempts (scores 0 to 0.5), with the count, from one row.
    assert "Not yet - your best score so far is 50%. You need 60%." in page
    player = selectors.lesson_players(lesson=lesson, user=learner)
    (only,) = player.values()
    assert (only.attempts, only.best.percent, only.passed) == (100, 50, False)


@pytest.mark.django_db
def test_my_learning_costs_the_same_with_no_attempt_and_with_many(
    index, client, learner, other_learner, django_assert_num_queries
):
    activities = [greeting(f"Activity {n}") for n in range(4)]
    lesson = enrolled_lesson(index, learner, activities[0])
    course_services.enrolment_create(user=other_learner, course=lesson.get_course())
    url = reverse("courses:my_learning")
    client.force_login(other_learner)
    none, page = queries_of(client, url)
    assert "Your activities" not in page

    history(learner, activities, 400, top=0.9)
    client.force_login(learner)
    client.get(url)
    with django_assert_num_queries(none):
        page = client.get(url).content.decode()

    # Most recently tried first: attempt 399 was in activity 3, 398 in activity 2, ...
    order = [page.index(f'<li data-activity="{a.pk}">') for a in reversed(activities)]
    assert order == sorted(order)
    assert f'<li data-activity="{activities[0].pk}">Activity 0: best 90% · ' in page
    standings = selectors.learner_activity_standings(user=learner)
    assert [(s.activity, s.attempts, s.best_percent, s.passed) for s in standings] == [
        (activities[3], 100, 90, True),
        (activities[2], 100, 90, True),
        (activities[1], 100, 90, True),
        (activities[0], 100, 90, True),
    ]


@pytest.mark.django_db
def test_result_endpoint_costs_the_same_with_no_attempt_and_with_many(
    index, client, learner, other_learner, django_assert_num_queries
):
    greet = greeting()
    lesson = enrolled_lesson(index, learner, greet)
    course_services.enrolment_create(user=other_learner, course=lesson.get_course())
    url = reverse("courses:h5p_result", args=[lesson.pk, greet.pk])
    client.force_login(other_learner)
    none, _body = queries_of(client, url)

    history(learner, [greet], 120)
    client.force_login(learner)
    client.get(url)
    with django_assert_num_queries(none):
        body = client.get(url).json()

    assert body == {
        "attempts": 120,
        "best_percent": 50,
        "passed": False,
        "pass_mark": 60,
        "message": "Not yet - your best score so far is 50%. You need 60%. "
        "You can try again as many times as you like.",
        "lesson_completed": False,
    }


@pytest.mark.django_db
def test_trainers_results_read_one_row_per_learner(
    learner, other_learner, django_assert_num_queries
):
    greet = greeting()
    history(learner, [greet], 150, top=0.9)
    services.attempts_save(
        user=other_learner,
        attempts=[built(other_learner, greet, 0.35), built(other_learner, greet, -0.2)],
    )

    # The results (1) and the lessons using the activity (1), whatever the attempts.
    with django_assert_num_queries(2):
        results = selectors.activity_results(activity=greet)

    assert (results.attempts, results.learners, results.passed, results.median_best) == (
        152,
        2,
        1,
        62.5,
    )
    assert dict(results.distribution)["30-39"] == 1
    assert dict(results.distribution)["90-100"] == 1


# --- Two processes at once ----------------------------------------------------------------------


@pytest.mark.integration
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("migrated_rows_restored")
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL: an in-memory SQLite test database is not shared between threads, "
    "and SQLite serialises writers by itself",
)
def test_attempts_saved_from_eight_threads_at_once_are_all_counted(learner):
    greet = greeting()
    threads_count, each = 8, 25
    start = threading.Barrier(threads_count)
    errors: list = []

    def work(number: int):
        try:
            start.wait()
            for n in range(each):
                services.attempts_save(
                    user=learner, attempts=[built(learner, greet, (number * each + n) / 200)]
                )
        except Exception as error:  # reported to the test below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert result_of(learner, greet) == (200, 199 / 200, START)
