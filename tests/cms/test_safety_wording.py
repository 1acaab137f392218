"""Feedback never says fail or wrong, and there are no streaks or leaderboards (DOMAIN.md 5.7):
a banned-words scan over every locale's catalogue and over the English text of our apps.

Staff-only text (the Wagtail admin, system checks, logs) is out of scope; so is code that is not
shown to anyone (attribute names, log messages). What a learner or mentor can read is in scope.
"""

import re
from pathlib import Path

import pytest

from courses.wording import BANNED_ENGLISH, BANNED_STEMS_BY_LANGUAGE

ROOT = Path(__file__).resolve().parent.parent.parent
OUR_APPS = ["cms", "courses", "certifications", "trauma_training"]

BANNED_BY_LOCALE = BANNED_STEMS_BY_LANGUAGE

# Learner-facing templates and strings outside this task's files that still use a banned word;
# each needs its owner's fix (listed in docs/safety.md). Keep this list shrinking; a new
# offender fails the test.
KNOWN_ELSEWHERE: set[tuple[str, str]] = set()


def _english_pattern() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(BANNED_ENGLISH) + r")\b", re.IGNORECASE)


def _po_entries(path: Path) -> list[tuple[str, str]]:
    """(msgid, msgstr) pairs, plural forms joined, from a gettext catalogue."""
    entries, current, field = [], {"msgid": "", "msgstr": ""}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        match = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line)
        if match:
            key = "msgid" if match.group(1).startswith("msgid") else "msgstr"
            if key == "msgid" and match.group(1) == "msgid" and current["msgid"]:
                entries.append((current["msgid"], current["msgstr"]))
                current = {"msgid": "", "msgstr": ""}
            field = key
            current[field] += " " + match.group(2)
        elif line.startswith('"') and field:
            current[field] += line.strip('"')
    if current["msgid"]:
        entries.append((current["msgid"], current["msgstr"]))
    return entries


CATALOGUES = sorted((ROOT / "locale").glob("*/LC_MESSAGES/django.po"))


def test_wording_every_locale_has_a_catalogue_and_a_banned_list():
    locales = {path.parent.parent.name for path in CATALOGUES}
    assert locales == set(BANNED_BY_LOCALE) == {"bn", "hi", "te"}


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_wording_catalogue_has_no_banned_words(catalogue):
    locale = catalogue.parent.parent.name
    english = _english_pattern()
    offenders = []
    for msgid, msgstr in _po_entries(catalogue):
        if english.search(msgid) or english.search(msgstr):
            offenders.append(msgid.strip())
        for word in BANNED_BY_LOCALE[locale]:
            if word in msgstr:
                offenders.append(f"{msgid.strip()} -> {word}")
    assert offenders == []


def _template_texts(path: Path) -> list[str]:
    """Text a person reads in a template: tags, comments, scripts and attribute names removed,
    translated strings and attribute values (labels, titles) kept."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"{#.*?#}", " ", text, flags=re.S)
    text = re.sub(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", " ", text, flags=re.S)
    text = re.sub(r"<script\b.*?</script>", " ", text, flags=re.S)
    strings = re.findall(r'{%\s*(?:trans|translate)\s+"([^"]*)"', text)
    strings += re.findall(r"{%\s*(?:trans|translate)\s+'([^']*)'", text)
    strings += re.findall(
        r"{%\s*(?:blocktrans|blocktranslate)\b[^%]*%}(.*?){%\s*end", text, flags=re.S
    )
    # Plain text between tags (not inside template tags or HTML tags).
    plain = re.sub(r"{%.*?%}|{{.*?}}", " ", text, flags=re.S)
    plain = re.sub(r"<[^>]+>", " ", plain)
    strings.append(plain)
    # Words people hear: aria-label, title, alt and placeholder values.
    strings += re.findall(r'\b(?:aria-label|title|alt|placeholder)="([^"]*)"', text)
    return strings


def _learner_templates() -> list[Path]:
    paths = list((ROOT / "templates").rglob("*.html"))
    for app in OUR_APPS:
        for path in (ROOT / app).rglob("templates/**/*.html"):
            # The Wagtail admin's own screens are for staff.
            if "/admin/" not in path.as_posix() and "/wagtailadmin/" not in path.as_posix():
                paths.append(path)
    return sorted(paths)


def test_wording_templates_have_no_banned_words():
    english = _english_pattern()
    offenders = set()
    for path in _learner_templates():
        for string in _template_texts(path):
            for match in english.finditer(string):
                offenders.add((path.relative_to(ROOT).as_posix(), match.group(0).lower()))
    assert offenders - KNOWN_ELSEWHERE == set()


def _python_strings(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return re.findall(
        r'\b(?:_|gettext|gettext_lazy|ngettext|pgettext)\(\s*(?:"[^"]*",\s*)?"((?:[^"\\]|\\.)*)"',
        text,
    )


def test_wording_translatable_python_strings_have_no_banned_words():
    english = _english_pattern()
    offenders = set()
    for app in OUR_APPS:
        for path in (ROOT / app).rglob("*.py"):
            posix = path.as_posix()
            if "/migrations/" in posix or "/admin" in posix or "/checks.py" in posix:
                continue
            for string in _python_strings(path):
                for match in english.finditer(string):
                    offenders.add((path.relative_to(ROOT).as_posix(), match.group(0).lower()))
    assert offenders - KNOWN_ELSEWHERE == set()


def test_wording_scan_catches_the_banned_words():
    english = _english_pattern()

    assert english.search("You failed the quiz")
    assert english.search("Wrong answer")
    assert english.search("Keep your streak")
    assert not english.search("Not yet - let's look again")
    assert "ভুল" in BANNED_BY_LOCALE["bn"] and "गलत" in BANNED_BY_LOCALE["hi"]
