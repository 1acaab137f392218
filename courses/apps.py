from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.urls import register_converter

        from cms.rights.registry import personal_data_register
        from courses import checks, personal_data, receivers  # noqa: F401  (checks, receivers)
        from courses.converters import IdConverter

        # Before any URLconf is read: our apps' URLs take ids as `<id:…>`.
        register_converter(IdConverter, "id")

        personal_data_register(app="courses", module=personal_data)
        receivers.locale_sync_handler_replace()
