"""cms.security_headers: the CSP middleware's admin policy, the Permissions-Policy header and
the one caching rule, on requests built by hand."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest
from csp.constants import NONCE
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory

from cms.security_headers import (
    ContentSecurityPolicyMiddleware,
    SecurityHeadersMiddleware,
    is_admin_path,
    make_private,
    permissions_policy_header,
)
from courses.h5p.csp import lesson_policy_set
from courses.models import H5PPackage


class _SignedIn:
    is_authenticated = True


def _request(path: str = "/learn/", user=None):
    request = RequestFactory().get(path)
    request.user = user if user is not None else AnonymousUser()
    return request


def _csp(request, response: HttpResponse | None = None, *, touch_nonce: bool = False) -> str:
    def view(request):
        if touch_nonce:
            str(request.csp_nonce)
        return response if response is not None else HttpResponse("page")

    return ContentSecurityPolicyMiddleware(view)(request)["Content-Security-Policy"]


def _headers(request, response: HttpResponse | None = None, *, sign_out: bool = False):
    def view(request):
        if sign_out:
            request.user = AnonymousUser()
        return response if response is not None else HttpResponse("page")

    return SecurityHeadersMiddleware(view)(request)


def _directives(header: str) -> dict[str, str]:
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


# --- Content-Security-Policy ------------------------------------------------------------------


def test_csp_learner_page_gets_the_strict_site_policy():
    assert _directives(_csp(_request("/learn/"))) == {
        "default-src": "'self'",
        "script-src": "'self'",
        "style-src": f"'self' {settings.CSP_ERROR_PAGE_STYLE_HASH}",
        "img-src": "'self' data:",
        "media-src": "'self'",
        "font-src": "'self'",
        "connect-src": "'self'",
        "frame-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'self'",
    }


def test_csp_nonce_used_by_a_template_is_in_the_policy():
    request = _request("/learn/")

    header = _csp(request, touch_nonce=True)

    assert _directives(header)["script-src"] == f"'self' 'nonce-{request.csp_nonce}'"


def test_csp_admin_gets_inline_scripts_and_styles_only_under_its_prefix():
    admin = _directives(_csp(_request("/admin/pages/")))
    near_miss = _directives(_csp(_request("/administration/")))

    assert admin["script-src"] == "'self' 'unsafe-inline'"
    assert admin["style-src"] == "'self' 'unsafe-inline'"
    assert admin["img-src"] == "'self' data: blob:"
    for directive in ("default-src", "object-src", "base-uri", "form-action", "frame-ancestors"):
        assert admin[directive] == near_miss[directive], directive
    assert near_miss["script-src"] == "'self'"


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/admin/", True), ("/admin/people/", True), ("/admin", False), ("/learn/admin/", False)],
)
def test_is_admin_path(path, expected):
    assert is_admin_path(path) is expected


def test_csp_response_with_its_own_policy_keeps_it():
    response = HttpResponse("file")
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"

    assert _csp(_request("/learn/h5p/files/t/x.html"), response) == "sandbox; default-src 'none'"


def test_csp_player_lesson_replaces_only_the_players_directives_and_keeps_the_nonce():
    request = _request("/courses/c/m/l/")
    response = HttpResponse("lesson")
    lesson_policy_set(response, [H5PPackage(needs_unsafe_eval=False)])

    policy = _directives(_csp(request, response, touch_nonce=True))

    assert policy["script-src"] == (
        f"'self' 'nonce-{request.csp_nonce}' 'sha256-8CniZYrnO46q7MvZ3m08Wom1HH/ZhyXmm29kBKTV1rk='"
    )
    assert policy["style-src"] == "'self' 'unsafe-inline'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'self'"


def test_csp_site_policy_script_src_has_a_nonce_and_nothing_inline():
    script = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["script-src"]

    assert script == ["'self'", NONCE]


def test_csp_error_page_style_hash_matches_the_500_template():
    template = (Path(settings.BASE_DIR) / "templates" / "500.html").read_text()
    (style,) = re.findall(r"<style>(.*?)</style>", template, flags=re.S)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()

    assert f"'sha256-{digest}'" == settings.CSP_ERROR_PAGE_STYLE_HASH
    assert "style=" not in template


@pytest.mark.parametrize(
    "template",
    sorted(
        str(path.relative_to(settings.BASE_DIR))
        for pattern in ("templates/**/*.html", "*/templates/**/*.html", "*/*/templates/**/*.html")
        for path in Path(settings.BASE_DIR).glob(pattern)
        # The admin's own pages (cms/admin, under /admin/) and the PDF template (rendered by
        # WeasyPrint, never by a browser) are outside the site's policy.
        if not {"node_modules", ".venv", "admin", "pdf"} & set(path.parts)
    ),
)
def test_csp_templates_have_no_inline_script_handler_or_style(template):
    """What the policy would refuse: an inline script without the nonce, an event handler
    attribute, a javascript: link, a style attribute or block. The 500 page's one <style> is
    allowed by its hash."""
    html = (Path(settings.BASE_DIR) / template).read_text()
    scripts = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*csp_nonce)[^>]*>", html)

    assert scripts == []
    assert re.findall(r"\son[a-z]+\s*=", html) == []
    assert "javascript:" not in html
    assert "style=" not in html
    if template != "templates/500.html":
        assert "<style" not in html


# --- Permissions-Policy -----------------------------------------------------------------------


def test_permissions_policy_header_format():
    header = permissions_policy_header(
        {"camera": [], "fullscreen": ["self"], "payment": ["self", "https://pay.example.org"]}
    )

    assert header == 'camera=(), fullscreen=(self), payment=(self "https://pay.example.org")'


def test_permissions_policy_on_an_anonymous_answer():
    response = _headers(_request("/help/"))

    assert response["Permissions-Policy"] == permissions_policy_header(settings.PERMISSIONS_POLICY)
    assert "camera=()" in response["Permissions-Policy"]
    assert "microphone=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_permissions_policy_set_by_a_view_is_kept():
    response = HttpResponse()
    response["Permissions-Policy"] = "fullscreen=(self)"

    assert _headers(_request(), response)["Permissions-Policy"] == "fullscreen=(self)"


# --- Caching ----------------------------------------------------------------------------------


def test_cache_signed_in_answer_is_no_store():
    response = _headers(_request("/learn/", user=_SignedIn()))

    assert response["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"
    assert response["Pragma"] == "no-cache"
    assert "Expires" in response


def test_cache_anonymous_answer_is_left_alone():
    response = _headers(_request("/help/"))

    assert "Cache-Control" not in response
    assert "Pragma" not in response


def test_cache_sign_out_answer_is_no_store():
    response = _headers(_request("/accounts/logout/", user=_SignedIn()), sign_out=True)

    assert "no-store" in response["Cache-Control"]


def test_cache_view_choosing_its_own_caching_keeps_it():
    response = HttpResponse()
    response["Cache-Control"] = "private, max-age=3600, immutable"

    kept = _headers(_request("/learn/h5p/files/t/x.js", user=_SignedIn()), response)

    assert kept["Cache-Control"] == "private, max-age=3600, immutable"
    assert "Pragma" not in kept


def test_cache_xapi_answers_are_left_to_the_xapi_views():
    response = _headers(_request("/xapi/statements", user=_SignedIn()))

    assert "Cache-Control" not in response
    assert response["Permissions-Policy"].startswith("accelerometer=()")


def test_make_private_overrides_nothing_but_caching():
    response = HttpResponse(headers={"ETag": '"abc"'})

    make_private(response)

    assert response["ETag"] == '"abc"'
    assert "no-store" in response["Cache-Control"]
