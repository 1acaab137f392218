from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificationsConfig(AppConfig):
    """Certification programmes, issuance, verification and revocation."""

    name = "certifications"
    verbose_name = _("Certifications")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from certifications import (  # noqa: F401  (connects the receivers, registers checks)
            checks,
            personal_data,
            receivers,
        )
        from cms.rights.registry import personal_data_register

        personal_data_register(app="certifications", module=personal_data)
