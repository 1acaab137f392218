"""Small helpers shared by the courses tests: raw StreamField blocks, cohorts, signal capture."""

from __future__ import annotations

import uuid
from contextlib import contextmanager

from courses.models import Cohort, CohortMembership
from courses.signals import course_completed, lesson_completed, module_completed
from tests.factories import quiz_value


def text_block(text: str = "<p>Some teaching text.</p>") -> dict:
    return {"type": "text", "id": str(uuid.uuid4()), "value": text}


def quiz_block(value: dict | None = None, block_id: str | None = None) -> dict:
    return {"type": "quiz", "id": block_id or str(uuid.uuid4()), "value": value or quiz_value()}


def reflection_block(
    prompt: str = "What helps you?", block_id: str | None = None, *, required: bool | None = None
) -> dict:
    """A reflection prompt; `required=None` leaves the choice out, as blocks saved before it
    existed did."""
    value = {"prompt": prompt, "hint": ""}
    if required is not None:
        value["required"] = required
    return {"type": "reflection", "id": block_id or str(uuid.uuid4()), "value": value}


def cohort_with(name: str, *, facilitators=(), members=()) -> Cohort:
    cohort = Cohort.objects.create(name=name)
    for user in facilitators:
        CohortMembership.objects.create(
            cohort=cohort, user=user, role=CohortMembership.Role.FACILITATOR
        )
    for user in members:
        CohortMembership.objects.create(cohort=cohort, user=user, role=CohortMembership.Role.MEMBER)
    return cohort


@contextmanager
def capture_completions():
    """Collect (kind, user id, page id) for every completion signal sent inside the block."""
    fired: list[tuple[str, int, int]] = []

    def on_lesson(sender, user, lesson, **kwargs):
        fired.append(("lesson", user.pk, lesson.pk))

    def on_module(sender, user, module, **kwargs):
        fired.append(("module", user.pk, module.pk))

    def on_course(sender, user, course, **kwargs):
        fired.append(("course", user.pk, course.pk))

    lesson_completed.connect(on_lesson, weak=False)
    module_completed.connect(on_module, weak=False)
    course_completed.connect(on_course, weak=False)
    try:
        yield fired
    finally:
        lesson_completed.disconnect(on_lesson)
        module_completed.disconnect(on_module)
        course_completed.disconnect(on_course)
