"""Absolute ids and date formats shared by credentials and status lists."""

from __future__ import annotations

from datetime import UTC, datetime

from django.urls import reverse

from certifications.addresses import site_url

__all__ = ["site_url"]  # ids must be URIs: see certifications.addresses

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"


def datetime_format(value: datetime) -> str:
    """A DateTimeZ in UTC, whole seconds: `nbf`/`exp` must equal `validFrom`/`validUntil`."""
    return value.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def numeric_date(value: datetime) -> int:
    """A JWT NumericDate: whole seconds since the epoch, matching `datetime_format`."""
    return int(value.astimezone(UTC).replace(microsecond=0).timestamp())


def issuer_id() -> str:
    return site_url(reverse("certifications:openbadges_issuer"))


def issuer_profile() -> dict:
    """The issuer Profile: who signs. Its name and logo are the organisation set in the
    admin (certifications.issuer), neutral by default; the logo is the Profile's `image`, an
    Image object whose `id` is the logo's URL (OB 3.0, Profile and Image)."""
    from certifications.issuer import issuer_get  # it reads models; this module is imported early

    issuer = issuer_get()
    profile = {
        "id": issuer_id(),
        "type": ["Profile"],
        "name": issuer.name,
        "url": site_url("/"),
    }
    if issuer.logo_url:
        profile["image"] = {"id": issuer.logo_url, "type": "Image"}
    return profile
