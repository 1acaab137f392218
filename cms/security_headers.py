"""The headers every response gets, in one place (docs/safety.md, "Headers, caching and the
Content-Security-Policy").

- `ContentSecurityPolicyMiddleware`: django-csp's middleware, with the Wagtail admin's looser
  policy under its URL prefix. A lesson page with an H5P player replaces some directives with
  the player's needs (`courses.h5p.csp`); a response that already has a policy (H5P package
  files, Wagtail's document and image serving) keeps its own.
- `SecurityHeadersMiddleware`: `Permissions-Policy` on every response, and the one caching
  rule: a response to a signed-in person is never stored by the browser or any cache on the
  way (`Cache-Control: no-store`), unless its view chose its own caching.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils.cache import add_never_cache_headers


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The site's CONTENT_SECURITY_POLICY everywhere but the Wagtail admin
    (CMS_ADMIN_CSP_PATH_PREFIX), which gets CMS_ADMIN_CONTENT_SECURITY_POLICY: Wagtail's own
    templates carry inline scripts and styles that we cannot give a nonce."""

    def get_policy_parts(
        self,
        request: HttpRequest,
        response: HttpResponseBase,
        report_only: bool = False,
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = dict(settings.CMS_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


def is_admin_path(path: str) -> bool:
    """Whether `path` is under the Wagtail admin's URL prefix."""
    return path.startswith(settings.CMS_ADMIN_CSP_PATH_PREFIX)


def permissions_policy_header(policy: Mapping[str, Sequence[str]]) -> str:
    """`{"camera": [], "fullscreen": ["self"]}` as a header value:
    `camera=(), fullscreen=(self)`. Origins other than self are quoted, as the header's
    structured-field syntax requires."""

    def allowlist(origins: Sequence[str]) -> str:
        items = [origin if origin in {"self", "*"} else f'"{origin}"' for origin in origins]
        return "(" + " ".join(items) + ")"

    return ", ".join(f"{feature}={allowlist(origins)}" for feature, origins in policy.items())


def is_signed_in(request: HttpRequest) -> bool:
    """Whether the request comes from a signed-in person's session."""
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def make_private(response: HttpResponseBase) -> None:
    """Ask the browser and every cache on the way to keep no copy of `response`: not on disk,
    not in memory for the Back button (no-store), and not to reuse it without asking again.

    Side effect: sets Cache-Control, Expires and Pragma (for old HTTP/1.0 proxies)."""
    add_never_cache_headers(response)
    response["Pragma"] = "no-cache"


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response, and no-store on every response to a signed-in
    person: one rule instead of a decorator on each personal page. A person counts as signed in
    if they were before the view ran or are after it (sign-in and sign-out answers included).

    A view that set Cache-Control itself keeps it: that is a deliberate choice made and tested
    there (content-addressed H5P package files; public badge keys; pages already no-store).
    So do the programs' endpoints under CMS_NO_STORE_EXEMPT_PREFIXES (the xAPI API)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]):
        self.get_response = get_response
        self.permissions_policy = permissions_policy_header(settings.PERMISSIONS_POLICY)
        self.exempt_prefixes = tuple(settings.CMS_NO_STORE_EXEMPT_PREFIXES)

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        signed_in_before = is_signed_in(request)
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        if (
            (signed_in_before or is_signed_in(request))
            and not response.has_header("Cache-Control")
            and not request.path_info.startswith(self.exempt_prefixes)
        ):
            make_private(response)
        return response
