from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up is open only to people holding an invitation code (checked by the form)."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return True
