"""The nightly retention purge (Celery beat, CELERY_BEAT_SCHEDULE "retention-purge")."""

import logging

from celery import shared_task

from .services import retention_purge

logger = logging.getLogger(__name__)


@shared_task(name="cms.retention_purge")
def retention_purge_task() -> dict[str, int | None]:
    """Run `retention_purge()` and log one line per category. Returns the counts by category
    (accounts only reported, never deleted); a failed category is logged as an error."""
    counts: dict[str, int | None] = {}
    for result in retention_purge():
        counts[result.category] = result.count
        if result.outcome == "failed":
            logger.error("retention purge: %s failed: %s", result.category, result.note)
        else:
            logger.info(
                "retention purge: %s %s %s%s",
                result.category,
                result.outcome,
                result.count,
                f" ({result.note})" if result.note else "",
            )
    return counts
