"""Every string the site shows has a Bengali, Hindi and Telugu translation in our own
catalogues (DOMAIN.md 1: Wagtail's admin is barely translated into them, so what learners
read must come from ours), and the committed .mo files are the .po files compiled.

The completeness check extracts the strings from a copy of the code exactly as
`make messages` does, so a new string without translations fails here, not on a learner's
phone. It needs GNU gettext (xgettext, msgfmt); .ci/run installs it.
"""

import gettext
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent.parent
LANGUAGES = ["bn", "hi", "te"]
# What `make messages` reads: our apps, the site templates and the catalogues themselves.
SOURCES = ["manage.py", "cms", "courses", "certifications", "trauma_training", "templates"]

needs_gettext = pytest.mark.skipif(
    not (shutil.which("xgettext") and shutil.which("msgfmt")),
    reason="needs GNU gettext (apt-get install gettext): makemessages and msgfmt use it",
)


def _catalogue(language: str) -> Path:
    return ROOT / "locale" / language / "LC_MESSAGES" / "django.po"


def _statistics(po: Path) -> str:
    """msgfmt's own count, e.g. "1049 translated messages."; --check also proves every
    placeholder of a python-format string is kept."""
    done = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr.strip()


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    """A copy of the code with its catalogues brought up to date by makemessages."""
    copy = tmp_path_factory.mktemp("messages")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, copy / name)
    shutil.copytree(ROOT / "locale", copy / "locale")
    command = [sys.executable, "manage.py", "makemessages", "--no-obsolete"]
    command += ["--add-location=file", *(f"-l{language}" for language in LANGUAGES)]
    done = subprocess.run(command, cwd=copy, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return copy


@needs_gettext
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_has_a_translation(extracted, language):
    committed = _statistics(_catalogue(language))
    current = _statistics(extracted / "locale" / language / "LC_MESSAGES" / "django.po")

    # Only "N translated messages.": no "untranslated" and no "fuzzy" (a guess by msgmerge).
    assert current == committed
    assert current.endswith(" translated messages.") and "," not in current


@needs_gettext
@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_mo_is_the_po_compiled(tmp_path, language):
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "-o", str(fresh), str(_catalogue(language))], check=True)

    with open(fresh, "rb") as compiled, open(_catalogue(language).with_suffix(".mo"), "rb") as mo:
        assert gettext.GNUTranslations(mo)._catalog == gettext.GNUTranslations(compiled)._catalog


@pytest.mark.parametrize(
    "language, words",
    [
        ("hi", ["अपनी हिस्ट्री मिटाएँ", "“New Incognito tab”"]),
        ("bn", ["আপনার হিস্ট্রি মুছে দিন", "“New Incognito tab”"]),
        ("te", ["మీ హిస్టరీని తొలగించండి", "“New Incognito tab”"]),
    ],
)
def test_the_page_about_quick_exit_reads_in_the_learners_language(db, language, words):
    client = Client(HTTP_ACCEPT_LANGUAGE=language)

    response = client.get("/safety/about-quick-exit/")

    page = response.content.decode()
    assert response.status_code == 200
    assert [word in page for word in words] == [True, True]
    assert "Clear your history" not in page
    translation.activate("en")
