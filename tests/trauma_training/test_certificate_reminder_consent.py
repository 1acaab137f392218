"""The site emails certificate expiry reminders only to people who agreed to reminders; the
in-app reminder is shown either way (DOMAIN.md 6.2)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from certifications.models import Certificate, CertificateReminder
from certifications.tasks import expire_and_remind_task
from tests.certifications.helpers import programme_for
from tests.factories import CourseBuilder, user_with_role
from trauma_training.models import Consent


@pytest.fixture
def expiring(index):
    learner = user_with_role("learner", username="reminded", email="reminded@example.org")
    course = CourseBuilder(index, "R9").module(lessons=1).build()
    Certificate.objects.create(
        user=learner,
        programme=programme_for(course, validity_days=730),
        printed_name="R.",
        expires_at=timezone.now() + timedelta(days=5),
    )
    return learner


def consent(user, granted: bool):
    Consent.objects.create(
        user=user,
        purpose=Consent.Purpose.REMINDERS,
        granted=granted,
        notice_version="2026-11-1",
        language="en",
    )


@pytest.mark.django_db
def test_no_reminder_email_without_consent_but_the_in_app_one_is_there(expiring):
    expire_and_remind_task.apply().get()

    assert mail.outbox == []
    assert CertificateReminder.objects.get().emailed_at is None


@pytest.mark.django_db
def test_reminder_email_after_consent_and_none_after_withdrawal(expiring):
    consent(expiring, True)
    expire_and_remind_task.apply().get()
    assert [m.to for m in mail.outbox] == [["reminded@example.org"]]

    consent(expiring, False)
    CertificateReminder.objects.all().delete()
    expire_and_remind_task.apply().get()
    assert len(mail.outbox) == 1
