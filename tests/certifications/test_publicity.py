"""Publicity of certificates (DOMAIN.md 6.7): the host's rule (consent to the certificates
purpose) decides whether the verification page shows a certificate and whether the status
list suspends it; "My certificates" tells the holder which, and where to change it."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from certifications import permissions, selectors
from certifications.models import Certificate
from tests.certifications.helpers import programme_for
from tests.factories import CourseBuilder
from trauma_training import selectors as programme_selectors
from trauma_training import services as programme_services
from trauma_training.models import Consent

HOST_RULE = "trauma_training.selectors.people_publishing_certificates"
CHOICE_URL = "/programme/privacy/#choice-certificates"


@pytest.fixture
def host_rule(settings):
    """The host's settings (cms/settings/base.py), which the certifications conftest clears."""
    settings.CERTIFICATIONS_PUBLIC_HOLDERS = HOST_RULE
    settings.CERTIFICATIONS_PUBLICITY_CHOICE_URL = CHOICE_URL


@pytest.fixture
def certificate(index, learner):
    course = CourseBuilder(index, "PUB").module(lessons=1).build()
    programme = programme_for(course, printed_title="Community leadership")
    return Certificate.objects.create(
        user=learner,
        programme=programme,
        code="ABCDE-FGHJK",
        printed_name="Rekha D.",
        issued_at=datetime(2026, 1, 2, tzinfo=UTC),
    )


def decide(user, granted: bool) -> None:
    programme_services.consent_record(
        user=user, purpose=Consent.Purpose.CERTIFICATES, granted=granted, language="en"
    )


@pytest.mark.django_db
def test_people_publishing_certificates_follows_the_latest_decision(learner, other_learner):
    def ids():
        return set(
            programme_selectors.people_publishing_certificates().values_list("pk", flat=True)
        )

    assert ids() == set()  # never deciding is no
    decide(learner, True)
    decide(other_learner, True)
    decide(other_learner, False)
    # Another purpose says nothing about certificates.
    programme_services.consent_record(
        user=other_learner, purpose=Consent.Purpose.REMINDERS, granted=True, language="en"
    )
    assert ids() == {learner.pk}
    decide(learner, False)
    decide(other_learner, True)
    assert ids() == {other_learner.pk}


@pytest.mark.django_db
def test_holder_is_public_asks_the_host_rule(host_rule, learner):
    assert permissions.holder_is_public(learner.pk) is False
    decide(learner, True)
    assert permissions.holder_is_public(learner.pk) is True
    assert permissions.holder_is_public(None) is False


@pytest.mark.django_db
def test_holder_is_public_without_a_host_rule_is_everyone(learner):
    assert permissions.certificate_holders_public() is None
    assert permissions.holder_is_public(learner.pk) is True


@pytest.mark.django_db
def test_certificate_public_by_code_hides_a_private_certificate(host_rule, certificate):
    assert selectors.certificate_find_by_code(code="abcde-fghjk") == certificate
    assert selectors.certificate_public_by_code(code="abcde-fghjk") is None

    decide(certificate.user, True)

    assert selectors.certificate_public_by_code(code="abcde-fghjk") == certificate


@pytest.mark.django_db
def test_my_certificates_says_when_they_are_not_public_and_where_to_change_it(
    client, host_rule, certificate, learner
):
    client.force_login(learner)

    html = client.get(reverse("certifications:mine")).content.decode()

    assert "Your certificates are not public: nobody can check them by their code" in html
    assert f'<a href="{CHOICE_URL}">Change this in My privacy choices (Certificates)</a>' in html
    assert "Code ABCDE-FGHJK (not public)" in html
    assert reverse("certifications:verify", args=["ABCDE-FGHJK"]) not in html


@pytest.mark.django_db
def test_my_certificates_says_when_they_are_public(client, host_rule, certificate, learner):
    decide(learner, True)
    client.force_login(learner)

    html = client.get(reverse("certifications:mine")).content.decode()

    assert "Your certificates are public: anyone you give a certificate code to can check it." in (
        html
    )
    assert f'<a href="{CHOICE_URL}">' in html
    assert reverse("certifications:verify", args=["ABCDE-FGHJK"]) in html
    assert "(not public)" not in html


@pytest.mark.django_db
def test_my_certificates_without_a_choice_url_shows_no_link(client, settings, certificate, learner):
    settings.CERTIFICATIONS_PUBLICITY_CHOICE_URL = ""
    client.force_login(learner)

    html = client.get(reverse("certifications:mine")).content.decode()

    assert "Your certificates are public" in html
    assert "Change this in My privacy choices" not in html
