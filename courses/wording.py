"""Words a learner never reads from us, in every language (DOMAIN.md 5.7: feedback never says
fail or wrong). One list, read by the curriculum checker, the wording tests, and the editor's
check of what trainers write (lesson text, quiz feedback, H5P packages)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# Chosen with care: the plain words for "wrong", "mistake" and "failed" in each language. They
# are matched inside longer words too (Bengali "মুছে ফেলা", delete, contains "ফেল": write
# "মুছে দেওয়া"). Other meanings of these stems are rare in our text; a hit is read by a person,
# never auto-fixed.
BANNED_STEMS_BY_LANGUAGE = {
    "hi": ["गलत", "ग़लत", "असफल", "विफल", "फेल", "फ़ेल", "नाकाम"],
    "bn": ["ভুল", "ব্যর্থ", "অকৃতকার্য", "ফেল"],
    "te": ["తప్పు", "విఫల", "ఫెయిల్", "ఓడిపోయ"],
}

# English is matched as whole words (regular expressions), so "failsafe" or "wrongly" in a
# URL does not count but "failed" and "Wrong!" do.
BANNED_ENGLISH = [
    r"fail(?:s|ed|ing|ure|ures)?",
    r"wrong",
    r"incorrect(?:ly)?",
    r"streaks?",
    r"leaderboards?",
    r"loser?s?",
]
_ENGLISH_RE = re.compile(r"\b(?:" + "|".join(BANNED_ENGLISH) + r")\b", re.IGNORECASE)

LANGUAGES = ("en", "bn", "hi", "te")

# What to write instead, in the language the word was found in: the glossary's "not yet"
# (docs/translations.md) and an invitation to look again.
KIND_ALTERNATIVES = {
    "en": "Not yet. Let's look at this again together.",
    "bn": "এখনও নয়। চলুন আরেকবার একসাথে দেখি।",
    "hi": "अभी नहीं। चलिए इसे एक बार फिर साथ में देखते हैं।",
    "te": "ఇంకా లేదు. మళ్ళీ ఒకసారి కలిసి చూద్దాం.",
}


def banned_stem_in(text: str, language: str) -> str | None:
    """The first banned stem of `language` found in `text`, or None. English ("en") is
    matched by whole words; the other languages by stem, inside longer words too."""
    if language == "en":
        match = _ENGLISH_RE.search(text)
        return match.group(0) if match else None
    for stem in BANNED_STEMS_BY_LANGUAGE.get(language, []):
        if stem in text:
            return stem
    return None


def banned_word_in_any_language(text: str) -> tuple[str, str] | None:
    """(language, word) for the first banned word of any of our four languages in `text`, or
    None. A trainer may write any language in any copy, so every list is read."""
    for language in LANGUAGES:
        word = banned_stem_in(text, language)
        if word:
            return language, word
    return None


@dataclass(frozen=True)
class WordingFinding:
    """A banned word in something a trainer wrote, and where."""

    where: str  # for the trainer, in their language: "Quiz 1, question 2, option 3: feedback"
    word: str
    language: str
    is_feedback: bool  # answer feedback shames most directly: it blocks publishing
    text: str

    @property
    def suggestion(self) -> str:
        return KIND_ALTERNATIVES[self.language]


def _finding(where: str, text, *, is_feedback: bool = False) -> WordingFinding | None:
    if not text:
        return None
    plain = strip_tags(str(text))
    hit = banned_word_in_any_language(plain)
    if hit is None:
        return None
    language, word = hit
    return WordingFinding(
        where=where, word=word, language=language, is_feedback=is_feedback, text=plain[:200]
    )


# Names of the fields a trainer fills in, as the editor shows them.
_FIELD_LABELS = {
    "title": gettext_lazy("title"),
    "text": gettext_lazy("text"),
    "prompt": gettext_lazy("prompt"),
    "explanation": gettext_lazy("explanation"),
    "feedback": gettext_lazy("feedback"),
    "note": gettext_lazy("note"),
    "summary": gettext_lazy("summary"),
    "hint": gettext_lazy("hint"),
    "transcript": gettext_lazy("transcript"),
    "heading": gettext_lazy("heading"),
}


def _place(*parts: str, field: str = "") -> str:
    where = ", ".join(parts)
    return f"{where}: {_FIELD_LABELS[field]}" if field else where


def _quiz_texts(label: str, quiz) -> Iterator[tuple[str, object, bool]]:
    yield _place(label, field="title"), quiz.get("title"), False
    for q_number, question in enumerate(quiz.get("questions") or [], start=1):
        q_label = _("question %(number)s") % {"number": q_number}
        yield _place(label, q_label, field="prompt"), question.get("prompt"), False
        yield _place(label, q_label, field="explanation"), question.get("explanation"), True
        for o_number, option in enumerate(question.get("options") or [], start=1):
            o_label = _("option %(number)s") % {"number": o_number}
            yield _place(label, q_label, o_label, field="text"), option.get("text"), False
            yield _place(label, q_label, o_label, field="feedback"), option.get("feedback"), True


# The text fields of each lesson block a learner reads (block type -> field names).
_BLOCK_TEXT_FIELDS = {
    "callout": ["title", "text"],
    "content_note": ["note", "summary"],
    "reflection": ["prompt", "hint"],
    "audio": ["title", "transcript"],
    "video": ["transcript"],
    "h5p": ["heading"],
}


def lesson_wording_findings(body) -> list[WordingFinding]:
    """Every banned word in a lesson body (a StreamValue), in order. Quiz answer feedback and
    explanations are marked `is_feedback`: they answer the learner's own attempt."""
    findings = []
    counts: dict[str, int] = {}
    for child in body:
        kind = child.block_type
        counts[kind] = counts.get(kind, 0) + 1
        label = f"{child.block.label} {counts[kind]}"
        if kind == "text":
            texts = [(label, child.value, False)]
        elif kind == "quiz":
            texts = list(_quiz_texts(label, child.value))
        else:
            texts = [
                (_place(label, field=name), child.value.get(name), False)
                for name in _BLOCK_TEXT_FIELDS.get(kind, [])
            ]
        for where, text, is_feedback in texts:
            finding = _finding(where, text, is_feedback=is_feedback)
            if finding:
                findings.append(finding)
    return findings


def finding_sentence(*, where: str, word: str, suggestion: str) -> str:
    """One banned word for the trainer, in their language: where it is, the word, and a kinder
    example (the lesson editor's Checks panel and the H5P upload's warning say it alike)."""
    return _("%(where)s: “%(word)s”. Kinder wording, for example: “%(suggestion)s”") % {
        "where": where,
        "word": word,
        "suggestion": suggestion,
    }
