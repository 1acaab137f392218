"""Background work of the certifications app. Tasks take ids, fetch, and call a service."""

from __future__ import annotations

import logging
from functools import partial

from celery import shared_task
from django.contrib.auth import get_user_model
from django.db import transaction

from certifications import services
from certifications.models import CertificationProgramme

logger = logging.getLogger(__name__)

# DESIGN.md: issuance has its own queue, apart from xAPI traffic.
QUEUE = "certificates"


def evaluations_send(*, user_id: int, programme_ids) -> None:
    """Send one evaluation per programme to the certificates queue, now. Callers inside a
    transaction use `evaluations_enqueue_on_commit` instead."""
    for programme_id in programme_ids:
        evaluate_and_issue_task.apply_async(args=(user_id, programme_id), queue=QUEUE)


def evaluations_enqueue_on_commit(*, user_id: int, programme_ids) -> None:
    """Evaluate `user_id` against each programme once the current transaction commits (the
    task must see what was just written: a verified entry, a signed checklist)."""
    ids = list(programme_ids)
    if ids:
        transaction.on_commit(partial(evaluations_send, user_id=user_id, programme_ids=ids))


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
