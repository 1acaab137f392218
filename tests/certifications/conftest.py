import pytest

from certifications.checks import pdf_engine_problem


@pytest.fixture
def pdf_engine():
    """For tests that make real PDFs: skip, saying why, where WeasyPrint cannot load (a
    machine without Pango). CI installs it."""
    problem = pdf_engine_problem()
    if problem is not None:
        pytest.skip(f"{problem}; install Pango (apt-get install libpango-1.0-0 libpangoft2-1.0-0)")


@pytest.fixture(autouse=True)
def _every_holder_visible(settings):
    """The certifications app on its own shows staff every certificate, emails reminders
    to anyone who gave an address and makes every certificate public; the host's rules (a
    coordinator's collectives, consent to reminders) are tested in tests/trauma_training,
    consent to publicity in tests/certifications/test_publicity.py and tests/security."""
    settings.CERTIFICATIONS_HOLDERS_VISIBLE_TO = ""
    settings.CERTIFICATIONS_REMINDER_EMAIL_ALLOWED = ""
    settings.CERTIFICATIONS_PUBLIC_HOLDERS = ""
