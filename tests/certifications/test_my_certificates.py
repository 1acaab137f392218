"""The learner's own certificates: downloads, printed name, reminders, checking on demand."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from certifications.models import Certificate, CertificateReminder
from tests.certifications.helpers import course_finish, programme_for
from tests.factories import CourseBuilder

PDF = b"%PDF-1.7 a certificate"


@pytest.fixture
def programme(index):
    course = CourseBuilder(index, "M1").module(lessons=1).build()
    return programme_for(course, printed_title="Community leadership", validity_days=730)


@pytest.fixture
def certificate(programme, learner):
    certificate = Certificate.objects.create(
        user=learner,
        programme=programme,
        code="ABCDE-FGHJK",
        printed_name="Rekha D.",
        issued_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
        expires_at=datetime(2099, 1, 2, 3, 4, 5, tzinfo=UTC),
        credential_jwt="aaa.bbb.ccc",
    )
    certificate.pdf.save("certificates/x/ABCDE-FGHJK-r1.pdf", ContentFile(PDF), save=True)
    return certificate


def url(name, code="ABCDE-FGHJK"):
    return reverse(f"certifications:{name}", args=[code])


@pytest.mark.django_db
def test_pdf_download_is_the_owners_file_as_an_attachment(client, learner, certificate):
    client.force_login(learner)

    response = client.get(url("pdf"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == ('attachment; filename="certificate-ABCDE-FGHJK.pdf"')
    assert response["Cache-Control"] == "private, no-store"
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["pdf", "credential", "name"])
def test_another_learner_gets_not_found_for_every_download(
    client, other_learner, certificate, name
):
    client.force_login(other_learner)

    assert client.get(url(name)).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["pdf", "credential", "name"])
def test_signed_out_visitors_are_sent_to_sign_in(client, certificate, name):
    response = client.get(url(name))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db
def test_credential_download_is_the_signed_jwt(client, learner, certificate):
    client.force_login(learner)

    response = client.get(url("credential"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    assert response["Content-Disposition"] == ('attachment; filename="credential-ABCDE-FGHJK.jwt"')
    assert response.content == b"aaa.bbb.ccc"


@pytest.mark.django_db
def test_downloads_before_rendering_say_it_is_being_prepared(client, learner, programme):
    Certificate.objects.create(user=learner, programme=programme, code="BBBBB-CCCCC")
    client.force_login(learner)

    for name in ("pdf", "credential"):
        response = client.get(url(name, "BBBBB-CCCCC"))
        assert response.status_code == 202
        assert response["Retry-After"] == "30"
        assert "Your certificate is being prepared" in response.content.decode()


@pytest.mark.django_db
def test_printed_name_form_changes_the_name_and_keeps_the_code(
    client, learner, certificate, django_capture_on_commit_callbacks
):
    client.force_login(learner)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(url("name"), {"printed_name": "Rekha Devi"})

    assert response.status_code == 302
    assert response["Location"] == reverse("certifications:mine")
    certificate.refresh_from_db()
    assert (certificate.code, certificate.printed_name, certificate.revision) == (
        "ABCDE-FGHJK",
        "Rekha Devi",
        2,
    )
    assert len(callbacks) == 1  # the PDF and credential are made again after the commit


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value,message",
    [
        ("", "This field is required."),
        ("   ", "This field is required."),
        ("x" * 201, "Ensure this value has at most 200 characters (it has 201)."),
    ],
)
def test_printed_name_form_bad_input_is_a_400_with_the_reason(
    client, learner, certificate, value, message
):
    client.force_login(learner)

    response = client.post(url("name"), {"printed_name": value})

    assert response.status_code == 400
    assert message in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.printed_name == "Rekha D."


@pytest.mark.django_db
def test_printed_name_of_a_revoked_certificate_cannot_change(client, learner, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(status="revoked")
    client.force_login(learner)

    response = client.post(url("name"), {"printed_name": "Rekha Devi"})

    assert response.status_code == 400
    assert "This certificate was revoked, so it cannot be changed." in response.content.decode()


@pytest.mark.django_db
def test_mine_lists_downloads_and_shows_unseen_reminders_once(client, learner, certificate):
    CertificateReminder.objects.create(certificate=certificate, days_before=30)
    client.force_login(learner)

    first = client.get(reverse("certifications:mine")).content.decode()
    second = client.get(reverse("certifications:mine")).content.decode()

    assert url("pdf") in first and url("credential") in first and url("name") in first
    assert "“Community leadership” is valid until 2 January 2099." in first
    assert "Dates to remember" not in second
    assert CertificateReminder.objects.get().seen_at is not None


@pytest.mark.django_db
def test_mine_shows_what_renewal_needs_when_the_window_is_open(client, learner, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.now() + timedelta(days=20)
    )
    client.force_login(learner)

    html = client.get(reverse("certifications:mine")).content.decode()

    assert "You can renew now, until" in html


@pytest.mark.django_db
def test_check_again_issues_what_is_earned_now(client, index, learner):
    course = CourseBuilder(index, "M2").module(lessons=1).build()
    programme = programme_for(course, code="other", printed_title="Listening skills")
    from courses import services as course_services

    course_services.enrolment_create(user=learner, course=course)
    course_finish(user=learner, course=course)
    assert not Certificate.objects.filter(programme=programme).exists()  # no task ran here
    client.force_login(learner)

    response = client.post(reverse("certifications:mine_check"), follow=True)

    assert Certificate.objects.filter(user=learner, programme=programme).count() == 1
    assert "Well done: you have a new certificate." in response.content.decode()
    again = client.post(reverse("certifications:mine_check"), follow=True)
    assert "Checked just now. Below is what is still to do." in again.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["pdf", "credential"])
def test_downloads_of_a_revoked_certificate_are_gone(client, learner, certificate, name):
    Certificate.objects.filter(pk=certificate.pk).update(status="revoked")
    client.force_login(learner)

    response = client.get(url(name))

    assert response.status_code == 410
    assert "This certificate was withdrawn" in response.content.decode()


@pytest.mark.django_db
def test_pdf_whose_file_is_gone_is_made_again_not_a_dead_end(
    client, learner, certificate, django_capture_on_commit_callbacks
):
    certificate.pdf.storage.delete(certificate.pdf.name)
    client.force_login(learner)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.get(url("pdf"))

    assert response.status_code == 202
    assert "Your certificate is being prepared" in response.content.decode()
    assert len(callbacks) == 1  # the render task, queued after the request's work commits
