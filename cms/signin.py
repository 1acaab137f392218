"""One way to sign in, and who must prove a second factor (docs/accounts-and-mfa.md).

Signing in happens only at allauth's `/accounts/login/`, whose login stages ask for the
authenticator code of anyone who has one. Wagtail's and Django's own login views are either
redirected here (`login_redirect`, `password_reset_redirect`) or not routed, so allauth's rate
limits and MFA step are the only way in.

Who needs MFA is one rule (`mfa_status`), applied to every page by
`cms.middleware.StaffMFARequiredMiddleware`:

- staff (trainer, coordinator, admin, or anyone who may open the Wagtail admin): always;
- mentors: after a grace period (CMS_MENTOR_MFA_GRACE_DAYS, default 14) counted from the start of
  their first mentorship, the day they first see a mentee's shared words; until then they are
  invited, politely, to set up an authenticator app;
- learners: never.

Having an authenticator is not enough: the session itself must have passed the MFA step
(`session_passed_mfa`), so a password-only session, however it was made, is sent to the code.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from http import HTTPStatus
from urllib.parse import urlencode, urlsplit

from allauth.account.authentication import get_authentication_records
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.core.checks import Tags, Warning, register
from django.db.models import Exists, OuterRef, Q, Subquery
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt

from cms.roles import STAFF_ROLES, Role, group_name


class MFANeed(enum.Enum):
    NONE = "none"
    GRACE = "grace"
    REQUIRED = "required"


@dataclass(frozen=True)
class MFAStatus:
    need: MFANeed
    has_totp: bool = False
    staff: bool = False
    # For mentors in their grace period: when it ends.
    grace_until: datetime | None = None


def is_local_url(request: HttpRequest, url: str | None) -> bool:
    """Whether `url` may be a redirect target after signing in or setting up MFA: a path on
    this site, or an absolute URL to this very host (https if the request is). Nothing else,
    not even the other hosts in ALLOWED_HOSTS: one rule for every `next` (no open redirect)."""
    return bool(url) and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


def safe_next(request: HttpRequest) -> str | None:
    """The `next` of this request if it points into this site; None otherwise (no open
    redirect through the login page)."""
    candidate = request.POST.get("next") or request.GET.get("next")
    return candidate if is_local_url(request, candidate) else None


def _redirect_keeping_next(request: HttpRequest, url_name: str) -> HttpResponseRedirect:
    url = reverse(url_name)
    next_url = safe_next(request)
    if next_url:
        url = f"{url}?{urlencode({'next': next_url})}"
    return HttpResponseRedirect(url)


# Exempt from CSRF so a POST of credentials is answered by the same redirect as a GET, never
# by a 403 that could be taken for "the password was checked". Nothing is read from the body
# except `next`, and nothing is changed.
@csrf_exempt
def login_redirect(request: HttpRequest) -> HttpResponse:
    """Wagtail's admin login and its front-end login (`/_util/login/`): send the person to
    allauth's sign-in, keeping a safe `next`. Credentials sent here are never checked, so they
    cannot bypass allauth's MFA step or its rate limits.

    Someone already signed in who lands here was refused where they were going (a learner
    opening /admin/): sign-in would send them straight back, round and round, so they get a
    plain 403 page with a way to their own landing page instead."""
    if request.user.is_authenticated:
        return render(
            request, "403.html", {"landing": landing_url(request.user)}, status=HTTPStatus.FORBIDDEN
        )
    return _redirect_keeping_next(request, "account_login")


@csrf_exempt
def password_reset_redirect(request: HttpRequest) -> HttpResponseRedirect:
    """Wagtail's admin password reset pages: allauth's reset (rate-limited, email-private)."""
    return HttpResponseRedirect(reverse("account_reset_password"))


def _staff_filter() -> Q:
    """Groups that make someone staff: the staff roles, and any group that opens the admin."""
    return Q(name__in=[group_name(role) for role in STAFF_ROLES]) | Q(
        permissions__content_type__app_label="wagtailadmin",
        permissions__codename="access_admin",
    )


def mfa_status(user: AbstractBaseUser | AnonymousUser) -> MFAStatus:
    """Whether `user` must pass MFA on every page (REQUIRED), is invited to set it up while
    their grace period runs (GRACE), or never needs it (NONE), and whether they have an
    authenticator app (recovery codes alone do not count). One database query; no writes.

    Staff: superusers, members of a staff role's group or of any group that opens the Wagtail
    admin, and people given that permission directly. Mentors: the Mentor group; their grace
    period starts with their first mentorship (the day they could first read a mentee's shared
    words), and has not started for a mentor without a mentee yet.

    CMS_STAFF_MFA_REQUIRED=0 switches the whole rule off (a quick local look without a phone).
    """
    if not settings.CMS_STAFF_MFA_REQUIRED:
        return MFAStatus(MFANeed.NONE)
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return MFAStatus(MFANeed.NONE)
    from allauth.mfa.models import Authenticator
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    from trauma_training.models import Mentorship

    groups = Group.objects.filter(user=OuterRef("pk"))
    direct_permission = Permission.objects.filter(
        user=OuterRef("pk"), content_type__app_label="wagtailadmin", codename="access_admin"
    )
    facts = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            staff=Exists(groups.filter(_staff_filter())) | Exists(direct_permission),
            mentor=Exists(groups.filter(name=group_name(Role.MENTOR))),
            totp=Exists(
                Authenticator.objects.filter(user=OuterRef("pk"), type=Authenticator.Type.TOTP)
            ),
            first_mentorship=Subquery(
                Mentorship.objects.filter(mentor=OuterRef("pk"))
                .order_by("started_at")
                .values("started_at")[:1]
            ),
        )
        .values("staff", "mentor", "totp", "first_mentorship")
        .first()
    )
    if facts is None:
        return MFAStatus(MFANeed.NONE)
    if user.is_superuser or facts["staff"]:
        return MFAStatus(MFANeed.REQUIRED, has_totp=facts["totp"], staff=True)
    if not facts["mentor"]:
        return MFAStatus(MFANeed.NONE, has_totp=facts["totp"])
    started = facts["first_mentorship"] or timezone.now()
    grace_until = started + timedelta(days=settings.CMS_MENTOR_MFA_GRACE_DAYS)
    if timezone.now() < grace_until:
        return MFAStatus(MFANeed.GRACE, has_totp=facts["totp"], grace_until=grace_until)
    return MFAStatus(MFANeed.REQUIRED, has_totp=facts["totp"])


# Set at each sign-in: whether this session's person may open the Wagtail admin, so the site
# header can link there without a permission query on every page (base.html).
ADMIN_LINK_SESSION_KEY = "cms_admin_link"


def can_open_admin(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Wagtail's own rule for its admin: the `wagtailadmin.access_admin` permission, through a
    group or given directly (superusers have every permission). Up to two queries, cached on
    `user`; no writes."""
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.has_perm("wagtailadmin.access_admin")
    )


def is_admin_url(url: str | None) -> bool:
    """Whether the local `url` points into the Wagtail admin."""
    return urlsplit(url or "").path.startswith(reverse("wagtailadmin_home"))


def landing_url(user: AbstractBaseUser) -> str:
    """Where `user` lands after signing in or signing up when no safe `next` says otherwise
    (an explicit `next` always wins; `cms.adapters.AccountAdapter`):

    - anyone who may open the Wagtail admin (trainers, coordinators, admins): the admin, where
      their work is;
    - mentors: their mentor dashboard, which lists their mentees and leads to sign-offs and
      mentorships (a mentor is not staff and has no admin);
    - learners: My learning.

    Up to three queries; no writes."""
    from trauma_training.selectors import in_group

    if can_open_admin(user):
        return reverse("wagtailadmin_home")
    if in_group(user, Role.MENTOR):
        return reverse("trauma_training:mentor_dashboard")
    return reverse("courses:my_learning")


def remember_admin_access(sender, request, user, **kwargs) -> None:
    """`user_logged_in` receiver: note in the session whether the person may open the admin, for
    the header's "Admin" link. Read once per sign-in, so a role given or taken away shows in the
    header from the next sign-in (the admin itself checks the permission on every request).
    Writes the session."""
    if getattr(request, "session", None) is not None:
        request.session[ADMIN_LINK_SESSION_KEY] = can_open_admin(user)


# Pages of setting up an authenticator app (and reading the recovery codes it gives), where one
# recent authentication in this session stands in for allauth's "confirm your password" step.
# The set-up page allows longer (installing an app takes a while); the codes are readable
# without a confirmation only as long as allauth's own confirmation would last.
MFA_SETUP_URL_NAMES = frozenset({"mfa_activate_totp"})
MFA_CODES_URL_NAMES = frozenset({"mfa_view_recovery_codes", "mfa_download_recovery_codes"})


def authenticated_recently(request: HttpRequest, *, within_seconds: int) -> bool:
    """Whether this session's user proved who they are less than `within_seconds` ago: the
    latest of allauth's authentication records (password at sign-in, authenticator code,
    reauthentication, or activating an authenticator). A session with no record (made by any
    other route) never counts. No writes."""
    records = get_authentication_records(request, request.user)
    latest = max((record.get("at", 0) for record in records), default=None)
    return latest is not None and time.time() - latest < within_seconds


def mfa_setup_needs_reauthentication(request: HttpRequest | None) -> bool | None:
    """For the MFA set-up pages: False when the session authenticated recently (the set-up
    page: `CMS_MFA_SETUP_RECENT_MINUTES`; the recovery codes: allauth's
    ACCOUNT_REAUTHENTICATION_TIMEOUT, 5 minutes), so a person who has just typed their password
    or a code is not asked for the password again; None (no opinion: allauth's own rule
    applies) on any other page, or when the last authentication is older. No writes."""
    if request is None or not getattr(request, "user", None) or not request.user.is_authenticated:
        return None
    from allauth.account import app_settings as allauth_account_settings

    match = getattr(request, "resolver_match", None)
    url_name = match.url_name if match is not None else None
    if url_name in MFA_SETUP_URL_NAMES:
        window = settings.CMS_MFA_SETUP_RECENT_MINUTES * 60
    elif url_name in MFA_CODES_URL_NAMES:
        window = allauth_account_settings.REAUTHENTICATION_TIMEOUT
    else:
        return None
    if authenticated_recently(request, within_seconds=window):
        return False
    return None


def session_passed_mfa(request: HttpRequest) -> bool:
    """Whether this session's signed-in user proved a second factor in this session: allauth
    records `{"method": "mfa", ...}` when its MFA step, or MFA reauthentication, succeeds (and
    we record one when the person activates their authenticator with a code,
    `record_mfa_on_totp_activation`)."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def record_mfa_on_totp_activation(sender, request, user, authenticator, **kwargs) -> None:
    """allauth `authenticator_added` receiver: activating TOTP means typing a valid code from
    the new app, in this session, after confirming the password, so the session has passed MFA.
    Without this, a person who just set up the app would be asked for a code at once again.
    Writes the session's authentication records."""
    from allauth.account.internal.flows.login import record_authentication
    from allauth.mfa.models import Authenticator

    if request is None or authenticator.type != Authenticator.Type.TOTP:
        return
    if getattr(request, "user", None) is None or request.user.pk != user.pk:
        return
    record_authentication(
        request, user, "mfa", id=authenticator.pk, type=authenticator.type, activated=True
    )
    # allauth sends this signal once the transaction commits, which can be after the session
    # middleware has saved the session (ATOMIC_REQUESTS, tests): save the record now.
    request.session.save()


@register(Tags.security, deploy=True)
def check_client_ip_behind_proxy(app_configs=None, **kwargs) -> list[Warning]:
    """Behind a TLS proxy (SECURE_PROXY_SSL_HEADER set) every request comes from the proxy's
    address unless allauth is told how to find the client's: then everyone shares one
    rate-limit bucket, and one attacker's failures lock everyone out of signing in."""
    if not settings.SECURE_PROXY_SSL_HEADER:
        return []
    if settings.ALLAUTH_TRUSTED_PROXY_COUNT or settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER:
        return []
    return [
        Warning(
            "Behind a proxy, but rate limits cannot see client addresses.",
            hint="Set ALLAUTH_TRUSTED_PROXY_COUNT (or ALLAUTH_TRUSTED_CLIENT_IP_HEADER) in the "
            "environment; see docs/accounts-and-mfa.md.",
            id="cms.W020",
        )
    ]
