"""Words a learner posted after their session ended, kept until they sign in again.

A session can end while someone writes (signed out in another tab, the browser closed with
"log me out when I close the browser", an expired cookie). Their POST then arrives anonymous:
`login_required_keeping_text` keeps the free-text fields in the new, anonymous session and
sends them to sign in; the page they wrote on shows the words again after sign-in
(`kept_text_take`, through the `{% kept_text %}` tag in base.html, and static/js/typed.js puts
them back into the form).

Shared phones: the words are shown only to the account that wrote them. Each free-text form
carries a signed owner (`{% kept_text_owner %}`: the account id, signed, never in a URL);
words without a valid owner are not kept, and anyone else who signs in on that phone has them
discarded unseen (`kept_text_discard_for_other`, on sign-in and on every page). They never go
into a URL, a log or a message, and last at most KEPT_FOR_SECONDS.
"""

from __future__ import annotations

import time
from functools import wraps
from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

SESSION_KEY = "kept_text"
OWNER_FIELD = "kept_for"
_SALT = "courses.kept_text.owner"
# A form left open longer than this (a month) no longer proves who wrote in it.
OWNER_MAX_AGE_SECONDS = 30 * 24 * 3600
# Kept words last a day: long enough to find a phone and sign in, short on a shared one.
KEPT_FOR_SECONDS = 24 * 3600
# The free-text fields of learner forms: reflections ("reflection-<block id>" and the older
# single "text"), journal entries and goal steps ("text"), goals ("title", "why").
KEPT_FIELDS = frozenset({"text", "title", "why"})
KEPT_PREFIXES = ("reflection-",)
MAX_FIELDS = 30
MAX_CHARS = 10_000


def owner_token(user: AbstractBaseUser) -> str:
    """The signed owner a free-text form carries (not a secret: only a proof of who wrote)."""
    return signing.TimestampSigner(salt=_SALT).sign(str(user.pk))


def owner_from_token(value: str | None) -> int | None:
    """The account id in a posted owner token, or None if it is missing, forged or too old."""
    try:
        raw = signing.TimestampSigner(salt=_SALT).unsign(value or "", max_age=OWNER_MAX_AGE_SECONDS)
    except signing.BadSignature:
        return None
    return int(raw) if raw.isdigit() else None


def _back_path(request: HttpRequest) -> str:
    """The page the form was on (the Referer, only if it is this site), else the home page."""
    referer = request.META.get("HTTP_REFERER", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        parts = urlsplit(referer)
        if parts.path.startswith("/"):
            return parts.path + (f"?{parts.query}" if parts.query else "")
    return "/"


def _posted_texts(request: HttpRequest) -> dict[str, str]:
    texts: dict[str, str] = {}
    for name in request.POST:
        if name in KEPT_FIELDS or name.startswith(KEPT_PREFIXES):
            value = request.POST.get(name, "").strip()
            if value:
                texts[name[:100]] = value[:MAX_CHARS]
        if len(texts) >= MAX_FIELDS:
            break
    return texts


def text_keep(request: HttpRequest) -> tuple[str, bool]:
    """Keep the free-text fields of an anonymous POST for the account that wrote them; return
    the page to go back to after sign-in, and whether any words were kept.

    Side effects: writes the (anonymous) session when there are words and a valid owner;
    replaces words kept before.
    """
    back = _back_path(request)
    owner = owner_from_token(request.POST.get(OWNER_FIELD))
    texts = _posted_texts(request)
    if owner is not None and texts:
        request.session[SESSION_KEY] = {
            "owner": owner,
            "path": urlsplit(back).path,
            "texts": texts,
            "at": int(time.time()),
        }
        return back, True
    return back, False


def kept_text_discard_for_other(request: HttpRequest, user: AbstractBaseUser) -> None:
    """Drop kept words that are not `user`'s (another person signed in on this phone), and
    words older than a day. Side effects: may write the session."""
    kept = request.session.get(SESSION_KEY)
    if kept is None:
        return
    too_old = int(time.time()) - int(kept.get("at", 0)) > KEPT_FOR_SECONDS
    if kept.get("owner") != user.pk or too_old:
        del request.session[SESSION_KEY]


def kept_text_take(request: HttpRequest) -> dict[str, str]:
    """The words the signed-in person wrote on this page before they were signed out (field
    name to words), once: they are removed from the session as they are shown.

    Side effects: may write the session.
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or SESSION_KEY not in request.session:
        return {}
    kept_text_discard_for_other(request, user)
    kept = request.session.get(SESSION_KEY)
    if kept is None or kept.get("path") != request.path:
        return {}
    del request.session[SESSION_KEY]
    return dict(kept.get("texts") or {})


def login_required_keeping_text(view):
    """Like login_required, but a POST that arrives after the session ended keeps its words
    (`text_keep`) and, after sign-in, leads back to the page the form was on (not to the POST
    address, which a GET cannot open)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        if request.method != "POST":
            return redirect_to_login(request.get_full_path())
        back, kept = text_keep(request)
        if kept:
            messages.info(
                request,
                _(
                    "You were signed out before your words were saved. Sign in again and "
                    "they will be waiting for you on the same page."
                ),
            )
        return redirect_to_login(back)

    return wrapper
