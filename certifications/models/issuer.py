"""Who issues the certificates: the organisation's name and logo, one for the site (the
Open Badges issuer Profile is one per site: one id, one signing key)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="success")
class CertificateIssuerSettings(BaseGenericSetting):
    """The issuing organisation printed on every certificate, shown on the check page and
    named (with its logo) as the issuer in every Open Badges credential."""

    organisation_name = models.CharField(
        _("issuing organisation"),
        max_length=200,
        blank=True,
        help_text=_(
            "Printed on certificates and named as the issuer in digital badges. Empty uses "
            "the site's name."
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Printed on certificates and shown on the check page; a PNG or JPEG with a plain "
            "background reads best. Certificates already made keep the logo they were made "
            "with until they are made again."
        ),
    )

    panels = [FieldPanel("organisation_name"), FieldPanel("logo")]

    class Meta:
        verbose_name = _("certificate issuer")
