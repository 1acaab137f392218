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
        if user is not None and user.is_authenticated and user.preferred_language in self.codes:
            translation.activate(user.preferred_language)
            request.LANGUAGE_CODE = user.preferred_language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


class StaffMFARequiredMiddleware:
    """Everyone who enters the Wagtail admin (trainers, coordinators, admins) must first set up
    an authenticator app (TOTP). Learner pages are unaffected.

    Only people who may use the admin are sent to set one up: a learner or mentor who opens
    /admin/ gets Wagtail's own refusal, not a request for an authenticator they never need.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            getattr(settings, "CMS_STAFF_MFA_REQUIRED", True)
            and request.path.startswith("/admin/")
            and request.user.is_authenticated
            and request.user.has_perm("wagtailadmin.access_admin")
        ):
            from allauth.mfa.models import Authenticator

            if not Authenticator.objects.filter(
                user=request.user, type=Authenticator.Type.TOTP
            ).exists():
                messages.info(
                    request,
                    _("Staff accounts need an authenticator app. Please set one up to continue."),
                )
                return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)
