"""Turning the player's statements into attempts and lesson progress
(`services.statements_recorded`), with the statements h5p-standalone sent while a QuestionSet
was answered to the end (shared fixtures) and with hand-made ones."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.utils import timezone

from courses import services as course_services
from courses.h5p import services
from courses.models import H5PActivityResult, H5PAttempt, LessonProgress
from courses.services.progress import h5p_activities_passed
from tests.courses.h5p.helpers import (
    ANSWERED,
    ATTEMPTED,
    COMPLETED,
    QUESTIONSET,
    activity_from_fixture,
    enrolled_lesson,
    greeting_package,
    h5p_course,
    only_lesson,
    recorded_statements,
    statement,
)
from tests.courses.helpers import capture_completions


def completed_lessons(user) -> list[int]:
    return list(
        LessonProgress.objects.filter(user=user, completed_at__isnull=False).values_list(
            "lesson_id", flat=True
        )
    )


def greeting_activity(pass_mark: int = 60, title: str = "Greet"):
    return services.activity_create(data=greeting_package(), title=title, pass_mark=pass_mark)


# --- The recorded QuestionSet run -------------------------------------------------------------


@pytest.mark.django_db
def test_recorded_questionset_run_makes_one_attempt_from_the_final_completed(
    fixtures_dir, index, learner
):
    activity = activity_from_fixture(fixtures_dir, QUESTIONSET, pass_mark=60)
    lesson = enrolled_lesson(index, learner, activity)
    statements = recorded_statements(fixtures_dir, activity.iri)
    assert len(statements) == 24

    with capture_completions() as fired:
        attempts = services.statements_recorded(user=learner, statements=statements)

    final = statements[-1]
    assert final["verb"]["id"] == COMPLETED
    assert len(attempts) == 1
    saved = H5PAttempt.objects.get()
    assert saved.user == learner
    assert saved.activity == activity
    assert str(saved.statement_id) == final["id"]
    assert saved.verb == COMPLETED
    assert (saved.score_raw, saved.score_min, saved.score_max) == (3.0, 0.0, 14.0)
    assert saved.score_scaled == 0.2143
    assert saved.success is False
    assert saved.finished_at == datetime(2025, 3, 1, 9, 0, 23, tzinfo=UTC)
    assert saved.percent == 21
    # 3 of 14 is below the pass mark of 60: the lesson stays open.
    assert fired == []
    assert completed_lessons(learner) == []
    assert h5p_activities_passed(user=learner, lesson=lesson) is False


@pytest.mark.django_db
def test_recorded_run_with_pass_mark_20_completes_the_lesson_once(fixtures_dir, index, learner):
    activity = greeting_activity(pass_mark=20)
    lesson = enrolled_lesson(index, learner, activity)
    statements = recorded_statements(fixtures_dir, activity.iri)
    module = lesson.get_module()
    course = lesson.get_course()

    with capture_completions() as fired:
        services.statements_recorded(user=learner, statements=statements)
        services.statements_recorded(user=learner, statements=statements)

    assert fired == [
        ("lesson", learner.pk, lesson.pk),
        ("module", learner.pk, module.pk),
        ("course", learner.pk, course.pk),
    ]
    assert completed_lessons(learner) == [lesson.pk]
    assert H5PAttempt.objects.count() == 1


@pytest.mark.django_db
def test_lesson_completed_receiver_hears_exactly_once(fixtures_dir, index, learner):
    from courses.signals import lesson_completed

    activity = greeting_activity(pass_mark=20)
    lesson = enrolled_lesson(index, learner, activity)
    heard = []

    def receiver(sender, user, lesson, **kwargs):
        heard.append((user.pk, lesson.pk))

    lesson_completed.connect(receiver, weak=False)
    try:
        for _ in range(3):
            services.statements_recorded(
                user=learner, statements=recorded_statements(fixtures_dir, activity.iri)
            )
    finally:
        lesson_completed.disconnect(receiver)

    assert heard == [(learner.pk, lesson.pk)]
    # Each run has its own statement ids (a new go), so each is an attempt.
    assert H5PAttempt.objects.count() == 3


@pytest.mark.django_db
def test_resending_the_same_statements_makes_no_second_attempt(fixtures_dir, index, learner):
    activity = greeting_activity(pass_mark=60)
    enrolled_lesson(index, learner, activity)
    statements = recorded_statements(fixtures_dir, activity.iri)

    services.statements_recorded(user=learner, statements=statements)
    services.statements_recorded(user=learner, statements=statements)

    assert H5PAttempt.objects.count() == 1


@pytest.mark.django_db
def test_statements_out_of_order_still_make_one_attempt_and_complete(fixtures_dir, index, learner):
    activity = greeting_activity(pass_mark=20)
    lesson = enrolled_lesson(index, learner, activity)
    statements = list(reversed(recorded_statements(fixtures_dir, activity.iri)))
    assert statements[0]["verb"]["id"] == COMPLETED
    assert statements[-1]["verb"]["id"] == ATTEMPTED

    services.statements_recorded(user=learner, statements=statements)

    assert H5PAttempt.objects.get().score_scaled == 0.2143
    assert completed_lessons(learner) == [lesson.pk]


@pytest.mark.django_db
def test_statements_sent_one_by_one_make_one_attempt(fixtures_dir, index, learner):
    activity = greeting_activity(pass_mark=20)
    lesson = enrolled_lesson(index, learner, activity)

    for one in recorded_statements(fixtures_dir, activity.iri):
        services.statements_recorded(user=learner, statements=[one])

    assert H5PAttempt.objects.count() == 1
    assert completed_lessons(learner) == [lesson.pk]


# --- Which statements make an attempt ---------------------------------------------------------


@pytest.mark.django_db
def test_child_answered_with_a_parent_makes_no_attempt(index, learner):
    activity = greeting_activity(pass_mark=10)
    enrolled_lesson(index, learner, activity)
    child = statement(
        f"{activity.iri}?subContentId=abc",
        score={"raw": 1, "max": 1, "scaled": 1},
        success=True,
        parent=activity.iri,
    )

    assert services.statements_recorded(user=learner, statements=[child]) == []
    assert H5PAttempt.objects.count() == 0
    assert completed_lessons(learner) == []


@pytest.mark.django_db
def test_answered_about_the_activity_itself_but_with_a_parent_makes_no_attempt(index, learner):
    activity = greeting_activity(pass_mark=10)
    enrolled_lesson(index, learner, activity)
    nested = statement(activity.iri, score={"scaled": 1}, parent="https://elsewhere.example")

    assert services.statements_recorded(user=learner, statements=[nested]) == []


@pytest.mark.django_db
def test_sub_content_answered_without_a_parent_makes_no_attempt(index, learner):
    activity = greeting_activity(pass_mark=10)
    enrolled_lesson(index, learner, activity)
    orphan = statement(f"{activity.iri}?subContentId=abc", score={"scaled": 1})

    assert services.statements_recorded(user=learner, statements=[orphan]) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "verb",
    [
        ATTEMPTED,
        "http://adlnet.gov/expapi/verbs/interacted",
        "http://adlnet.gov/expapi/verbs/passed",
        "http://adlnet.gov/expapi/verbs/progressed",
    ],
)
def test_other_verbs_make_no_attempt(index, learner, verb):
    activity = greeting_activity(pass_mark=10)
    enrolled_lesson(index, learner, activity)

    result = services.statements_recorded(
        user=learner, statements=[statement(activity.iri, verb=verb, score={"scaled": 1})]
    )

    assert result == []
    assert H5PAttempt.objects.count() == 0


@pytest.mark.django_db
def test_statement_whose_object_is_not_an_activity_makes_no_attempt(index, learner):
    activity = greeting_activity(pass_mark=10)
    enrolled_lesson(index, learner, activity)
    about_agent = statement(activity.iri, score={"scaled": 1})
    about_agent["object"]["objectType"] = "Agent"

    assert services.statements_recorded(user=learner, statements=[about_agent]) == []


@pytest.mark.django_db
def test_statement_about_an_unknown_iri_is_ignored(index, learner):
    activity = greeting_activity(pass_mark=10)
    enrolled_lesson(index, learner, activity)

    result = services.statements_recorded(
        user=learner,
        statements=[statement("http://127.0.0.1:8765/activity/qs", score={"scaled": 1})],
    )

    assert result == []
    assert H5PAttempt.objects.count() == 0
    assert completed_lessons(learner) == []


@pytest.mark.django_db
def test_an_empty_batch_does_nothing(learner):
    assert services.statements_recorded(user=learner, statements=[]) == []


# --- Scores and the pass mark -----------------------------------------------------------------


@pytest.mark.django_db
def test_top_level_answered_without_success_completes_on_the_scaled_score(index, learner):
    activity = greeting_activity(pass_mark=60)
    lesson = enrolled_lesson(index, learner, activity)

    services.statements_recorded(
        user=learner,
        statements=[
            statement(activity.iri, score={"raw": 2, "min": 0, "max": 3, "scaled": 0.6667})
        ],
    )

    saved = H5PAttempt.objects.get()
    assert (saved.verb, saved.success, saved.score_scaled) == (ANSWERED, None, 0.6667)
    assert completed_lessons(learner) == [lesson.pk]


@pytest.mark.django_db
def test_success_true_below_the_pass_mark_does_not_complete(index, learner):
    activity = greeting_activity(pass_mark=60)
    enrolled_lesson(index, learner, activity)

    services.statements_recorded(
        user=learner, statements=[statement(activity.iri, score={"scaled": 0.5}, success=True)]
    )

    assert H5PAttempt.objects.get().success is True
    assert completed_lessons(learner) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("score", "scaled"),
    [
        ({"raw": 3, "min": 0, "max": 4}, 0.75),
        ({"raw": 3, "max": 4}, 0.75),
        ({"raw": 3, "min": 2, "max": 4}, 0.5),
        ({"raw": 0, "min": 0, "max": 5}, 0.0),
        ({"raw": 3, "min": 3, "max": 3}, None),
        ({"max": 4}, None),
        ({"raw": 3}, None),
        ({}, None),
    ],
)
def test_scaled_score_is_computed_from_raw_min_max_when_missing(index, learner, score, scaled):
    activity = greeting_activity(pass_mark=60)
    enrolled_lesson(index, learner, activity)

    services.statements_recorded(user=learner, statements=[statement(activity.iri, score=score)])

    saved = H5PAttempt.objects.get()
    assert saved.score_scaled == scaled
    assert (saved.score_raw, saved.score_min, saved.score_max) == (
        score.get("raw"),
        score.get("min"),
        score.get("max"),
    )


@pytest.mark.django_db
def test_computed_scaled_score_at_the_pass_mark_completes(index, learner):
    activity = greeting_activity(pass_mark=75)
    lesson = enrolled_lesson(index, learner, activity)

    services.statements_recorded(
        user=learner, statements=[statement(activity.iri, score={"raw": 3, "max": 4})]
    )

    assert completed_lessons(learner) == [lesson.pk]


@pytest.mark.django_db
def test_answered_without_a_result_is_an_unscored_attempt(index, learner):
    activity = greeting_activity(pass_mark=0)
    enrolled_lesson(index, learner, activity)

    services.statements_recorded(user=learner, statements=[statement(activity.iri)])

    saved = H5PAttempt.objects.get()
    assert (saved.score_scaled, saved.success) == (None, None)
    assert completed_lessons(learner) == []


@pytest.mark.django_db
@pytest.mark.parametrize(("scaled", "completes"), [(0.59995, True), (0.5999, False)])
def test_pass_mark_allows_for_h5p_rounding_to_four_decimals(index, learner, scaled, completes):
    activity = greeting_activity(pass_mark=60)
    lesson = enrolled_lesson(index, learner, activity)

    services.statements_recorded(
        user=learner, statements=[statement(activity.iri, score={"scaled": scaled})]
    )

    assert completed_lessons(learner) == ([lesson.pk] if completes else [])


@pytest.mark.django_db
def test_statement_without_a_timestamp_is_finished_now(index, learner):
    activity = greeting_activity()
    enrolled_lesson(index, learner, activity)
    undated = statement(activity.iri, score={"scaled": 0.1})
    del undated["timestamp"]
    before = timezone.now()

    services.statements_recorded(user=learner, statements=[undated])

    assert before <= H5PAttempt.objects.get().finished_at <= timezone.now()


@pytest.mark.django_db
def test_best_attempt_counts_whatever_came_later(index, learner):
    activity = greeting_activity(pass_mark=60)
    lesson = enrolled_lesson(index, learner, activity)

    services.statements_recorded(
        user=learner,
        statements=[
            statement(activity.iri, score={"scaled": 0.9}, timestamp="2025-03-01T10:00:00Z"),
            statement(activity.iri, score={"scaled": 0.1}, timestamp="2025-03-01T09:00:00Z"),
        ],
    )

    assert H5PAttempt.objects.count() == 2
    assert completed_lessons(learner) == [lesson.pk]


# --- Lessons with several activities, several lessons -----------------------------------------


@pytest.mark.django_db
def test_lesson_with_two_activities_completes_when_both_are_passed(index, learner):
    first, second = greeting_activity(title="One"), greeting_activity(title="Two")
    course = h5p_course(index, [first, second])
    course_services.enrolment_create(user=learner, course=course)
    lesson = only_lesson(course)
    course_services.lesson_start(user=learner, lesson=lesson)

    services.statements_recorded(
        user=learner, statements=[statement(first.iri, score={"scaled": 1})]
    )
    assert completed_lessons(learner) == []

    services.statements_recorded(
        user=learner, statements=[statement(second.iri, score={"scaled": 1})]
    )
    assert completed_lessons(learner) == [lesson.pk]


@pytest.mark.django_db
def test_passing_completes_every_open_lesson_using_the_activity(index, learner):
    activity = greeting_activity()
    first = enrolled_lesson(index, learner, activity, code="A1")
    second = enrolled_lesson(index, learner, activity, code="B1")

    services.statements_recorded(
        user=learner, statements=[statement(activity.iri, score={"scaled": 1})]
    )

    assert sorted(completed_lessons(learner)) == sorted([first.pk, second.pk])


@pytest.mark.django_db
def test_passing_does_not_complete_a_viewed_lesson(index, learner):
    activity = greeting_activity()
    enrolled_lesson(index, learner, activity, rule="viewed")

    services.statements_recorded(
        user=learner, statements=[statement(activity.iri, score={"scaled": 1})]
    )

    assert H5PAttempt.objects.count() == 1
    assert completed_lessons(learner) == []


@pytest.mark.django_db
def test_other_learners_pass_does_not_complete_my_lesson(index, learner, other_learner):
    activity = greeting_activity()
    enrolled_lesson(index, learner, activity)

    services.statements_recorded(
        user=other_learner, statements=[statement(activity.iri, score={"scaled": 1})]
    )

    assert completed_lessons(learner) == []
    assert completed_lessons(other_learner) == []


# --- A learner who may not open the lesson ----------------------------------------------------


@pytest.mark.django_db
def test_learner_who_cannot_open_the_lesson_gets_an_attempt_but_no_completion(
    index, learner, other_learner
):
    activity = greeting_activity(pass_mark=20)
    enrolled_lesson(index, learner, activity)

    with capture_completions() as fired:
        attempts = services.statements_recorded(
            user=other_learner, statements=[statement(activity.iri, score={"scaled": 1})]
        )

    assert len(attempts) == 1
    assert H5PAttempt.objects.get().user == other_learner
    assert fired == []
    assert LessonProgress.objects.filter(user=other_learner).count() == 0


@pytest.mark.django_db
def test_pass_before_enrolling_is_not_counted_until_the_next_passing_attempt(index, learner):
    """What happens now: an attempt made while the lesson was closed is stored, but nothing
    looks at it again when the learner enrols; only a later passing attempt (or another
    call of `lesson_evaluate`) completes the lesson."""
    activity = greeting_activity(pass_mark=60)
    course = h5p_course(index, [activity])
    lesson = only_lesson(course)
    services.statements_recorded(
        user=learner, statements=[statement(activity.iri, score={"scaled": 1})]
    )

    course_services.enrolment_create(user=learner, course=course)
    course_services.lesson_start(user=learner, lesson=lesson)
    assert completed_lessons(learner) == []
    services.statements_recorded(
        user=learner, statements=[statement(activity.iri, score={"scaled": 0.1})]
    )
    assert completed_lessons(learner) == []

    course_services.lesson_evaluate(user=learner, lesson=lesson)
    assert completed_lessons(learner) == [lesson.pk]


@pytest.mark.django_db
def test_withdrawn_learner_gets_an_attempt_but_no_completion(index, learner):
    activity = greeting_activity()
    lesson = enrolled_lesson(index, learner, activity)
    course_services.enrolment_withdraw(user=learner, course=lesson.get_course())

    services.statements_recorded(
        user=learner, statements=[statement(activity.iri, score={"scaled": 1})]
    )

    assert H5PAttempt.objects.count() == 1
    assert completed_lessons(learner) == []


# --- Cost per statement POST ------------------------------------------------------------------


@pytest.mark.django_db
def test_statements_that_are_not_attempts_cost_no_query(
    fixtures_dir, index, learner, django_assert_num_queries
):
    activity = greeting_activity()
    enrolled_lesson(index, learner, activity)
    others = recorded_statements(fixtures_dir, activity.iri)[:-1]  # all but the final completed

    with django_assert_num_queries(0):
        assert services.statements_recorded(user=learner, statements=others) == []


@pytest.mark.django_db
def test_failing_attempt_costs_six_queries_first_and_three_after(
    index, learner, django_assert_num_queries
):
    activity = greeting_activity(pass_mark=60)
    enrolled_lesson(index, learner, activity)

    # The activity behind the IRI (then remembered), earlier copies of the statement, the
    # attempt, and the learner's first result in the activity: an UPDATE that finds no row,
    # the row's INSERT and the UPDATE that adds the attempt to it.
    with django_assert_num_queries(6):
        services.statements_recorded(
            user=learner, statements=[statement(activity.iri, score={"scaled": 0.1})]
        )
    # From then on: earlier copies, the attempt, the result's UPDATE.
    with django_assert_num_queries(3):
        services.statements_recorded(
            user=learner, statements=[statement(activity.iri, score={"scaled": 0.2})]
        )

    assert H5PActivityResult.objects.get(user=learner, activity=activity).attempts == 2


@pytest.mark.django_db
def test_passing_attempt_in_a_completed_lesson_costs_one_query_once_known(
    index, learner, django_assert_num_queries
):
    activity = greeting_activity(pass_mark=60)
    lesson = enrolled_lesson(index, learner, activity)
    services.statements_recorded(
        user=learner, statements=[statement(activity.iri, score={"scaled": 1})]
    )
    assert completed_lessons(learner) == [lesson.pk]
    # The next pass looks for earlier copies, inserts its attempt, adds it to the learner's
    # result and finds no lesson left to judge (4 queries)...
    with django_assert_num_queries(4):
        services.statements_recorded(
            user=learner, statements=[statement(activity.iri, score={"scaled": 1})]
        )

    # ...which is remembered: from then on, only the attempt and the result are written.
    with capture_completions() as fired, django_assert_num_queries(3):
        services.statements_recorded(
            user=learner, statements=[statement(activity.iri, score={"scaled": 1})]
        )

    assert fired == []
    assert H5PAttempt.objects.count() == 3


@pytest.mark.django_db
def test_lesson_started_after_a_remembered_none_is_judged_on_the_next_pass(index, learner):
    activity = greeting_activity(pass_mark=60)
    enrolled_lesson(index, learner, activity, code="A1")
    services.statements_recorded(
        user=learner, statements=[statement(activity.iri, score={"scaled": 1})]
    )
    services.statements_recorded(  # nothing open now: remembered
        user=learner, statements=[statement(activity.iri, score={"scaled": 1})]
    )
    second = enrolled_lesson(index, learner, activity, code="B1")  # starting it forgets that

    services.statements_recorded(
        user=learner, statements=[statement(activity.iri, score={"scaled": 1})]
    )

    assert second.pk in completed_lessons(learner)


@pytest.mark.django_db
def test_pass_before_opening_the_lesson_counts_when_the_learner_opens_it(index, learner, client):
    activity = greeting_activity()
    lesson = enrolled_lesson(index, learner, activity, opened=False)
    services.statements_recorded(
        user=learner, statements=[statement(activity.iri, score={"scaled": 1})]
    )
    assert completed_lessons(learner) == []

    client.force_login(learner)
    assert client.get(lesson.url).status_code == 200

    assert completed_lessons(learner) == [lesson.pk]
