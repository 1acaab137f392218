"""Small builders for the wellbeing tests."""

from __future__ import annotations

import uuid

from courses.models import ReflectionResponse
from tests.factories.courses import lessons_of


def reflection_for(user, course, *, text="What helps me is my sister's laugh.", prompt="How?"):
    """A saved lesson reflection by `user` on the first lesson of `course`, whose body gets a
    reflection block with `prompt`."""
    lesson = lessons_of(course)[0]
    block_id = str(uuid.uuid4())
    raw = list(lesson.body.raw_data)
    raw.append({"type": "reflection", "id": block_id, "value": {"prompt": prompt, "hint": ""}})
    lesson.body = raw
    lesson.save_revision().publish()
    return ReflectionResponse.objects.create(user=user, lesson=lesson, block_id=block_id, text=text)
