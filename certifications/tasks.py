"""Background work of the certifications app. Tasks take ids, fetch, and call a service."""

from __future__ import annotations

import logging

from celery import shared_task
from django.contrib.auth import get_user_model

from certifications import services
from certifications.models import CertificationProgramme

logger = logging.getLogger(__name__)


@shared_task(name="certifications.evaluate_and_issue")
def evaluate_and_issue_task(user_id: int, programme_id: int) -> int | None:
    """Issue the programme's certificate to the user if they now qualify. Returns the
    certificate id, or None. Safe to run any number of times."""
    user = get_user_model().objects.filter(pk=user_id).first()
    programme = CertificationProgramme.objects.filter(pk=programme_id).first()
    if user is None or programme is None:
        logger.info("user %s or programme %s is gone; nothing to issue", user_id, programme_id)
        return None
    certificate = services.certificate_issue(user=user, programme=programme)
    return certificate.pk if certificate else None
