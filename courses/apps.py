from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.rights.registry import personal_data_register
        from courses import checks, personal_data, receivers  # noqa: F401  (checks, receivers)

        personal_data_register(app="courses", module=personal_data)
