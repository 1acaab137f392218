"""The Wagtail admin: programmes editable, certificates listed, filtered and inspected only."""

import pytest
from django.urls import reverse

from certifications.models import Certificate, CertificationProgramme
from tests.certifications.helpers import programme_for
from tests.factories import CourseBuilder, user_with_role


@pytest.fixture
def admin_client(client, settings, db):
    settings.CMS_STAFF_MFA_REQUIRED = False  # the MFA rule has its own tests in tests/cms
    client.force_login(user_with_role("admin", username="admin-a"))
    return client


@pytest.fixture
def certificate(index, learner):
    course = CourseBuilder(index, "A1").module(lessons=1).build()
    programme = programme_for(course, name="PFA skills certificate")
    return Certificate.objects.create(
        user=learner, programme=programme, code="ABCDE-FGHJK", printed_name="Rekha D."
    )


@pytest.mark.django_db
def test_admin_lists_and_edits_programmes(admin_client, certificate):
    index = admin_client.get(reverse("certificationprogramme:index"))
    assert index.status_code == 200
    assert "PFA skills certificate" in index.content.decode()
    edit = admin_client.get(reverse("certificationprogramme:edit", args=[certificate.programme_id]))
    assert edit.status_code == 200


@pytest.mark.django_db
def test_admin_lists_certificates_filtered_by_programme_and_status(admin_client, certificate):
    url = reverse("certificate:index")
    shown = admin_client.get(url, {"programme": certificate.programme_id, "status": "valid"})
    assert shown.status_code == 200
    assert "ABCDE-FGHJK" in shown.content.decode()
    hidden = admin_client.get(url, {"status": "revoked"})
    assert hidden.status_code == 200
    assert "ABCDE-FGHJK" not in hidden.content.decode()
    inspect = admin_client.get(reverse("certificate:inspect", args=[certificate.pk]))
    assert inspect.status_code == 200


@pytest.mark.django_db
def test_admin_cannot_add_edit_or_delete_certificates(admin_client, certificate):
    for url in (
        reverse("certificate:add"),
        reverse("certificate:edit", args=[certificate.pk]),
        reverse("certificate:delete", args=[certificate.pk]),
    ):
        response = admin_client.get(url)
        assert response.status_code in (302, 403), url
    assert Certificate.objects.count() == 1


@pytest.mark.django_db
def test_admin_is_closed_to_learners(client, learner):
    client.force_login(learner)
    response = client.get(reverse("certificationprogramme:index"))
    assert response.status_code in (302, 403)


@pytest.mark.django_db
def test_admin_adds_a_programme_with_required_courses(admin_client, index):
    course = CourseBuilder(index, "A2").module(lessons=1).build()
    data = {
        "name": "PFA skills certificate",
        "code": "pfa-skills",
        "printed_title": "",
        "audience": "any",
        "required_courses": [course.pk],
        "min_module_check_score": 80,
        "validity_days": 1095,
        "grace_days": 0,
        "active": "on",
    }

    response = admin_client.post(reverse("certificationprogramme:add"), data)

    assert response.status_code == 302
    programme = CertificationProgramme.objects.get(code="pfa-skills")
    assert list(programme.required_courses.all()) == [course]


@pytest.mark.django_db
def test_admin_rejects_a_pass_mark_over_100(admin_client):
    data = {"name": "X", "code": "x", "audience": "any", "min_module_check_score": 101}
    data |= {"grace_days": 0}
    response = admin_client.post(reverse("certificationprogramme:add"), data)
    assert response.status_code == 200
    assert not CertificationProgramme.objects.exists()


@pytest.mark.django_db
def test_admin_revokes_a_certificate_with_a_reason(admin_client, certificate):
    url = reverse("certifications_admin_revoke", args=[certificate.pk])
    inspect = admin_client.get(reverse("certificate:inspect", args=[certificate.pk]))
    assert url in inspect.content.decode()
    assert admin_client.get(url).status_code == 200

    assert admin_client.post(url, {"reason": ""}).status_code == 400
    response = admin_client.post(url, {"reason": "Issued in error"})

    assert response.status_code == 302
    certificate.refresh_from_db()
    assert (certificate.status, certificate.revoked_reason) == ("revoked", "Issued in error")
    assert certificate.events.get(kind="revoked").by.username == "admin-a"
    # A second revocation is refused with a message, not an error page.
    assert admin_client.post(url, {"reason": "Again"}).status_code == 400
    inspect = admin_client.get(reverse("certificate:inspect", args=[certificate.pk]))
    assert url not in inspect.content.decode()


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
