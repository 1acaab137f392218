"""How allauth fits this site: sign-up by invitation, and email addresses that allauth never
stores in readable form (docs/email-privacy.md).

allauth keeps its own table of addresses (`account.EmailAddress`) in plain text. We do not use
it: the one address lives encrypted on `User.email`, and allauth falls back to it whenever a
user has no EmailAddress row. allauth would write rows at sign-up (`setup_user_email`, skipped
by `InvitationSignupForm.save`), when making or checking a password-reset token (its token
generator syncs the address; `PasswordResetTokenGenerator` below does not), and on its "email
addresses" page (`/accounts/email/`, which we do not link to). `email_address_discard` is the
last guard: a row written by anything is deleted again at once (inside the same transaction
where there is one), so none is ever kept.

Email lookups (password reset, the unique-address check at sign-up) need no override: allauth
calls `User.objects.filter(email=...)`, which the encrypted field answers from the digest.
"""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context
from allauth.mfa.adapter import DefaultMFAAdapter
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.tokens import PasswordResetTokenGenerator as DjangoTokenGenerator
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cms import signin

_LANGUAGE_CODES = frozenset(code for code, _name in settings.LANGUAGES)

# allauth's words for a code or password that does not match, and for too many tries, say
# "incorrect" and "failed": words this site never uses with learners (courses/wording.py,
# docs/translations.md). Ours say what happened and what to do next.
CODE_DOES_NOT_MATCH = _("That code does not match. Type the code your app shows now.")
_KINDER_ERRORS = {
    "incorrect_code": CODE_DOES_NOT_MATCH,
    "incorrect_password": _("That password does not match. Please try again."),
    "too_many_login_attempts": _("Too many tries. Please wait a few minutes, then try again."),
}


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up is open only to people holding an invitation code (checked by the form). Where
    people land after signing in or up, which `next` is trusted, the language of allauth's
    messages, and when setting up MFA needs the password again (docs/accounts-and-mfa.md)."""

    error_messages = {**DefaultAccountAdapter.error_messages, **_KINDER_ERRORS}

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return True

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        # Only when there is no safe `next`: allauth asks `is_safe_url` about that first.
        return signin.landing_url(request.user)

    def get_signup_redirect_url(self, request: HttpRequest) -> str:
        return signin.landing_url(request.user)

    def is_safe_url(self, url: str | None) -> bool:
        # This host only: allauth's default also trusts every other ALLOWED_HOSTS entry and
        # CSRF_TRUSTED_ORIGINS, more than a `next` ever needs.
        request = context.request
        if request is None or not signin.is_local_url(request, url):
            return False
        # Into the admin, for someone signed in who may not open it (a learner who followed
        # an admin link): Wagtail would send them to sign-in, and sign-in back to the admin,
        # round and round. Their own landing page instead.
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and signin.is_admin_url(url):
            return signin.can_open_admin(user)
        return True

    def add_message(self, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
        # allauth renders its messages ("Welcome, ...") when it adds them. Right after sign-up
        # or sign-in the request began anonymous, so UserLanguageMiddleware has not switched
        # to the person's language yet: do it here, so the greeting is in the language they
        # chose, like the page it appears on.
        user = getattr(request, "user", None)
        language = getattr(user, "preferred_language", "") if user is not None else ""
        if user is not None and user.is_authenticated and language in _LANGUAGE_CODES:
            with translation.override(language):
                super().add_message(request, *args, **kwargs)
            return
        super().add_message(request, *args, **kwargs)

    def is_reauthentication_required(self, *, app: str, **kwargs: Any) -> bool:
        # Setting up an authenticator right after signing in: the password just typed is the
        # confirmation (one recent authentication, never none; cms.signin).
        decided = signin.mfa_setup_needs_reauthentication(context.request)
        if decided is not None and app == "allauth.mfa":
            return decided
        return super().is_reauthentication_required(app=app, **kwargs)


class MFAAdapter(DefaultMFAAdapter):
    """allauth's MFA adapter with our words for a code that does not match (MFA_ADAPTER)."""

    error_messages = {**DefaultMFAAdapter.error_messages, "incorrect_code": CODE_DOES_NOT_MATCH}


class PasswordResetTokenGenerator(DjangoTokenGenerator):
    """allauth's token generator without its side effect of copying the address into
    `account.EmailAddress`. A token still stops working when the address changes: the hash
    includes the address's digest (ACCOUNT_PASSWORD_RESET_TOKEN_GENERATOR)."""

    def _make_hash_value(self, user: AbstractBaseUser, timestamp: int) -> str:
        return super()._make_hash_value(user, timestamp) + getattr(user, "email_digest", "")


def email_address_discard(sender: Any, instance: Any, created: bool = False, **kwargs: Any) -> None:
    """post_save receiver for `account.EmailAddress`: delete the row just written, so allauth
    (or any other code) never keeps an address in plain text. allauth then reads the address
    from `user.email`. Connected in cms.models."""
    instance.delete()
