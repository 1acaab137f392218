"""The Content-Security-Policy of a lesson page that plays H5P (DOMAIN.md 8).

h5p-standalone writes its own bootstrap script inline into the content iframe, which inherits
the page's policy: that one script is allowed by its hash. Content types that build functions
from strings (MultiChoice, QuestionSet, CoursePresentation) also need 'unsafe-eval'; the
package says whether it does (`H5PPackage.needs_unsafe_eval`), so other lessons never get it."""

from __future__ import annotations

from collections.abc import Iterable

from courses import conf
from courses.models import H5PPackage

# The SHA-256 of the inline script h5p-standalone 3.8.2 writes into its iframe. Changes with
# the player version (package.json pins it); the browser test fails if it no longer matches.
PLAYER_BOOTSTRAP_HASH = "'sha256-8CniZYrnO46q7MvZ3m08Wom1HH/ZhyXmm29kBKTV1rk='"


def content_origin() -> str:
    return conf.get("H5P_CONTENT_ORIGIN").rstrip("/")


def lesson_policy(packages: Iterable[H5PPackage]) -> str:
    """The CSP header value for a page playing `packages`."""
    origin = content_origin()
    sources = "'self'" + (f" {origin}" if origin else "")
    script = f"{sources} {PLAYER_BOOTSTRAP_HASH}"
    if any(package.needs_unsafe_eval for package in packages):
        script += " 'unsafe-eval'"
    directives = {
        "default-src": "'self'",
        "script-src": script,
        # Content types build markup with style attributes (CoursePresentation positions every
        # element so); styles cannot run code, scripts stay locked down.
        "style-src": f"{sources} 'unsafe-inline'",
        "img-src": f"{sources} data: blob:",
        "font-src": f"{sources} data:",
        "media-src": f"{sources} blob:",
        "connect-src": sources,
        "frame-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'self'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())
