"""The programme's own data around the generic LMS."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.models import Cohort


class Collective(models.Model):
    """A survivor collective: a cohort of learners plus where it is and its language."""

    cohort = models.OneToOneField(
        Cohort,
        on_delete=models.CASCADE,
        related_name="collective",
        help_text=_("The cohort whose members make up this collective."),
    )
    region = models.CharField(
        _("state or region"), max_length=80, help_text=_("For example: West Bengal.")
    )
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=[("en", "English"), ("bn", "Bengali"), ("hi", "Hindi"), ("te", "Telugu")],
        default="bn",
        help_text=_("The language the collective mostly uses."),
    )

    class Meta:
        verbose_name = _("collective")

    def __str__(self) -> str:
        return self.cohort.name
