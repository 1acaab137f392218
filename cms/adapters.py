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
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.tokens import PasswordResetTokenGenerator as DjangoTokenGenerator
from django.http import HttpRequest


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up is open only to people holding an invitation code (checked by the form)."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return True


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
