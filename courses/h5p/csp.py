"""The Content-Security-Policy of a lesson page that plays H5P (DOMAIN.md 8).

h5p-standalone writes its own bootstrap script inline into the content iframe, which inherits
the page's policy: that one script is allowed by its hash. Content types that build functions
from strings (MultiChoice, QuestionSet, CoursePresentation) also need 'unsafe-eval'; the
package says whether it does (`H5PPackage.needs_unsafe_eval`), so other lessons never get it.

Every other page, lessons without a player included, keeps the site's strict policy
(CONTENT_SECURITY_POLICY, written by cms.security_headers): these allowances exist only where a
player is."""

from __future__ import annotations

from collections.abc import Iterable

from csp.constants import NONCE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from django.http import HttpResponseBase

from courses import conf
from courses.models import H5PPackage

# The SHA-256 of the inline script h5p-standalone 3.8.2 writes into its iframe. Changes with
# the player version (package.json pins it); the browser test fails if it no longer matches.
PLAYER_BOOTSTRAP_HASH = "'sha256-8CniZYrnO46q7MvZ3m08Wom1HH/ZhyXmm29kBKTV1rk='"


def content_origin() -> str:
    return conf.get("H5P_CONTENT_ORIGIN").rstrip("/")


def lesson_directives(packages: Iterable[H5PPackage]) -> dict[str, list[str]]:
    """The Content-Security-Policy directives a page playing `packages` needs, each replacing
    the site's directive of that name (django-csp's `csp_replace`); the others (default-src,
    object-src, base-uri, form-action, frame-ancestors) stay the site's. The nonce sentinel
    keeps the site's nonce-bearing inline scripts working beside the player."""
    origin = content_origin()
    sources = [SELF, origin] if origin else [SELF]
    script = [*sources, NONCE, PLAYER_BOOTSTRAP_HASH]
    if any(package.needs_unsafe_eval for package in packages):
        script.append(UNSAFE_EVAL)
    return {
        "script-src": script,
        # Content types build markup with style attributes (CoursePresentation positions every
        # element so); styles cannot run code, scripts stay locked down.
        "style-src": [*sources, UNSAFE_INLINE],
        "img-src": [*sources, "data:", "blob:"],
        "font-src": [*sources, "data:"],
        "media-src": [*sources, "blob:"],
        "connect-src": sources,
        "frame-src": [SELF],
    }


def lesson_policy_set(response: HttpResponseBase, packages: Iterable[H5PPackage]) -> None:
    """Give `response` (a lesson page playing `packages`) the player's directives in place of
    the site's; the CSP middleware writes the header. What django-csp's `csp_replace`
    decorator does, for a page whose packages are known only once it is rendered.

    Side effect: sets `response._csp_replace`."""
    response._csp_replace = lesson_directives(packages)
