"""Banned words (courses.wording) in an H5P package's content/content.json, found at upload.

Everything content.json holds for display is learner-facing: the trainer's questions, answers
and feedback, and also the content type's stock labels ("l10n", "UI", "a11y": many libraries
ship a visible or read-aloud "Wrong answer"). Stock labels are marked, because a trainer did
not write them and finds them in the H5P editor under "Text overrides and translations". A
package is never refused for its words: the trainer is warned, in the admin and in the
lessons that use it."""

from __future__ import annotations

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from courses.wording import KIND_ALTERNATIVES, banned_word_in_any_language, finding_sentence

# Groups of the content type's own labels, as H5P libraries name them.
STOCK_LABEL_KEYS = frozenset({"l10n", "UI", "i10n", "a11y", "labels", "texts"})
# Keys whose strings are never shown: ids, file paths, licensing and authoring facts.
NOT_SHOWN_KEYS = frozenset(
    {
        "library",
        "subContentId",
        "path",
        "mime",
        "license",
        "licenseVersion",
        "source",
        "contentType",
        "version",
        "id",
        "url",
        "metadata",
        "copyright",
        "authors",
        "changes",
    }
)
MAX_FINDINGS = 50


def package_wording_findings(content_json: object) -> list[dict]:
    """Each string of `content_json` with a banned word: {"path": "answers.0.tipsAndFeedback.
    chosenFeedback", "word", "language", "text" (at most 200 characters), "stock": bool}, in
    document order, at most MAX_FINDINGS."""
    findings: list[dict] = []

    def walk(node: object, path: tuple[str, ...], stock: bool) -> None:
        if len(findings) >= MAX_FINDINGS:
            return
        if isinstance(node, dict):
            for key, value in node.items():
                if key in NOT_SHOWN_KEYS:
                    continue
                walk(value, (*path, str(key)), stock or key in STOCK_LABEL_KEYS)
        elif isinstance(node, list):
            for number, value in enumerate(node):
                walk(value, (*path, str(number)), stock)
        elif isinstance(node, str):
            text = strip_tags(node)
            hit = banned_word_in_any_language(text)
            if hit:
                language, word = hit
                findings.append(
                    {
                        "path": ".".join(path),
                        "word": word,
                        "language": language,
                        "text": text[:200],
                        "stock": stock,
                    }
                )

    walk(content_json, (), False)
    return findings


def finding_message(finding: dict) -> str:
    """One finding, for the trainer: where, the word, and a kinder example."""
    if finding.get("stock"):
        where = _(
            "%(path)s (a standard label of the content type: change it in the H5P editor under "
            "“Text overrides and translations”)"
        ) % {"path": finding["path"]}
    else:
        where = finding["path"]
    return finding_sentence(
        where=where,
        word=finding["word"],
        suggestion=KIND_ALTERNATIVES.get(finding["language"], KIND_ALTERNATIVES["en"]),
    )
