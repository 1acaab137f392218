"""Absolute ids and date formats shared by credentials and status lists."""

from __future__ import annotations

from datetime import UTC, datetime

from django.conf import settings
from django.urls import reverse

from certifications import conf

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"


def site_url(path: str) -> str:
    """An absolute URL on this site (WAGTAILADMIN_BASE_URL + path): ids must be URIs."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def datetime_format(value: datetime) -> str:
    """A DateTimeZ in UTC, whole seconds: `nbf`/`exp` must equal `validFrom`/`validUntil`."""
    return value.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def numeric_date(value: datetime) -> int:
    """A JWT NumericDate: whole seconds since the epoch, matching `datetime_format`."""
    return int(value.astimezone(UTC).replace(microsecond=0).timestamp())


def issuer_id() -> str:
    return site_url(reverse("certifications:openbadges_issuer"))


def issuer_profile() -> dict:
    """The issuer Profile: who signs. Its name is a setting, neutral by default."""
    return {
        "id": issuer_id(),
        "type": ["Profile"],
        "name": conf.get("ISSUER_NAME") or settings.WAGTAIL_SITE_NAME,
        "url": site_url("/"),
    }
