"""Builders shared by the certifications tests."""

from __future__ import annotations

from certifications.models import CertificationProgramme
from courses import services as course_services
from courses.models import CoursePage
from tests.factories import question, quiz_value
from tests.factories.courses import lessons_of, modules_of


def programme_for(*courses: CoursePage, **fields) -> CertificationProgramme:
    fields.setdefault("code", "test-programme")
    fields.setdefault("name", "Test programme")
    programme = CertificationProgramme.objects.create(**fields)
    programme.required_courses.set(courses)
    return programme


def five_question_check(pass_mark: int = 50) -> dict:
    """A module check of five one-answer questions; option 0 is right in each."""
    return quiz_value([question(prompt=f"Question {i}") for i in range(5)], pass_mark=pass_mark)


def check_answer(*, user, module, right: int) -> None:
    """Answer `right` of the module check's questions correctly (the rest wrongly)."""
    quiz = module.check_quiz
    count = len(quiz.value["questions"])
    answers = {i: [0] if i < right else [1] for i in range(count)}
    course_services.quiz_attempt_submit(user=user, page=module, block_id=quiz.id, answers=answers)


def course_finish(*, user, course: CoursePage, right: int | None = None) -> None:
    """Finish every lesson; answer every module check (all right unless `right` is given)."""
    for lesson in lessons_of(course):
        course_services.lesson_mark_viewed(user=user, lesson=lesson)
    for module in modules_of(course):
        if module.check_quiz is not None:
            count = len(module.check_quiz.value["questions"])
            check_answer(user=user, module=module, right=count if right is None else right)


# A certificate template form posts its "in other languages" inline too; none here.
NO_TEMPLATE_TRANSLATIONS = {
    "translations-TOTAL_FORMS": 0,
    "translations-INITIAL_FORMS": 0,
    "translations-MIN_NUM_FORMS": 0,
    "translations-MAX_NUM_FORMS": 1000,
}
