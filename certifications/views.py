"""Public verification of a certificate by its code, and the learner's own certificates."""

from __future__ import annotations

import time

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from certifications import conf, selectors
from certifications.models import Certificate


def _rate_limited(request: HttpRequest) -> bool:
    """A fixed one-minute window per client address, counted in the shared cache (so it
    holds across nodes). Behind a proxy, REMOTE_ADDR must be set to the client's address."""
    limit = conf.get("VERIFY_RATE_PER_MINUTE")
    if not limit:
        return False
    address = request.META.get("REMOTE_ADDR", "unknown")
    key = f"certifications:verify:{address}:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=61)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=61)
        count = 1
    return count > limit


def _wants_json(request: HttpRequest) -> bool:
    return request.GET.get("format") == "json"


def _public_data(certificate: Certificate) -> dict:
    """Only what is printed on the certificate: never the username, user id or email."""
    return {
        "code": certificate.code,
        "status": certificate.current_status,
        "printed_name": certificate.printed_name,
        "programme": certificate.programme.public_title,
        "issued_at": certificate.issued_at.isoformat(),
        "expires_at": certificate.expires_at.isoformat() if certificate.expires_at else None,
    }


@require_GET
def verify(request: HttpRequest, code: str) -> HttpResponse:
    if _rate_limited(request):
        message = _("Too many checks from your connection. Please wait a minute and try again.")
        if _wants_json(request):
            return JsonResponse({"error": message}, status=429)
        return render(request, "certifications/verify.html", {"message": message}, status=429)
    certificate = selectors.certificate_find_by_code(code=code)
    if certificate is None:
        message = _("No certificate has this code.")
        if _wants_json(request):
            return JsonResponse({"error": message}, status=404)
        return render(request, "certifications/verify.html", {"message": message}, status=404)
    if _wants_json(request):
        return JsonResponse(_public_data(certificate))
    return render(request, "certifications/verify.html", {"certificate": certificate})


@require_GET
@login_required
def mine(request: HttpRequest) -> HttpResponse:
    context = {"mine": selectors.my_certificates(user=request.user)}
    return render(request, "certifications/mine.html", context)
