"""The issuing organisation (name and logo, a site setting) and a programme's signatory, as
the PDF, the check page, the check page's JSON and the Open Badges credential show them."""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass

from django.conf import settings

from certifications import conf
from certifications.addresses import site_url
from certifications.models import CertificateIssuerSettings, CertificationProgramme

logger = logging.getLogger(__name__)

# Big enough to print sharply at the PDF's 40 mm logo width; small enough for a phone.
LOGO_RENDITION = "max-600x240|format-png"


@dataclass(frozen=True)
class Issuer:
    """Who issues: the organisation's name and its logo's rendition (None without a logo)."""

    name: str
    logo: object | None  # a wagtail Rendition

    @property
    def logo_url(self) -> str | None:
        """The logo's absolute URL (a data: URI would make every credential much longer)."""
        if self.logo is None:
            return None
        url = self.logo.url
        return url if url.startswith(("http://", "https://")) else site_url(url)

    def logo_data_uri(self) -> str | None:
        """The logo as a data: URI, for the PDF (which fetches nothing but data: URIs and
        fonts). None without a logo or when its file cannot be read (logged): a missing
        logo must not stop a certificate."""
        if self.logo is None:
            return None
        try:
            with self.logo.file.open("rb") as handle:
                data = handle.read()
        except (OSError, ValueError):
            logger.warning("certificate issuer logo: rendition file unreadable")
            return None
        return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


def issuer_get() -> Issuer:
    """The issuing organisation: the name set in the admin (Settings > Certificate issuer),
    else CERTIFICATIONS_ISSUER_NAME, else the site's name; and its logo.

    Side effects: creates the settings row on first use (Wagtail's settings do) and the
    logo's rendition file on first use."""
    row = CertificateIssuerSettings.load()
    name = row.organisation_name or conf.get("ISSUER_NAME") or settings.WAGTAIL_SITE_NAME
    logo = None
    if row.logo_id:
        try:
            logo = row.logo.get_rendition(LOGO_RENDITION)
        except Exception:  # a broken image file: print without the logo, never fail
            logger.exception("certificate issuer logo: no rendition")
    return Issuer(name=name, logo=logo)


@dataclass(frozen=True)
class Signatory:
    """Who signs a programme's certificates, in one language; empty name for none."""

    name: str
    title: str


def signatory_of(programme: CertificationProgramme, language: str) -> Signatory:
    """The programme's signatory with the title in `language` (prefetch `title_translations`
    for a list)."""
    if not programme.signatory_name:
        return Signatory(name="", title="")
    return Signatory(name=programme.signatory_name, title=programme.signatory_title_in(language))
