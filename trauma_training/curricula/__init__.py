"""The seeded curricula of DOMAIN.md section 2, as data files a trainer or translator can edit.

Each course has a folder here holding its English source, ``en.yaml``, and one file per
translation (``bn.yaml``, ``hi.yaml``, ``te.yaml``) with the same structure and only the words
changed. ``python -m trauma_training.curricula`` checks every file and says exactly what is off
(docs/translations.md, "The seeded curricula").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

CURRICULA_DIR = Path(__file__).resolve().parent
# Catalogue order.
COURSE_FOLDERS = ["orientation", "m1", "m2", "m3", "m4", "s1", "s2"]
SOURCE_LANGUAGE = "en"
TRANSLATION_LANGUAGES = ["bn", "hi", "te"]
# The survivor courses are seeded whole in every language; the mentor courses may leave lesson
# bodies in English (their translation files then omit ``body``).
FULLY_TRANSLATED_FOLDERS = ["orientation", "s1", "s2"]

# The data files break rich text after each block-level tag, so a translator reads one
# paragraph a line; those line breaks are not part of the text.
_BREAK_AFTER_TAG = re.compile(r">\n+")


def _course_from_data(data: dict) -> dict:
    """The YAML document as the course dict `schema.validate_course` and the seeding read:
    body blocks as (type, value) pairs, rich text without the data file's line breaks."""
    for module in data.get("modules", []):
        for lesson in module.get("lessons", []):
            if "body" not in lesson:
                continue
            blocks = []
            for block in lesson["body"]:
                if not (isinstance(block, dict) and "type" in block and "value" in block):
                    blocks.append(block)  # left for validate_course to name
                    continue
                value = block["value"]
                if block["type"] == "text" and isinstance(value, str):
                    value = _BREAK_AFTER_TAG.sub(">", value).strip()
                blocks.append((block["type"], value))
            lesson["body"] = blocks
    return data


def course_path(folder: str, language: str = SOURCE_LANGUAGE) -> Path:
    return CURRICULA_DIR / folder / f"{language}.yaml"


@cache
def _read(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def load_course(folder: str, language: str = SOURCE_LANGUAGE) -> dict | None:
    """One course in one language, or None when that translation has no file. A fresh dict
    each call: callers may change it."""
    path = course_path(folder, language)
    if not path.exists():
        return None
    import copy

    return _course_from_data(copy.deepcopy(_read(path)))


def load_curricula() -> list[dict]:
    """The English source of every course, in catalogue order."""
    return [load_course(folder) for folder in COURSE_FOLDERS]


def load_translations(folder: str) -> dict[str, dict]:
    """{language: course dict} for every translation of one course that has a file."""
    found = {}
    for language in TRANSLATION_LANGUAGES:
        course = load_course(folder, language)
        if course is not None:
            found[language] = course
    return found
