"""H5P library files answered before sessions, languages and the site's page headers.

A library file (`courses.h5p.views.library_file`) is the same bytes for everyone. Served
through the whole middleware stack it would say `Vary: Accept-Language, Cookie` (the session
and locale middleware mark every response they saw), so a browser would fetch every library
again after each new sign-in or language change, and each of the 50-odd files of a player
would carry a kilobyte of page headers (Permissions-Policy, Content-Language, ...). Like
WhiteNoise for static files, this middleware answers those URLs itself; it must come before
SessionMiddleware (cms/settings/base.py)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponseBase, HttpResponseNotFound
from django.urls import reverse

from courses.h5p import views


class LibraryFilesMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]):
        self.get_response = get_response
        self._prefix: str | None = None

    def prefix(self) -> str:
        """The path below which library sets are served ("/learn/h5p/libraries/")."""
        if self._prefix is None:
            self._prefix = reverse("courses:h5p_libraries", args=["k", "p"]).removesuffix("k/p")
        return self._prefix

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        prefix = self.prefix()
        if not request.path_info.startswith(prefix):
            return self.get_response(request)
        key, _sep, path = request.path_info[len(prefix) :].partition("/")
        try:
            return views.library_file(request, key, path)
        except Http404:
            # The page middleware never sees this answer: the file headers go on it here.
            response = HttpResponseNotFound(b"Not found", content_type="text/plain; charset=utf-8")
            response["X-Content-Type-Options"] = "nosniff"
            response["Content-Security-Policy"] = views.FILE_POLICY
            return response
