"""Every django-allauth (and Django password-rule) text a person of this site can see, so that
`makemessages` copies it into our own catalogue (locale/) and it reads in Bengali, Hindi and
Telugu.

Why here: allauth ships no bn, hi or te catalogues, and Django's password-rule texts are not
translated in them either. Django looks a msgid up in LOCALE_PATHS (our locale/) before the
apps' own catalogues, so translating allauth's exact msgids in our catalogue is enough: no
template needs overriding just to be translated.

Rules for this list:
- Each msgid is copied exactly from the installed allauth (templates' {% trans %} and
  {% blocktrans %} texts with their %(var)s placeholders, forms.py, adapter.py, the messages/*.txt
  templates, mfa). If allauth changes a text on upgrade, the page turns English again until
  the new msgid is added here (tests/cms/test_allauth_translations.py notices on the main pages).
- Only what this site renders: username sign-in, sign-up by invitation, password change, set
  and reset, reauthentication, TOTP and recovery codes. Not: email management (/accounts/email/
  is not linked and keeps no addresses, cms.adapters), social accounts, passkeys, login codes,
  phone numbers. Pages we override (templates/account, templates/allauth, templates/mfa) use
  our own words and are not listed.
- allauth's "Incorrect code/password" and "Too many failed login attempts" are replaced by our
  own words (cms.adapters), so they are not listed.
- Nothing imports this module; it only has to be valid Python for `makemessages`.
  `ngettext_lazy` and `pgettext_lazy` stand in for plural and context forms, which have no
  `_noop` variant.
"""

from django.utils.translation import gettext_noop, ngettext_lazy, pgettext_lazy

ALLAUTH_MSGIDS = (
    # Sign in, sign up and sign out (account/login.html, signup.html, logout.html, forms.py)
    gettext_noop("Sign In"),
    gettext_noop(
        "If you have not created an account yet, then please %(link)ssign up%(end_link)s first."
    ),
    gettext_noop("Signup"),
    gettext_noop("Sign Up"),
    gettext_noop("Already have an account? Then please %(link)ssign in%(end_link)s."),
    gettext_noop("Sign Out"),
    gettext_noop("Are you sure you want to sign out?"),
    gettext_noop("Username"),
    gettext_noop("Password"),
    gettext_noop("Remember Me"),
    pgettext_lazy("field label", "Login"),
    gettext_noop("Email"),
    gettext_noop("Email address"),
    gettext_noop("Email (optional)"),
    gettext_noop("Password (again)"),
    gettext_noop("You must type the same password each time."),
    gettext_noop("Forgot your password?"),
    gettext_noop("Account Inactive"),
    gettext_noop("This account is inactive."),
    # Errors allauth's adapter shows on those forms (account/adapter.py)
    gettext_noop("This account is currently inactive."),
    gettext_noop("The username and/or password you specified are not correct."),
    gettext_noop("Be patient, you are sending too many requests."),
    gettext_noop("Username can not be used. Please use other username."),
    gettext_noop("A user is already registered with this email address."),
    gettext_noop("Please type your current password."),
    gettext_noop("The password reset token was invalid."),
    gettext_noop("Invalid or expired key."),
    # Passwords: change, set, reset from the emailed link (account/password_*.html, forms.py)
    gettext_noop("Change Password"),
    gettext_noop("Current Password"),
    gettext_noop("New Password"),
    gettext_noop("New Password (again)"),
    gettext_noop("Set Password"),
    gettext_noop("Password Reset"),
    gettext_noop("Bad Token"),
    gettext_noop(
        'The password reset link was invalid, possibly because it has already been used.  Please request a <a href="%(passwd_reset_url)s">new password reset</a>.'  # noqa: E501
    ),
    gettext_noop("Your password is now changed."),
    gettext_noop("Note"),
    gettext_noop("You are already logged in as %(user_display)s."),
    gettext_noop("Cancel"),
    # Confirming it is you before a change (account/ and mfa/reauthenticate.html)
    gettext_noop("Confirm Access"),
    gettext_noop("Please reauthenticate to safeguard your account."),
    gettext_noop("Alternative options"),
    gettext_noop("Enter your password:"),
    gettext_noop("Confirm"),
    gettext_noop("Enter an authenticator code:"),
    gettext_noop("Use your password"),
    gettext_noop("Use authenticator app or code"),
    # Flash messages (account/messages/*.txt, mfa/messages/*.txt)
    gettext_noop("You have signed out."),
    gettext_noop("Password successfully changed."),
    gettext_noop("Password successfully set."),
    gettext_noop("Authenticator app activated."),
    gettext_noop("Authenticator app deactivated."),
    gettext_noop("A new set of recovery codes has been generated."),
    gettext_noop("Save them  in a secure location now — they won't be shown again."),
    # Two-factor authentication (mfa/authenticate.html, index.html, totp/, recovery_codes/)
    gettext_noop("Two-Factor Authentication"),
    gettext_noop(
        "Your account is protected by two-factor authentication. Please enter an authenticator code:"  # noqa: E501
    ),
    gettext_noop("Code"),
    gettext_noop("Authenticator code"),
    gettext_noop("Authenticator App"),
    gettext_noop("Authentication using an authenticator app is active."),
    gettext_noop("An authenticator app is not active."),
    gettext_noop("Activate"),
    gettext_noop("Deactivate"),
    gettext_noop("Deactivate Authenticator App"),
    gettext_noop(
        "You are about to deactivate authenticator app based authentication. Are you sure?"
    ),
    gettext_noop("Recovery Codes"),
    ngettext_lazy(
        "There is %(unused_count)s out of %(total_count)s recovery codes available.",
        "There are %(unused_count)s out of %(total_count)s recovery codes available.",
        1,
    ),
    gettext_noop("No recovery codes set up."),
    gettext_noop("View"),
    gettext_noop("Download"),
    gettext_noop("Generate"),
    gettext_noop("You are about to generate a new set of recovery codes for your account."),
    gettext_noop("This action will invalidate your existing codes."),
    gettext_noop("Are you sure?"),
    gettext_noop("You cannot deactivate two-factor authentication."),
    gettext_noop(
        "You cannot generate recovery codes without having two-factor authentication enabled."
    ),
    # Django's password rules (django/contrib/auth/password_validation.py): help texts under the
    # password field and the errors; Django ships no bn/hi/te for them.
    gettext_noop("Your password can’t be too similar to your other personal information."),
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        1,
    ),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("Your password can’t be entirely numeric."),
    gettext_noop("The password is too similar to the %(verbose_name)s."),
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        1,
    ),
    gettext_noop("This password is too common."),
    gettext_noop("This password is entirely numeric."),
)
