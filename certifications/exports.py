"""Bulk exports of certificates for coordinators: one zip of the stored PDFs, and a CSV.

Pure functions over an iterable of certificates (a queryset with `programme` and `module`
selected); the admin views decide who may export and which certificates. Nothing here reads
the holder's account: the CSV has no username, email or user id (DOMAIN.md 6).
"""

from __future__ import annotations

import csv
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from certifications.models import Certificate
from cms.csv_safety import FORMULA_PREFIXES, csv_cell_neutralise  # noqa: F401 (re-exported)

# More rows than this are refused with a message: ask for a narrower filter instead.
EXPORT_MAX_ROWS = 5000

# A zip of stored PDFs stays in memory up to this size, then spills to a temporary file.
ZIP_SPOOL_MAX_BYTES = 16 * 1024 * 1024

MISSING_FILE_NAME = "MISSING.txt"
MANIFEST_FILE_NAME = "MANIFEST.csv"
# A revoked certificate's PDF still says nothing about it on the page: its file name does, so
# no one hands it on by mistake (and the manifest lists every file's status).
REVOKED_PREFIX = "REVOKED-"

MANIFEST_HEADER = ["file", "code", "status", "programme", "module", "issued_at", "expires_at"]

CSV_HEADER = [
    "code",
    "printed_name",
    "programme",
    "module",
    "cycle",
    "status",
    "issued_at",
    "expires_at",
    "language",
]


def certificates_for_export(queryset: QuerySet[Certificate]) -> QuerySet[Certificate]:
    """`queryset` with what the exports read joined in, so building them is one query."""
    return queryset.select_related("programme", "module")


def _datetime_text(value: datetime | None) -> str:
    if value is None:
        return ""
    # The site's zone, not the active one: a file is read long after, by anyone.
    return timezone.localtime(value, ZoneInfo(settings.TIME_ZONE)).isoformat(timespec="seconds")


def certificate_csv_row(certificate: Certificate) -> list[str]:
    """One CSV row, in the order of CSV_HEADER, every cell neutralised."""
    cells = [
        certificate.code,
        certificate.printed_name,
        certificate.programme.public_title,
        certificate.module.title if certificate.module_id else "",
        str(certificate.cycle),
        certificate.current_status,
        _datetime_text(certificate.issued_at),
        _datetime_text(certificate.expires_at),
        certificate.language,
    ]
    return [csv_cell_neutralise(cell) for cell in cells]


class _Echo:
    """A file-like object whose write() returns what it was given (for streaming CSV)."""

    def write(self, value: str) -> str:
        return value


def certificates_csv_lines(certificates: Iterable[Certificate]) -> Iterator[str]:
    """The CSV as lines of text: a UTF-8 byte order mark (so spreadsheet programs read Indic
    scripts correctly), the header, then one line per certificate."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(CSV_HEADER)
    for certificate in certificates:
        yield writer.writerow(certificate_csv_row(certificate))


def zip_file_name(certificate: Certificate) -> str:
    """The PDF's name in the zip: `<code>.pdf`, or `REVOKED-<code>.pdf` for a revoked one."""
    prefix = REVOKED_PREFIX if certificate.status == Certificate.Status.REVOKED else ""
    return f"{prefix}{certificate.code}.pdf"


def certificates_zip_build(certificates: Iterable[Certificate]) -> tempfile.SpooledTemporaryFile:
    """A zip of the certificates' stored PDFs, each named by `zip_file_name` (revoked ones
    start with REVOKED-), read through their storage and copied in chunks, and MANIFEST.csv:
    one row per PDF in the zip with its code and status as a verifier sees it now (no printed
    name: the file names are codes). Certificates without a PDF (not made yet, or its file
    gone from storage) are listed in MISSING.txt, which is only added when there are any.

    Returns a spooled temporary file positioned at its start: in memory up to
    ZIP_SPOOL_MAX_BYTES, on disk beyond. The caller closes it.
    """
    # Not a `with`: the file outlives this function, as the response body.
    spool = tempfile.SpooledTemporaryFile(  # noqa: SIM115
        max_size=ZIP_SPOOL_MAX_BYTES, suffix=".zip"
    )
    try:
        _zip_write(spool, certificates)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return spool


def _manifest_row(certificate: Certificate, file_name: str) -> list[str]:
    cells = [
        file_name,
        certificate.code,
        certificate.current_status,
        certificate.programme.public_title,
        certificate.module.title if certificate.module_id else "",
        _datetime_text(certificate.issued_at),
        _datetime_text(certificate.expires_at),
    ]
    return [csv_cell_neutralise(cell) for cell in cells]


def _zip_write(spool: tempfile.SpooledTemporaryFile, certificates: Iterable[Certificate]) -> None:
    missing: list[str] = []
    writer = csv.writer(_Echo())
    manifest = ["\ufeff" + writer.writerow(MANIFEST_HEADER)]
    # PDFs are compressed already: storing them is as small and much faster.
    with zipfile.ZipFile(spool, "w", compression=zipfile.ZIP_STORED) as archive:
        for certificate in certificates:
            if not certificate.pdf:
                missing.append(f"{certificate.code}\tno PDF made yet")
                continue
            try:
                source = certificate.pdf.storage.open(certificate.pdf.name, "rb")
            except FileNotFoundError:
                missing.append(f"{certificate.code}\tPDF file not found in storage")
                continue
            file_name = zip_file_name(certificate)
            with source, archive.open(file_name, "w") as target:
                shutil.copyfileobj(source, target, 64 * 1024)
            manifest.append(writer.writerow(_manifest_row(certificate, file_name)))
        archive.writestr(MANIFEST_FILE_NAME, "".join(manifest))
        if missing:
            archive.writestr(MISSING_FILE_NAME, "\n".join(missing) + "\n")
