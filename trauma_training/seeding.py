"""Turn the curricula in `trauma_training.curricula` into Wagtail pages, and their translations
into translated pages through wagtail-localize (idempotent)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING

import polib
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from trauma_training.models import Collective

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


# --- The demo people's work (issue 13) -------------------------------------------------------

# Made-up words, clearly the demo's: no real person's story.
DEMO_REFLECTION_LESSON = "orient-who-sees-what"
DEMO_REFLECTION_TEXT = (
    "(Demo) I am happy for my mentor to see how far I have got. My journal stays mine."
)
DEMO_SIGNOFF_LESSON = "s1-your-applied-project"
DEMO_ROLE_PLAY_LESSON = "m2-escalation-role-play"
# The demo mentor's practice log: (kind, minutes, days ago, verified). Verified: 18 h of
# supervised mentoring and 5 supervision sessions; waiting: the 2 h and the session that,
# once the demo coordinator verifies them, meet the peer mentor programme's 20 h and 6.
DEMO_PRACTICE = [
    *[("mentoring", 120, 70 - 7 * n, True) for n in range(9)],
    *[("supervision", 60, 66 - 14 * n, True) for n in range(5)],
    ("mentoring", 120, 3, False),
    ("supervision", 60, 2, False),
]


def demo_work_seed(
    *,
    coordinator: AbstractBaseUser,
    mentor: AbstractBaseUser,
    sharing_mentee: AbstractBaseUser,
    private_mentee: AbstractBaseUser,
    collective: Collective,
) -> list[str]:
    """Give each demo role something to do, through the same services the pages use. Each
    piece is made only if nothing of its kind is there yet, so a re-run (and a choice made
    while trying the demo: an ended mentorship, a withdrawn consent, a signed request) keeps
    what is there. Returns a line per piece made now ("created ...", or "skipped ...: why"
    when a rule refuses it).

    - the demo mentor mentors both learners; one shares her progress, the other has not
      decided (so the mentor dashboard shows both kinds);
    - the sharing learner shares a lesson reflection, and asks the mentor for a lesson
      sign-off and for the applied-project checklist;
    - the mentor has asked for a sign-off of her escalation role-play lesson (signed by the
      senior mentor who facilitates the mentors' circle she is a member of) and for the
      role-play checklists of both mentor programmes (signed by the coordinator, a
      supervisor), and has a practice log, partly verified, with two entries waiting for the
      coordinator.

    Side effects: mentorships (and their audit entries), consents, lesson progress, a
    reflection and its share, checklist sign-off requests, practice entries and their
    verification (which queues certificate evaluations after commit).
    """
    from certifications import records
    from certifications.models import ChecklistSignOff, PracticeEntry, SignOffChecklist
    from courses.models import LessonProgress, ReflectionResponse
    from courses.services import progress
    from trauma_training.models import Consent, Mentorship
    from trauma_training.services import consent_record, mentorship_assign
    from trauma_training.wellbeing.services import reflection_share

    made: list[str] = []
    for mentee in (sharing_mentee, private_mentee):
        if not Mentorship.objects.filter(mentor=mentor, mentee=mentee).exists():
            _attempt(
                made,
                f"mentorship {mentor.name_for_others} - {mentee.name_for_others}",
                partial(
                    mentorship_assign,
                    by=coordinator,
                    mentor=mentor,
                    mentee=mentee,
                    collective=collective,
                ),
            )
    purpose = Consent.Purpose.PROGRESS_TO_MENTOR
    if not Consent.objects.filter(user=sharing_mentee, purpose=purpose).exists():
        _attempt(
            made,
            f"{sharing_mentee.name_for_others} shares progress with her mentor",
            partial(
                consent_record, user=sharing_mentee, purpose=purpose, granted=True, language="en"
            ),
        )

    lessons = {
        lesson.slug: lesson
        for lesson in LessonPage.objects.filter(
            locale=Locale.get_default(),
            slug__in=[DEMO_REFLECTION_LESSON, DEMO_SIGNOFF_LESSON, DEMO_ROLE_PLAY_LESSON],
        )
    }
    reflection_lesson = lessons.get(DEMO_REFLECTION_LESSON)
    if (
        reflection_lesson is not None
        and not ReflectionResponse.objects.filter(
            user=sharing_mentee, lesson=reflection_lesson
        ).exists()
    ):

        def reflect() -> None:
            response = progress.reflection_submit(
                user=sharing_mentee,
                lesson=reflection_lesson,
                block_id=reflection_lesson.block_ids("reflection")[0],
                text=DEMO_REFLECTION_TEXT,
            )
            reflection_share(user=sharing_mentee, reflection=response)

        _attempt(made, f"{sharing_mentee.name_for_others} shares a reflection", reflect)
    for person, slug in ((sharing_mentee, DEMO_SIGNOFF_LESSON), (mentor, DEMO_ROLE_PLAY_LESSON)):
        lesson = lessons.get(slug)
        if (
            lesson is not None
            and not LessonProgress.objects.filter(user=person, lesson=lesson).exists()
        ):
            _attempt(
                made,
                f"{person.name_for_others} asks for a sign-off of {slug}",
                partial(progress.signoff_request, user=person, lesson=lesson),
            )

    for person, programme_code in (
        (sharing_mentee, "survivor-leader"),
        (mentor, "peer-mentor-1"),
        (mentor, "pfa-skills"),
    ):
        checklist = (
            SignOffChecklist.objects.filter(programme__code=programme_code)
            .order_by("sort_order", "pk")
            .first()
        )
        if (
            checklist is not None
            and not ChecklistSignOff.objects.filter(user=person, checklist=checklist).exists()
        ):
            _attempt(
                made,
                f"{person.name_for_others} asks for the checklist {checklist.title} "
                f"({programme_code})",
                partial(records.signoff_request, user=person, checklist=checklist),
            )

    if not PracticeEntry.objects.filter(user=mentor).exists():

        def practise() -> None:
            today = timezone.localdate()
            for kind, minutes, days_ago, verified in DEMO_PRACTICE:
                entry = records.practice_entry_log(
                    user=mentor,
                    kind=kind,
                    format=PracticeEntry.Format.IN_PERSON,
                    date=today - timedelta(days=days_ago),
                    minutes=minutes,
                )
                if verified:
                    records.practice_entry_verify(entry=entry, by=coordinator)

        _attempt(
            made,
            f"{mentor.name_for_others} has a practice log ({len(DEMO_PRACTICE)} entries)",
            practise,
        )
    return made


def _attempt(made: list[str], what: str, make: Callable[[], object]) -> None:
    """Make one piece of the demo in a savepoint and note it as "created ...". A rule that
    refuses it now (the demo people were changed while trying the demo, e.g. a learner moved
    out of the collective) skips that piece with the reason rather than stopping the seed."""
    try:
        with transaction.atomic():
            make()
    except (ValidationError, PermissionDenied) as error:
        reason = "; ".join(getattr(error, "messages", None) or [str(error)])
        made.append(f"skipped {what}: {reason}")
    else:
        made.append(f"created {what}")
