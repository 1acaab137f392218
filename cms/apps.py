from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class CmsConfig(AppConfig):
    # The app's config ("cms" in INSTALLED_APPS); UsersAppConfig below is Wagtail's users app.
    default = True
    name = "cms"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The retention settings' checks, with the audit log's one-year minimum (audit.E001).
        from cms import personal_data
        from cms.retention import checks  # noqa: F401
        from cms.rights.registry import personal_data_register

        personal_data_register(app="cms", module=personal_data)

        # Activating an authenticator with a code counts as passing MFA for that session
        # (docs/accounts-and-mfa.md).
        from allauth.mfa.signals import authenticator_added

        from cms.signin import record_mfa_on_totp_activation

        authenticator_added.connect(
            record_mfa_on_totp_activation, dispatch_uid="cms.record_mfa_on_totp_activation"
        )

        # Whether the header links to the admin is read once per sign-in (cms.signin).
        from django.contrib.auth.signals import user_logged_in

        from cms.signin import remember_admin_access

        user_logged_in.connect(remember_admin_access, dispatch_uid="cms.remember_admin_access")


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with a listing that writes who listed people to the audit log
    (docs/audit.md); named in INSTALLED_APPS instead of "wagtail.users"."""

    user_viewset = "trauma_training.audit.viewsets.AuditedUserViewSet"
