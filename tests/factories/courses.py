"""Build small, published course trees for tests, fast and readable:

course = CourseBuilder(index, "M9").module(lessons=2, check=True).build()
"""

from __future__ import annotations

import json
import uuid

from wagtail.models import Page, Site

from cms.models import HomePage
from courses.models import CompletionRule, CourseIndexPage, CoursePage, LessonPage, ModulePage


def question(prompt="Which is kind?", kind="single", right=(0,), options=3) -> dict:
    return {
        "prompt": prompt,
        "kind": kind,
        "explanation": "Because kindness helps.",
        "options": [
            {
                "type": "item",
                "id": str(uuid.uuid4()),
                "value": {
                    "text": f"Option {i}",
                    "correct": i in right,
                    "feedback": ("Yes - that helps." if i in right else "Not yet - look again."),
                },
            }
            for i in range(options)
        ],
    }


def quiz_value(questions=None, pass_mark=80, title="Check") -> dict:
    questions = questions or [question()]
    return {
        "title": title,
        "pass_mark": pass_mark,
        "questions": [{"type": "item", "id": str(uuid.uuid4()), "value": q} for q in questions],
    }


def course_index() -> CourseIndexPage:
    """The site's home page and course index (created once per test database)."""
    index = CourseIndexPage.objects.first()
    if index:
        return index
    root = Page.objects.get(depth=1)
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(title="Home", slug="home-test")
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        site.root_page = home
        site.hostname = "testserver"
        site.port = 80
        site.save()
    else:
        Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    index = CourseIndexPage(title="Courses", slug="courses")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


class CourseBuilder:
    """Collects modules, then creates and publishes the whole tree in `build()`."""

    def __init__(self, index: CourseIndexPage, code: str = "T1", **course_fields):
        self.index = index
        self.code = code
        self.course_fields = course_fields
        self.modules: list[dict] = []

    def module(self, lessons=2, rule=CompletionRule.VIEWED, check=False, lesson_specs=None):
        """Add a module with `lessons` plain lessons of `rule`, or explicit `lesson_specs`:
        a list of dicts with `rule` and optional `body` (list of raw blocks)."""
        specs = lesson_specs or [{"rule": rule} for _ in range(lessons)]
        self.modules.append({"lessons": specs, "check": check})
        return self

    def build(self) -> CoursePage:
        code = self.code.lower()
        course = _publish(
            self.index,
            CoursePage(
                title=self.course_fields.pop("title", f"Course {self.code}"),
                slug=self.course_fields.pop("slug", f"course-{code}"),
                code=self.code,
                summary="A course for tests.",
                **self.course_fields,
            ),
        )
        for m_index, module in enumerate(self.modules):
            check = module["check"]
            check_raw = (
                [{"type": "quiz", "id": str(uuid.uuid4()), "value": quiz_value()}]
                if check is True
                else ([{"type": "quiz", "id": str(uuid.uuid4()), "value": check}] if check else [])
            )
            module_page = _publish(
                course,
                ModulePage(
                    title=f"Module {m_index + 1}",
                    slug=f"{code}-module-{m_index + 1}",
                    objectives="Name one thing",
                    module_check=json.dumps(check_raw),
                ),
            )
            for l_index, spec in enumerate(module["lessons"]):
                rule = spec.get("rule", CompletionRule.VIEWED)
                body = spec.get("body") or _default_body(rule)
                _publish(
                    module_page,
                    LessonPage(
                        title=f"Lesson {m_index + 1}.{l_index + 1}",
                        slug=f"{code}-lesson-{m_index + 1}-{l_index + 1}",
                        completion_rule=rule,
                        body=json.dumps(body),
                    ),
                )
        return course


def _default_body(rule: str) -> list[dict]:
    body = [{"type": "text", "id": str(uuid.uuid4()), "value": "<p>Some teaching text.</p>"}]
    if rule == CompletionRule.QUIZ:
        body.append({"type": "quiz", "id": str(uuid.uuid4()), "value": quiz_value()})
    if rule == CompletionRule.REFLECTION:
        body.append(
            {"type": "reflection", "id": str(uuid.uuid4()), "value": {"prompt": "How?", "hint": ""}}
        )
    return body


def lessons_of(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def modules_of(course: CoursePage) -> list[ModulePage]:
    return list(ModulePage.objects.child_of(course).order_by("path"))


def translate_course(course: CoursePage, language: str = "bn") -> CoursePage:
    """Translate `course` and everything in it into `language` through wagtail-localize, as a
    trainer would: each title gets " [language]" added; other words stay as they are. The
    home page and catalogue above it are copied into that language's tree first. Returns the
    translated course."""
    from wagtail.models import Locale

    from trauma_training.seeding import page_translate

    locale = Locale.objects.get(language_code=language)
    for page in [*course.get_ancestors().filter(depth__gt=1).specific(), course]:
        if page.get_translation_or_none(locale) is None:
            page_translate(page=page, locale=locale, words={"title": f"{page.title} [{language}]"})
    for page in course.get_descendants().specific().order_by("path"):
        page_translate(page=page, locale=locale, words={"title": f"{page.title} [{language}]"})
    return course.get_translation(locale)
