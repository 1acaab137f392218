from allauth.account.adapter import get_adapter
from allauth.account.forms import SignupForm
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from cms import services


class InvitationSignupForm(SignupForm):
    """Sign-up needs an invitation code from a coordinator, and nothing that identifies you."""

    invitation_code = forms.CharField(
        label=_("Invitation code"),
        max_length=20,
        help_text=_("Your coordinator gives you this code."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )
    display_name = forms.CharField(
        label=_("Display name"),
        max_length=60,
        required=False,
        help_text=_("What others see. A nickname is fine. You can leave it empty."),
    )
    preferred_language = forms.ChoiceField(
        label=_("Language"), choices=settings.LANGUAGES, initial="en"
    )
    is_adult = forms.BooleanField(
        label=_("I am 18 years old or older."),
        error_messages={"required": _("This programme is for adults (18 or older).")},
    )

    field_order = [
        "invitation_code",
        "username",
        "display_name",
        "preferred_language",
        "email",
        "password1",
        "password2",
        "is_adult",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Pseudonymous by design (DOMAIN.md 6.1): say so where the name is chosen.
        self.fields["username"].help_text = _(
            "Make one up: not your real name. You sign in with it."
        )
        # The language the page is read in is the likeliest choice: a person reading the
        # sign-up page in Bengali should not have to find Bengali again in the list.
        reading = translation.get_language()
        if reading in dict(settings.LANGUAGES):
            self.fields["preferred_language"].initial = reading

    def clean_invitation_code(self):
        code = self.cleaned_data["invitation_code"]
        try:
            self.invitation = services.invitation_find_usable(code=code)
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from error
        return code

    def try_save(self, request):
        # The account and the invitation's use are one transaction: if the last place on a
        # code went to someone else a moment ago, no half-made account is left behind.
        try:
            with transaction.atomic():
                return super().try_save(request)
        except ValidationError as error:
            self.add_error("invitation_code", error.messages)
            response = TemplateResponse(request, "account/signup.html", {"form": self}, status=400)
            return None, response

    def save(self, request):
        # allauth's own save also calls `setup_user_email`, which copies the address into its
        # plain-text EmailAddress table; here it stays only on the user, encrypted
        # (docs/email-privacy.md). allauth reads `user.email` when a user has no such row.
        if self.account_already_exists:
            raise ValueError("account already exists")
        adapter = get_adapter()
        user = adapter.new_user(request)
        user = adapter.save_user(request, user, self) or user
        self.custom_signup(request, user)
        return user

    def custom_signup(self, request, user):
        user.display_name = self.cleaned_data.get("display_name", "")
        user.preferred_language = self.cleaned_data["preferred_language"]
        user.save(update_fields=["display_name", "preferred_language"])
        services.invitation_redeem(invitation=self.invitation, user=user)


class WagtailUserEditForm(UserEditForm):
    display_name = forms.CharField(required=False, label=_("Display name"))
    preferred_language = forms.ChoiceField(choices=settings.LANGUAGES, label=_("Language"))

    class Meta(UserEditForm.Meta):
        fields = [
            "username",
            "display_name",
            "preferred_language",
            "email",
            "is_active",
            "is_superuser",
            "groups",
        ]


class WagtailUserCreationForm(UserCreationForm):
    display_name = forms.CharField(required=False, label=_("Display name"))
    preferred_language = forms.ChoiceField(choices=settings.LANGUAGES, label=_("Language"))

    class Meta(UserCreationForm.Meta):
        fields = [
            "username",
            "display_name",
            "preferred_language",
            "email",
            "is_superuser",
            "groups",
        ]


class LanguageForm(forms.Form):
    language = forms.ChoiceField(choices=settings.LANGUAGES)
