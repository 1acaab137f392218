"""System checks: fail fast on a configuration the courses app cannot work with."""

from django.conf import settings
from django.core import checks


@checks.register()
def check_languages(app_configs, **kwargs):
    codes = {code for code, _ in settings.LANGUAGES}
    missing = {"en", "bn", "hi", "te"} - codes
    if missing:
        return [
            checks.Error(
                f"LANGUAGES lacks {sorted(missing)}.",
                hint="Learners read English, Bengali, Hindi and Telugu; keep all four.",
                id="courses.E001",
            )
        ]
    return []
