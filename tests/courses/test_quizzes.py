"""Quiz scoring on the server, attempts and best scores, and the quiz endpoint."""

import re

import pytest
from django.core.exceptions import ValidationError

from courses import services
from courses.blocks import QuizBlock
from courses.models import CompletionRule, LessonProgress, ModuleProgress, QuizAttempt
from tests.courses.helpers import quiz_block, text_block
from tests.factories import CourseBuilder, question, quiz_value
from tests.factories.courses import lessons_of, modules_of

BANNED_WORDS = ("wrong", "fail", "incorrect")


def _quiz(questions, pass_mark=80):
    return QuizBlock().to_python(quiz_value(questions=questions, pass_mark=pass_mark))


# --- quiz_score ------------------------------------------------------------------------------


def test_quiz_score_single_question_right_and_not_yet_right():
    quiz = _quiz([question(kind="single", right=(1,))])
    right = services.quiz_score(quiz=quiz, answers={0: [1]})
    not_yet = services.quiz_score(quiz=quiz, answers={0: [2]})
    assert (right.correct_count, right.question_count, right.score, right.passed) == (
        1,
        1,
        100,
        True,
    )
    assert (not_yet.correct_count, not_yet.score, not_yet.passed) == (0, 0, False)
    assert [o.chosen for o in not_yet.questions[0].options] == [False, False, True]
    assert [o.correct for o in not_yet.questions[0].options] == [False, True, False]
    assert not_yet.questions[0].options[2].feedback == "Not yet - look again."
    assert not_yet.questions[0].explanation == "Because kindness helps."


def test_quiz_score_multiple_choice_needs_exactly_the_right_set():
    quiz = _quiz([question(kind="multiple", right=(0, 2), options=4)])
    scores = {
        "exact": services.quiz_score(quiz=quiz, answers={0: [2, 0]}).correct_count,
        "subset": services.quiz_score(quiz=quiz, answers={0: [0]}).correct_count,
        "superset": services.quiz_score(quiz=quiz, answers={0: [0, 1, 2]}).correct_count,
        "all": services.quiz_score(quiz=quiz, answers={0: [0, 1, 2, 3]}).correct_count,
        "repeated": services.quiz_score(quiz=quiz, answers={0: [0, 2, 2]}).correct_count,
    }
    assert scores == {"exact": 1, "subset": 0, "superset": 0, "all": 0, "repeated": 1}


def test_quiz_score_counts_unanswered_questions_as_not_yet_right():
    quiz = _quiz([question(), question(), question(), question()])
    result = services.quiz_score(quiz=quiz, answers={0: [0], 2: []})
    assert [q.answered_right for q in result.questions] == [True, False, False, False]
    assert (result.correct_count, result.question_count, result.score) == (1, 4, 25)


def test_quiz_score_percentages_never_round_up_past_what_was_answered():
    three = _quiz([question(), question(), question()], pass_mark=67)
    eight = _quiz([question() for _ in range(8)], pass_mark=80)
    two_of_three = services.quiz_score(quiz=three, answers={0: [0], 1: [0]})
    assert (two_of_three.score, two_of_three.passed) == (66, False)
    assert services.quiz_score(quiz=three, answers={0: [0]}).score == 33
    assert services.quiz_score(quiz=eight, answers={0: [0]}).score == 12
    assert services.quiz_score(quiz=eight, answers={i: [0] for i in range(7)}).score == 87


def test_quiz_score_passes_a_score_below_the_pass_mark_never():
    # 39 of 49 is 79.6%: below a pass mark of 80, even though it rounds to 80.
    quiz = _quiz([question() for _ in range(49)], pass_mark=80)
    result = services.quiz_score(quiz=quiz, answers={i: [0] for i in range(39)})
    assert (result.score, result.passed) == (79, False)


def test_quiz_score_pass_mark_80_is_reached_by_four_of_five():
    quiz = _quiz([question() for _ in range(5)], pass_mark=80)
    four = services.quiz_score(quiz=quiz, answers={i: [0] for i in range(4)})
    three = services.quiz_score(quiz=quiz, answers={i: [0] for i in range(3)})
    assert (four.score, four.passed, four.pass_mark) == (80, True, 80)
    assert (three.score, three.passed) == (60, False)


@pytest.mark.parametrize(
    "answers",
    [{1: [0]}, {-1: [0]}, {0: [3]}, {0: [-1]}],
    ids=["question-past-end", "negative-question", "option-past-end", "negative-option"],
)
def test_quiz_score_rejects_indexes_that_do_not_exist(answers):
    quiz = _quiz([question(options=3)])
    with pytest.raises(ValidationError) as caught:
        services.quiz_score(quiz=quiz, answers=answers)
    assert caught.value.messages == ["The answers do not match this quiz. Please reload the page."]


def test_quiz_score_rejects_two_answers_to_a_choose_one_question():
    quiz = _quiz([question(), question(kind="single")])
    with pytest.raises(ValidationError) as caught:
        services.quiz_score(quiz=quiz, answers={0: [0], 1: [0, 1]})
    assert caught.value.messages == ["Question 2 takes one answer."]


# --- quiz_attempt_submit ---------------------------------------------------------------------


@pytest.fixture
def quiz_lesson(index, learner):
    """An enrolled learner's quiz lesson with one choose-one question (option 0 is right)."""
    course = CourseBuilder(index, "Q1").module(lessons=1, rule=CompletionRule.QUIZ).build()
    services.enrolment_create(user=learner, course=course)
    return lessons_of(course)[0]


def _block_id(lesson):
    return lesson.block_ids("quiz")[0]


@pytest.mark.django_db
def test_quiz_attempt_submit_stores_each_attempt_and_keeps_the_best_score(quiz_lesson, learner):
    block_id = _block_id(quiz_lesson)
    first = services.quiz_attempt_submit(
        user=learner, page=quiz_lesson, block_id=block_id, answers={0: [0]}
    )
    second = services.quiz_attempt_submit(
        user=learner, page=quiz_lesson, block_id=block_id, answers={0: [1]}
    )
    stored = list(QuizAttempt.objects.filter(user=learner).order_by("id"))
    assert [(a.pk, a.score, a.passed, a.answers) for a in stored] == [
        (first.pk, 100, True, {"0": [0]}),
        (second.pk, 0, False, {"0": [1]}),
    ]
    progress = LessonProgress.objects.get(user=learner, lesson=quiz_lesson)
    assert (progress.best_score, progress.attempts) == (100, 2)
    assert progress.completed_at is not None


@pytest.mark.django_db
def test_quiz_attempt_submit_allows_unlimited_retries(quiz_lesson, learner):
    block_id = _block_id(quiz_lesson)
    for _ in range(12):
        services.quiz_attempt_submit(
            user=learner, page=quiz_lesson, block_id=block_id, answers={0: [2]}
        )
    services.quiz_attempt_submit(
        user=learner, page=quiz_lesson, block_id=block_id, answers={0: [0]}
    )
    progress = LessonProgress.objects.get(user=learner, lesson=quiz_lesson)
    assert QuizAttempt.objects.filter(user=learner).count() == 13
    assert (progress.attempts, progress.best_score, progress.state) == (13, 100, "completed")


@pytest.mark.django_db
@pytest.mark.parametrize("answers", [{}, {0: []}], ids=["nothing", "empty-question"])
def test_quiz_attempt_submit_rejects_an_empty_submission(quiz_lesson, learner, answers):
    with pytest.raises(ValidationError) as caught:
        services.quiz_attempt_submit(
            user=learner, page=quiz_lesson, block_id=_block_id(quiz_lesson), answers=answers
        )
    assert caught.value.messages == [
        "Choose an answer for at least one question, then press Check."
    ]
    assert QuizAttempt.objects.count() == 0


@pytest.mark.django_db
def test_quiz_attempt_submit_rejects_answers_that_do_not_fit_and_stores_nothing(
    quiz_lesson, learner
):
    with pytest.raises(ValidationError):
        services.quiz_attempt_submit(
            user=learner, page=quiz_lesson, block_id=_block_id(quiz_lesson), answers={0: [0, 1]}
        )
    assert QuizAttempt.objects.count() == 0


@pytest.mark.django_db
def test_quiz_attempt_submit_on_a_module_check_records_best_score_and_pass(
    course, learner, django_capture_on_commit_callbacks
):
    services.enrolment_create(user=learner, course=course)
    module = modules_of(course)[1]
    block_id = module.check_quiz.id

    def submit(answer):
        services.quiz_attempt_submit(user=learner, page=module, block_id=block_id, answers=answer)
        return ModuleProgress.objects.get(user=learner, module=module)

    row = submit({0: [1]})
    assert (row.check_best_score, row.check_passed_at) == (0, None)
    row = submit({0: [0]})
    passed_at = row.check_passed_at
    assert row.check_best_score == 100
    assert passed_at is not None
    row = submit({0: [2]})
    assert (row.check_best_score, row.check_passed_at) == (100, passed_at)
    assert QuizAttempt.objects.filter(user=learner, page=module).count() == 3


# --- The quiz endpoint -----------------------------------------------------------------------


def _quiz_url(page, block_id):
    return f"/learn/quiz/{page.pk}/{block_id}/"


@pytest.fixture
def two_question_lesson(index, learner):
    """An enrolled learner's lesson with a two-question quiz (option 0 right in each)."""
    body = [text_block(), quiz_block(quiz_value(questions=[question(), question()]))]
    course = (
        CourseBuilder(index, "Q2")
        .module(lesson_specs=[{"rule": CompletionRule.QUIZ, "body": body}])
        .build()
    )
    services.enrolment_create(user=learner, course=course)
    return lessons_of(course)[0]


@pytest.mark.django_db
def test_quiz_post_redirects_to_the_page_with_the_attempt(client, two_question_lesson, learner):
    client.force_login(learner)
    block_id = _block_id(two_question_lesson)
    response = client.post(_quiz_url(two_question_lesson, block_id), {"q0": "0", "q1": "1"})
    attempt = QuizAttempt.objects.get(user=learner)
    assert response.status_code == 302
    assert response["Location"] == (
        f"{two_question_lesson.url}?attempt={attempt.pk}#quiz-{block_id}"
    )
    assert (attempt.answers, attempt.score) == ({"0": [0], "1": [1]}, 50)


@pytest.mark.django_db
def test_quiz_page_shows_not_yet_and_feedback_per_chosen_option_below_the_pass_mark(
    client, two_question_lesson, learner
):
    client.force_login(learner)
    block_id = _block_id(two_question_lesson)
    response = client.post(
        _quiz_url(two_question_lesson, block_id), {"q0": "0", "q1": "1"}, follow=True
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Not yet - let's look again. 1 of 2 answered right so far." in html
    assert "You need 80%. There is no limit on tries." in html
    # One feedback line per chosen option: "Yes" for the right one, "Not yet" for the other.
    assert re.findall(r'<p class="feedback ([\w-]+)">([^<]*)</p>', html) == [
        ("feedback-right", "Yes - that helps."),
        ("feedback-notyet", "Not yet - look again."),
    ]
    text = re.sub(r"<[^>]+>", " ", html).lower()
    assert [word for word in BANNED_WORDS if word in text] == []
    assert LessonProgress.objects.get(user=learner).completed_at is None


@pytest.mark.django_db
def test_quiz_page_says_well_done_at_the_pass_mark(client, two_question_lesson, learner):
    client.force_login(learner)
    block_id = _block_id(two_question_lesson)
    response = client.post(
        _quiz_url(two_question_lesson, block_id), {"q0": "0", "q1": "0"}, follow=True
    )
    html = response.content.decode()
    assert "Well done: 2 of 2 answered right." in html
    assert "Not yet - let" not in html
    assert LessonProgress.objects.get(user=learner).completed_at is not None


@pytest.mark.django_db
def test_quiz_page_never_shows_another_learners_attempt(
    client, two_question_lesson, learner, other_learner
):
    services.enrolment_create(
        user=other_learner, course=two_question_lesson.get_parent().get_parent().specific
    )
    attempt = services.quiz_attempt_submit(
        user=learner,
        page=two_question_lesson,
        block_id=_block_id(two_question_lesson),
        answers={0: [1]},
    )
    client.force_login(other_learner)
    response = client.get(f"{two_question_lesson.url}?attempt={attempt.pk}")
    assert response.status_code == 200
    assert 'class="feedback' not in response.content.decode()
    assert "1 of 2" not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [{"q0": "first"}, {"qx": "0"}, {"q0": ""}],
    ids=["option-not-a-number", "question-not-a-number", "empty-value"],
)
def test_quiz_post_that_cannot_be_read_is_a_400_with_a_message(
    client, two_question_lesson, learner, data
):
    client.force_login(learner)
    response = client.post(_quiz_url(two_question_lesson, _block_id(two_question_lesson)), data)
    assert response.status_code == 400
    assert "The answers could not be read. Please try again." in response.content.decode()
    assert QuizAttempt.objects.count() == 0


@pytest.mark.django_db
def test_quiz_post_for_an_unknown_block_is_a_400_with_a_message(
    client, two_question_lesson, learner
):
    client.force_login(learner)
    response = client.post(_quiz_url(two_question_lesson, "no-such-block"), {"q0": "0"})
    assert response.status_code == 400
    assert "This quiz is no longer on the page. Please reload it." in response.content.decode()
    assert QuizAttempt.objects.count() == 0


@pytest.mark.django_db
def test_quiz_post_with_answers_that_do_not_fit_is_a_400_with_a_message(
    client, two_question_lesson, learner
):
    client.force_login(learner)
    url = _quiz_url(two_question_lesson, _block_id(two_question_lesson))
    too_far = client.post(url, {"q0": "7"})
    two_for_one = client.post(url, {"q0": ["0", "1"]})
    assert (too_far.status_code, two_for_one.status_code) == (400, 400)
    assert "The answers do not match this quiz. Please reload the page." in too_far.content.decode()
    assert "Question 1 takes one answer." in two_for_one.content.decode()
    assert QuizAttempt.objects.count() == 0


@pytest.mark.django_db
def test_quiz_post_for_an_unknown_page_is_a_404(client, two_question_lesson, learner):
    client.force_login(learner)
    response = client.post("/learn/quiz/999999/abc/", {"q0": "0"})
    assert response.status_code == 404


@pytest.mark.django_db
def test_quiz_post_for_a_page_without_quizzes_is_a_404(client, two_question_lesson, learner):
    client.force_login(learner)
    course = two_question_lesson.get_parent().get_parent()
    response = client.post(_quiz_url(course, "abc"), {"q0": "0"})
    assert response.status_code == 404
    assert "There is no quiz here." in response.content.decode()


@pytest.mark.django_db
def test_quiz_post_by_a_learner_who_has_not_joined_is_a_403(
    client, two_question_lesson, other_learner
):
    client.force_login(other_learner)
    response = client.post(
        _quiz_url(two_question_lesson, _block_id(two_question_lesson)), {"q0": "0"}
    )
    assert response.status_code == 403
    assert "Join this course to open its lessons." in response.content.decode()
    assert QuizAttempt.objects.count() == 0


@pytest.mark.django_db
def test_quiz_get_is_not_allowed(client, two_question_lesson, learner):
    client.force_login(learner)
    response = client.get(_quiz_url(two_question_lesson, _block_id(two_question_lesson)))
    assert response.status_code == 405
