"""The account's own data for "My data" and its download (registered in cms.apps)."""

from __future__ import annotations

from typing import Any

from allauth.mfa.models import Authenticator
from django.contrib.auth.models import AbstractBaseUser
from django.utils.translation import gettext as _

from cms.rights.registry import DataSection, RecentItem, iso


def personal_data_summary(user: AbstractBaseUser) -> list[DataSection]:
    roles = [group.name for group in user.groups.all()]
    return [
        DataSection(
            key="account",
            title=_("My account"),
            order=0,
            counts=[(_("Roles"), len(roles))],
            recent=[
                RecentItem(None, _("Username: %(value)s") % {"value": user.username}),
                RecentItem(
                    None, _("Display name: %(value)s") % {"value": user.display_name or "-"}
                ),
                RecentItem(
                    None,
                    _("Language: %(value)s") % {"value": user.get_preferred_language_display()},
                ),
                RecentItem(None, _("Email: %(value)s") % {"value": user.email or _("none")}),
                RecentItem(user.date_joined, _("Account made")),
                RecentItem(None, _("Roles: %(value)s") % {"value": ", ".join(roles) or "-"}),
            ],
        )
    ]


def personal_data(user: AbstractBaseUser) -> dict[str, Any]:
    return {
        "account": {
            "username": user.username,
            "display_name": user.display_name,
            "language": user.preferred_language,
            "email": user.email or None,
            "date_joined": iso(user.date_joined),
            "last_sign_in": iso(user.last_login),
            "roles": sorted(group.name for group in user.groups.all()),
            "staff": bool(user.is_staff),
            "sign_in_security": sorted(
                Authenticator.objects.filter(user=user).values_list("type", flat=True)
            ),
        }
    }
