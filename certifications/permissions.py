"""Who may do what with certificates: one place for the rules."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


def can_revoke(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Superusers, and staff given `certifications.revoke_certificate` (coordinators, once
    their group has it)."""
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm("certifications.revoke_certificate"))
    )
