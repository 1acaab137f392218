"""Where H5P archives and their unpacked files live: content-addressed by SHA-256, through
Django's storage API, so the filesystem and S3-compatible storage both work.

    h5p/archives/<sha256>.h5p          the archive as uploaded (kept to unpack again)
    h5p/files/<sha256>/h5p.json        the unpacked package, library folders named
    h5p/files/<sha256>/content/...     "<machineName>-<major>.<minor>" as the player expects
    h5p/files/<sha256>/H5P.Foo-1.2/...
"""

from __future__ import annotations

from django.core.files.storage import Storage, storages

from courses import conf

ARCHIVES = "h5p/archives"
FILES = "h5p/files"


def h5p_storage() -> Storage:
    return storages[conf.get("H5P_STORAGE")]


def archive_name(sha256: str) -> str:
    return f"{ARCHIVES}/{sha256}.h5p"


def file_name(sha256: str, path: str) -> str:
    return f"{FILES}/{sha256}/{path}"


def library_folder(library: dict) -> str:
    """The folder h5p-standalone loads a library from: `H5P.TrueFalse-1.6`."""
    return f"{library['machineName']}-{library['majorVersion']}.{library['minorVersion']}"
