from allauth.account.forms import LoginForm
from django import forms
from django.utils.translation import gettext_lazy as _


class SafetyLoginForm(LoginForm):
    """allauth's sign-in form, with "Remember me" turned round into the question that matters on
    a shared phone: "Log me out when I close the browser" (ticked by default)."""

    close_logout = forms.BooleanField(
        label=_("Log me out when I close the browser (best on a shared phone)"),
        required=False,
        initial=True,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.pop("remember", None)

    def clean(self):
        cleaned_data = super().clean()
        # allauth reads "remember" when it signs in: remembered means a lasting cookie.
        cleaned_data["remember"] = not cleaned_data.get("close_logout", False)
        return cleaned_data

    def login(self, request, redirect_url=None):
        response = super().login(request, redirect_url)
        request.session["safety_close_logout"] = bool(self.cleaned_data.get("close_logout"))
        return response


class CloseLogoutForm(forms.Form):
    """The header's "Log me out when I close the browser" switch."""

    close_logout = forms.BooleanField(required=False)
    next = forms.CharField(required=False)
