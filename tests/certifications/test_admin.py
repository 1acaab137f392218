"""The Wagtail admin: programmes and certificate templates editable; certificates listed,
filtered, inspected, revoked and exported, never added, edited or deleted there."""

import csv
import importlib
import io
import zipfile
from datetime import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from certifications import exports
from certifications.models import (
    Certificate,
    CertificateEvent,
    CertificateReminder,
    CertificateTemplate,
    CertificationProgramme,
)
from tests.certifications.helpers import NO_TEMPLATE_TRANSLATIONS, programme_for
from tests.factories import CourseBuilder, UserFactory, user_with_role
from tests.factories.courses import modules_of


@pytest.fixture
def admin_client(client, settings, db):
    settings.CMS_STAFF_MFA_REQUIRED = False  # the MFA rule has its own tests in tests/cms
    client.force_login(user_with_role("admin", username="admin-a"))
    return client


@pytest.fixture
def coordinator(db):
    return user_with_role("coordinator", username="coord-a", display_name="Asha (coordinator)")


@pytest.fixture
def coordinator_client(client, settings, coordinator):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(coordinator)
    return client


@pytest.fixture
def certificate(index, learner):
    course = CourseBuilder(index, "A1").module(lessons=1).build()
    programme = programme_for(course, name="PFA skills certificate")
    return Certificate.objects.create(
        user=learner, programme=programme, code="ABCDE-FGHJK", printed_name="Rekha D."
    )


def at(day: str) -> datetime:
    """Noon on `day` (YYYY-MM-DD) in the site's time zone."""
    return timezone.make_aware(datetime.fromisoformat(f"{day}T12:00:00"))


def certificate_make(programme, code: str, **fields) -> Certificate:
    fields.setdefault("printed_name", f"Holder {code}")
    return Certificate.objects.create(user=UserFactory(), programme=programme, code=code, **fields)


def programme_post_data(**overrides) -> dict:
    """A valid programme form POST with no checklists and no CPD requirements."""
    data = {
        "name": "Certified Peer Mentor, level 1",
        "code": "peer-mentor-1",
        "printed_title": "Community mentoring, level 1",
        "description": "Supports peers safely.",
        "audience": "mentor",
        "active": "on",
        "min_module_check_score": 80,
        "practice_hours": 20,
        "supervision_sessions": 6,
        "validity_days": 730,
        "grace_days": 90,
        "renewal_cpd_hours": 8,
        "renewal_check_module": "",
        "pdf_template": "",
    }
    for prefix in ("checklists", "cpd_requirements", "title_translations"):
        data |= {
            f"{prefix}-TOTAL_FORMS": 0,
            f"{prefix}-INITIAL_FORMS": 0,
            f"{prefix}-MIN_NUM_FORMS": 0,
            f"{prefix}-MAX_NUM_FORMS": 1000,
        }
    return data | overrides


def cpd_rows(*rows: tuple[str, int]) -> dict:
    data = {"cpd_requirements-TOTAL_FORMS": len(rows)}
    for i, (category, hours) in enumerate(rows):
        data |= {
            f"cpd_requirements-{i}-category": category,
            f"cpd_requirements-{i}-min_hours": hours,
            f"cpd_requirements-{i}-ORDER": i + 1,
            f"cpd_requirements-{i}-id": "",
        }
    return data


# --- Who may enter --------------------------------------------------------------------------


@pytest.mark.django_db
def test_admin_pages_render_for_a_coordinator(coordinator_client, certificate):
    CertificateTemplate.objects.create(name="Plain", html="<p>{{ printed_name }}</p>")
    urls = [
        reverse("certificationprogramme:index"),
        reverse("certificationprogramme:add"),
        reverse("certificationprogramme:edit", args=[certificate.programme_id]),
        reverse("certificatetemplate:index"),
        reverse("certificatetemplate:add"),
        reverse("certificate:index"),
        reverse("certificate:inspect", args=[certificate.pk]),
        reverse("certifications_admin_revoke", args=[certificate.pk]),
    ]
    for url in urls:
        assert coordinator_client.get(url).status_code == 200, url
    menu = coordinator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Certification" in menu


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["trainer", "learner", "mentor"])
def test_admin_certification_pages_are_closed_to_other_roles(client, settings, certificate, role):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role(role, username=f"{role}-x"))
    urls = [
        reverse("certificationprogramme:index"),
        reverse("certificationprogramme:add"),
        reverse("certificatetemplate:index"),
        reverse("certificate:index"),
        reverse("certificate:inspect", args=[certificate.pk]),
        reverse("certificate:export_zip"),
        reverse("certificate:export_csv"),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "ABCDE-FGHJK" not in response.content.decode()


@pytest.mark.django_db
def test_admin_cannot_add_edit_or_delete_certificates(coordinator_client, certificate):
    for url in (
        reverse("certificate:add"),
        reverse("certificate:edit", args=[certificate.pk]),
        reverse("certificate:delete", args=[certificate.pk]),
    ):
        response = coordinator_client.get(url)
        assert response.status_code in (302, 403), url
    assert Certificate.objects.count() == 1


@pytest.mark.django_db
def test_admin_coordinator_cannot_delete_programmes_or_templates(coordinator_client, certificate):
    template = CertificateTemplate.objects.create(name="Plain", html="<p></p>")
    for url in (
        reverse("certificationprogramme:delete", args=[certificate.programme_id]),
        reverse("certificatetemplate:delete", args=[template.pk]),
    ):
        assert coordinator_client.post(url).status_code in (302, 403), url
    assert CertificationProgramme.objects.count() == 1
    assert CertificateTemplate.objects.count() == 1


# --- Programmes -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_admin_lists_searches_and_filters_programmes(coordinator_client, certificate):
    programme_for(code="other", name="Survivor Leader pathway", audience="learner")
    url = reverse("certificationprogramme:index")

    listing = coordinator_client.get(url).content.decode()
    searched = coordinator_client.get(url, {"q": "leader"}).content.decode()
    filtered = coordinator_client.get(url, {"audience": "any"}).content.decode()

    assert "PFA skills certificate" in listing and "Survivor Leader pathway" in listing
    assert "Course A1" in listing  # required courses column
    assert "Survivor Leader pathway" in searched and "PFA skills certificate" not in searched
    assert "PFA skills certificate" in filtered and "Survivor Leader pathway" not in filtered


@pytest.mark.django_db
def test_admin_programme_form_groups_fields_in_panels(coordinator_client):
    page = coordinator_client.get(reverse("certificationprogramme:add")).content.decode()
    for heading in (
        "What it is",
        "Requirements",
        "Required sign-offs",
        "Practice",
        "Validity and renewal",
        "Renewal: CPD hours by category",
        "Certificate layout",
    ):
        assert heading in page, heading
    assert "One item per line. The signer must tick every one." in page


@pytest.mark.django_db
def test_admin_adds_a_programme_with_checklist_and_cpd_requirements(coordinator_client, index):
    course = CourseBuilder(index, "A2").module(lessons=1).module(lessons=1, check=True).build()
    refresher = modules_of(course)[1]
    template = CertificateTemplate.objects.create(name="Plain", html="<p></p>")
    data = programme_post_data(
        required_courses=[course.pk],
        renewal_check_module=refresher.pk,
        pdf_template=template.pk,
    )
    data |= {
        "checklists-TOTAL_FORMS": 1,
        "checklists-0-title": "Escalation role-play",
        "checklists-0-description": "Play the escalation scenario with your supervisor.",
        "checklists-0-items": "Notices the danger sign\n\nCalls the escalation line\n",
        "checklists-0-signer": "supervisor",
        "checklists-0-ORDER": 1,
        "checklists-0-id": "",
    }
    data |= cpd_rows(("ethics_safeguarding", 2), ("self_care", 2))

    response = coordinator_client.post(reverse("certificationprogramme:add"), data)

    assert response.status_code == 302
    programme = CertificationProgramme.objects.get(code="peer-mentor-1")
    assert list(programme.required_courses.all()) == [course]
    assert (programme.practice_hours, programme.supervision_sessions) == (20, 6)
    assert (programme.validity_days, programme.grace_days, programme.renewal_cpd_hours) == (
        730,
        90,
        8,
    )
    assert programme.renewal_check_module_id == refresher.pk
    assert programme.pdf_template == template
    checklist = programme.checklists.get()
    assert (checklist.title, checklist.signer) == ("Escalation role-play", "supervisor")
    assert checklist.item_list == ["Notices the danger sign", "Calls the escalation line"]
    assert [(r.category, r.min_hours) for r in programme.cpd_requirements.all()] == [
        ("ethics_safeguarding", 2),
        ("self_care", 2),
    ]


@pytest.mark.django_db
def test_admin_edits_a_programme_keeping_its_children(coordinator_client, certificate):
    programme = certificate.programme
    url = reverse("certificationprogramme:edit", args=[programme.pk])
    data = programme_post_data(code=programme.code, name="PFA skills", validity_days=1095)
    data |= cpd_rows(("other", 3))

    response = coordinator_client.post(url, data)

    assert response.status_code == 302
    programme.refresh_from_db()
    assert (programme.name, programme.validity_days) == ("PFA skills", 1095)
    assert [(r.category, r.min_hours) for r in programme.cpd_requirements.all()] == [("other", 3)]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"min_module_check_score": 101}, "min_module_check_score"),
        ({"practice_hours": -1}, "practice_hours"),
        ({"supervision_sessions": -2}, "supervision_sessions"),
        ({"grace_days": -5}, "grace_days"),
        ({"validity_days": 0}, "validity_days"),
        ({"renewal_cpd_hours": -8}, "renewal_cpd_hours"),
        ({"name": ""}, "name"),
    ],
)
def test_admin_programme_bad_input_gives_form_errors(coordinator_client, overrides, field):
    response = coordinator_client.post(
        reverse("certificationprogramme:add"), programme_post_data(**overrides)
    )

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not CertificationProgramme.objects.exists()


@pytest.mark.django_db
def test_admin_programme_negative_cpd_hours_are_a_form_error(coordinator_client):
    data = programme_post_data() | cpd_rows(("self_care", -2))

    response = coordinator_client.post(reverse("certificationprogramme:add"), data)

    assert response.status_code == 200
    formset = response.context["form"].formsets["cpd_requirements"]
    assert "min_hours" in formset.forms[0].errors
    assert not CertificationProgramme.objects.exists()


@pytest.mark.django_db
def test_admin_programme_same_cpd_category_twice_is_a_form_error(coordinator_client):
    data = programme_post_data() | cpd_rows(("self_care", 2), ("self_care", 3))

    response = coordinator_client.post(reverse("certificationprogramme:add"), data)

    assert response.status_code == 200
    assert response.context["form"].formsets["cpd_requirements"].non_form_errors()
    assert not CertificationProgramme.objects.exists()


@pytest.mark.django_db
def test_admin_programme_cpd_minimums_over_the_renewal_total_are_refused(coordinator_client):
    data = programme_post_data(renewal_cpd_hours=3)
    data |= cpd_rows(("ethics_safeguarding", 2), ("self_care", 2))

    response = coordinator_client.post(reverse("certificationprogramme:add"), data)

    assert response.status_code == 200
    assert response.context["form"].errors["renewal_cpd_hours"] == [
        "The CPD minimums per category add up to 4 hours, more than the 3 hours needed to "
        "renew. Raise this number or lower them."
    ]
    assert not CertificationProgramme.objects.exists()


@pytest.mark.django_db
def test_admin_programme_checklist_without_items_is_a_form_error(coordinator_client):
    data = programme_post_data()
    data |= {
        "checklists-TOTAL_FORMS": 1,
        "checklists-0-title": "Applied project",
        "checklists-0-items": "",
        "checklists-0-signer": "mentor",
        "checklists-0-ORDER": 1,
        "checklists-0-id": "",
    }

    response = coordinator_client.post(reverse("certificationprogramme:add"), data)

    assert response.status_code == 200
    assert "items" in response.context["form"].formsets["checklists"].forms[0].errors


# --- Certificate templates ------------------------------------------------------------------


@pytest.mark.django_db
def test_admin_coordinator_adds_and_edits_a_certificate_template(coordinator_client):
    add = coordinator_client.post(
        reverse("certificatetemplate:add"),
        {"name": "Landscape", "html": "<h1>{{ printed_name }}</h1>", "css": "h1 { margin: 0 }"}
        | NO_TEMPLATE_TRANSLATIONS,
    )
    assert add.status_code == 302
    template = CertificateTemplate.objects.get(name="Landscape")

    edit = coordinator_client.post(
        reverse("certificatetemplate:edit", args=[template.pk]),
        {"name": "Landscape A4", "html": template.html, "css": ""} | NO_TEMPLATE_TRANSLATIONS,
    )

    assert edit.status_code == 302
    template.refresh_from_db()
    assert (template.name, template.css) == ("Landscape A4", "")
    listing = coordinator_client.get(reverse("certificatetemplate:index")).content.decode()
    assert "Landscape A4" in listing


@pytest.mark.django_db
def test_admin_certificate_template_that_does_not_compile_is_a_form_error(coordinator_client):
    response = coordinator_client.post(
        reverse("certificatetemplate:add"),
        {"name": "Broken", "html": "{% if %}", "css": ""} | NO_TEMPLATE_TRANSLATIONS,
    )

    assert response.status_code == 200
    assert "html" in response.context["form"].errors
    assert not CertificateTemplate.objects.exists()


# --- Certificates: listing and filters ------------------------------------------------------


@pytest.fixture
def several(certificate):
    """Five certificates of two programmes with different dates, states and languages."""
    pfa = certificate.programme
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=at("2026-01-10"), expires_at=at("2029-01-10")
    )
    mentor = programme_for(code="peer-mentor-1", name="Peer mentor", printed_title="Mentoring")
    certificate_make(mentor, "MMMMM-22222", issued_at=at("2026-03-05"), expires_at=at("2028-03-05"))
    certificate_make(mentor, "MMMMM-33333", issued_at=at("2024-02-01"), expires_at=at("2025-02-01"))
    certificate_make(pfa, "RRRRR-44444", issued_at=at("2026-02-20"), status="revoked")
    certificate_make(
        pfa, "HHHHH-55555", issued_at=at("2026-04-01"), language="hi", printed_name="रेखा"
    )
    return {"pfa": pfa, "mentor": mentor}


def codes_shown(response) -> set[str]:
    return {certificate.code for certificate in response.context["object_list"]}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"ABCDE-FGHJK", "MMMMM-22222", "MMMMM-33333", "RRRRR-44444", "HHHHH-55555"}),
        ({"status": "valid"}, {"ABCDE-FGHJK", "MMMMM-22222", "HHHHH-55555"}),
        # Valid in the database but past its expiry: shown as expired, as verifiers see it.
        ({"status": "expired"}, {"MMMMM-33333"}),
        ({"status": "revoked"}, {"RRRRR-44444"}),
        ({"language": "hi"}, {"HHHHH-55555"}),
        (
            {"issued_at_from": "2026-02-01", "issued_at_to": "2026-03-05"},
            {"RRRRR-44444", "MMMMM-22222"},
        ),
        ({"expires_at_from": "2028-01-01", "expires_at_to": "2028-12-31"}, {"MMMMM-22222"}),
        ({"q": "mmmmm"}, {"MMMMM-22222", "MMMMM-33333"}),
        ({"q": "रेखा"}, {"HHHHH-55555"}),
    ],
)
def test_admin_certificate_listing_filters_and_searches(
    coordinator_client, several, params, expected
):
    response = coordinator_client.get(reverse("certificate:index"), params)

    assert response.status_code == 200
    assert codes_shown(response) == expected


@pytest.mark.django_db
def test_admin_certificate_listing_filters_by_programme(coordinator_client, several):
    response = coordinator_client.get(
        reverse("certificate:index"), {"programme": several["mentor"].pk}
    )
    assert codes_shown(response) == {"MMMMM-22222", "MMMMM-33333"}


@pytest.mark.django_db
def test_admin_certificate_listing_shows_the_columns(coordinator_client, several):
    page = coordinator_client.get(reverse("certificate:index")).content.decode()

    for text in ("MMMMM-22222", "Holder MMMMM-22222", "Mentoring", "Expired", "Revoked"):
        assert text in page, text
    for heading in ("Printed name", "Title", "Cycle", "Issued", "Expires", "Status"):
        assert heading in page, heading


@pytest.mark.django_db
def test_admin_certificate_listing_query_count_does_not_grow(coordinator_client, several):
    url = reverse("certificate:index")
    coordinator_client.get(url)  # warm caches (content types, site, permissions)
    with CaptureQueriesContext(connection) as few:
        coordinator_client.get(url)
    for i in range(10):
        certificate_make(several["mentor"], f"ZZZZZ-{i:05d}")
    with CaptureQueriesContext(connection) as many:
        response = coordinator_client.get(url)

    assert len(response.context["object_list"]) == 15
    assert len(many) == len(few)


@pytest.mark.django_db
def test_admin_certificate_listing_offers_exports_with_the_current_query(
    coordinator_client, several
):
    response = coordinator_client.get(
        reverse("certificate:index"), {"status": "valid", "q": "MMM", "p": "1"}
    )
    page = response.content.decode()

    assert f'{reverse("certificate:export_zip")}?status=valid&amp;q=MMM"' in page
    assert f'{reverse("certificate:export_csv")}?status=valid&amp;q=MMM"' in page
    assert "Download PDFs (zip)" in page and "Export CSV" in page


# --- Certificates: inspect and history ------------------------------------------------------


@pytest.mark.django_db
def test_admin_inspect_shows_event_history_and_reminders(
    coordinator_client, coordinator, certificate
):
    CertificateEvent.objects.create(
        certificate=certificate, kind="issued", created_at=at("2026-01-10")
    )
    CertificateEvent.objects.create(
        certificate=certificate,
        kind="regenerated",
        by=coordinator,
        note="Name corrected",
        created_at=at("2026-02-03"),
    )
    CertificateReminder.objects.create(certificate=certificate, days_before=30)
    # Nobody's email is shown: neither the holder's nor the staff member's (DOMAIN.md 6).
    coordinator.email = "asha@example.org"
    coordinator.save()
    certificate.user.email = "holder@example.org"
    certificate.user.save()

    response = coordinator_client.get(reverse("certificate:inspect", args=[certificate.pk]))

    assert response.status_code == 200
    assert [(e.kind, e.by) for e in response.context["events"]] == [
        ("issued", None),
        ("regenerated", coordinator),
    ]
    page = response.content.decode()
    assert "System" in page
    assert "Asha (coordinator)" in page
    assert "Name corrected" in page
    assert 'datetime="2026-02-03T12:00:00+05:30"' in page
    assert "30 days before expiry" in page
    assert "asha@example.org" not in page
    assert "holder@example.org" not in page


@pytest.mark.django_db
def test_admin_inspect_query_count_does_not_grow_with_events(
    coordinator_client, coordinator, certificate
):
    url = reverse("certificate:inspect", args=[certificate.pk])
    CertificateEvent.objects.create(certificate=certificate, kind="issued", by=coordinator)
    coordinator_client.get(url)
    with CaptureQueriesContext(connection) as few:
        coordinator_client.get(url)
    for _ in range(5):
        CertificateEvent.objects.create(certificate=certificate, kind="rendered", by=UserFactory())
    with CaptureQueriesContext(connection) as many:
        coordinator_client.get(url)
    assert len(many) == len(few)


@pytest.mark.django_db
def test_admin_coordinator_revokes_a_certificate_and_it_shows_in_the_history(
    coordinator_client, certificate
):
    url = reverse("certifications_admin_revoke", args=[certificate.pk])
    inspect_url = reverse("certificate:inspect", args=[certificate.pk])
    assert url in coordinator_client.get(inspect_url).content.decode()
    assert coordinator_client.post(url, {"reason": ""}).status_code == 400

    response = coordinator_client.post(url, {"reason": "Issued in error"})

    assert response.status_code == 302
    certificate.refresh_from_db()
    assert (certificate.status, certificate.revoked_reason) == ("revoked", "Issued in error")
    event = certificate.events.get(kind="revoked")
    assert (event.by.username, event.note) == ("coord-a", "Issued in error")
    page = coordinator_client.get(inspect_url).content.decode()
    assert url not in page
    assert "Asha (coordinator)" in page and "Issued in error" in page
    # A second revocation is refused with a message, not an error page.
    assert coordinator_client.post(url, {"reason": "Again"}).status_code == 400


@pytest.mark.django_db
def test_admin_superuser_revokes_a_certificate_with_a_reason(admin_client, certificate):
    url = reverse("certifications_admin_revoke", args=[certificate.pk])
    response = admin_client.post(url, {"reason": "Issued in error"})
    assert response.status_code == 302
    assert certificate.events.get(kind="revoked").by.username == "admin-a"


@pytest.mark.django_db
def test_admin_revoke_is_refused_without_the_permission(client, settings, certificate):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role("trainer", username="trainer-a"))
    url = reverse("certifications_admin_revoke", args=[certificate.pk])
    assert client.post(url, {"reason": "No"}).status_code in (302, 403)
    certificate.refresh_from_db()
    assert certificate.status == "valid"


@pytest.mark.django_db
def test_admin_revoke_unknown_certificate_is_404(admin_client):
    url = reverse("certifications_admin_revoke", args=[999_999])
    assert admin_client.get(url).status_code == 404


# --- Certificates: exports ------------------------------------------------------------------


def pdf_bytes(code: str) -> bytes:
    return b"%PDF-1.4 certificate " + code.encode() + b"\n%%EOF\n"


def pdf_store(certificate: Certificate) -> None:
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf_bytes(certificate.code)))


@pytest.mark.django_db
def test_admin_zip_export_holds_the_filtered_pdfs_and_lists_the_missing(
    coordinator_client, several
):
    for code in ("MMMMM-22222", "HHHHH-55555"):
        pdf_store(Certificate.objects.get(code=code))

    response = coordinator_client.get(reverse("certificate:export_zip"), {"status": "valid"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="certificates-')
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert sorted(archive.namelist()) == [
        "HHHHH-55555.pdf",
        "MANIFEST.csv",
        "MISSING.txt",
        "MMMMM-22222.pdf",
    ]
    assert archive.read("MMMMM-22222.pdf") == pdf_bytes("MMMMM-22222")
    assert archive.read("HHHHH-55555.pdf") == pdf_bytes("HHHHH-55555")
    assert archive.read("MISSING.txt") == b"ABCDE-FGHJK\tno PDF made yet\n"


@pytest.mark.django_db
def test_admin_csv_export_rows_match_the_search(coordinator_client, several):
    certificate_make(
        several["mentor"],
        "EEEEE-66666",
        printed_name='=HYPERLINK("http://x")',
        issued_at=at("2026-05-01"),
    )

    response = coordinator_client.get(
        reverse("certificate:export_csv"), {"programme": several["mentor"].pk}
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows == [
        exports.CSV_HEADER,
        [
            "EEEEE-66666",
            '\'=HYPERLINK("http://x")',
            "Mentoring",
            "",
            "1",
            "valid",
            "2026-05-01T12:00:00+05:30",
            "",
            "en",
        ],
        [
            "MMMMM-22222",
            "Holder MMMMM-22222",
            "Mentoring",
            "",
            "1",
            "valid",
            "2026-03-05T12:00:00+05:30",
            "2028-03-05T12:00:00+05:30",
            "en",
        ],
        [
            "MMMMM-33333",
            "Holder MMMMM-33333",
            "Mentoring",
            "",
            "1",
            "expired",
            "2024-02-01T12:00:00+05:30",
            "2025-02-01T12:00:00+05:30",
            "en",
        ],
    ]


@pytest.mark.django_db
def test_admin_csv_export_has_no_account_details(coordinator_client, several):
    holder = Certificate.objects.select_related("user").get(code="MMMMM-22222").user
    holder.email = "holder@example.org"
    holder.save()

    response = coordinator_client.get(reverse("certificate:export_csv"))

    text = b"".join(response.streaming_content).decode("utf-8")
    assert holder.username not in text
    assert "holder@example.org" not in text


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["export_zip", "export_csv"])
def test_admin_export_query_count_does_not_grow(coordinator_client, several, name):
    url = reverse(f"certificate:{name}")
    b"".join(coordinator_client.get(url).streaming_content)
    with CaptureQueriesContext(connection) as few:
        b"".join(coordinator_client.get(url).streaming_content)
    for code in ("MMMMM-22222", "HHHHH-55555"):
        pdf_store(Certificate.objects.get(code=code))
    for i in range(8):
        certificate_make(several["mentor"], f"NNNNN-{i:05d}")
    with CaptureQueriesContext(connection) as many:
        b"".join(coordinator_client.get(url).streaming_content)

    assert len(many) == len(few)


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["export_zip", "export_csv"])
def test_admin_export_over_the_limit_is_refused(coordinator_client, several, monkeypatch, name):
    monkeypatch.setattr(exports, "EXPORT_MAX_ROWS", 4)

    too_many = coordinator_client.get(reverse(f"certificate:{name}"))
    narrowed = coordinator_client.get(reverse(f"certificate:{name}"), {"status": "valid"})

    assert too_many.status_code == 400
    assert too_many.content.decode() == (
        "5 certificates match; at most 4 can be exported at once. "
        "Narrow the list with the filters or the search, then try again."
    )
    assert narrowed.status_code == 200


@pytest.mark.django_db
def test_admin_export_needs_the_view_certificate_permission(client, settings, certificate):
    settings.CMS_STAFF_MFA_REQUIRED = False
    user = user_with_role("trainer", username="trainer-b")
    client.force_login(user)
    assert client.get(reverse("certificate:export_csv")).status_code in (302, 403)


# --- The role migration ---------------------------------------------------------------------


@pytest.mark.django_db
def test_certification_permissions_migration_reverses_cleanly():
    migration = importlib.import_module("cms.migrations.0006_certification_permissions")
    state = MigrationLoader(connection).project_state(("cms", "0006_certification_permissions"))
    coordinators = Group.objects.get(name="Coordinator")
    added = set(migration.ADDED["Coordinator"])

    def granted() -> set[str]:
        return {
            f"{p.content_type.app_label}.{p.codename}"
            for p in coordinators.permissions.select_related("content_type")
        }

    assert added <= granted()
    migration.revoke(state.apps, None)
    assert not added & granted()
    assert "courses.view_cohort" in granted()  # earlier grants stay
    migration.grant(state.apps, None)
    assert added <= granted()


@pytest.mark.django_db
def test_admin_gives_a_programme_its_title_in_bengali(coordinator_client, index):
    course = CourseBuilder(index, "A9").module(lessons=1).build()
    from tests.factories.courses import translate_course

    translate_course(course, "bn")
    data = programme_post_data(required_courses=[course.pk])
    data |= {
        "title_translations-TOTAL_FORMS": 1,
        "title_translations-0-language": "bn",
        "title_translations-0-printed_title": "সাথী মেন্টর, স্তর ১",
        "title_translations-0-ORDER": 1,
        "title_translations-0-id": "",
    }

    form = coordinator_client.get(reverse("certificationprogramme:add"))
    response = coordinator_client.post(reverse("certificationprogramme:add"), data)

    # The course is offered once, by its English page, not once per language.
    assert form.content.decode().count(f'value="{course.pk}"') == 1
    assert 'name="required_courses"' in form.content.decode()
    assert "Course A9 [bn]" not in form.content.decode()
    assert response.status_code == 302
    programme = CertificationProgramme.objects.get(code="peer-mentor-1")
    assert programme.public_title_in("bn") == "সাথী মেন্টর, স্তর ১"


@pytest.mark.django_db
def test_admin_gives_a_certificate_template_its_words_in_telugu(coordinator_client):
    response = coordinator_client.post(
        reverse("certificatetemplate:add"),
        {
            "name": "With words",
            "html": "<h1>Well done</h1>",
            "css": "",
            "translations-TOTAL_FORMS": 1,
            "translations-INITIAL_FORMS": 0,
            "translations-MIN_NUM_FORMS": 0,
            "translations-MAX_NUM_FORMS": 1000,
            "translations-0-language": "te",
            "translations-0-html": "<h1>చాలా బాగుంది</h1>",
            "translations-0-ORDER": 1,
            "translations-0-id": "",
        },
    )

    assert response.status_code == 302
    template = CertificateTemplate.objects.get(name="With words")
    assert (template.html_in("te"), template.html_in("bn")) == (
        "<h1>చాలా బాగుంది</h1>",
        "<h1>Well done</h1>",
    )


# --- Times in the site's zone; notes in the reader's language (issue 13) --------------------


@pytest.mark.django_db
def test_admin_certificate_pages_show_times_in_the_site_zone_whatever_the_profile_says(
    coordinator_client, coordinator, certificate
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(coordinator)
    profile.current_time_zone = "America/New_York"
    profile.save()
    CertificateEvent.objects.create(
        certificate=certificate, kind="issued", created_at=at("2026-02-03")
    )

    page = coordinator_client.get(reverse("certificate:inspect", args=[certificate.pk]))
    listing = coordinator_client.get(reverse("certificate:index"))

    html = page.content.decode()
    assert 'datetime="2026-02-03T12:00:00+05:30"' in html  # not 01:30-05:00
    assert "time zone, Asia/Kolkata." in html
    assert "-05:00" not in html
    assert listing.status_code == 200


@pytest.mark.django_db
def test_admin_history_notes_are_in_the_readers_language(
    coordinator_client, coordinator, certificate
):
    CertificateEvent.objects.create(
        certificate=certificate, kind="issued", note_code="renews", note_params={"code": "X"}
    )
    CertificateEvent.objects.create(
        certificate=certificate,
        kind="rendered",
        note_code="revision",
        note_params={"revision": 3},
    )
    url = reverse("certificate:inspect", args=[certificate.pk])

    english = coordinator_client.get(url).content.decode()
    coordinator.preferred_language = "hi"
    coordinator.save()
    hindi = coordinator_client.get(url).content.decode()

    assert "Renews X." in english and "Revision 3." in english
    assert "X का नवीनीकरण।" in hindi and "संस्करण 3।" in hindi
    assert "Renews X." not in hindi


@pytest.mark.django_db
def test_existing_notes_become_codes_in_whatever_language_they_were_written(certificate):
    import importlib

    from django.apps import apps
    from django.utils import translation

    migration = importlib.import_module(
        "certifications.migrations.0010_event_notes_in_the_readers_language"
    )
    with translation.override("bn"):
        bengali = translation.gettext("Renewed as %(code)s.") % {"code": "ABCDE-22222"}
    rows = [
        CertificateEvent.objects.create(certificate=certificate, kind="issued", note=note)
        for note in ("Renews QQQQQ-33333.", bengali, "Revision 4.", "Issued in error", "")
    ]

    migration.notes_to_codes(apps, None)

    assert [
        (row.note_code, row.note_params, row.note)
        for row in CertificateEvent.objects.filter(pk__in=[r.pk for r in rows]).order_by("pk")
    ] == [
        ("renews", {"code": "QQQQQ-33333"}, ""),
        ("renewed_as", {"code": "ABCDE-22222"}, ""),
        ("revision", {"revision": 4}, ""),
        ("", {}, "Issued in error"),  # typed by someone: kept as typed
        ("", {}, ""),
    ]


def test_event_note_text_survives_parameters_that_do_not_fit():
    event = CertificateEvent(note_code="renews", note_params={}, note="typed")

    assert event.note_text == "Renews\ntyped"


@pytest.mark.django_db
def test_admin_programme_form_offers_only_source_courses_and_modules(coordinator_client, index):
    from tests.factories.courses import translate_course

    course = CourseBuilder(index, "A2").module(lessons=1, check=True).build()
    translate_course(course, "bn")

    form = coordinator_client.get(reverse("certificationprogramme:add")).context["form"]

    assert list(form.fields["required_courses"].queryset) == [course]
    assert list(form.fields["renewal_check_module"].queryset) == modules_of(course)


@pytest.mark.django_db
def test_admin_programme_refuses_a_translated_course_or_module(coordinator_client, index):
    from certifications.viewsets import SOURCE_ONLY_MESSAGE
    from tests.factories.courses import translate_course

    course = CourseBuilder(index, "A2").module(lessons=1, check=True).build()
    bengali = translate_course(course, "bn")
    data = programme_post_data(
        required_courses=[course.pk, bengali.pk],
        renewal_check_module=modules_of(bengali)[0].pk,
    )

    response = coordinator_client.post(reverse("certificationprogramme:add"), data)

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["required_courses"] == [str(SOURCE_ONLY_MESSAGE)]
    assert errors["renewal_check_module"] == [str(SOURCE_ONLY_MESSAGE)]
    assert not CertificationProgramme.objects.exists()
