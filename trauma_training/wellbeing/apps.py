from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WellbeingConfig(AppConfig):
    """A learner's own goals, journal and shared reflections; mentors' private check-ins."""

    name = "trauma_training.wellbeing"
    label = "wellbeing"
    verbose_name = _("Goals and wellbeing")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.rights.registry import personal_data_register
        from trauma_training.wellbeing import personal_data

        personal_data_register(app="wellbeing", module=personal_data)
