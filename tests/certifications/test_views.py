"""Public verification (HTML and JSON), rate limit, and the learner's certificates page."""

import json
from datetime import UTC, datetime

import pytest
from django.test import override_settings
from django.urls import reverse

from certifications import services
from certifications.models import Certificate
from courses import services as course_services
from tests.certifications.helpers import course_finish, programme_for
from tests.factories import CourseBuilder, UserFactory


@pytest.fixture
def certificate(index, learner):
    course = CourseBuilder(index, "V1").module(lessons=1).build()
    programme = programme_for(
        course, name="Survivor Leader pathway", printed_title="Community leadership"
    )
    return Certificate.objects.create(
        user=learner,
        programme=programme,
        code="ABCDE-FGHJK",
        printed_name="Rekha D.",
        issued_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
        expires_at=datetime(2099, 1, 2, 3, 4, 5, tzinfo=UTC),
    )


def verify_url(code: str) -> str:
    return reverse("certifications:verify", args=[code])


@pytest.mark.django_db
def test_verify_json_has_exactly_the_printed_fields(client, certificate):
    response = client.get(verify_url("ABCDE-FGHJK"), {"format": "json"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {
        "code": "ABCDE-FGHJK",
        "status": "valid",
        "printed_name": "Rekha D.",
        "programme": "Community leadership",
        "module": None,
        "issuer": {"name": "Learning together", "image": None},
        "signatory": None,
        "issued_at": "2026-01-02T03:04:05+00:00",
        "expires_at": "2099-01-02T03:04:05+00:00",
    }


@pytest.mark.django_db
def test_verify_html_shows_the_certificate_and_nothing_about_the_account(
    client, certificate, learner
):
    response = client.get(verify_url("ABCDE-FGHJK"))

    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Rekha D.", "Community leadership", "Valid", "2 January 2026", "ABCDE-FGHJK"):
        assert text in html
    assert learner.username not in html
    assert "Survivor Leader pathway" not in html  # the neutral title stands in for the name


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["abcde-fghjk", "ABCDEFGHJK", "abcdefghjk"])
def test_verify_accepts_any_case_and_a_missing_dash(client, certificate, typed):
    response = client.get(verify_url(typed), {"format": "json"})
    assert (response.status_code, response.json()["code"]) == (200, "ABCDE-FGHJK")


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ZZZZZ-ZZZZZ", "nope", "ABCDE-FGHJ1", "x" * 300, "%00", "é"])
def test_verify_unknown_or_malformed_code_is_404_in_html_and_json(client, certificate, code):
    html = client.get(verify_url(code))
    assert html.status_code == 404
    assert "No certificate has this code." in html.content.decode()

    data = client.get(verify_url(code), {"format": "json"})
    assert data.status_code == 404
    assert data.json() == {"error": "No certificate has this code."}


@pytest.mark.django_db
def test_verify_refuses_post(client, certificate):
    assert client.post(verify_url("ABCDE-FGHJK")).status_code == 405


@pytest.mark.django_db
def test_verify_shows_revocation(client, certificate):
    services.certificate_revoke(certificate=certificate, by=None, reason="Issued in error")

    assert client.get(verify_url(certificate.code), {"format": "json"}).json()["status"] == (
        "revoked"
    )
    assert "Revoked" in client.get(verify_url(certificate.code)).content.decode()
    # The reason is for staff; the public page shows only the status.
    assert "Issued in error" not in client.get(verify_url(certificate.code)).content.decode()


@pytest.mark.django_db
def test_verify_says_revoked_first_and_no_validity_date(client, certificate):
    services.certificate_revoke(certificate=certificate, by=None, reason="Issued in error")

    html = client.get(verify_url(certificate.code)).content.decode()

    verdict = html.index('data-verdict="revoked"')
    assert verdict < html.index("Rekha D.")  # before any detail of the certificate
    assert "This certificate has been revoked." in html
    assert "no longer valid and should not be relied on" in html
    assert 'role="alert"' in html[verdict - 80 : verdict]
    assert "Valid until" not in html and "No expiry" not in html


@pytest.mark.django_db
def test_verify_says_valid_in_its_verdict(client, certificate):
    html = client.get(verify_url(certificate.code)).content.decode()

    assert 'data-verdict="valid"' in html
    assert "This certificate is valid." in html
    assert "Valid until" in html


@pytest.mark.django_db
def test_verify_answers_head_like_get(client, certificate):
    get = client.get(verify_url(certificate.code))
    head = client.head(verify_url(certificate.code))

    assert (head.status_code, head["Content-Type"]) == (200, get["Content-Type"])
    assert head.content == b""
    assert client.head(verify_url("ZZZZZ-ZZZZZ")).status_code == 404
    assert client.head(reverse("certifications:verify_start")).status_code == 200


@pytest.mark.django_db
def test_verify_without_a_code_shows_a_box_to_type_one(client):
    response = client.get("/certificates/verify/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<form method="get" action="/certificates/verify/"' in html
    assert 'name="code"' in html
    assert "It is printed under the QR code" in html


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["abcde-fghjk", " ABCDEFGHJK "])
def test_verify_box_goes_to_the_codes_page(client, certificate, typed):
    response = client.get("/certificates/verify/", {"code": typed})

    assert response.status_code == 302
    assert response["Location"] == "/certificates/verify/ABCDE-FGHJK/"


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["nope", "x" * 300, "<script>"])
def test_verify_box_explains_a_code_that_cannot_be_one(client, typed):
    response = client.get("/certificates/verify/", {"code": typed})

    assert response.status_code == 400
    html = response.content.decode()
    assert "A certificate code has 10 letters and numbers" in html
    assert "<script>" not in html
    assert 'name="code"' in html


@pytest.mark.django_db
def test_verify_names_the_issuer_the_signatory_and_the_module(client, index, learner):
    from certifications.models import CertificateIssuerSettings, ProgrammeTitleTranslation
    from tests.factories.courses import modules_of, translate_course

    course = CourseBuilder(index, "V2").module(lessons=1, check=True).build()
    translate_course(course, "bn")
    programme = programme_for(
        course,
        code="badge",
        name="Badge",
        printed_title="Module badge",
        awarded_per_module=True,
        signatory_name="Meera Nair",
        signatory_title="Programme Director",
    )
    ProgrammeTitleTranslation.objects.create(
        programme=programme, language="bn", printed_title="মডিউল ব্যাজ", signatory_title="পরিচালক"
    )
    CertificateIssuerSettings.objects.create(organisation_name="Sahas Collective Network")
    module = modules_of(course)[0]
    Certificate.objects.create(
        user=learner, programme=programme, module=module, code="MMMMM-22222", printed_name="Rekha"
    )

    data = client.get(verify_url("MMMMM-22222"), {"format": "json"}).json()
    html = client.get(verify_url("MMMMM-22222")).content.decode()

    assert (data["programme"], data["module"]) == ("Module badge", module.title)
    assert data["issuer"] == {"name": "Sahas Collective Network", "image": None}
    assert data["signatory"] == {"name": "Meera Nair", "title": "Programme Director"}
    for text in ("Sahas Collective Network", "Meera Nair, Programme Director", module.title):
        assert text in html
    # A reader who reads Bengali gets the module, programme and title in Bengali.
    reader = UserFactory(preferred_language="bn")
    client.force_login(reader)
    bengali = client.get(verify_url("MMMMM-22222"), {"format": "json"}).json()
    assert (bengali["programme"], bengali["module"]) == ("মডিউল ব্যাজ", f"{module.title} [bn]")
    assert bengali["signatory"] == {"name": "Meera Nair", "title": "পরিচালক"}


@pytest.mark.django_db
def test_verify_query_count(client, certificate, django_assert_max_num_queries):
    client.get(verify_url(certificate.code))  # the issuer settings row is made on first use

    with django_assert_max_num_queries(4):
        assert client.get(verify_url(certificate.code)).status_code == 200


@pytest.mark.django_db
def test_verify_shows_expiry(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=datetime(2020, 1, 1, tzinfo=UTC)
    )
    assert client.get(verify_url(certificate.code), {"format": "json"}).json()["status"] == (
        "expired"
    )


@pytest.mark.django_db
@override_settings(CERTIFICATIONS_VERIFY_RATE_LIMIT="2/m/ip")
def test_verify_rate_limit_answers_429_per_address(client, certificate):
    assert client.get(verify_url(certificate.code)).status_code == 200
    assert client.get(verify_url("ZZZZZ-ZZZZZ")).status_code == 404
    limited = client.get(verify_url(certificate.code), {"format": "json"})
    assert limited.status_code == 429
    assert limited.json() == {
        "error": "Too many checks from your connection. Please wait a minute and try again."
    }
    assert 1 <= int(limited["Retry-After"]) <= 60
    html = client.get(verify_url(certificate.code))
    assert html.status_code == 429
    assert "Please wait a minute" in html.content.decode()
    assert 1 <= int(html["Retry-After"]) <= 60
    other = client.get(verify_url(certificate.code), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


@pytest.mark.django_db
@override_settings(CERTIFICATIONS_VERIFY_RATE_LIMIT="")
def test_verify_rate_limit_is_off_when_empty(client, certificate):
    for _ in range(40):
        assert client.get(verify_url(certificate.code)).status_code == 200


@pytest.mark.django_db
def test_my_certificates_needs_sign_in(client):
    response = client.get(reverse("certifications:mine"))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_my_certificates_lists_certificates_and_what_is_missing(
    client, certificate, learner, index, django_assert_max_num_queries
):
    course = (
        CourseBuilder(index, "V2", title="Caring for the helper")
        .module(lessons=1, check=True)
        .build()
    )
    programme_for(course, code="pfa", name="PFA skills certificate", printed_title="")
    course_services.enrolment_create(user=learner, course=course)
    client.force_login(learner)

    with django_assert_max_num_queries(20):
        response = client.get(reverse("certifications:mine"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Community leadership" in html
    assert "2 January 2026" in html
    assert verify_url("ABCDE-FGHJK") in html
    assert "PFA skills certificate" in html
    assert "Finish the course “Caring for the helper”." in html
    assert "Reach 80% in the module check of “Module 1” (not tried yet)." in html


@pytest.mark.django_db
def test_my_certificates_shows_only_the_learners_own(client, certificate, other_learner):
    client.force_login(other_learner)
    html = client.get(reverse("certifications:mine")).content.decode()
    assert "ABCDE-FGHJK" not in html
    assert "You have no certificates yet." in html


@pytest.mark.django_db
def test_my_certificates_after_finishing_shows_the_new_certificate(
    client, index, learner, django_capture_on_commit_callbacks
):
    course = CourseBuilder(index, "V3").module(lessons=1).build()
    programme_for(course, name="Finished programme")
    course_services.enrolment_create(user=learner, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        course_finish(user=learner, course=course)
    client.force_login(learner)

    html = client.get(reverse("certifications:mine")).content.decode()

    code = Certificate.objects.get(user=learner).code
    assert verify_url(code) in html
    assert "Still to do" not in html


@pytest.mark.django_db
def test_my_certificates_on_the_way_lists_only_programmes_meant_for_the_person(
    client, index, learner
):
    course = CourseBuilder(index, "V4").module(lessons=1).build()
    programme_for(course, code="mentors", name="Mentor award", audience="mentor")
    programme_for(course, code="leaders", name="Leader award", audience="learner")
    course_services.enrolment_create(user=learner, course=course)
    client.force_login(learner)

    html = client.get(reverse("certifications:mine")).content.decode()

    assert "Leader award" in html
    assert "Mentor award" not in html


@pytest.mark.django_db
def test_my_certificates_in_bengali_lists_each_requirement_once_with_bengali_titles(
    client, learner, index, django_assert_max_num_queries
):
    from tests.factories.courses import translate_course

    course = (
        CourseBuilder(index, "V2", title="Caring for the helper")
        .module(lessons=1, check=True)
        .build()
    )
    for language in ("bn", "hi", "te"):
        translate_course(course, language)
    programme_for(course, code="pfa", name="PFA skills certificate", printed_title="")
    course_services.enrolment_create(user=learner, course=course)
    learner.preferred_language = "bn"
    learner.save(update_fields=["preferred_language"])
    client.force_login(learner)

    with django_assert_max_num_queries(22):
        html = client.get(reverse("certifications:mine"))
    html = html.content.decode()

    assert html.count("Caring for the helper [bn]") == 1
    assert html.count("Module 1 [bn]") == 1
    for other in ("Caring for the helper”", "[hi]", "[te]"):
        assert other not in html
