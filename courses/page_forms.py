"""The lesson editor's form and checks panel (docs/plugin.md, "Lesson editor checks").

The completion rule may be left to the blocks ("Automatic"), and what the lesson says is read
against the banned words (courses.wording). Drafts always save, so autosave never pauses for a
rule whose blocks are still to come or for a word: the trainer sees warnings. Publishing (or
submitting for moderation) a rule no block can meet is refused, and so is answer feedback with
a banned word unless the trainer gives a reason, which admins read under Wording overrides.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import Panel

from courses.wording import WordingFinding, finding_sentence, lesson_wording_findings

AUTOMATIC = "automatic"


def _finding_message(finding: WordingFinding) -> str:
    return finding_sentence(where=finding.where, word=finding.word, suggestion=finding.suggestion)


class LessonPageForm(WagtailAdminPageForm):
    wording_override_reason = forms.CharField(
        label=gettext_lazy("Reason to publish the feedback as it is"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy(
            "Only needed when answer feedback uses a word on the banned list (see Checks). "
            "Admins can read who gave which reason, and when."
        ),
    )

    def __init__(self, *args, **kwargs):
        from courses.models import CompletionRule

        super().__init__(*args, **kwargs)
        field = self.fields.get("completion_rule")
        if field is not None:
            field.choices = [
                (
                    AUTOMATIC,
                    _("Automatic: from the lesson's blocks (quiz, H5P activity, reflection)"),
                )
            ] + list(CompletionRule.choices)
            if self.instance.pk is None or self.instance.completion_rule_automatic:
                self.initial["completion_rule"] = AUTOMATIC
        self.wording_findings: list[WordingFinding] = []

    def clean(self):
        cleaned_data = super().clean()
        page = self.instance
        page._draft_save = self.is_deferred_validation
        body = cleaned_data.get("body")
        if cleaned_data.get("completion_rule") == AUTOMATIC:
            page.completion_rule_automatic = True
            if body is not None:
                page.body = body
                cleaned_data["completion_rule"] = page.completion_rule_from_blocks()
            else:
                # The body has errors of its own; keep the stored rule until it is fixed.
                cleaned_data["completion_rule"] = page.completion_rule
        elif "completion_rule" in cleaned_data:
            page.completion_rule_automatic = False
        if body is None:
            return cleaned_data
        self.wording_findings = lesson_wording_findings(body)
        page._has_wording_findings = bool(self.wording_findings)
        uncovered = self._feedback_not_yet_overridden()
        reason = cleaned_data.get("wording_override_reason", "").strip()
        if uncovered and not reason and not self.is_deferred_validation:
            self.add_error(
                "wording_override_reason",
                [
                    _(
                        "Answer feedback uses words that can shame a learner. Change it, or "
                        "give a reason to publish it as it is."
                    )
                ]
                + [_finding_message(finding) for finding in uncovered],
            )
        elif uncovered and reason and not self.is_deferred_validation:
            # Recorded once the page is saved (courses.wagtail_hooks), with its revision.
            page._wording_override = {"reason": reason, "findings": uncovered}
        return cleaned_data

    def _feedback_not_yet_overridden(self) -> list[WordingFinding]:
        """Feedback findings no earlier override of this page covers (same text): a reason,
        once given, is not asked again until the words change."""
        from courses.models import WordingOverride

        feedback = [finding for finding in self.wording_findings if finding.is_feedback]
        if not feedback or self.instance.pk is None:
            return feedback
        overrides = list(WordingOverride.objects.filter(page_id=self.instance.pk))
        return [f for f in feedback if not any(o.covers(f.text) for o in overrides)]


class LessonChecksPanel(Panel):
    """What the editor checks in the saved lesson, shown above the override reason: the rule
    against the blocks, and banned words with a kinder alternative. Warnings only; the form
    refuses to publish what cannot stand."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/lesson_checks.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            page = self.instance
            self.rule_problem = page.completion_rule_problem() if page.body is not None else None
            self.rule_warning = page.completion_rule_warning()
            self.findings = lesson_wording_findings(page.body)
            self.h5p_findings = _h5p_findings(page.body)

        def is_shown(self):
            return bool(
                self.rule_problem or self.rule_warning or self.findings or self.h5p_findings
            )

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["rule_problem"] = self.rule_problem
            context["rule_warning"] = self.rule_warning
            context["findings"] = [
                {"finding": finding, "message": _finding_message(finding)}
                for finding in self.findings
            ]
            context["h5p_findings"] = self.h5p_findings
            return context


def _h5p_findings(body) -> list[dict]:
    """The wording findings of the H5P packages the body embeds, read at upload
    (courses.h5p.wording): {"activity": title, "messages": [...]} per activity with any."""
    from courses.h5p.wording import finding_message
    from courses.models import H5PActivity

    ids = [child.value.get("activity") for child in body if child.block_type == "h5p"]
    ids = [getattr(value, "pk", value) for value in ids if value]
    result = []
    for activity in H5PActivity.objects.filter(pk__in=ids).select_related("package"):
        findings = activity.package.wording_findings
        if findings:
            result.append(
                {"activity": activity.title, "messages": [finding_message(f) for f in findings]}
            )
    return result
