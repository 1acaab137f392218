"""The shape of a seeded curriculum, and a checker that says exactly what is off.

Each course lives in its own module in this package as a ``COURSE`` dict. ``seed_demo``
turns these into Wagtail pages; ``validate_course`` runs in the tests so that a typo in the
teaching text's structure is caught before anyone seeds it.

Shape::

    COURSE = {
        "code": "M1",                       # short code used by certification programmes
        "slug": "trauma-informed-foundations",
        "title": str, "summary": str,
        "audience": "mentor" | "survivor_leader" | "everyone",
        "estimated_minutes": int,
        "prerequisites": [course slug, ...],
        "modules": [
            {
                "slug": str, "title": str, "estimated_minutes": int,
                "objectives": [str, ...],     # observable: "Name the 4 Rs", not "Understand"
                "lessons": [
                    {
                        "slug": str, "title": str, "estimated_minutes": int,
                        "completion_rule": "viewed" | "quiz" | "reflection" | "signoff",
                        "body": [(block_type, value), ...],
                    },
                ],
                "check": {"pass_mark": 80, "questions": [question, ...]},
            },
        ],
    }

Body blocks (``block_type``, value):

- ``("text", "<p>...</p>")``: HTML using only p, h3, ul, ol, li, strong, em.
- ``("callout", {"kind": "tip" | "remember" | "try", "title": str, "text": str})``
- ``("content_note", {"note": str, "summary": str})``: marks a sensitive lesson; ``summary`` is
  the short version a learner may read instead.
- ``("reflection", {"prompt": str, "hint": str, "required": bool})``: ``required`` defaults to
  true (the lesson completes only once it has an answer); a private self-check, which tells the
  learner they can skip any question, marks its prompts ``required: false``.
- ``("quiz", {"pass_mark": int, "questions": [question, ...]})``

A question: ``{"prompt": str, "kind": "single" | "multiple", "explanation": str,
"options": [{"text": str, "correct": bool, "feedback": str}, ...]}``.
"""

from __future__ import annotations

import re

AUDIENCES = {"mentor", "survivor_leader", "everyone"}
COMPLETION_RULES = {"viewed", "quiz", "reflection", "signoff"}
BLOCK_TYPES = {"text", "callout", "content_note", "reflection", "quiz"}
CALLOUT_KINDS = {"tip", "remember", "try"}
ALLOWED_TAGS = {"p", "h3", "ul", "ol", "li", "strong", "em"}
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# DOMAIN.md 5.7: feedback never says fail or wrong. Whole words, any case.
BANNED_WORDS_RE = re.compile(r"\b(wrong|fail|fails|failed|failure|failing|incorrect)\b", re.I)
TAG_RE = re.compile(r"</?([a-zA-Z0-9]+)[^>]*>")


def _texts_of_question(question: dict) -> list[str]:
    texts = [question.get("prompt", ""), question.get("explanation", "")]
    for option in question.get("options", []):
        texts += [option.get("text", ""), option.get("feedback", "")]
    return texts


def _validate_question(question: dict, where: str) -> list[str]:
    errors = []
    for key in ("prompt", "kind", "explanation", "options"):
        if key not in question:
            errors.append(f"{where}: question lacks '{key}'")
    if errors:
        return errors
    if question["kind"] not in {"single", "multiple"}:
        errors.append(f"{where}: kind must be 'single' or 'multiple'")
    options = question["options"]
    if len(options) < 2:
        errors.append(f"{where}: a question needs at least two options")
    correct = [o for o in options if o.get("correct")]
    if not correct:
        errors.append(f"{where}: no option is marked correct")
    if question["kind"] == "single" and len(correct) != 1:
        errors.append(f"{where}: a single-choice question needs exactly one correct option")
    for index, option in enumerate(options):
        if not option.get("text") or not option.get("feedback"):
            errors.append(f"{where}: option {index} needs 'text' and 'feedback'")
    return errors


def _validate_block(block: tuple, where: str) -> list[str]:
    if not (isinstance(block, tuple) and len(block) == 2):
        return [f"{where}: a body block is a (type, value) tuple"]
    block_type, value = block
    if block_type not in BLOCK_TYPES:
        return [f"{where}: unknown block type {block_type!r}"]
    errors = []
    if block_type == "text":
        bad_tags = {tag.lower() for tag in TAG_RE.findall(value)} - ALLOWED_TAGS
        if bad_tags:
            errors.append(f"{where}: tags not allowed in text: {sorted(bad_tags)}")
        if len(TAG_RE.sub("", value).split()) < 20:
            errors.append(f"{where}: a text block should say something (20 words or more)")
    elif block_type == "callout":
        if value.get("kind") not in CALLOUT_KINDS:
            errors.append(f"{where}: callout kind must be one of {sorted(CALLOUT_KINDS)}")
        if not value.get("title") or not value.get("text"):
            errors.append(f"{where}: callout needs 'title' and 'text'")
    elif block_type == "content_note":
        if not value.get("note") or not value.get("summary"):
            errors.append(f"{where}: content_note needs 'note' and 'summary'")
    elif block_type == "reflection":
        if not value.get("prompt"):
            errors.append(f"{where}: reflection needs a 'prompt'")
        if not isinstance(value.get("required", True), bool):
            errors.append(f"{where}: reflection 'required' must be true or false")
    elif block_type == "quiz":
        questions = value.get("questions", [])
        if not questions:
            errors.append(f"{where}: a quiz needs questions")
        for q_index, question in enumerate(questions):
            errors += _validate_question(question, f"{where} question {q_index}")
    return errors


def _all_texts(course: dict) -> list[str]:
    texts = [course.get("title", ""), course.get("summary", "")]
    for module in course.get("modules", []):
        texts.append(module.get("title", ""))
        texts += module.get("objectives", [])
        for lesson in module.get("lessons", []):
            texts.append(lesson.get("title", ""))
            for block_type, value in lesson.get("body", []):
                if isinstance(value, str):
                    texts.append(value)
                elif block_type == "quiz":
                    for question in value.get("questions", []):
                        texts += _texts_of_question(question)
                else:
                    texts += [v for v in value.values() if isinstance(v, str)]
        for question in module.get("check", {}).get("questions", []):
            texts += _texts_of_question(question)
    return texts


def validate_course(course: dict) -> list[str]:
    """Return every problem with a ``COURSE`` dict; an empty list means it can be seeded."""
    errors = []
    for key in ("code", "slug", "title", "summary", "audience", "estimated_minutes", "modules"):
        if key not in course:
            errors.append(f"course lacks '{key}'")
    if errors:
        return errors
    if course["audience"] not in AUDIENCES:
        errors.append(f"audience must be one of {sorted(AUDIENCES)}")
    slugs = [course["slug"]]
    if not course["modules"]:
        errors.append("a course needs modules")
    for m_index, module in enumerate(course["modules"]):
        where = f"module {m_index} ({module.get('slug')})"
        slugs.append(module.get("slug", ""))
        if not module.get("objectives"):
            errors.append(f"{where}: needs objectives")
        lessons = module.get("lessons", [])
        if len(lessons) < 2:
            errors.append(f"{where}: needs at least two lessons")
        check = module.get("check")
        if not check or not check.get("questions"):
            errors.append(f"{where}: needs a module check with questions")
        else:
            if not 1 <= check.get("pass_mark", 0) <= 100:
                errors.append(f"{where}: check pass_mark must be 1-100")
            for q_index, question in enumerate(check["questions"]):
                errors += _validate_question(question, f"{where} check question {q_index}")
        for l_index, lesson in enumerate(lessons):
            l_where = f"{where} lesson {l_index} ({lesson.get('slug')})"
            slugs.append(lesson.get("slug", ""))
            rule = lesson.get("completion_rule")
            if rule not in COMPLETION_RULES:
                errors.append(
                    f"{l_where}: completion_rule must be one of {sorted(COMPLETION_RULES)}"
                )
            body = lesson.get("body", [])
            for b_index, block in enumerate(body):
                errors += _validate_block(block, f"{l_where} block {b_index}")
            types = {block[0] for block in body if isinstance(block, tuple)}
            if rule == "quiz" and "quiz" not in types:
                errors.append(f"{l_where}: rule 'quiz' needs a quiz block")
            if rule == "reflection" and "reflection" not in types:
                errors.append(f"{l_where}: rule 'reflection' needs a reflection block")
            if "text" not in types:
                errors.append(f"{l_where}: needs at least one text block")
    for slug in slugs:
        if not SLUG_RE.match(slug or ""):
            errors.append(f"bad slug {slug!r}")
    duplicates = {slug for slug in slugs if slugs.count(slug) > 1}
    if duplicates:
        errors.append(f"slugs must be unique within a course: {sorted(duplicates)}")
    for text in _all_texts(course):
        match = BANNED_WORDS_RE.search(text)
        if match:
            errors.append(f"banned word {match.group(0)!r} in: {text[:60]!r}")
    return errors


# --- Translations: the same course with only the words changed.

# A translated string must be written in its language's script: a leftover English sentence is
# caught here rather than by a learner.
SCRIPT_RANGES = {
    "bn": ("\u0980", "\u09ff"),  # Bengali
    "hi": ("\u0900", "\u097f"),  # Devanagari
    "te": ("\u0c00", "\u0c7f"),  # Telugu
}
BLOCK_TAG_RE = re.compile(r"<(p|h3|ul|ol|li)\b", re.I)
# Values a translation repeats unchanged: they decide what a page is and how it is scored.
FIXED_COURSE_KEYS = ("code", "slug", "audience", "estimated_minutes", "prerequisites")
FIXED_MODULE_KEYS = ("slug", "estimated_minutes")
FIXED_LESSON_KEYS = ("slug", "estimated_minutes", "completion_rule")


def _in_script(text: str, language: str) -> bool:
    low, high = SCRIPT_RANGES[language]
    return any(low <= char <= high for char in text)


class _TranslationCheck:
    def __init__(self, language: str):
        from courses.wording import banned_stem_in

        self.language = language
        self.banned_stem_in = banned_stem_in
        self.errors: list[str] = []

    def text(self, source: str, translated, where: str) -> None:
        """A string the translation must translate: present, in the script, no banned word."""
        if not source:
            return
        if not isinstance(translated, str) or not translated.strip():
            self.errors.append(f"{where}: missing (the source has {source[:40]!r})")
            return
        if not _in_script(translated, self.language):
            self.errors.append(f"{where}: not in {self.language} script: {translated[:40]!r}")
        stem = self.banned_stem_in(translated, self.language)
        if stem:
            self.errors.append(f"{where}: banned word {stem!r} in {translated[:40]!r}")

    def same(self, source: dict, translated: dict, keys, where: str) -> None:
        for key in keys:
            if source.get(key) != translated.get(key):
                self.errors.append(
                    f"{where}: {key} must stay {source.get(key)!r}, not {translated.get(key)!r}"
                )

    def same_length(self, source: list, translated, what: str, where: str) -> bool:
        if not isinstance(translated, list) or len(translated) != len(source):
            count = len(translated) if isinstance(translated, list) else "no"
            self.errors.append(f"{where}: {len(source)} {what} in the source, {count} here")
            return False
        return True

    def question(self, source: dict, translated: dict, where: str) -> None:
        if not isinstance(translated, dict):
            self.errors.append(f"{where}: missing")
            return
        self.same(source, translated, ("kind",), where)
        self.text(source["prompt"], translated.get("prompt"), f"{where} prompt")
        self.text(
            source.get("explanation", ""), translated.get("explanation"), f"{where} explanation"
        )
        options = translated.get("options")
        if not self.same_length(source["options"], options, "options", where):
            return
        for index, (option, translated_option) in enumerate(
            zip(source["options"], options, strict=True)
        ):
            o_where = f"{where} option {index}"
            if bool(option["correct"]) != bool(translated_option.get("correct")):
                self.errors.append(f"{o_where}: correct must stay {bool(option['correct'])}")
            self.text(option["text"], translated_option.get("text"), f"{o_where} text")
            self.text(option["feedback"], translated_option.get("feedback"), f"{o_where} feedback")

    def questions(self, source: dict, translated: dict, where: str) -> None:
        self.same(source, translated, ("pass_mark",), where)
        questions = translated.get("questions")
        if self.same_length(source["questions"], questions, "questions", where):
            for index, pair in enumerate(zip(source["questions"], questions, strict=True)):
                self.question(*pair, f"{where} question {index}")

    def block(self, source: tuple, translated, where: str) -> None:
        block_type, value = source
        if not (isinstance(translated, tuple) and translated[0] == block_type):
            got = translated[0] if isinstance(translated, tuple) else translated
            self.errors.append(f"{where}: must be a {block_type!r} block, not {got!r}")
            return
        translated_value = translated[1]
        if block_type == "text":
            self.text(value, translated_value, where)
            source_tags = [tag.lower() for tag in BLOCK_TAG_RE.findall(value)]
            tags = [tag.lower() for tag in BLOCK_TAG_RE.findall(translated_value or "")]
            if tags != source_tags:
                self.errors.append(
                    f"{where}: paragraphs, headings and list items must match the source "
                    f"({len(source_tags)} there, {len(tags)} here)"
                )
            return
        if not isinstance(translated_value, dict):
            self.errors.append(f"{where}: the value must be a mapping like the source's")
            return
        if block_type == "quiz":
            self.questions(value, translated_value, where)
            return
        if block_type == "callout":
            self.same(value, translated_value, ("kind",), where)
        for key, text in value.items():
            if key != "kind" and isinstance(text, str):
                self.text(text, translated_value.get(key), f"{where} {key}")

    def lesson(self, source: dict, translated: dict, where: str, body_required: bool) -> None:
        self.same(source, translated, FIXED_LESSON_KEYS, where)
        self.text(source["title"], translated.get("title"), f"{where} title")
        if "body" not in translated:
            if body_required:
                self.errors.append(f"{where}: the body is not translated")
            return
        body = translated["body"]
        if self.same_length(source["body"], body, "body blocks", where):
            for index, pair in enumerate(zip(source["body"], body, strict=True)):
                self.block(*pair, f"{where} block {index}")


def translation_errors(
    source: dict, translation: dict, language: str, *, bodies_required: bool = True
) -> list[str]:
    """Every way `translation` differs from `source` in more than its words: each block, quiz
    option, correct answer and completion rule must be the source's, every string translated.
    With `bodies_required` false a lesson may leave out ``body`` (it is then shown in the
    source language); everything else must be there."""
    if language not in SCRIPT_RANGES:
        return [f"no checker for language {language!r}"]
    check = _TranslationCheck(language)
    check.same(source, translation, FIXED_COURSE_KEYS, "course")
    check.text(source["title"], translation.get("title"), "course title")
    check.text(source["summary"], translation.get("summary"), "course summary")
    modules = translation.get("modules")
    if not isinstance(modules, list):
        modules = []
    # Modules present are checked even when some are missing, so a translator working module
    # by module sees the problems in what is written so far.
    check.same_length(source["modules"], modules, "modules", "course")
    for m_index, (module, t_module) in enumerate(zip(source["modules"], modules, strict=False)):
        where = f"module {m_index} ({module['slug']})"
        check.same(module, t_module, FIXED_MODULE_KEYS, where)
        check.text(module["title"], t_module.get("title"), f"{where} title")
        objectives = t_module.get("objectives")
        if check.same_length(module["objectives"], objectives, "objectives", where):
            for index, pair in enumerate(zip(module["objectives"], objectives, strict=True)):
                check.text(*pair, f"{where} objective {index}")
        lessons = t_module.get("lessons")
        if check.same_length(module["lessons"], lessons, "lessons", where):
            for l_index, (lesson, t_lesson) in enumerate(
                zip(module["lessons"], lessons, strict=True)
            ):
                check.lesson(
                    lesson,
                    t_lesson,
                    f"{where} lesson {l_index} ({lesson['slug']})",
                    bodies_required,
                )
        check.questions(module["check"], t_module.get("check") or {}, f"{where} check")
    return check.errors
