from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificationsConfig(AppConfig):
    """Certification programmes, issuance and verification (built in its own issue)."""

    name = "certifications"
    verbose_name = _("Certifications")
    default_auto_field = "django.db.models.BigAutoField"
