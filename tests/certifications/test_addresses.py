"""certifications.addresses: the address every absolute link of a certificate uses (the QR
code, credential ids, emails), made without a request and never from a Host header."""

import pytest
from wagtail.models import Site

from certifications import addresses
from certifications.openbadges.credential import credential_build
from certifications.pdf import verify_url


@pytest.fixture
def no_address_setting(settings):
    settings.CERTIFICATIONS_SITE_URL = ""
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"


def default_site(hostname: str, port: int) -> Site:
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = hostname, port
    site.save()  # forgets the address this process kept (certifications.receivers)
    return site


@pytest.mark.django_db
def test_the_setting_comes_first(settings):
    settings.CERTIFICATIONS_SITE_URL = "https://learn.example.in/"
    default_site("other.example.org", 443)

    assert addresses.site_url("/x") == "https://learn.example.in/x"


@pytest.mark.django_db
def test_a_public_admin_base_url_comes_before_the_site(settings, no_address_setting):
    settings.WAGTAILADMIN_BASE_URL = "https://admin.example.in"
    default_site("other.example.org", 443)

    assert addresses.site_root_url() == "https://admin.example.in"


@pytest.mark.django_db
def test_the_default_site_stands_in_for_a_loopback_admin_base_url(no_address_setting, learner):
    from certifications.models import Certificate
    from tests.certifications.helpers import programme_for

    default_site("learn.example.in", 443)
    certificate = Certificate.objects.create(
        user=learner, programme=programme_for(), code="ABCDE-FGHJK", printed_name="R"
    )

    # What a Celery task makes, with no request: the QR code's address and the ids.
    assert verify_url("ABCDE-FGHJK") == "https://learn.example.in/certificates/verify/ABCDE-FGHJK/"
    credential = credential_build(certificate)
    assert credential["issuer"]["id"] == "https://learn.example.in/certificates/issuer"
    assert credential["credentialStatus"]["statusListCredential"] == (
        "https://learn.example.in/certificates/status/suspension/1"
    )


@pytest.mark.django_db
def test_saving_the_site_changes_the_address_at_once(no_address_setting):
    default_site("learn.example.in", 443)
    assert addresses.site_root_url() == "https://learn.example.in"

    default_site("new.example.in", 8443)

    assert addresses.site_root_url() == "http://new.example.in:8443"  # Wagtail: https on 443


@pytest.mark.django_db
def test_a_loopback_site_leaves_the_admin_base_url(no_address_setting):
    default_site("localhost", 80)

    assert addresses.site_root_url() == "http://127.0.0.1:8000"


@pytest.mark.django_db
def test_the_host_header_never_sets_the_address(client, no_address_setting, learner):
    from certifications.models import Certificate
    from tests.certifications.helpers import programme_for

    default_site("learn.example.in", 443)
    Certificate.objects.create(
        user=learner, programme=programme_for(), code="ABCDE-FGHJK", printed_name="R"
    )

    response = client.get("/certificates/issuer", HTTP_HOST="evil.example.com")

    assert response.json()["id"] == "https://learn.example.in/certificates/issuer"


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8000", True),
        ("http://localhost", True),
        ("http://[::1]:8000", True),
        ("http://app.localhost", True),
        ("http://127.1.2.3", True),
        ("https://learn.example.in", False),
        ("http://10.0.0.5", False),
    ],
)
def test_is_loopback(url, loopback):
    assert addresses.is_loopback(url) is loopback


@pytest.mark.django_db
def test_deploy_check_warns_on_a_loopback_address(no_address_setting):
    from certifications.checks import check_site_address

    default_site("localhost", 80)
    assert [message.id for message in check_site_address(None)] == ["certifications.W003"]

    default_site("learn.example.in", 443)
    assert check_site_address(None) == []
