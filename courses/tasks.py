"""Background work of the courses app. Tasks take ids, fetch, and call a service."""

import logging

from celery import shared_task
from django.contrib.auth import get_user_model

from courses import services
from courses.models import CoursePage, Enrolment

logger = logging.getLogger(__name__)


@shared_task(name="courses.course_progress_recompute", bind=True, max_retries=3)
def course_progress_recompute_task(self, course_id: int) -> int:
    """Recompute every enrolled learner's totals in one course. Returns how many."""
    course = CoursePage.objects.filter(pk=course_id).first()
    if course is None:
        logger.info("course %s is gone; nothing to recompute", course_id)
        return 0
    user_ids = Enrolment.objects.filter(course=course).values_list("user_id", flat=True)
    count = 0
    for user in get_user_model().objects.filter(pk__in=list(user_ids)).iterator():
        services.course_progress_recompute(user=user, course=course)
        count += 1
    return count


@shared_task(name="courses.h5p_package_extract", bind=True, max_retries=3, default_retry_delay=30)
def h5p_package_extract_task(self, package_id: int) -> str:
    """Unpack a large uploaded H5P archive; returns the package's state."""
    from courses.h5p import services as h5p_services
    from courses.models import H5PPackage

    package = H5PPackage.objects.filter(pk=package_id).first()
    if package is None:
        logger.info("H5P package %s is gone; nothing to unpack", package_id)
        return "gone"
    try:
        return h5p_services.package_extract(package).state
    except OSError as exc:  # storage unavailable for a moment: try again later
        if self.request.retries >= self.max_retries:
            # Never leave the admin saying "waiting" for ever.
            h5p_services.package_mark_failed(package, f"Storage error: {exc}")
            raise
        raise self.retry(exc=exc) from exc


from courses.xapi import tasks as xapi_tasks  # noqa: E402,F401
