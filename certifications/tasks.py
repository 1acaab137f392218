"""Background work of the certifications app. Tasks take ids, fetch, and call a service; each
is safe to run twice (a retried or duplicated message changes nothing more)."""

from __future__ import annotations

import logging
import time
from functools import partial

from celery import shared_task
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from certifications import services
from certifications.checks import pdf_engine_problem
from certifications.models import Certificate, CertificateReminder, CertificationProgramme

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
def evaluate_and_issue_task(user_id: int, programme_id: int) -> list[int]:
    """Issue whatever the user has now earned in the programme (first award, renewal, module
    badges). Returns the certificate ids (found or created)."""
    user = get_user_model().objects.filter(pk=user_id).first()
    programme = CertificationProgramme.objects.filter(pk=programme_id).first()
    if user is None or programme is None:
        logger.info("user %s or programme %s is gone; nothing to issue", user_id, programme_id)
        return []
    return [c.pk for c in services.certificate_award_due(user=user, programme=programme)]


@shared_task(
    name="certifications.render",
    autoretry_for=(OSError,),
    retry_backoff=30,
    max_retries=5,
)
def certificate_render_task(certificate_id: int) -> int | None:
    """Make the certificate's PDF and signed credential for its current revision. Returns the
    revision made, or None.

    A machine that cannot make PDFs (no Pango, no fonts) is a set-up problem, reported by the
    system checks: the task logs it and gives up rather than retrying, and never raises, so a
    learner's request that runs it eagerly still succeeds; the certificate shows as "being
    prepared" until `manage.py certificates_render` is run after the fix."""
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None:
        return None
    problem = pdf_engine_problem()
    if problem is not None:
        logger.error("certificate %s not rendered: %s", certificate_id, problem)
        return None
    started = time.perf_counter()
    try:
        revision = services.certificate_render(certificate=certificate).revision
    except ImproperlyConfigured as error:
        logger.error("certificate %s not rendered: %s", certificate_id, error)
        return None
    # bench/certificates.py reads these lines for the time per PDF.
    logger.info(
        "certificate %s: PDF and credential made in %.4f s",
        certificate_id,
        time.perf_counter() - started,
    )
    return revision


@shared_task(name="certifications.expire_and_remind")
def expire_and_remind_task() -> dict:
    """Daily (beat): mark expired certificates, create the reminders due, and queue their
    emails."""
    expired = services.certificates_expire()
    reminders = services.reminders_create()
    for reminder in reminders:
        if reminder.certificate.user.email:
            reminder_email_task.apply_async(args=(reminder.pk,), queue=QUEUE)
    return {"expired": expired, "reminders": len(reminders)}


@shared_task(
    name="certifications.reminder_email",
    autoretry_for=(OSError,),
    retry_backoff=60,
    max_retries=5,
)
def reminder_email_task(reminder_id: int) -> bool:
    reminder = (
        CertificateReminder.objects.select_related("certificate__user", "certificate__programme")
        .filter(pk=reminder_id)
        .first()
    )
    if reminder is None:
        return False
    return services.reminder_email_send(reminder=reminder)
