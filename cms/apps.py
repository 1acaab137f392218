from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The retention settings' checks, with the audit log's one-year minimum (audit.E001).
        from cms import personal_data
        from cms.retention import checks  # noqa: F401
        from cms.rights.registry import personal_data_register

        personal_data_register(app="cms", module=personal_data)
