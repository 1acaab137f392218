"""Who is calling the record store: a signed-in learner's browser (session, with Django's CSRF
check) or an external activity provider (HTTP Basic with an `XAPICredential`).

A session client speaks only for the signed-in user. A credential reaches the learners of its
scope (its creator's collectives, or the whole site when an admin made it so), and writes only
if it is read-write (docs/xapi.md, "Credentials: scope and access").
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from datetime import timedelta
from functools import cached_property

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from django.http import HttpRequest
from django.middleware.csrf import CsrfViewMiddleware
from django.utils import timezone
from django.utils.module_loading import import_string

from courses import conf
from courses.h5p.selectors import learner_agent
from courses.models import XAPICredential
from courses.xapi import Forbidden, Unauthorized

# A verified secret is remembered (as a keyed hash, never in clear) for this long, so that a
# provider sending many statements pays for the deliberately slow password hash once, not on
# every request. Deactivating a credential still works at once: `active` is read every time.
VERIFIED_SECONDS = 300
# `last_used_at` is a hint for coordinators, so it is written at most this often.
LAST_USED_PRECISION = timedelta(minutes=5)


def site_home_page() -> str:
    return settings.WAGTAILADMIN_BASE_URL


def user_pk_for_agent(agent: dict) -> int | None:
    """Our user's id if `agent` is the pseudonymous account we give users, else None."""
    account = agent.get("account")
    if not account or agent.get("objectType", "Agent") != "Agent":
        return None
    name = account.get("name", "")
    if account.get("homePage", "").rstrip("/") != site_home_page().rstrip("/"):
        return None
    return int(name) if name.isdigit() and name.isascii() else None


def credential_learner_ids(credential: XAPICredential) -> frozenset[int] | None:
    """The ids of the users whose records `credential` reaches, or None for everyone.

    Worked out afresh on each call (once per request) from the rule in
    COURSES_XAPI_LEARNERS_IN_SCOPE, so a learner who leaves a collective leaves every scope at
    once. Fails closed: a site scope whose creator is no longer an active admin, or a
    collectives scope without an active creator or without a rule, reaches nobody. One query
    for a collectives scope, none otherwise."""
    creator = credential.created_by
    if credential.scope == XAPICredential.Scope.SITE:
        # Made on the command line (no creator) by whoever runs the site, or by an admin.
        if creator is None or (creator.is_active and creator.is_superuser):
            return None
        return frozenset()
    rule = conf.get("XAPI_LEARNERS_IN_SCOPE")
    if creator is None or not creator.is_active or not rule:
        return frozenset()
    # The rule may answer with a `.values("user_id")` queryset, as the host's rules for
    # analytics do; as a subquery it costs one query whatever its shape.
    in_scope = import_string(rule)(creator)
    return frozenset(get_user_model().objects.filter(pk__in=in_scope).values_list("pk", flat=True))


class XAPIClient:
    """The caller of one request: exactly one of `user` (session) or `credential` (Basic)."""

    def __init__(
        self, *, user: AbstractBaseUser | None = None, credential: XAPICredential | None = None
    ):
        self.user = user
        self.credential = credential

    @property
    def is_session(self) -> bool:
        return self.credential is None

    @cached_property
    def agent(self) -> dict:
        """The actor a session client's statements get, whatever the browser sent."""
        return learner_agent(self.user)

    @cached_property
    def learner_ids(self) -> frozenset[int] | None:
        """The ids of the users whose records this client's credential reaches, or None for
        everyone (`credential_learner_ids`). None for a session client too, which is limited
        by `user` instead."""
        if self.is_session:
            return None
        return credential_learner_ids(self.credential)

    def reaches(self, user_id: int | None) -> bool:
        """Whether this client may read or write the records of user `user_id` (None: an
        agent who is not one of our users, reachable only by a site-wide credential)."""
        if self.is_session:
            return user_id is not None and user_id == self.user.pk
        learners = self.learner_ids
        return learners is None or (user_id is not None and user_id in learners)

    def require_write(self) -> None:
        """Raise Forbidden unless this client may write (sessions write as themselves)."""
        if not self.is_session and not self.credential.may_write:
            raise Forbidden("This credential is read-only: it may not send statements or state.")

    @property
    def audit_label(self) -> str:
        """How the audit log names this client when it reads other people's data."""
        return "" if self.is_session else f"xAPI credential #{self.credential.pk}"

    @cached_property
    def authority(self) -> dict:
        """Who vouches for the statements this client stores (Data 2.4.9)."""
        name = "lrs" if self.is_session else f"credential-{self.credential.pk}"
        return {"objectType": "Agent", "account": {"homePage": site_home_page(), "name": name}}


class _CsrfCheck(CsrfViewMiddleware):
    def _reject(self, request, reason):
        return reason


def _csrf_failure(request: HttpRequest) -> str | None:
    """Django's own CSRF check, run for session clients only (Basic clients carry their
    credentials in every request, so a forged cross-site request cannot use them)."""
    check = _CsrfCheck(lambda request: None)
    check.process_request(request)
    return check.process_view(request, None, (), {})


def _secret_matches(credential: XAPICredential, secret: str) -> bool:
    proof = hmac.new(
        settings.SECRET_KEY.encode(),
        f"{credential.pk}\x00{credential.secret_hash}\x00{secret}".encode(),
        hashlib.sha256,
    ).hexdigest()
    cache_key = f"courses:xapi:verified:{proof}"
    if cache.get(cache_key):
        return True
    if check_password(secret, credential.secret_hash):
        cache.set(cache_key, True, VERIFIED_SECONDS)
        return True
    return False


def _credential(encoded: str) -> XAPICredential:
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise Unauthorized("The Authorization header is not valid HTTP Basic.") from None
    key, colon, secret = decoded.partition(":")
    credential = (
        XAPICredential.objects.select_related("created_by").filter(key=key).first()
        if colon and key
        else None
    )
    if credential is None or not credential.active or not _secret_matches(credential, secret):
        raise Unauthorized("These credentials are unknown, inactive or wrong.")
    now = timezone.now()
    if credential.last_used_at is None or now - credential.last_used_at > LAST_USED_PRECISION:
        XAPICredential.objects.filter(pk=credential.pk).update(last_used_at=now)
    return credential


def authenticate(request: HttpRequest, authorization: str | None) -> XAPIClient:
    """The client making `request`. `authorization` is the Authorization header, or the form
    field of that name in the alternate request syntax.

    Raises Unauthorized (no or bad credentials) or Forbidden (a session request that fails
    Django's CSRF check). Side effect: may stamp the credential's `last_used_at`.
    """
    if authorization:
        scheme, _, value = authorization.strip().partition(" ")
        if scheme.lower() != "basic":
            raise Unauthorized("Use HTTP Basic authentication, or sign in to the site.")
        return XAPIClient(credential=_credential(value))
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        reason = _csrf_failure(request)
        if reason:
            raise Forbidden(f"CSRF check failed: {reason}")
        return XAPIClient(user=user)
    raise Unauthorized("Sign in, or send the HTTP Basic credentials of an xAPI credential.")
