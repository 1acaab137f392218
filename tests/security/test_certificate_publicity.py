"""Issue #11 item 8: the "Certificates" consent governs publicity (DOMAIN.md 6.7).

The attack: a learner whose consent says "not given" holds certificates, and a stranger who
has (or guesses) a code reads her printed name on the public verification page, in HTML or
JSON, and a verifier reads her credential as valid in the status list. Now nothing about her
is public until she agrees (a private code answers exactly like an unknown one), agreeing
publishes at once, and withdrawing takes it down at once and suspends the credential without
revoking it. All through HTTP with the host's real settings."""

import base64
import gzip
import re
from datetime import UTC, datetime

import pytest
from django.test import Client

from certifications import services
from certifications.models import Certificate, CertificationProgramme
from certifications.openbadges.jose import vc_jwt_verify
from certifications.openbadges.statuslist import status_list_position
from tests.factories import CourseBuilder, course_index, user_with_role

pytestmark = pytest.mark.django_db

CODE = "ABCDE-FGHJK"
UNKNOWN = "ZZZZZ-ZZZZZ"
PRINTED = "Zarina Printed 4471"


@pytest.fixture
def holder():
    return user_with_role("learner", username="holder-4471", display_name="Zarina")


@pytest.fixture
def certificate(holder):
    course = CourseBuilder(course_index(), "SEC").module(lessons=1).build()
    programme = CertificationProgramme.objects.create(
        code="leader", name="Leader pathway", printed_title="Community leadership"
    )
    programme.required_courses.set([course])
    return Certificate.objects.create(
        user=holder,
        programme=programme,
        code=CODE,
        printed_name=PRINTED,
        issued_at=datetime(2026, 1, 2, tzinfo=UTC),
    )


def holder_client(holder) -> Client:
    client = Client()
    client.force_login(holder)
    return client


def decide(holder, decision: str) -> None:
    """The holder taps Yes or No on /programme/privacy/, as she would."""
    response = holder_client(holder).post(
        "/programme/privacy/certificates/", {"decision": decision}
    )
    assert response.status_code == 302


def status_bit(purpose_path: str, certificate: Certificate) -> int:
    response = Client().get(f"/certificates/status/{purpose_path}")
    assert response.status_code == 200
    claims, _key = vc_jwt_verify(response.content.decode(), check_dates=True)
    encoded = claims["credentialSubject"]["encodedList"]
    raw = encoded[1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
    index = status_list_position(certificate.pk)[1]
    return (bits[index // 8] >> (7 - index % 8)) & 1


def suspended(certificate) -> int:
    return status_bit("suspension/1", certificate)


def revoked(certificate) -> int:
    return status_bit("1", certificate)


def same_page(response, code: str) -> str:
    """The page with what differs by request alone taken out: the code in its own URL (the
    language switcher's `next`) and the per-render CSRF mask."""
    html = response.content.decode().replace(code, "<code>")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)


def verify(code: str, **params):
    return Client().get(f"/certificates/verify/{code}/", params)


def test_verify_of_a_holder_who_never_agreed_answers_like_an_unknown_code(certificate):
    private_html, unknown_html = verify(CODE), verify(UNKNOWN)
    private_json, unknown_json = verify(CODE, format="json"), verify(UNKNOWN, format="json")

    assert (private_html.status_code, private_json.status_code) == (404, 404)
    # Not even whether the code exists: the same page as for a code nobody has.
    assert same_page(private_html, CODE) == same_page(unknown_html, UNKNOWN)
    assert private_json.json() == unknown_json.json() == {"error": "No certificate has this code."}
    for response in (private_html, private_json):
        assert PRINTED.encode() not in response.content
        assert b"Community leadership" not in response.content


def test_status_list_suspends_the_credential_of_a_holder_who_never_agreed(certificate):
    assert (suspended(certificate), revoked(certificate)) == (1, 0)


def test_certificates_consent_publishes_then_withdrawing_takes_it_down_at_once(certificate, holder):
    decide(holder, "give")

    page = verify(CODE)
    assert page.status_code == 200
    assert PRINTED in page.content.decode()
    assert verify(CODE, format="json").json()["printed_name"] == PRINTED
    assert (suspended(certificate), revoked(certificate)) == (0, 0)

    decide(holder, "withdraw")

    assert verify(CODE).status_code == 404
    assert verify(CODE, format="json").json() == {"error": "No certificate has this code."}
    assert (suspended(certificate), revoked(certificate)) == (1, 0)
    # Suspended, not revoked: the certificate itself is untouched.
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID

    decide(holder, "give")

    assert verify(CODE, format="json").json()["status"] == "valid"
    assert (suspended(certificate), revoked(certificate)) == (0, 0)


def test_a_revoked_certificate_stays_revoked_whatever_the_consent(certificate, holder):
    services.certificate_revoke(certificate=certificate, by=None, reason="Issued in error")
    decide(holder, "give")

    assert verify(CODE, format="json").json()["status"] == "revoked"
    assert (suspended(certificate), revoked(certificate)) == (1, 1)

    decide(holder, "withdraw")

    assert verify(CODE).status_code == 404
    assert (suspended(certificate), revoked(certificate)) == (1, 1)


def test_credential_and_achievement_endpoints_reveal_nothing_about_the_holder(certificate, holder):
    stranger = user_with_role("learner", username="stranger-1")
    other = Client()
    other.force_login(stranger)

    # The credential itself is given to its holder only: a stranger gets a plain 404, the
    # public a sign-in page.
    assert other.get(f"/certificates/mine/{CODE}/credential/").status_code == 404
    assert Client().get(f"/certificates/mine/{CODE}/credential/").status_code == 302
    achievement = Client().get(f"/certificates/achievements/{certificate.programme_id}")
    assert achievement.status_code == 200
    for secret in (PRINTED, "Zarina", holder.username, CODE):
        assert secret.encode() not in achievement.content


def test_my_certificates_tells_the_holder_and_links_to_the_choice(certificate, holder):
    client = holder_client(holder)

    html = client.get("/certificates/mine/").content.decode()
    assert "Your certificates are not public" in html
    assert 'href="/programme/privacy/#choice-certificates"' in html

    decide(holder, "give")

    html = client.get("/certificates/mine/").content.decode()
    assert "Your certificates are public" in html
    assert f'href="/certificates/verify/{CODE}/"' in html
