"""What a programme requires: courses and module checks, sign-off checklists, supervised
practice, and for renewal CPD hours by category and a refresher check. All editable by
coordinators (DOMAIN.md 3)."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable


class CPDCategory(models.TextChoices):
    """Kinds of continuing professional development a renewal may ask hours of."""

    ETHICS_SAFEGUARDING = "ethics_safeguarding", _("Ethics and safeguarding")
    SELF_CARE = "self_care", _("Self-care")
    MENTORING_PRACTICE = "mentoring_practice", _("Mentoring practice")
    OTHER = "other", _("Other learning")


class CertificateTemplate(ClusterableModel):
    """The layout of a certificate PDF, editable in the admin. `html` is a Django template
    rendered with the certificate's context (see docs/certifications.md); `css` is its style.
    Words typed into the page template can be given in other languages (`translations`)."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    html = models.TextField(
        _("page template"),
        help_text=_(
            "A Django template. Available: {{ printed_name }}, {{ title }}, {{ issued_on }}, "
            "{{ expires_on }}, {{ code }}, {{ verify_url }}, {{ qr_svg }} and the labels in "
            "{{ labels }}."
        ),
    )
    css = models.TextField(_("style sheet"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("certificate template")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        # The admin form shows a template that does not compile or render as a field error
        # instead of failing later, on a learner's certificate. Imported here: the PDF module
        # loads WeasyPrint, which nothing else in the models needs.
        from certifications.pdf import template_validate

        template_validate(self.html, self.css)

    def html_in(self, language: str) -> str:
        """The page template for a certificate in `language`: its translation where an editor
        gave one (prefetch `translations` for a list), else the page template."""
        for row in self.translations.all():
            if row.language == language:
                return row.html
        return self.html


class CertificateTemplateTranslation(Orderable):
    """A certificate template's page in another language: the same layout and style sheet,
    with the words typed into it translated (the labels in {{ labels }} are translated by the
    site already)."""

    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="translations"
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES[1:])
    html = models.TextField(
        _("page template"),
        help_text=_("The page template above, with its own words in this language."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("page template in another language")
        constraints = [
            models.UniqueConstraint(
                fields=["template", "language"], name="certificate_template_one_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.language}: {self.template_id}"

    def clean(self) -> None:
        from certifications.pdf import template_validate

        template_validate(self.html, self.template.css if self.template_id else "")


class CertificationProgramme(ClusterableModel):
    """An award a learner earns by meeting its requirements."""

    class Audience(models.TextChoices):
        LEARNER = "learner", _("Survivor leaders (learners)")
        MENTOR = "mentor", _("Mentors")
        ANY = "any", _("Anyone")

    code = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_('A short, stable identifier such as "peer-mentor-1". Never shown publicly.'),
    )
    name = models.CharField(
        _("name"), max_length=200, help_text=_("The programme's name, as staff know it.")
    )
    printed_title = models.CharField(
        _("printed title"),
        max_length=200,
        blank=True,
        help_text=_(
            "Optional neutral title printed on certificates and shown on the public "
            "verification page instead of the name (for example, one that does not reveal "
            "that the holder is a survivor)."
        ),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the holder has shown, in a sentence or two (used in the credential)."),
    )
    audience = models.CharField(
        _("audience"),
        max_length=10,
        choices=Audience.choices,
        default=Audience.ANY,
        help_text=_("Who the programme is for."),
    )
    awarded_per_module = models.BooleanField(
        _("one award per module"),
        default=False,
        help_text=_(
            "A badge for each module of the required courses whose lessons are all complete "
            "and whose module check reaches the pass mark, instead of one award for all."
        ),
    )
    required_courses = models.ManyToManyField(
        "courses.CoursePage",
        blank=True,
        related_name="+",
        verbose_name=_("required courses"),
        help_text=_("Every one of these courses must be finished."),
    )
    min_module_check_score = models.PositiveSmallIntegerField(
        _("module check pass mark (%)"),
        default=80,
        validators=[MaxValueValidator(100)],
        help_text=_("Each module check in the required courses must reach this score."),
    )
    practice_hours = models.PositiveSmallIntegerField(
        _("supervised practice (hours)"),
        default=0,
        help_text=_("Hours of supervised mentoring, verified by a supervisor. 0 for none."),
    )
    supervision_sessions = models.PositiveSmallIntegerField(
        _("reflective supervision sessions"),
        default=0,
        help_text=_("How many reflective-supervision sessions, verified by a supervisor."),
    )
    validity_days = models.PositiveIntegerField(
        _("valid for (days)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("How long a certificate is valid. Leave empty for no expiry."),
    )
    grace_days = models.PositiveIntegerField(
        _("grace period (days)"),
        default=0,
        help_text=_("Days after expiry in which a holder may still renew."),
    )
    renewal_cpd_hours = models.PositiveSmallIntegerField(
        _("renewal: CPD hours"),
        default=0,
        help_text=_(
            "Verified CPD hours needed in a cycle to renew (the minimum per category is set below)."
        ),
    )
    renewal_check_module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("renewal: refresher check"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The module whose check must be passed again, at the pass mark, during the cycle "
            "to renew. Empty for none."
        ),
    )
    signatory_name = models.CharField(
        _("signatory's name"),
        max_length=120,
        blank=True,
        help_text=_(
            "The person who signs this programme's certificates, as printed (for example "
            '"Dr. Meera Nair"). Empty prints no signature line.'
        ),
    )
    signatory_title = models.CharField(
        _("signatory's title"),
        max_length=160,
        blank=True,
        help_text=_('Printed under the name, for example "Programme Director".'),
    )
    pdf_template = models.ForeignKey(
        CertificateTemplate,
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="programmes",
        help_text=_("Empty for the built-in layout."),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Only active programmes issue new certificates."),
    )

    class Meta:
        verbose_name = _("certification programme")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def public_title(self) -> str:
        """The title printed and shown publicly, in the active language."""
        return self.public_title_in(translation.get_language() or settings.LANGUAGE_CODE)

    def public_title_in(self, language: str) -> str:
        """The title printed and shown publicly in `language`: its translation where an editor
        gave one (prefetch `title_translations` for a list), else the printed title or name."""
        if language != settings.LANGUAGE_CODE:
            for row in self.title_translations.all():
                if row.language == language:
                    return row.printed_title
        return self.printed_title or self.name

    def signatory_title_in(self, language: str) -> str:
        """The signatory's title in `language`: its translation where an editor gave one
        (prefetch `title_translations` for a list), else the title as typed."""
        if language != settings.LANGUAGE_CODE:
            for row in self.title_translations.all():
                if row.language == language and row.signatory_title:
                    return row.signatory_title
        return self.signatory_title

    @property
    def renewable(self) -> bool:
        return self.validity_days is not None


class ProgrammeTitleTranslation(Orderable):
    """The programme's printed title in another language, as holders read it there."""

    programme = ParentalKey(
        CertificationProgramme, on_delete=models.CASCADE, related_name="title_translations"
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES[1:])
    printed_title = models.CharField(
        _("printed title"),
        max_length=200,
        help_text=_("Printed on certificates and shown on the check page in this language."),
    )
    signatory_title = models.CharField(
        _("signatory's title"),
        max_length=160,
        blank=True,
        help_text=_("The signatory's title in this language; empty prints it as typed above."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("title in another language")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "language"], name="programme_title_one_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.language}: {self.printed_title}"


class ProgrammeCPDRequirement(Orderable):
    """A minimum number of verified CPD hours in one category for renewal."""

    programme = ParentalKey(
        CertificationProgramme, on_delete=models.CASCADE, related_name="cpd_requirements"
    )
    category = models.CharField(_("category"), max_length=24, choices=CPDCategory.choices)
    min_hours = models.PositiveSmallIntegerField(_("at least (hours)"))

    class Meta(Orderable.Meta):
        verbose_name = _("CPD requirement")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "category"], name="programme_cpd_category_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_category_display()}: {self.min_hours} h"


class SignOffChecklist(Orderable):
    """A named checklist someone signs for a learner, e.g. the escalation role-play or the
    applied project. Every item must be ticked."""

    class Signer(models.TextChoices):
        MENTOR = "mentor", _("A mentor of the learner's collective")
        SUPERVISOR = "supervisor", _("A supervisor")

    programme = ParentalKey(
        CertificationProgramme, on_delete=models.CASCADE, related_name="checklists"
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(
        _("what the learner does"),
        blank=True,
        help_text=_("Shown to the learner when they ask for this sign-off."),
    )
    items = models.TextField(
        _("checklist items"),
        help_text=_("One item per line. The signer must tick every one."),
    )
    signer = models.CharField(
        _("who signs"), max_length=12, choices=Signer.choices, default=Signer.SUPERVISOR
    )

    class Meta(Orderable.Meta):
        verbose_name = _("sign-off checklist")

    def __str__(self) -> str:
        return self.title

    @property
    def item_list(self) -> list[str]:
        return [line.strip() for line in self.items.splitlines() if line.strip()]
