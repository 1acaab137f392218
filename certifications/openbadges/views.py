"""The public documents verifiers fetch: the JWKS, the issuer, achievements, status lists.

All are public, read-only and the same for everyone, so they may be cached by shared caches
and read cross-origin (web wallets and verifiers fetch them from the browser).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from certifications.models import CertificationProgramme
from certifications.openbadges.credential import CONTEXTS, achievement_build
from certifications.openbadges.ids import issuer_profile
from certifications.openbadges.keys import jwks
from certifications.openbadges.statuslist import (
    REVOCATION,
    StatusListNotFound,
    status_list_credential,
)
from courses.models import ModulePage

# Keys only ever get added, so a short cache is safe; a new key is seen within 5 minutes.
JWKS_MAX_AGE = 300
DOCUMENT_MAX_AGE = 3600
# A revocation or a withdrawn consent (suspension) should reach verifiers quickly.
STATUS_LIST_MAX_AGE = 300

VC_JWT_MEDIA_TYPE = "application/vc+jwt"


def _public(response: HttpResponse, max_age: int) -> HttpResponse:
    patch_cache_control(response, public=True, max_age=max_age)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _not_found(message: str) -> JsonResponse:
    response = JsonResponse({"error": "not_found", "detail": message}, status=404)
    patch_cache_control(response, public=True, max_age=60)
    return response


@require_safe
def jwks_view(request: HttpRequest) -> HttpResponse:
    """/.well-known/jwks.json: every signing key's public half, current and retired."""
    return _public(JsonResponse(jwks(), content_type="application/jwk-set+json"), JWKS_MAX_AGE)


@require_safe
def issuer_view(request: HttpRequest) -> HttpResponse:
    """The issuer Profile; its URL is the `issuer.id` of every credential."""
    return _public(JsonResponse({"@context": CONTEXTS, **issuer_profile()}), DOCUMENT_MAX_AGE)


@require_safe
def achievement_view(
    request: HttpRequest, programme_id: int, module_id: int | None = None
) -> HttpResponse:
    """The Achievement a programme awards (or, for per-module badges, one module's)."""
    programme = CertificationProgramme.objects.filter(pk=programme_id).first()
    if programme is None:
        return _not_found(_("No achievement has this address."))
    module_title = ""
    if module_id is not None:
        module = ModulePage.objects.filter(pk=module_id).first()
        # Only a module of one of the programme's courses: any other page's title (a draft,
        # a course the programme does not cover) is not for the public.
        if (
            module is None
            or not programme.awarded_per_module
            or not programme.required_courses.filter(
                path=module.path[: -ModulePage.steplen]
            ).exists()
        ):
            return _not_found(_("No achievement has this address."))
        module_title = module.title
    document = {"@context": CONTEXTS, **achievement_build(programme, module_id, module_title)}
    return _public(JsonResponse(document), DOCUMENT_MAX_AGE)


@require_safe
def status_list_view(request: HttpRequest, number: int, purpose: str = REVOCATION) -> HttpResponse:
    """Status list `number` (revocation, or with `purpose` suspension) as a signed
    BitstringStatusListCredential (VC-JWT)."""
    try:
        token = status_list_credential(number, purpose)
    except StatusListNotFound:
        return _not_found(_("There is no status list with this number."))
    return _public(HttpResponse(token, content_type=VC_JWT_MEDIA_TYPE), STATUS_LIST_MAX_AGE)
