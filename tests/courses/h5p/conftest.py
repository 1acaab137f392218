import pytest


@pytest.fixture(autouse=True)
def _fresh_storage(settings):
    """A new, empty InMemoryStorage for each test: Django keeps one storage object per alias for
    the whole run, and these tests count the files in it. Assigning STORAGES makes Django's
    `setting_changed` receiver drop the cached storage objects."""
    settings.STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
