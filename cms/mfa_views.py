"""Setting up an authenticator app as one flow that ends where the person was going
(docs/accounts-and-mfa.md): allauth's own views, carrying a safe `next` from the set-up page to
the recovery codes page, whose "Continue" leads there. Routed in cms/urls.py over allauth's
paths, under allauth's URL names."""

from __future__ import annotations

from urllib.parse import urlencode

from allauth.mfa.recovery_codes.views import ViewRecoveryCodesView
from allauth.mfa.totp.views import ActivateTOTPView
from django.urls import reverse

from cms import signin


def _with_next(url: str, next_url: str | None) -> str:
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


class ActivateTOTPContinuingView(ActivateTOTPView):
    """allauth's "set up an authenticator app" page (same form, same checks, same password
    confirmation rule), keeping `next` through the form and on to the recovery codes."""

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context["action_url"] = _with_next(
            reverse("mfa_activate_totp"), signin.safe_next(self.request)
        )
        return context

    def get_success_url(self) -> str:
        next_url = signin.safe_next(self.request)
        if self.did_generate_recovery_codes:
            return _with_next(reverse("mfa_view_recovery_codes"), next_url)
        # Recovery codes from before: nothing new to write down, so straight on.
        return next_url or signin.landing_url(self.request.user)


class RecoveryCodesContinuingView(ViewRecoveryCodesView):
    """allauth's recovery codes page, with a "Continue" to the page the person was going to
    (a safe `next`), or to where their role lands (`cms.signin.landing_url`)."""

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context["continue_url"] = signin.safe_next(self.request) or signin.landing_url(
            self.request.user
        )
        return context


activate_totp = ActivateTOTPContinuingView.as_view()
view_recovery_codes = RecoveryCodesContinuingView.as_view()
