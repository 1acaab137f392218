"""Quiz scoring on the server and the record of each attempt.

A question counts as answered right when the chosen options are exactly the right ones. The
learner's score is the percentage of questions answered right, rounded down; retries are
unlimited and the best score is kept."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import LessonPage, LessonProgress, ModulePage, ModuleProgress, QuizAttempt


@dataclass
class OptionResult:
    text: str
    chosen: bool
    correct: bool
    feedback: str


@dataclass
class QuestionResult:
    number: int
    prompt: str
    answered_right: bool
    options: list[OptionResult]
    explanation: str


@dataclass
class QuizResult:
    correct_count: int
    question_count: int
    score: int
    passed: bool
    pass_mark: int
    questions: list[QuestionResult] = field(default_factory=list)


def quiz_block_find(*, page: Page, block_id: str):
    """The quiz StreamChild with `block_id` on a lesson's body or a module's check, or None."""
    stream = page.body if isinstance(page, LessonPage) else getattr(page, "module_check", None)
    if stream is None:
        return None
    for child in stream:
        if child.block_type == "quiz" and child.id == block_id:
            return child
    return None


def quiz_score(*, quiz, answers: dict[int, list[int]]) -> QuizResult:
    """Score `answers` (question index -> chosen option indexes) against a QuizBlock value.

    Raises ValidationError when an index does not exist, or when a "choose one" question has
    more than one choice. Unanswered questions count as not yet right."""
    questions = list(quiz["questions"])
    for q_index, chosen in answers.items():
        if not 0 <= q_index < len(questions):
            raise ValidationError(_("The answers do not match this quiz. Please reload the page."))
        option_count = len(questions[q_index]["options"])
        if any(not 0 <= o_index < option_count for o_index in chosen):
            raise ValidationError(_("The answers do not match this quiz. Please reload the page."))
        if questions[q_index]["kind"] == "single" and len(set(chosen)) > 1:
            raise ValidationError(_("Question %(n)s takes one answer.") % {"n": q_index + 1})
    results = []
    for q_index, question in enumerate(questions):
        chosen = set(answers.get(q_index, []))
        right = {i for i, option in enumerate(question["options"]) if option["correct"]}
        results.append(
            QuestionResult(
                number=q_index + 1,
                prompt=question["prompt"],
                answered_right=bool(chosen) and chosen == right,
                options=[
                    OptionResult(
                        text=option["text"],
                        chosen=i in chosen,
                        correct=bool(option["correct"]),
                        feedback=option["feedback"],
                    )
                    for i, option in enumerate(question["options"])
                ],
                explanation=question.get("explanation") or "",
            )
        )
    correct_count = sum(1 for r in results if r.answered_right)
    # Rounded down, never to the nearest: then `score >= pass_mark` holds exactly when the
    # learner reached the pass mark (2 of 3 is 66%, not a pass at 67%; 39 of 49 is not 80%).
    score = 100 * correct_count // len(results) if results else 0
    pass_mark = int(quiz["pass_mark"])
    return QuizResult(
        correct_count=correct_count,
        question_count=len(results),
        score=score,
        passed=score >= pass_mark,
        pass_mark=pass_mark,
        questions=results,
    )


@transaction.atomic
def quiz_attempt_submit(
    *, user: AbstractBaseUser, page: Page, block_id: str, answers: dict[int, list[int]]
) -> QuizAttempt:
    """Score and store one attempt at the quiz `block_id` on a lesson or a module check.

    Raises ValidationError for answers that do not fit the quiz or an empty submission.
    Side effects: writes a QuizAttempt; raises the best score on LessonProgress or
    ModuleProgress; then runs the progress service, which may complete the lesson, the module
    and the course (and send their signals).
    """
    from courses.services.progress import course_progress_recompute, lesson_evaluate, lesson_start

    child = quiz_block_find(page=page, block_id=block_id)
    if child is None:
        raise ValidationError(_("This quiz is no longer on the page. Please reload it."))
    if not any(answers.values()):
        raise ValidationError(_("Choose an answer for at least one question, then press Check."))
    result = quiz_score(quiz=child.value, answers=answers)
    attempt = QuizAttempt.objects.create(
        user=user,
        page=page,
        block_id=block_id,
        answers={str(k): sorted(set(v)) for k, v in answers.items()},
        correct_count=result.correct_count,
        question_count=result.question_count,
        score=result.score,
        passed=result.passed,
    )
    now = timezone.now()
    if isinstance(page, LessonPage):
        progress = lesson_start(user=user, lesson=page)
        LessonProgress.objects.filter(pk=progress.pk).update(
            attempts=F("attempts") + 1,
            best_score=Greatest(Coalesce(F("best_score"), Value(0)), Value(result.score)),
            updated_at=now,
        )
        lesson_evaluate(user=user, lesson=page)
    elif isinstance(page, ModulePage):
        course = page.get_course()
        row, _created = ModuleProgress.objects.get_or_create(
            user=user, module=page, defaults={"course": course}
        )
        updates = {"updated_at": now}
        if row.check_best_score is None or result.score > row.check_best_score:
            updates["check_best_score"] = result.score
        ModuleProgress.objects.filter(pk=row.pk).update(**updates)
        if result.passed:
            ModuleProgress.objects.filter(pk=row.pk, check_passed_at__isnull=True).update(
                check_passed_at=now
            )
        course_progress_recompute(user=user, course=course)
    return attempt
