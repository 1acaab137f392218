"""Forms for correcting the account and confirming its deletion."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.utils.translation import gettext_lazy as _

from cms.models import User


class AccountDetailsForm(forms.Form):
    """Display name, language and (optional) email: what a person may correct themselves."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=User._meta.get_field("display_name").max_length,
        required=False,
        help_text=_("What others in the programme see. It can be a nickname."),
    )
    preferred_language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    email = forms.EmailField(
        label=_("Email address (optional)"),
        required=False,
        # An address's own limit (RFC 5321): the column is longer, as it holds ciphertext.
        max_length=254,
        help_text=_(
            "Used only for password resets and reminders you agree to. Leave empty for none."
        ),
    )


class AccountDeleteForm(forms.Form):
    """The current password and a tick: deleting an account cannot be undone."""

    password = forms.CharField(
        label=_("Your current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_(
            "I understand that my account and my data will be deleted and cannot be brought back."
        ),
        required=True,
        error_messages={"required": _("Please tick the box to confirm.")},
    )

    def __init__(self, *args, user: AbstractBaseUser, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That password is not right. Please try again."))
        return password
