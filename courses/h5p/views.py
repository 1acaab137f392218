"""Serving package files to the player, and a learner's result after an attempt."""

from __future__ import annotations

import json
import posixpath

from django.contrib.auth.decorators import login_required
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponseForbidden,
    JsonResponse,
)
from django.shortcuts import get_object_or_404
from django.utils.http import parse_etags
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from courses.h5p import selectors, storage
from courses.h5p.csp import content_origin
from courses.models import H5PActivity, LessonPage, LessonProgress

# By extension, never guessed from the bytes or the platform's tables: what a browser is told
# a file is must not depend on the machine serving it. Anything else is a download.
MIME_TYPES = {
    "js": "text/javascript; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "json": "application/json",
    "svg": "image/svg+xml",
    "xml": "application/xml",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "eot": "application/vnd.ms-fontobject",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "webm": "video/webm",
    "mp4": "video/mp4",
    "ogg": "audio/ogg",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "wav": "audio/wav",
    "txt": "text/plain; charset=utf-8",
    "md": "text/plain; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "vtt": "text/vtt; charset=utf-8",
    "webvtt": "text/vtt; charset=utf-8",
    "pdf": "application/pdf",
    "gltf": "model/gltf+json",
    "glb": "model/gltf-binary",
}


FILE_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; media-src 'self'"


def _safe_path(path: str) -> str | None:
    """`path` if it stays inside the package folder, else None."""
    if not path or "\\" in path or "\x00" in path or path.startswith("/"):
        return None
    normal = posixpath.normpath(path)
    if normal != path or normal.startswith("..") or any(p.startswith(".") for p in path.split("/")):
        return None
    return normal


@require_safe
def package_file(request, token: str, path: str):
    """One file of a package, for a learner holding a grant from a lesson page they may open
    (`selectors.files_token`) who may still open it (`selectors.files_grant_valid`: an
    unenrolled learner's grant stops at once). Same-origin requests must also come from that
    learner's session; on a separate content origin there are no cookies and the grant and
    the learner's enrolment decide."""
    grant = selectors.files_grant(token)
    if grant is None:
        return HttpResponseForbidden(
            _("This link to the activity has expired. Reload the lesson page to play it again."),
            content_type="text/plain; charset=utf-8",
        )
    if not content_origin() and request.user.pk != grant["u"]:
        return HttpResponseForbidden(
            _("Please sign in to play this activity."), content_type="text/plain; charset=utf-8"
        )
    user = request.user if request.user.is_authenticated else None
    if not selectors.files_grant_valid(grant=grant, user=user):
        return HttpResponseForbidden(
            _("You cannot open this activity any more. Go back to your courses."),
            content_type="text/plain; charset=utf-8",
        )
    safe = _safe_path(path)
    if safe is None:
        raise Http404
    store = storage.h5p_storage()
    name = storage.file_name(grant["p"], safe)
    try:
        handle = store.open(name, "rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    extension = safe.rsplit(".", 1)[-1].lower() if "." in safe else ""
    response = FileResponse(
        handle, content_type=MIME_TYPES.get(extension, "application/octet-stream")
    )
    if extension not in MIME_TYPES:
        response["Content-Disposition"] = "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    # Opened on its own, a file can run nothing and reach nothing.
    response["Content-Security-Policy"] = FILE_POLICY
    # Content-addressed: the bytes under this path never change; the grant in it expires.
    response["Cache-Control"] = "private, max-age=3600, immutable"
    if content_origin():
        response["Access-Control-Allow-Origin"] = "*"  # no cookies there; the grant is the key
    return response


# --- Library files: public, compressed, cached for a year ----------------------------------------

# A year, never revalidated: the URL names the library set by its content (its key), so the
# bytes under it never change.
LIBRARY_CACHE = "public, max-age=31536000, immutable"
# The server's preference when the browser accepts both.
_ENCODING_ORDER = ("br", "gzip")
# Manifests read from storage, by set key: they never change, so a process keeps the last few.
_MANIFEST_MEMO_SIZE = 64
_manifests: dict[str, dict | None] = {}


def _library_manifest(key: str) -> dict | None:
    """{stored path: {"sha256", "size", "gzip"?, "br"?}} of a published library set, or None."""
    if key in _manifests:
        return _manifests[key]
    try:
        with storage.h5p_storage().open(storage.library_manifest_name(key), "rb") as handle:
            files = json.loads(handle.read())["files"]
    except (FileNotFoundError, OSError, ValueError, KeyError, TypeError):
        return None  # not remembered: the set may be being published right now
    if not isinstance(files, dict):
        return None
    if len(_manifests) >= _MANIFEST_MEMO_SIZE:
        _manifests.clear()
    _manifests[key] = files
    return files


def library_manifests_forget() -> None:
    _manifests.clear()


def accepted_encodings(header: str) -> set[str]:
    """The content codings an Accept-Encoding header allows (q > 0), lower case; `*` allows
    any not named with q=0."""
    allowed, refused = set(), set()
    for item in header.split(","):
        name, *params = (part.strip() for part in item.split(";"))
        if not name:
            continue
        quality = 1.0
        for param in params:
            label, _sep, value = param.partition("=")
            if label.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        (allowed if quality > 0 else refused).add(name.lower())
    if "*" in allowed:
        allowed |= {coding for coding in _ENCODING_ORDER if coding not in refused}
    return allowed - refused


def _none_match(header: str, etag: str) -> bool:
    """Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks)."""
    if not header:
        return False
    if header.strip() == "*":
        return True
    return etag in {tag.removeprefix("W/") for tag in parse_etags(header)}


@require_safe
def library_file(request, key: str, path: str):
    """One file of a published library set (`courses.h5p.services.library_set_publish`):
    public H5P library code, the same for every learner and package, so no grant is asked
    and the browser keeps it for a year (the key in the URL names the bytes). Sent gzip- or
    brotli-compressed when the browser accepts it, from copies made at import; answers
    If-None-Match with 304."""
    safe = _safe_path(path)
    if not storage.is_library_set_key(key) or safe is None:
        raise Http404
    manifest = _library_manifest(key)
    entry = manifest.get(safe) if manifest else None
    if not isinstance(entry, dict):
        raise Http404
    accepted = accepted_encodings(request.headers.get("Accept-Encoding", ""))
    encoding = next((e for e in _ENCODING_ORDER if e in entry and e in accepted), "")
    # One validator per stored form: a gzip body is not the same representation as the file.
    etag = f'"{entry["sha256"][:32]}{"-" + encoding if encoding else ""}"'
    headers = {
        "ETag": etag,
        "Cache-Control": LIBRARY_CACHE,
        "Vary": "Accept-Encoding",
        "X-Content-Type-Options": "nosniff",
        # Opened on its own, a file can run nothing and reach nothing.
        "Content-Security-Policy": FILE_POLICY,
        # Public code; a player on another origin (COURSES_H5P_CONTENT_ORIGIN) fetches the
        # library.json files and fonts from here.
        "Access-Control-Allow-Origin": "*",
    }
    if _none_match(request.headers.get("If-None-Match", ""), etag):
        response = HttpResponse(status=304)
        for name, value in headers.items():
            response[name] = value
        return response
    try:
        handle = storage.h5p_storage().open(storage.library_file_name(key, safe, encoding), "rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    extension = safe.rsplit(".", 1)[-1].lower() if "." in safe else ""
    response = FileResponse(
        handle, content_type=MIME_TYPES.get(extension, "application/octet-stream")
    )
    if extension in MIME_TYPES:
        # FileResponse's "inline; filename=...": bytes on every file for nothing.
        response.headers.pop("Content-Disposition", None)
    else:
        response["Content-Disposition"] = "attachment"
    if encoding:
        response["Content-Encoding"] = encoding
    for name, value in headers.items():
        response[name] = value
    return response


# --- Results ------------------------------------------------------------------------------------


@login_required
@require_safe
def result(request, lesson_id: int, activity_id: int):
    """The learner's standing in one activity of one lesson, for the player to show after an
    attempt: best score, whether it passed, whether the lesson is now complete."""
    activity = get_object_or_404(H5PActivity, pk=activity_id)
    lesson = get_object_or_404(LessonPage, pk=lesson_id, h5p_uses__activity=activity)
    if not selectors.may_use_activity(user=request.user, activity=activity):
        return JsonResponse({"error": _("You cannot open this activity.")}, status=403)
    summary = selectors.activity_result(user=request.user, activity=activity)
    # Progress is kept on the source lesson, whichever language's copy the player was on.
    lesson_done = LessonProgress.objects.filter(
        user=request.user, lesson=lesson.source_page, completed_at__isnull=False
    ).exists()
    if lesson_done:
        summary["message"] = " ".join(
            part for part in (summary["message"], _("This lesson is complete.")) if part
        )
    return JsonResponse({**summary, "lesson_completed": lesson_done})
