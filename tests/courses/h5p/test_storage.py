"""Where H5P archives and files live (`courses.h5p.storage`): content-addressed names, library
folders as the player wants them, and the storage alias setting."""

from __future__ import annotations

import hashlib

import pytest
from django.core.files.storage import InMemoryStorage, storages

from courses.h5p import services, storage
from tests.courses.h5p.helpers import greeting_package, stored_names

SHA = "ab" * 32


def test_archive_name_is_content_addressed():
    assert storage.archive_name(SHA) == f"h5p/archives/{SHA}.h5p"


def test_file_name_is_below_the_package_folder():
    assert storage.file_name(SHA, "content/content.json") == f"h5p/files/{SHA}/content/content.json"
    assert storage.file_name(SHA, "h5p.json") == f"h5p/files/{SHA}/h5p.json"


@pytest.mark.parametrize(
    ("library", "folder"),
    [
        (
            {"machineName": "H5P.TrueFalse", "majorVersion": 1, "minorVersion": 6},
            "H5P.TrueFalse-1.6",
        ),
        ({"machineName": "FontAwesome", "majorVersion": 4, "minorVersion": 5}, "FontAwesome-4.5"),
        ({"machineName": "H5P.Blanks", "majorVersion": 1, "minorVersion": 12}, "H5P.Blanks-1.12"),
    ],
)
def test_library_folder_is_machine_name_major_minor(library, folder):
    assert storage.library_folder({**library, "patchVersion": 9}) == folder


def test_h5p_storage_is_the_default_storage_unless_configured():
    assert storage.h5p_storage() is storages["default"]


@pytest.mark.django_db
def test_h5p_storage_setting_sends_packages_to_another_storage(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "h5p": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    settings.COURSES_H5P_STORAGE = "h5p"
    data = greeting_package()
    sha = hashlib.sha256(data).hexdigest()

    services.package_store(data)

    assert isinstance(storage.h5p_storage(), InMemoryStorage)
    assert storage.h5p_storage() is storages["h5p"]
    assert f"h5p/archives/{sha}.h5p" in stored_names()
    assert len(stored_names(f"h5p/files/{sha}")) == 8
    default_folders, default_files = storages["default"].listdir("")
    assert (default_folders, default_files) == ([], [])
