"""Turn the curricula in `trauma_training.curricula` into Wagtail pages (idempotent)."""

from __future__ import annotations

import json
import uuid

from django.db import transaction
from wagtail.models import Page

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage


def _item(value) -> dict:
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def _question_raw(question: dict) -> dict:
    return {
        "prompt": question["prompt"],
        "kind": question["kind"],
        "explanation": question.get("explanation", ""),
        "options": [
            _item({"text": o["text"], "correct": bool(o["correct"]), "feedback": o["feedback"]})
            for o in question["options"]
        ],
    }


def _quiz_raw(quiz: dict, title: str = "") -> dict:
    return {
        "title": quiz.get("title", title),
        "pass_mark": quiz.get("pass_mark", 80),
        "questions": [_item(_question_raw(q)) for q in quiz["questions"]],
    }


def _block_raw(block_type: str, value) -> dict:
    if block_type == "quiz":
        value = _quiz_raw(value, title="Practice")
    elif block_type == "reflection":
        value = {"prompt": value["prompt"], "hint": value.get("hint", "")}
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def _publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def course_seed(*, index: CourseIndexPage, course: dict) -> tuple[CoursePage, bool]:
    """Create one course with its modules and lessons under `index` unless a course with its
    slug is already there (then nothing changes). Returns (course page, created)."""
    existing = CoursePage.objects.child_of(index).filter(slug=course["slug"]).first()
    if existing:
        return existing, False
    course_page = _publish(
        index,
        CoursePage(
            title=course["title"],
            slug=course["slug"],
            code=course["code"],
            audience=course["audience"],
            summary=course["summary"],
            estimated_minutes=course["estimated_minutes"],
            language=course.get("language", "en"),
        ),
    )
    for module in course["modules"]:
        check = module.get("check")
        module_page = _publish(
            course_page,
            ModulePage(
                title=module["title"],
                slug=module["slug"],
                objectives="\n".join(module["objectives"]),
                estimated_minutes=module.get("estimated_minutes", 30),
                module_check=json.dumps(
                    [
                        {
                            "type": "quiz",
                            "value": _quiz_raw(check, "Module check"),
                            "id": str(uuid.uuid4()),
                        }
                    ]
                )
                if check
                else "[]",
            ),
        )
        for lesson in module["lessons"]:
            _publish(
                module_page,
                LessonPage(
                    title=lesson["title"],
                    slug=lesson["slug"],
                    estimated_minutes=lesson.get("estimated_minutes", 10),
                    completion_rule=lesson["completion_rule"],
                    body=json.dumps([_block_raw(t, v) for t, v in lesson["body"]]),
                ),
            )
    return course_page, True


def prerequisites_link(*, index: CourseIndexPage, courses: list[dict]) -> None:
    """Set each seeded course's prerequisites by slug (only where none are set yet)."""
    by_slug = {page.slug: page for page in CoursePage.objects.child_of(index)}
    for course in courses:
        page = by_slug.get(course["slug"])
        wanted = [by_slug[slug] for slug in course.get("prerequisites", []) if slug in by_slug]
        if page is None or not wanted or page.prerequisites.exists():
            continue
        page.prerequisites.set(wanted)
        page.save_revision().publish()
