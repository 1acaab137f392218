"""Where H5P archives and their unpacked files live: content-addressed by SHA-256, through
Django's storage API, so the filesystem and S3-compatible storage both work.

    h5p/archives/<sha256>.h5p          the archive as uploaded (kept to unpack again)
    h5p/files/<sha256>/h5p.json        the unpacked package, library folders named
    h5p/files/<sha256>/content/...     "<machineName>-<major>.<minor>" as the player expects
    h5p/files/<sha256>/H5P.Foo-1.2/...

The libraries a package's player loads are also published once per *library set* (the
libraries' files, content-addressed as a whole: `library_set_key`), for serving from a public,
long-cached URL (`courses.h5p.views.library_file`) that every package with the same libraries
shares:

    h5p/libraries/<set key>/manifest.json           written last: the set is complete
    h5p/libraries/<set key>/files/H5P.Foo-1.2/...   the bytes as in the package
    h5p/libraries/<set key>/gzip/H5P.Foo-1.2/...    gzip of the text files (when smaller)
    h5p/libraries/<set key>/br/H5P.Foo-1.2/...      brotli of the same
"""

from __future__ import annotations

import hashlib
import re

from django.core.files.storage import Storage, storages

from courses import conf

ARCHIVES = "h5p/archives"
FILES = "h5p/files"
LIBRARIES = "h5p/libraries"
# The stored forms of a library file: as it is, and compressed for `Content-Encoding`.
LIBRARY_ENCODINGS = ("gzip", "br")
_SET_KEY = re.compile(r"[0-9a-f]{64}")


def h5p_storage() -> Storage:
    return storages[conf.get("H5P_STORAGE")]


def archive_name(sha256: str) -> str:
    return f"{ARCHIVES}/{sha256}.h5p"


def file_name(sha256: str, path: str) -> str:
    return f"{FILES}/{sha256}/{path}"


def library_folder(library: dict) -> str:
    """The folder h5p-standalone loads a library from: `H5P.TrueFalse-1.6`."""
    return f"{library['machineName']}-{library['majorVersion']}.{library['minorVersion']}"


def library_set_key(files: dict[str, bytes]) -> str:
    """The content address of a set of library files ({stored path: bytes}): the SHA-256 of
    every path with its bytes' SHA-256, in path order. Same libraries, same key, whichever
    package brought them."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.encode() + b"\0" + hashlib.sha256(files[path]).hexdigest().encode())
        digest.update(b"\n")
    return digest.hexdigest()


def is_library_set_key(key: str) -> bool:
    return bool(_SET_KEY.fullmatch(key))


def library_manifest_name(key: str) -> str:
    return f"{LIBRARIES}/{key}/manifest.json"


def library_file_name(key: str, path: str, encoding: str = "") -> str:
    """Where one file of a library set is stored, as it is (`encoding` "") or compressed."""
    return f"{LIBRARIES}/{key}/{encoding or 'files'}/{path}"
