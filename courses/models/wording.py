"""Overrides of the wording check: a trainer published answer feedback that uses a banned word
(courses.wording), and said why. Admins read them in the admin (docs/plugin.md)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class WordingOverride(models.Model):
    """One publish of learner-facing feedback with a banned word: who, when, where, and why."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("The lesson, while it exists."),
    )
    page_title = models.CharField(
        _("page title"), max_length=255, help_text=_("The lesson's title when it was published.")
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("revision"),
        help_text=_("The revision that was published or submitted with these words."),
    )
    overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("overridden by"),
        help_text=_("Who published it, while their account exists."),
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    reason = models.TextField(
        _("reason"), help_text=_("Why these words stay, in the trainer's words.")
    )
    findings = models.JSONField(
        _("words found"),
        default=list,
        help_text=_("Each place and word: where, word, language and the text."),
    )

    # Indexing references would cost every publish queries; nothing points here from content.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("wording override")
        verbose_name_plural = _("wording overrides")
        ordering = ["-created_at"]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.page_title} ({self.created_at:%Y-%m-%d})"

    def covers(self, text: str) -> bool:
        """Whether this override was given for exactly `text` (the same feedback, unchanged)."""
        return any(finding.get("text") == text for finding in self.findings)
