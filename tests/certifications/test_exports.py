"""certifications.exports: the zip of stored PDFs and the CSV, as pure functions."""

import csv
import io
import zipfile
from datetime import datetime

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from certifications import exports
from certifications.models import Certificate
from tests.certifications.helpers import programme_for
from tests.factories import CourseBuilder, UserFactory
from tests.factories.courses import modules_of


def at(day: str) -> datetime:
    return timezone.make_aware(datetime.fromisoformat(f"{day}T09:30:00"))


@pytest.fixture
def badge(index):
    """A per-module badge programme and one of its modules."""
    course = CourseBuilder(index, "B1").module(lessons=1, check=True).build()
    programme = programme_for(
        course, code="module-badge", name="Module completion badge", awarded_per_module=True
    )
    return programme, modules_of(course)[0]


def certificate_make(programme, code: str, **fields) -> Certificate:
    fields.setdefault("printed_name", f"Holder {code}")
    return Certificate.objects.create(user=UserFactory(), programme=programme, code=code, **fields)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+91 98765", "'+91 98765"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Rekha D.", "Rekha D."),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_csv_cell_neutralise_prefixes_formula_starts(value, expected):
    assert exports.csv_cell_neutralise(value) == expected


@pytest.mark.django_db
def test_certificate_csv_row_names_the_module_and_the_public_title(badge):
    programme, module = badge
    programme.printed_title = "Learning badge"
    programme.save()
    certificate = certificate_make(
        programme,
        "BBBBB-22222",
        module=module,
        cycle=2,
        issued_at=at("2026-06-01"),
        expires_at=at("2027-06-01"),
        language="bn",
        printed_name="@Rekha",
    )

    assert exports.certificate_csv_row(certificate) == [
        "BBBBB-22222",
        "'@Rekha",
        "Learning badge",
        module.title,
        "2",
        "valid",
        "2026-06-01T09:30:00+05:30",
        "2027-06-01T09:30:00+05:30",
        "bn",
    ]


@pytest.mark.django_db
def test_certificates_csv_lines_are_one_query_for_any_number(badge):
    programme, module = badge
    for i in range(6):
        certificate_make(programme, f"CCCCC-{i:05d}", module=module)

    with CaptureQueriesContext(connection) as queries:
        text = "".join(
            exports.certificates_csv_lines(
                exports.certificates_for_export(Certificate.objects.order_by("code"))
            )
        )

    assert len(queries) == 1
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0] == exports.CSV_HEADER
    assert [row[0] for row in rows[1:]] == [f"CCCCC-{i:05d}" for i in range(6)]
    assert {row[3] for row in rows[1:]} == {module.title}


@pytest.mark.django_db
def test_certificates_zip_build_names_pdfs_by_code_and_lists_the_missing(badge):
    programme, _module = badge
    stored = certificate_make(programme, "PPPPP-22222")
    stored.pdf.save("any-name.pdf", ContentFile(b"%PDF-1.4 stored\n%%EOF\n"), save=True)
    not_made = certificate_make(programme, "PPPPP-33333")
    gone = certificate_make(programme, "PPPPP-44444")
    gone.pdf.save("gone.pdf", ContentFile(b"%PDF-1.4 gone"), save=True)
    gone.pdf.storage.delete(gone.pdf.name)

    with exports.certificates_zip_build([stored, not_made, gone]) as spool:
        archive = zipfile.ZipFile(spool)
        assert archive.namelist() == ["PPPPP-22222.pdf", "MANIFEST.csv", "MISSING.txt"]
        assert archive.read("PPPPP-22222.pdf") == b"%PDF-1.4 stored\n%%EOF\n"
        assert archive.read("MISSING.txt") == (
            b"PPPPP-33333\tno PDF made yet\nPPPPP-44444\tPDF file not found in storage\n"
        )
        assert archive.getinfo("PPPPP-22222.pdf").compress_type == zipfile.ZIP_STORED


@pytest.mark.django_db
def test_certificates_zip_build_has_no_missing_list_when_all_are_there(badge):
    programme, _module = badge
    certificate = certificate_make(programme, "QQQQQ-22222")
    certificate.pdf.save("q.pdf", ContentFile(b"%PDF-1.4 q"), save=True)

    with exports.certificates_zip_build([certificate]) as spool:
        assert zipfile.ZipFile(spool).namelist() == ["QQQQQ-22222.pdf", "MANIFEST.csv"]


def test_certificates_zip_build_of_nothing_has_only_the_manifests_header():
    with exports.certificates_zip_build([]) as spool:
        archive = zipfile.ZipFile(spool)
        assert archive.namelist() == ["MANIFEST.csv"]
        assert archive.read("MANIFEST.csv").decode() == (
            "\ufefffile,code,status,programme,module,issued_at,expires_at\r\n"
        )


@pytest.mark.django_db
def test_certificates_zip_build_spills_to_disk_past_the_spool_size(badge, monkeypatch):
    monkeypatch.setattr(exports, "ZIP_SPOOL_MAX_BYTES", 1024)
    programme, _module = badge
    certificates = []
    for i in range(3):
        certificate = certificate_make(programme, f"SSSSS-{i:05d}")
        body = b"%PDF-1.4 " + bytes([65 + i]) * 2000
        certificate.pdf.save(f"s{i}.pdf", ContentFile(body), save=True)
        certificates.append(certificate)

    with exports.certificates_zip_build(certificates) as spool:
        assert spool._rolled  # on disk, not in memory
        archive = zipfile.ZipFile(spool)
        assert [len(archive.read(name)) for name in archive.namelist()[:3]] == [2009, 2009, 2009]


@pytest.mark.django_db
def test_certificates_zip_build_marks_revoked_pdfs_and_lists_every_status(badge):
    from certifications import services

    programme, module = badge
    programme.printed_title = "Learning badge"
    programme.save()
    valid = certificate_make(
        programme, "RRRRR-22222", module=module, issued_at=at("2026-06-01"), printed_name="Asha"
    )
    revoked = certificate_make(
        programme,
        "RRRRR-33333",
        issued_at=at("2026-06-02"),
        expires_at=at("2028-06-02"),
        printed_name="Bina",
    )
    for certificate in (valid, revoked):
        certificate.pdf.save("x.pdf", ContentFile(b"%PDF-1.4 " + certificate.code.encode()))
    services.certificate_revoke(certificate=revoked, by=None, reason="Issued in error")
    revoked.refresh_from_db()

    with exports.certificates_zip_build([valid, revoked]) as spool:
        archive = zipfile.ZipFile(spool)
        assert archive.namelist() == ["RRRRR-22222.pdf", "REVOKED-RRRRR-33333.pdf", "MANIFEST.csv"]
        assert archive.read("REVOKED-RRRRR-33333.pdf") == b"%PDF-1.4 RRRRR-33333"
        manifest = archive.read("MANIFEST.csv").decode()

    rows = list(csv.reader(io.StringIO(manifest.removeprefix("\ufeff"))))
    assert rows == [
        ["file", "code", "status", "programme", "module", "issued_at", "expires_at"],
        [
            "RRRRR-22222.pdf",
            "RRRRR-22222",
            "valid",
            "Learning badge",
            module.title,
            "2026-06-01T09:30:00+05:30",
            "",
        ],
        [
            "REVOKED-RRRRR-33333.pdf",
            "RRRRR-33333",
            "revoked",
            "Learning badge",
            "",
            "2026-06-02T09:30:00+05:30",
            "2028-06-02T09:30:00+05:30",
        ],
    ]
    assert "Asha" not in manifest and "Bina" not in manifest  # file names are codes only
