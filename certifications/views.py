"""Public verification of a certificate by its code, and the learner's own certificates."""

from __future__ import annotations

import math
import time

from allauth.core.internal import ratelimit as allauth_ratelimit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)

from certifications import conf, permissions, selectors, services
from certifications.forms import PrintedNameForm
from certifications.issuer import issuer_get, signatory_of
from certifications.models import Certificate, certificate_code_normalise
from certifications.pdf import certificate_pdf as certificate_pdf_render


def _verify_wait_seconds(request: HttpRequest) -> int | None:
    """Count this verification lookup against CERTIFICATIONS_VERIFY_RATE_LIMIT (see
    `_wait_seconds`)."""
    return _wait_seconds(request, action="verify", rates=conf.get("VERIFY_RATE_LIMIT"))


def _wait_seconds(request: HttpRequest, *, action: str, rates: str) -> int | None:
    """Count this request against `rates` with allauth's rate limiter, so the client address
    comes from the same rule as sign-in's limits (ALLAUTH_TRUSTED_PROXY_COUNT /
    ALLAUTH_TRUSTED_CLIENT_IP_HEADER) and the count lives in the shared cache (it holds across
    nodes). None when the request may go ahead; otherwise how many seconds until it may (for
    Retry-After). Writes the cache."""
    if not rates:
        return None
    config = {action: rates}
    if allauth_ratelimit.consume(
        request, app="certifications", action=action, config=config, limit_get=True
    ):
        return None
    now = time.time()
    wait = 1
    for rate in allauth_ratelimit.get_rates(app="certifications", action=action, config=config):
        key = allauth_ratelimit.get_cache_key(
            request, app="certifications", action=action, rate=rate
        )
        history = cache.get(key, [])
        if len(history) >= rate.amount:  # this rate is the one exhausted: its oldest hit
            wait = max(wait, math.ceil(history[-1] + rate.duration - now))
    return wait


def _wants_json(request: HttpRequest) -> bool:
    return request.GET.get("format") == "json"


def _public_view(certificate: Certificate) -> dict:
    """What the check page shows, in the reader's language: only what is printed on the
    certificate (never the username, user id or email), the issuer and the signatory."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return {
        "programme_title": certificate.programme.public_title_in(language),
        "module_title": certificate.module_title_in(language),
        "issuer": issuer_get(),
        "signatory": signatory_of(certificate.programme, language),
    }


def _public_data(certificate: Certificate, shown: dict) -> dict:
    """The check page as JSON: the same facts as the page."""
    issuer, signatory = shown["issuer"], shown["signatory"]
    return {
        "code": certificate.code,
        "status": certificate.current_status,
        "printed_name": certificate.printed_name,
        "programme": shown["programme_title"],
        "module": shown["module_title"] or None,
        "issuer": {"name": issuer.name, "image": issuer.logo_url},
        "signatory": (
            {"name": signatory.name, "title": signatory.title} if signatory.name else None
        ),
        "issued_at": certificate.issued_at.isoformat(),
        "expires_at": certificate.expires_at.isoformat() if certificate.expires_at else None,
    }


@require_safe
def verify_start(request: HttpRequest) -> HttpResponse:
    """A box to type a code into (someone holding a paper certificate without the QR code).
    The form sends `?code=` here, which goes on to that code's page; the check itself (and its
    rate limit) is the code's page."""
    typed = request.GET.get("code", "").strip()
    if typed:
        code = certificate_code_normalise(typed)
        if code is not None:
            return redirect("certifications:verify", code)
        message = _(
            "A certificate code has 10 letters and numbers, like 7KQ2M-XH9PA. "
            "Please check it and try again."
        )
        context = {"ask_code": True, "message": message, "typed": typed[:40]}
        return render(request, "certifications/verify.html", context, status=400)
    return render(request, "certifications/verify.html", {"ask_code": True})


# HEAD answers like GET (link checkers and some verifiers ask HEAD first).
@require_safe
def verify(request: HttpRequest, code: str) -> HttpResponse:
    wait = _verify_wait_seconds(request)
    if wait is not None:
        message = _("Too many checks from your connection. Please wait a minute and try again.")
        if _wants_json(request):
            response = JsonResponse({"error": message}, status=429)
        else:
            response = render(
                request, "certifications/verify.html", {"message": message}, status=429
            )
        response["Retry-After"] = str(wait)
        return response
    # A certificate whose holder has not agreed to publicity is answered like an unknown code.
    certificate = selectors.certificate_public_by_code(code=code)
    if certificate is None:
        message = _("No certificate has this code.")
        if _wants_json(request):
            return JsonResponse({"error": message}, status=404)
        return render(request, "certifications/verify.html", {"message": message}, status=404)
    shown = _public_view(certificate)
    if _wants_json(request):
        return JsonResponse(_public_data(certificate, shown))
    return render(request, "certifications/verify.html", {"certificate": certificate, **shown})


@require_safe
@login_required
@never_cache
def mine(request: HttpRequest) -> HttpResponse:
    context = {
        "mine": selectors.my_certificates(user=request.user),
        "reminders": selectors.reminders_unseen(user=request.user),
        "may_review": permissions.can_open_review(request.user),
        "publicity_choice_url": conf.get("PUBLICITY_CHOICE_URL"),
    }
    response = render(request, "certifications/mine.html", context)
    # Shown once here, then they are seen (the page is the in-app notice).
    services.reminders_mark_seen(user=request.user)
    return response


@require_POST
@login_required
def mine_check(request: HttpRequest) -> HttpResponse:
    """Evaluate now, on the learner's request (besides the events that evaluate anyway)."""
    held = set(Certificate.objects.filter(user=request.user).values_list("pk", flat=True))
    awarded = {
        certificate.pk
        for programme in selectors.programmes_to_check(user=request.user)
        for certificate in services.certificate_award_due(user=request.user, programme=programme)
    }
    if awarded - held:
        messages.success(request, _("Well done: you have a new certificate."))
    else:
        messages.info(request, _("Checked just now. Below is what is still to do."))
    return redirect("certifications:mine")


def _own_certificate(request: HttpRequest, code: str) -> Certificate:
    """The signed-in learner's certificate with this code; 404 for anyone else's, so a code
    never tells a stranger whose it is."""
    return get_object_or_404(
        Certificate.objects.select_related("programme", "module"),
        code=code,
        user=request.user,
    )


def _not_ready(request: HttpRequest, certificate: Certificate) -> HttpResponse | None:
    """The page to show instead of a download: revoked (410), or not made yet (202)."""
    if certificate.status == Certificate.Status.REVOKED:
        return render(request, "certifications/preparing.html", {"revoked": True}, status=410)
    if not certificate.pdf or not certificate.credential_jwt:
        return _preparing(request, certificate)
    return None


def _preparing(request: HttpRequest, certificate: Certificate) -> HttpResponse:
    """202 "your certificate is being prepared", with when to look again."""
    response = render(
        request, "certifications/preparing.html", {"certificate": certificate}, status=202
    )
    response["Retry-After"] = "30"
    return response


@require_safe
@login_required
def certificate_pdf(request: HttpRequest, code: str) -> HttpResponse:
    """The certificate's PDF: the stored one, or with `?language=` the same certificate in
    another of the site's languages, made now (a second or two) and not kept."""
    certificate = _own_certificate(request, code)
    if (not_ready := _not_ready(request, certificate)) is not None:
        return not_ready
    language = request.GET.get("language", certificate.language)
    if language not in dict(settings.LANGUAGES):
        return render(
            request,
            "courses/problem.html",
            {
                "message": _("That language is not offered. Please choose one from the list."),
                "back": reverse("certifications:mine"),
            },
            status=400,
        )
    if language != certificate.language:
        # Made on the spot (WeasyPrint takes a second or two of the server's time): limited.
        wait = _wait_seconds(
            request, action="pdf-language", rates=conf.get("PDF_LANGUAGE_RATE_LIMIT")
        )
        if wait is not None:
            response = render(
                request,
                "courses/problem.html",
                {
                    "message": _(
                        "You have made many copies in other languages just now. "
                        "Please try again in a few minutes."
                    ),
                    "back": reverse("certifications:mine"),
                },
                status=429,
            )
            response["Retry-After"] = str(wait)
            return response
        try:
            data = certificate_pdf_render(certificate, language)
        except (ImproperlyConfigured, OSError):
            # No PDF engine or fonts on this server: say so, and offer the stored PDF.
            return render(
                request,
                "courses/problem.html",
                {
                    "message": _(
                        "A copy in another language cannot be made just now. Your "
                        "certificate is safe: you can download it in its own language."
                    ),
                    "back": reverse("certifications:mine"),
                },
                status=503,
            )
        response = HttpResponse(data, content_type="application/pdf")
        filename = f"certificate-{certificate.code}-{language}.pdf"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "private, no-store"
        return response
    try:
        handle = certificate.pdf.open("rb")
    except FileNotFoundError:
        # The stored file is gone (storage moved or cleaned): make it again rather than give
        # the learner a dead end; they see "being prepared" and come back in a minute.
        services.render_enqueue_on_commit(certificate_id=certificate.pk)
        return _preparing(request, certificate)
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"certificate-{certificate.code}.pdf",
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


@require_safe
@login_required
def certificate_credential(request: HttpRequest, code: str) -> HttpResponse:
    """The Open Badges 3.0 credential, as the signed VC-JWT a wallet or verifier accepts."""
    certificate = _own_certificate(request, code)
    if (not_ready := _not_ready(request, certificate)) is not None:
        return not_ready
    response = HttpResponse(certificate.credential_jwt, content_type="application/vc+jwt")
    response["Content-Disposition"] = f'attachment; filename="credential-{certificate.code}.jwt"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def certificate_name(request: HttpRequest, code: str) -> HttpResponse:
    certificate = _own_certificate(request, code)
    form = PrintedNameForm(request.POST or None, initial={"printed_name": certificate.printed_name})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.certificate_printed_name_change(
                    certificate=certificate,
                    by=request.user,
                    name=form.cleaned_data["printed_name"],
                )
            except ValidationError as error:
                form.add_error("printed_name", error)
            else:
                messages.success(
                    request,
                    _("Saved. Your certificate is being made again with the new name."),
                )
                return redirect("certifications:mine")
        status = 400
    context = {"certificate": certificate, "form": form}
    return render(request, "certifications/name.html", context, status=status)
