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


@checks.register()
def check_voice_note_storage(app_configs, **kwargs):
    """Voice notes must not sit where MEDIA_URL serves files (docs/voice-notes.md)."""
    from pathlib import Path

    from django.core.files.storage import FileSystemStorage

    from courses.voice_notes import voice_note_storage

    storage = voice_note_storage()
    if not isinstance(storage, FileSystemStorage):
        return []
    location = Path(storage.location).resolve()
    media = Path(settings.MEDIA_ROOT).resolve()
    if location == media or media in location.parents:
        return [
            checks.Error(
                f"Voice notes would be stored under MEDIA_ROOT ({location}).",
                hint=(
                    "Set COURSES_VOICE_NOTE_ROOT (or COURSES_VOICE_NOTE_STORAGE) to a folder "
                    "outside MEDIA_ROOT: files there can be reached by their address."
                ),
                id="courses.E003",
            )
        ]
    return []
