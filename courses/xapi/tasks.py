"""Background work of the record store (found by Celery through `courses.tasks`).

- `courses.xapi_forward`: copy stored statements to the external record store, retrying with
  exponential backoff; queued after each storing transaction commits.
- `courses.xapi_forward_pending`: the periodic sweep (celery beat) that queues statements
  stored a while ago and still not forwarded, so a forward that ran out of retries, or a
  worker that was down, loses nothing.
- `courses.xapi_purge`: the periodic retention purge (COURSES_XAPI_RETENTION_DAYS).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from courses import conf
from courses.models import XAPIStatement
from courses.xapi import services

logger = logging.getLogger(__name__)

# The most statements one sweep queues, so a long outage drains in steady steps.
SWEEP_MAX_BATCHES = 50


@shared_task(
    name="courses.xapi_forward",
    autoretry_for=(services.ForwardFailed,),
    retry_backoff=True,
    retry_backoff_max=60 * 60,
    retry_jitter=True,
    max_retries=8,
)
def xapi_forward_task(row_ids: list[int]) -> int:
    """Forward the statements with these row ids (those not forwarded yet). Returns how many."""
    return services.statements_forward(row_ids=row_ids)


@shared_task(name="courses.xapi_forward_pending")
def xapi_forward_pending_task() -> int:
    """Queue forwarding of statements stored more than COURSES_XAPI_FORWARD_PENDING_MINUTES
    ago and not yet forwarded. Returns how many statements were queued."""
    if not conf.get("XAPI_FORWARD_URL"):
        return 0
    batch = conf.get("XAPI_FORWARD_BATCH_SIZE")
    before = timezone.now() - timedelta(minutes=conf.get("XAPI_FORWARD_PENDING_MINUTES"))
    ids = list(
        XAPIStatement.objects.filter(forwarded_at__isnull=True, stored__lt=before)
        .order_by("stored", "id")
        .values_list("id", flat=True)[: batch * SWEEP_MAX_BATCHES]
    )
    for start in range(0, len(ids), batch):
        xapi_forward_task.delay(ids[start : start + batch])
    if ids:
        logger.info("queued %s unforwarded xAPI statements", len(ids))
    return len(ids)


@shared_task(name="courses.xapi_purge")
def xapi_purge_task() -> int:
    """Purge statements and state documents older than COURSES_XAPI_RETENTION_DAYS (if set).
    Returns how many statements were deleted."""
    days = conf.get("XAPI_RETENTION_DAYS")
    if days is None:
        return 0
    result = services.records_purge(days=days)
    logger.info(
        "xAPI purge: %s statements, %s state documents older than %s days deleted; "
        "%s kept until forwarded",
        result.statements,
        result.state_documents,
        days,
        result.kept_unforwarded,
    )
    return result.statements
