from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _


class UserLanguageMiddleware:
    """Show every page in the signed-in user's chosen language (en, bn, hi or te)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.codes = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        user = getattr(request, "user", None)
        if not (
            user is not None and user.is_authenticated and user.preferred_language in self.codes
        ):
            response = self.get_response(request)
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        # For this request only: the thread serves someone else next.
        with translation.override(user.preferred_language):
            request.LANGUAGE_CODE = user.preferred_language
            response = self.get_response(request)
            response.headers.setdefault("Content-Language", translation.get_language())
        return response


class StaffMFARequiredMiddleware:
    """The one place where MFA is enforced (the rule itself: `cms.signin.mfa_status`).

    For a signed-in person who needs MFA (staff; mentors after their grace period), every page
    except the allow-list below needs a session that passed the MFA step:

    - no authenticator app yet: sent to set one up (allauth's activation page);
    - an app, but this session signed in with a password only (any route, any trick): sent to
      allauth's MFA reauthentication, keeping the page they asked for as `next`.

    A mentor in the grace period without an app uses the site freely; `request.mfa_grace_until`
    makes base.html show a polite invitation to set one up. Learners are never asked.

    Allow-listed (reachable without MFA): the sign-in, sign-out, MFA and password-confirmation
    pages needed to finish MFA; safety pages (quick exit, help, taking a break, session
    extension), the language switch, static files, health check, web manifest, the public
    JWKS and certificate verification pages (public anyway); the xAPI record store, where a
    session reads and writes only its own user's statements; and the H5P package files, which
    hold course content only and answer only to a grant that a lesson page (itself under this
    rule) gave to this session's user.
    """

    ALLOWED_PREFIXES = (
        "/safety/",
        "/help/",
        "/language/",
        "/static/",
        "/healthz",
        "/manifest.webmanifest",
        "/.well-known/jwks.json",
        "/certificates/verify/",
        # The record store: a session speaks and reads only for its own user (courses.xapi.auth)
        # and credentials use HTTP Basic, so it shows no one else's data to a session; and the
        # H5P player's frequent posts stay within their query budget.
        "/xapi/",
    )
    # allauth pages needed to finish MFA (names, so a change of allauth's paths follows).
    ALLOWED_URL_NAMES = (
        "account_login",
        "account_logout",
        "account_reauthenticate",
        "mfa_authenticate",
        "mfa_reauthenticate",
        "mfa_activate_totp",
    )

    def __init__(self, get_response):
        self.get_response = get_response
        self._allowed_paths: frozenset[str] | None = None
        self._allowed_prefixes: tuple[str, ...] | None = None

    def allowed_paths(self) -> frozenset[str]:
        if self._allowed_paths is None:
            self._allowed_paths = frozenset(reverse(name) for name in self.ALLOWED_URL_NAMES)
        return self._allowed_paths

    def allowed_prefixes(self) -> tuple[str, ...]:
        if self._allowed_prefixes is None:
            # The player fetches dozens of package files per lesson; without this each would
            # cost the MFA query (a separate content origin has no session, so no check at all).
            h5p_files = reverse("courses:h5p_files", args=["grant", "file"])
            self._allowed_prefixes = (
                *self.ALLOWED_PREFIXES,
                h5p_files.removesuffix("grant/file"),
            )
        return self._allowed_prefixes

    def is_allowed(self, request) -> bool:
        path = request.path
        return path.startswith(self.allowed_prefixes()) or path in self.allowed_paths()

    @staticmethod
    def redirect_to_setup(request):
        # The page asked for goes along as `next`: after the app and its recovery codes, a
        # "Continue" leads back to it (cms/mfa_views.py). Only a GET is worth returning to.
        url = reverse("mfa_activate_totp")
        if request.method == "GET":
            url = f"{url}?{urlencode({'next': request.get_full_path()})}"
        return redirect(url)

    def __call__(self, request):
        from cms import signin

        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return self.get_response(request)
        # A session that passed the MFA step needs nothing more, whoever it is (and costs no
        # query); otherwise one query tells what this person needs.
        if signin.session_passed_mfa(request) or self.is_allowed(request):
            return self.get_response(request)
        status = signin.mfa_status(user)
        if status.need is signin.MFANeed.NONE:
            return self.get_response(request)
        if status.has_totp:
            messages.info(
                request, _("Please enter the code from your authenticator app to continue.")
            )
            url = reverse("mfa_reauthenticate")
            return redirect(f"{url}?{urlencode({'next': request.get_full_path()})}")
        if status.need is signin.MFANeed.GRACE:
            request.mfa_grace_until = status.grace_until
        elif status.staff:
            messages.info(
                request,
                _("Staff accounts need an authenticator app. Please set one up to continue."),
            )
            return self.redirect_to_setup(request)
        else:
            messages.info(
                request,
                _(
                    "To keep your mentees' words safe, mentors now need an authenticator app. "
                    "Please set one up to continue."
                ),
            )
            return self.redirect_to_setup(request)
        return self.get_response(request)
