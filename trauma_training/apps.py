from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TraumaTrainingConfig(AppConfig):
    """The programme layer: collectives, and the seeded curricula."""

    name = "trauma_training"
    verbose_name = _("Programme")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.rights.registry import personal_data_register
        from trauma_training import personal_data

        personal_data_register(app="trauma_training", module=personal_data)
