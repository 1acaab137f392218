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
