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


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if not settings.DEBUG and backend.endswith("LocMemCache"):
        return [
            checks.Warning(
                "The default cache is per process (LocMemCache).",
                hint=(
                    "Course structures and learners' outlines are cached and dropped when pages "
                    "or progress change; with several web processes or nodes the cache must be "
                    "shared, or some processes keep showing old pages. Set CACHE_URL (Redis)."
                ),
                id="courses.W001",
            )
        ]
    return []


@checks.register()
def check_analytics_min_group(app_configs, **kwargs):
    from courses import conf

    value = conf.get("ANALYTICS_MIN_GROUP")
    if not isinstance(value, int) or isinstance(value, bool) or value < 2:
        return [
            checks.Error(
                f"COURSES_ANALYTICS_MIN_GROUP is {value!r}.",
                hint=(
                    "Analytics hide groups smaller than this many learners, so that no count "
                    "points to a person; use a whole number of 2 or more (default 5, "
                    "docs/analytics.md)."
                ),
                id="courses.E002",
            )
        ]
    return []
