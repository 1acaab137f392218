"""Recording a trainer's reason to publish answer feedback with a banned word."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from wagtail.models import Page

from courses.models import WordingOverride
from courses.wording import WordingFinding


def wording_override_record(
    *, page: Page, user: AbstractBaseUser, reason: str, findings: list[WordingFinding]
) -> WordingOverride:
    """Write one WordingOverride: `user` published (or submitted) `page` at its latest revision
    with the `findings` in its answer feedback, for `reason`.

    Side effects: one row. The words and the trainer's reason are content, not a learner's
    data, so they are kept here, not in the audit log (whose detail never holds free text)."""
    override = WordingOverride(
        page=page,
        page_title=page.title[:255],
        revision_id=page.latest_revision_id,
        overridden_by=user,
        reason=reason,
        findings=[
            {
                "where": finding.where,
                "word": finding.word,
                "language": finding.language,
                "text": finding.text,
            }
            for finding in findings
        ],
    )
    override.full_clean()
    override.save()
    return override
