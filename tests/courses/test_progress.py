"""The progress service: completion rules, signals sent once, reachable totals, sign-off,
reflections and the recompute task."""

import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import timezone

from courses import services
from courses.models import (
    CompletionRule,
    CourseProgress,
    LessonPage,
    LessonProgress,
    ModuleProgress,
    ReflectionResponse,
    SignOff,
)
from courses.tasks import course_progress_recompute_task
from tests.conftest import migrated_rows_restore
from tests.courses.helpers import (
    capture_completions,
    cohort_with,
    quiz_block,
    reflection_block,
    text_block,
)
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of, modules_of


def _one_lesson_course(index, code, *, rule=CompletionRule.VIEWED, body=None):
    spec = {"rule": rule}
    if body is not None:
        spec["body"] = body
    return CourseBuilder(index, code).module(lesson_specs=[spec]).build()


def _completed(user, lesson) -> bool:
    return LessonProgress.objects.filter(
        user=user, lesson=lesson, completed_at__isnull=False, state="completed"
    ).exists()


@pytest.fixture
def mentor(db):
    return user_with_role("mentor", username="mentor-a")


# --- Completion rules ------------------------------------------------------------------------


@pytest.mark.django_db
def test_viewed_rule_completes_when_marked_viewed_and_not_on_opening(index, learner):
    lesson = lessons_of(_one_lesson_course(index, "V1"))[0]
    services.lesson_start(user=learner, lesson=lesson)
    assert services.lesson_evaluate(user=learner, lesson=lesson) is False
    assert not _completed(learner, lesson)
    assert services.lesson_mark_viewed(user=learner, lesson=lesson) is True
    assert _completed(learner, lesson)
    assert services.lesson_mark_viewed(user=learner, lesson=lesson) is False


@pytest.mark.django_db
def test_quiz_rule_completes_only_when_every_quiz_reaches_its_pass_mark(index, learner):
    body = [text_block(), quiz_block(), quiz_block()]
    lesson = lessons_of(_one_lesson_course(index, "Q1", rule=CompletionRule.QUIZ, body=body))[0]
    first, second = lesson.block_ids("quiz")
    services.lesson_mark_viewed(user=learner, lesson=lesson)
    services.quiz_attempt_submit(user=learner, page=lesson, block_id=first, answers={0: [1]})
    assert not _completed(learner, lesson)
    services.quiz_attempt_submit(user=learner, page=lesson, block_id=first, answers={0: [0]})
    assert not _completed(learner, lesson)
    services.quiz_attempt_submit(user=learner, page=lesson, block_id=second, answers={0: [0]})
    assert _completed(learner, lesson)


@pytest.mark.django_db
def test_reflection_rule_completes_only_when_every_prompt_has_an_answer(index, learner):
    body = [text_block(), reflection_block("First?"), reflection_block("Second?")]
    lesson = lessons_of(_one_lesson_course(index, "R1", rule=CompletionRule.REFLECTION, body=body))[
        0
    ]
    first, second = lesson.block_ids("reflection")
    services.lesson_mark_viewed(user=learner, lesson=lesson)
    services.reflection_submit(user=learner, lesson=lesson, block_id=first, text="One")
    assert not _completed(learner, lesson)
    services.reflection_submit(user=learner, lesson=lesson, block_id=second, text="Two")
    assert _completed(learner, lesson)


@pytest.mark.django_db
def test_signoff_rule_completes_only_when_a_facilitator_signs_off(index, learner, mentor):
    lesson = lessons_of(_one_lesson_course(index, "S1", rule=CompletionRule.SIGNOFF))[0]
    cohort_with("Collective A", facilitators=[mentor], members=[learner])
    services.enrolment_create(user=learner, course=lesson.get_course())
    services.lesson_mark_viewed(user=learner, lesson=lesson)
    services.signoff_request(user=learner, lesson=lesson)
    assert not _completed(learner, lesson)
    services.signoff_record(signer=mentor, learner=learner, lesson=lesson)
    assert _completed(learner, lesson)


# --- Signals, once each ----------------------------------------------------------------------


@pytest.mark.django_db
def test_signals_fire_once_under_repeated_submissions_of_every_kind(index, learner, mentor):
    body_quiz = [text_block(), quiz_block()]
    body_reflection = [text_block(), reflection_block()]
    course = (
        CourseBuilder(index, "R2")
        .module(
            lesson_specs=[
                {"rule": CompletionRule.VIEWED},
                {"rule": CompletionRule.QUIZ, "body": body_quiz},
            ]
        )
        .module(
            lesson_specs=[
                {"rule": CompletionRule.REFLECTION, "body": body_reflection},
                {"rule": CompletionRule.SIGNOFF},
            ],
            check=True,
        )
        .build()
    )
    cohort_with("Collective A", facilitators=[mentor], members=[learner])
    viewed, quiz, reflection, signoff = lessons_of(course)
    first, second = modules_of(course)
    # A sign-off answers the learner's request on a course she is on.
    services.enrolment_create(user=learner, course=course)
    services.signoff_request(user=learner, lesson=signoff)
    with capture_completions() as fired:
        for _ in range(3):
            services.lesson_mark_viewed(user=learner, lesson=viewed)
            services.quiz_attempt_submit(
                user=learner, page=quiz, block_id=quiz.block_ids("quiz")[0], answers={0: [0]}
            )
            services.reflection_submit(
                user=learner,
                lesson=reflection,
                block_id=reflection.block_ids("reflection")[0],
                text="Again",
            )
            services.signoff_record(signer=mentor, learner=learner, lesson=signoff)
            services.quiz_attempt_submit(
                user=learner, page=second, block_id=second.check_quiz.id, answers={0: [0]}
            )
    uid = learner.pk
    assert fired == [
        ("lesson", uid, viewed.pk),
        ("lesson", uid, quiz.pk),
        ("module", uid, first.pk),
        ("lesson", uid, reflection.pk),
        ("lesson", uid, signoff.pk),
        ("module", uid, second.pk),
        ("course", uid, course.pk),
    ]
    assert SignOff.objects.filter(learner=learner).count() == 1
    assert ReflectionResponse.objects.filter(user=learner).count() == 1


def _complete_concurrently(target, *, count=2):
    """Run `target` in `count` threads released together; return the exceptions raised."""
    barrier = threading.Barrier(count)
    errors = []

    def run():
        try:
            barrier.wait(timeout=10)
            target()
        except Exception as error:  # reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    return errors


def _in_memory_sqlite_test_database() -> bool:
    test_name = connection.settings_dict.get("TEST", {}).get("NAME") or ":memory:"
    return connection.vendor == "sqlite" and (test_name == ":memory:" or "mode=memory" in test_name)


skip_on_in_memory_sqlite = pytest.mark.skipif(
    _in_memory_sqlite_test_database(),
    reason=(
        "threads share the in-memory SQLite test database through SQLite's shared cache, "
        'whose table locks fail at once ("database table is locked") instead of waiting; '
        "runs with TEST_SQLITE_NAME=<a file> or on PostgreSQL (DATABASE_URL)"
    ),
)
# Threads see only committed rows, so these tests commit; serialized_rollback gives each one
# the rows the migrations made (root page, site, role groups).
commits = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(scope="module")
def migrated_rows_restored_after_module(django_db_blocker):
    """A transactional test ends by emptying every table. Put back the rows the migrations
    made once this module is done, so that transactional tests in other modules that follow
    (pytest-django runs them all last) find the database as they expect."""
    yield
    with django_db_blocker.unblock():
        migrated_rows_restore()


@skip_on_in_memory_sqlite
@commits
@pytest.mark.usefixtures("migrated_rows_restored_after_module")
def test_concurrent_double_submission_fires_each_completion_signal_once():
    course = CourseBuilder(course_index(), "C1").module(lessons=1).build()
    learner = user_with_role("learner", username="racer")
    services.enrolment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    with capture_completions() as fired:
        errors = _complete_concurrently(
            lambda: services.lesson_mark_viewed(user=learner, lesson=lesson)
        )
    assert errors == []
    assert fired == [
        ("lesson", learner.pk, lesson.pk),
        ("module", learner.pk, modules_of(course)[0].pk),
        ("course", learner.pk, course.pk),
    ]
    assert LessonProgress.objects.filter(user=learner).count() == 1
    assert CourseProgress.objects.get(user=learner).percent == 100


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason=(
        "SQLite runs one write transaction at a time (BEGIN IMMEDIATE), so two transactions "
        "can never both be past the check; runs on PostgreSQL (DATABASE_URL)"
    ),
)
@commits
@pytest.mark.usefixtures("migrated_rows_restored_after_module")
def test_concurrent_evaluations_that_both_see_the_lesson_open_complete_it_once(monkeypatch):
    """Both transactions pass the "not complete yet" check before either writes: the
    conditional UPDATE must still let exactly one of them complete the lesson."""
    from courses.services import progress as progress_service

    course = CourseBuilder(course_index(), "C2").module(lessons=1).build()
    learner = user_with_role("learner", username="racer-2")
    lesson = lessons_of(course)[0]
    row = services.lesson_start(user=learner, lesson=lesson)
    LessonProgress.objects.filter(pk=row.pk).update(viewed_at=timezone.now())

    both_checked = threading.Barrier(2)
    rule_satisfied = progress_service._rule_satisfied

    def rule_satisfied_then_wait(**kwargs):
        satisfied = rule_satisfied(**kwargs)
        both_checked.wait(timeout=10)
        return satisfied

    monkeypatch.setattr(progress_service, "_rule_satisfied", rule_satisfied_then_wait)
    results = []
    with capture_completions() as fired:
        errors = _complete_concurrently(
            lambda: results.append(services.lesson_evaluate(user=learner, lesson=lesson))
        )
    assert errors == []
    assert sorted(results) == [False, True]
    assert [kind for kind, _user, _page in fired] == ["lesson", "module", "course"]


# --- Reachable totals ------------------------------------------------------------------------


@pytest.fixture
def signoff_course(index):
    """One module: two "viewed" lessons and one signed off by a mentor."""
    return (
        CourseBuilder(index, "P1")
        .module(
            lesson_specs=[
                {"rule": CompletionRule.VIEWED},
                {"rule": CompletionRule.VIEWED},
                {"rule": CompletionRule.SIGNOFF},
            ]
        )
        .build()
    )


def _totals(user, course):
    row = CourseProgress.objects.get(user=user, course=course)
    return row.items_completed, row.items_total, row.percent


@pytest.mark.django_db
def test_percent_leaves_out_a_signoff_lesson_when_nobody_can_sign_off(signoff_course, learner):
    services.enrolment_create(user=learner, course=signoff_course)
    services.lesson_mark_viewed(user=learner, lesson=lessons_of(signoff_course)[0])
    assert _totals(learner, signoff_course) == (1, 2, 50)


@pytest.mark.django_db
def test_percent_counts_a_signoff_lesson_when_the_learner_has_a_facilitator(
    signoff_course, learner, mentor
):
    cohort_with("Collective A", facilitators=[mentor], members=[learner])
    services.enrolment_create(user=learner, course=signoff_course)
    services.lesson_mark_viewed(user=learner, lesson=lessons_of(signoff_course)[0])
    assert _totals(learner, signoff_course) == (1, 3, 33)
    module_row = ModuleProgress.objects.get(user=learner)
    assert (module_row.lessons_completed, module_row.lessons_total) == (1, 3)


@pytest.mark.django_db
def test_percent_does_not_count_a_facilitator_who_is_the_learner_themselves(
    signoff_course, learner
):
    cohort_with("Own group", facilitators=[learner])
    services.enrolment_create(user=learner, course=signoff_course)
    services.lesson_mark_viewed(user=learner, lesson=lessons_of(signoff_course)[0])
    assert _totals(learner, signoff_course) == (1, 2, 50)


@pytest.mark.django_db
def test_unpublishing_a_lesson_changes_totals_on_recompute(course, learner):
    services.enrolment_create(user=learner, course=course)
    lessons = lessons_of(course)
    services.lesson_mark_viewed(user=learner, lesson=lessons[0])
    assert _totals(learner, course) == (1, 5, 20)
    lessons[3].unpublish()
    services.course_progress_recompute(user=learner, course=course)
    assert _totals(learner, course) == (1, 4, 25)
    lessons[0].unpublish()
    services.course_progress_recompute(user=learner, course=course)
    assert _totals(learner, course) == (0, 3, 0)


@pytest.mark.django_db
def test_course_completion_is_kept_when_a_lesson_is_added_later(index, learner):
    course = _one_lesson_course(index, "K1")
    services.enrolment_create(user=learner, course=course)
    services.lesson_mark_viewed(user=learner, lesson=lessons_of(course)[0])
    completed_at = CourseProgress.objects.get(user=learner).completed_at
    assert completed_at is not None
    module = modules_of(course)[0]
    added = LessonPage(title="Added", slug="k1-added", body="[]")
    module.add_child(instance=added)
    added.save_revision().publish()
    with capture_completions() as fired:
        row = services.course_progress_recompute(user=learner, course=course)
    assert (row.items_completed, row.items_total, row.percent) == (1, 2, 50)
    assert row.completed_at == completed_at
    assert fired == []


# --- Sign-off --------------------------------------------------------------------------------


@pytest.fixture
def signoff_lesson(index, learner):
    course = _one_lesson_course(index, "S2", rule=CompletionRule.SIGNOFF)
    services.enrolment_create(user=learner, course=course)
    return lessons_of(course)[0]


@pytest.mark.django_db
def test_signoff_request_sets_awaiting_signoff(signoff_lesson, learner):
    progress = services.signoff_request(user=learner, lesson=signoff_lesson)
    assert (progress.state, progress.completed_at) == ("awaiting_signoff", None)


@pytest.mark.django_db
def test_signoff_request_on_a_lesson_without_signoff_is_refused(course, learner):
    with pytest.raises(ValidationError) as caught:
        services.signoff_request(user=learner, lesson=lessons_of(course)[0])
    assert caught.value.messages == ["This lesson does not need a sign-off."]


@pytest.mark.django_db
def test_signoff_by_a_facilitator_of_the_learners_cohort_completes_the_lesson(
    signoff_lesson, learner, mentor
):
    cohort_with("Collective A", facilitators=[mentor], members=[learner])
    services.signoff_request(user=learner, lesson=signoff_lesson)
    signoff = services.signoff_record(signer=mentor, learner=learner, lesson=signoff_lesson)
    assert (signoff.learner_id, signoff.signed_by_id) == (learner.pk, mentor.pk)
    progress = LessonProgress.objects.get(user=learner, lesson=signoff_lesson)
    assert progress.state == "completed"


@pytest.mark.django_db
def test_signoff_by_a_facilitator_of_another_cohort_or_the_learner_is_refused(
    signoff_lesson, learner, mentor
):
    cohort_with("Collective A", members=[learner])
    cohort_with("Collective B", facilitators=[mentor, learner])
    for signer in (mentor, learner):
        with pytest.raises(PermissionDenied) as caught:
            services.signoff_record(signer=signer, learner=learner, lesson=signoff_lesson)
        assert str(caught.value) == "You can sign off only people in a group you support."
    assert SignOff.objects.count() == 0
    assert not _completed(learner, signoff_lesson)


@pytest.mark.django_db
def test_signoff_without_the_learners_request_is_refused_and_writes_nothing(
    signoff_lesson, learner, mentor
):
    cohort_with("Collective A", facilitators=[mentor], members=[learner])
    services.lesson_mark_viewed(user=learner, lesson=signoff_lesson)

    with pytest.raises(ValidationError) as caught:
        services.signoff_record(signer=mentor, learner=learner, lesson=signoff_lesson)

    assert caught.value.error_list[0].code == "no_request"
    assert caught.value.messages == [
        "This person has not asked for a sign-off of this lesson. They ask for it on the "
        "lesson page when they are ready."
    ]
    assert SignOff.objects.count() == 0
    assert LessonProgress.objects.get(user=learner, lesson=signoff_lesson).state == "started"


@pytest.mark.django_db
def test_signoff_of_a_learner_not_enrolled_is_refused_even_with_a_request(
    signoff_lesson, learner, mentor
):
    cohort_with("Collective A", facilitators=[mentor], members=[learner])
    services.signoff_request(user=learner, lesson=signoff_lesson)
    services.enrolment_withdraw(user=learner, course=signoff_lesson.get_course())

    with pytest.raises(ValidationError) as caught:
        services.signoff_record(signer=mentor, learner=learner, lesson=signoff_lesson)

    assert caught.value.error_list[0].code == "not_enrolled"
    assert SignOff.objects.count() == 0
    assert not _completed(learner, signoff_lesson)


@pytest.mark.django_db
def test_signoff_twice_returns_the_first_and_writes_one(signoff_lesson, learner, mentor):
    cohort_with("Collective A", facilitators=[mentor], members=[learner])
    services.signoff_request(user=learner, lesson=signoff_lesson)

    first = services.signoff_record(signer=mentor, learner=learner, lesson=signoff_lesson)
    again = services.signoff_record(signer=mentor, learner=learner, lesson=signoff_lesson)

    assert again.pk == first.pk
    assert SignOff.objects.count() == 1


@pytest.mark.django_db
def test_signoff_over_http_by_the_facilitator_is_recorded(client, signoff_lesson, learner, mentor):
    cohort_with("Collective A", facilitators=[mentor], members=[learner])
    client.force_login(learner)
    response = client.post(f"/learn/lessons/{signoff_lesson.pk}/request-signoff/")
    assert (response.status_code, response["Location"]) == (302, signoff_lesson.url)
    client.force_login(mentor)
    queue = client.get("/learn/sign-offs/")
    assert f"/learn/sign-offs/{signoff_lesson.pk}/{learner.pk}/" in queue.content.decode()
    response = client.post(f"/learn/sign-offs/{signoff_lesson.pk}/{learner.pk}/")
    assert (response.status_code, response["Location"]) == (302, "/learn/sign-offs/")
    assert _completed(learner, signoff_lesson)


@pytest.mark.django_db
def test_signoff_over_http_by_another_facilitator_or_the_learner_is_a_403(
    client, signoff_lesson, learner, mentor
):
    cohort_with("Collective A", members=[learner])
    cohort_with("Collective B", facilitators=[mentor])
    services.signoff_request(user=learner, lesson=signoff_lesson)
    for signer in (mentor, learner):
        client.force_login(signer)
        response = client.post(f"/learn/sign-offs/{signoff_lesson.pk}/{learner.pk}/")
        assert response.status_code == 403
        assert "You can sign off only people in a group you support." in (response.content.decode())
    assert SignOff.objects.count() == 0
    progress = LessonProgress.objects.get(user=learner, lesson=signoff_lesson)
    assert progress.state == "awaiting_signoff"


@pytest.mark.django_db
def test_signoff_queue_lists_only_the_facilitators_own_members(
    client, signoff_lesson, learner, other_learner, mentor
):
    cohort_with("Collective A", facilitators=[mentor], members=[learner])
    cohort_with("Collective B", members=[other_learner])
    course = signoff_lesson.get_parent().get_parent().specific
    services.enrolment_create(user=other_learner, course=course)
    services.signoff_request(user=learner, lesson=signoff_lesson)
    services.signoff_request(user=other_learner, lesson=signoff_lesson)
    client.force_login(mentor)
    html = client.get("/learn/sign-offs/").content.decode()
    assert f"/learn/sign-offs/{signoff_lesson.pk}/{learner.pk}/" in html
    assert f"/learn/sign-offs/{signoff_lesson.pk}/{other_learner.pk}/" not in html


# --- Reflections -----------------------------------------------------------------------------


@pytest.fixture
def reflection_lesson(index, learner, other_learner):
    body = [text_block(), reflection_block("What gives you strength?")]
    course = _one_lesson_course(index, "R3", rule=CompletionRule.REFLECTION, body=body)
    services.enrolment_create(user=learner, course=course)
    services.enrolment_create(user=other_learner, course=course)
    return lessons_of(course)[0]


def _reflection_url(lesson):
    return f"/learn/lessons/{lesson.pk}/reflection/{lesson.block_ids('reflection')[0]}/"


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["", "   \n  "], ids=["empty", "only-spaces"])
def test_reflection_empty_is_a_400_with_a_message_and_saves_nothing(
    client, reflection_lesson, learner, text
):
    client.force_login(learner)
    response = client.post(_reflection_url(reflection_lesson), {"text": text})
    assert response.status_code == 400
    assert "Write a few words before saving. Anything you like is fine." in (
        response.content.decode()
    )
    assert ReflectionResponse.objects.count() == 0
    assert not _completed(learner, reflection_lesson)


@pytest.mark.django_db
def test_reflection_emptied_box_deletes_the_saved_text(client, reflection_lesson, learner):
    # The box came filled with the saved answer: sent empty, the learner erased it.
    client.force_login(learner)
    client.post(_reflection_url(reflection_lesson), {"text": "My sister's laugh."})
    response = client.post(_reflection_url(reflection_lesson), {"text": ""})
    assert response.status_code == 302
    assert ReflectionResponse.objects.filter(user=learner).count() == 0


@pytest.mark.django_db
def test_reflection_empty_with_nothing_saved_is_a_400(client, reflection_lesson, learner):
    client.force_login(learner)
    response = client.post(_reflection_url(reflection_lesson), {"text": " "})
    assert response.status_code == 400
    assert ReflectionResponse.objects.filter(user=learner).count() == 0


@pytest.mark.django_db
def test_reflection_too_long_is_a_400_and_keeps_the_saved_text(client, reflection_lesson, learner):
    client.force_login(learner)
    client.post(_reflection_url(reflection_lesson), {"text": "Short."})
    response = client.post(_reflection_url(reflection_lesson), {"text": "x" * 10_001})
    assert response.status_code == 400
    assert "That is longer than 10000 characters. Please shorten it a little." in (
        response.content.decode()
    )
    assert ReflectionResponse.objects.get(user=learner).text == "Short."


@pytest.mark.django_db
def test_reflection_for_an_unknown_prompt_is_a_400(client, reflection_lesson, learner):
    client.force_login(learner)
    response = client.post(
        f"/learn/lessons/{reflection_lesson.pk}/reflection/nope/", {"text": "Hello"}
    )
    assert response.status_code == 400
    assert "This reflection prompt is no longer on the lesson." in response.content.decode()
    assert ReflectionResponse.objects.count() == 0


@pytest.mark.django_db
def test_reflection_refused_shows_the_typed_text_again(client, reflection_lesson, learner):
    client.force_login(learner)
    response = client.post(
        f"/learn/lessons/{reflection_lesson.pk}/reflection/nope/", {"text": "My own words."}
    )
    assert response.status_code == 400
    assert '<textarea id="kept-text" rows="6" readonly>My own words.</textarea>' in (
        response.content.decode()
    )


@pytest.mark.django_db
def test_reflection_saved_text_is_shown_to_its_author_only(
    client, reflection_lesson, learner, other_learner
):
    client.force_login(learner)
    response = client.post(
        _reflection_url(reflection_lesson), {"text": "I keep going for my daughter."}
    )
    assert response.status_code == 302
    assert _completed(learner, reflection_lesson)
    own = client.get(reflection_lesson.url).content.decode()
    assert "I keep going for my daughter." in own
    client.force_login(other_learner)
    other = client.get(reflection_lesson.url)
    assert other.status_code == 200
    assert "I keep going for my daughter." not in other.content.decode()


# --- The recompute task ----------------------------------------------------------------------


@pytest.mark.django_db
def test_recompute_task_runs_after_a_lesson_is_unpublished(
    course, learner, other_learner, django_capture_on_commit_callbacks
):
    for user in (learner, other_learner):
        services.enrolment_create(user=user, course=course)
    lessons = lessons_of(course)
    services.lesson_mark_viewed(user=learner, lesson=lessons[0])
    services.lesson_mark_viewed(user=other_learner, lesson=lessons[1])
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        lessons[1].unpublish()
    # One recompute is queued; the other callbacks drop cached structures and outlines.
    # (Other apps' callbacks may be partials, which have no __qualname__.)
    queued = [
        c for c in callbacks if getattr(c, "__qualname__", "").startswith("_structure_changed.")
    ]
    assert len(queued) == 1
    assert _totals(learner, course) == (1, 4, 25)
    assert _totals(other_learner, course) == (0, 4, 0)


@pytest.mark.django_db
def test_recompute_task_returns_how_many_learners_it_recomputed(course, learner, other_learner):
    for user in (learner, other_learner):
        services.enrolment_create(user=user, course=course)
    assert course_progress_recompute_task.delay(course.pk).get() == 2
    assert CourseProgress.objects.filter(course=course).count() == 2
    assert course_progress_recompute_task.delay(999_999).get() == 0


# --- Over HTTP: finishing a lesson, and learners who have not joined ------------------------


@pytest.mark.django_db
def test_lesson_done_completes_the_lesson_and_goes_on_to_the_next(client, course, learner):
    services.enrolment_create(user=learner, course=course)
    lessons = lessons_of(course)
    client.force_login(learner)
    end_of_module = client.post(f"/learn/lessons/{lessons[1].pk}/done/")
    assert (end_of_module.status_code, end_of_module["Location"]) == (302, lessons[2].url)
    last = client.post(f"/learn/lessons/{lessons[3].pk}/done/")
    assert (last.status_code, last["Location"]) == (302, course.url)
    assert [_completed(learner, lesson) for lesson in lessons] == [False, True, False, True]


@pytest.mark.django_db
def test_learner_who_has_not_joined_cannot_record_evidence(
    client, reflection_lesson, other_learner
):
    services.enrolment_withdraw(
        user=other_learner, course=reflection_lesson.get_parent().get_parent().specific
    )
    client.force_login(other_learner)
    posts = [
        client.post(f"/learn/lessons/{reflection_lesson.pk}/done/"),
        client.post(_reflection_url(reflection_lesson), {"text": "Hello"}),
        client.post(f"/learn/lessons/{reflection_lesson.pk}/request-signoff/"),
    ]
    assert [response.status_code for response in posts] == [403, 403, 403]
    assert ReflectionResponse.objects.count() == 0
    assert LessonProgress.objects.filter(user=other_learner).count() == 0
