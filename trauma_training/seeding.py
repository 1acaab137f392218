"""Turn the curricula in `trauma_training.curricula` into Wagtail pages, and their translations
into translated pages through wagtail-localize (idempotent)."""

from __future__ import annotations

import json
import uuid

import polib
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

# Titles the data files leave out: a lesson quiz is "Practice", a module's quiz "Module check";
# each translation gets them from the site's catalogue.
PRACTICE_TITLE = gettext_lazy("Practice")
CHECK_TITLE = gettext_lazy("Module check")
# Marks the words seeded from the data files in wagtail-localize's translation memory; a string
# a trainer has edited since no longer carries it (see courses.selectors.translation_reviews).
SEEDED_TOOL_NAME = "seed_demo: needs review by a native speaker"


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
        value = _quiz_raw(value, title=str(PRACTICE_TITLE))
    elif block_type == "reflection":
        value = {
            "prompt": value["prompt"],
            "hint": value.get("hint", ""),
            "required": value.get("required", True),
        }
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
                            "value": _quiz_raw(check, str(CHECK_TITLE)),
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


# --- Translations ----------------------------------------------------------------------------


def _ids_from(translated, source):
    """`translated` stream data with the block and list-item ids of `source`, which has the
    same shape: a translation's blocks are its source's blocks with other words."""
    if isinstance(translated, dict) and isinstance(source, dict):
        merged = {key: _ids_from(value, source.get(key)) for key, value in translated.items()}
        if "id" in source:
            merged["id"] = source["id"]
        return merged
    if isinstance(translated, list) and isinstance(source, list):
        return [_ids_from(t, s) for t, s in zip(translated, source, strict=True)]
    return translated


def _course_words(course: dict) -> dict:
    return {"title": course["title"], "summary": course["summary"]}


def _module_words(module: dict, source_page: ModulePage) -> dict:
    check = module.get("check")
    raw = [{"type": "quiz", "value": _quiz_raw(check, str(CHECK_TITLE))}] if check else []
    return {
        "title": module["title"],
        "objectives": "\n".join(module["objectives"]),
        "module_check": json.dumps(_ids_from(raw, list(source_page.module_check.raw_data))),
    }


def _lesson_words(lesson: dict, source_page: LessonPage) -> dict:
    raw = [
        {"type": block_type, "value": _block_raw(block_type, value)["value"]}
        for block_type, value in lesson["body"]
    ]
    return {
        "title": lesson["title"],
        "body": json.dumps(_ids_from(raw, list(source_page.body.raw_data))),
    }


def _string_segments(page: Page) -> list[StringSegmentValue]:
    return [
        segment for segment in extract_segments(page) if isinstance(segment, StringSegmentValue)
    ]


def page_translate(*, page: Page, locale: Locale, words: dict) -> Page:
    """Translate `page` into `locale` the way a translator does: its strings and their
    translations go into wagtail-localize's translation memory (a PO import), then the
    translated page is saved and published from it. `words` are the page's translatable fields
    in the target language, shaped like the source's (the same blocks, ids and options), so
    each source string is paired with the translated string at the same place."""
    words_page = type(page).objects.get(pk=page.pk)
    for field_name, value in words.items():
        setattr(words_page, field_name, value)
    source_segments = _string_segments(page)
    translated_segments = _string_segments(words_page)
    if [s.path for s in source_segments] != [s.path for s in translated_segments]:
        raise ValueError(f"{page.slug}: the translation's strings do not line up with the source")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation_, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = polib.POFile()
    for source_segment, translated_segment in zip(
        source_segments, translated_segments, strict=True
    ):
        po.append(
            polib.POEntry(
                msgctxt=source_segment.path,
                msgid=source_segment.string.data,
                msgstr=translated_segment.string.data,
            )
        )
    translation_.import_po(po, tool_name=SEEDED_TOOL_NAME)
    # As "Publish" in the translation editor, but now rather than when the transaction commits
    # (wagtail-localize's own publish waits for the commit, which tests never reach).
    source.create_or_update_translation(
        locale, publish=False, fallback=True, copy_parent_pages=True
    )
    translated = page.get_translation(locale)
    translated.get_latest_revision().publish()
    return type(page).objects.get(pk=translated.pk)


def course_translations_seed(
    *, course_page: CoursePage, folder: str, languages: list[str] | None = None
) -> list[str]:
    """Translate a seeded course into each language it has a data file for (or only
    `languages`), unless that translation exists already. A lesson whose file has no body stays
    the English page (a placeholder in that language's tree). Returns the languages translated
    now."""
    from trauma_training.curricula import load_translations

    done = []
    for language, course in load_translations(folder).items():
        if languages is not None and language not in languages:
            continue
        locale = Locale.objects.get(language_code=language)
        existing = course_page.get_translation_or_none(locale)
        if existing is not None and existing.alias_of_id is None:
            continue
        with transaction.atomic(), translation.override(language):
            page_translate(page=course_page, locale=locale, words=_course_words(course))
            module_pages = ModulePage.objects.child_of(course_page).order_by("path")
            for module, module_page in zip(course["modules"], module_pages, strict=True):
                page_translate(
                    page=module_page, locale=locale, words=_module_words(module, module_page)
                )
                lesson_pages = LessonPage.objects.child_of(module_page).order_by("path")
                for lesson, lesson_page in zip(module["lessons"], lesson_pages, strict=True):
                    if "body" in lesson:
                        page_translate(
                            page=lesson_page,
                            locale=locale,
                            words=_lesson_words(lesson, lesson_page),
                        )
        done.append(language)
    return done
