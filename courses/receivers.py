"""Handlers for Wagtail's page signals and cohort changes.

When a module or lesson is published, unpublished, moved or deleted, the cached course
structure is dropped, and learners' percentages in that course are recomputed by a Celery task
after the change commits."""

from django.contrib.auth.signals import user_logged_in
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from courses import kept_text
from courses.caching import learner_changed, structure_changed


def _course_id_for(page: Page) -> int | None:
    from courses.models import CoursePage, LessonPage, ModulePage

    specific = page.specific_deferred
    if isinstance(specific, CoursePage):
        return page.id
    if isinstance(specific, LessonPage | ModulePage):
        try:
            return specific.get_course().id
        except CoursePage.DoesNotExist:  # a page outside a course tree: nothing to recompute
            return None
    return None


def _structure_changed(page: Page) -> None:
    from courses.tasks import course_progress_recompute_task

    structure_changed()
    course_id = _course_id_for(page)
    if course_id is not None:
        transaction.on_commit(lambda: course_progress_recompute_task.delay(course_id))


@receiver(page_published)
@receiver(page_unpublished)
def on_page_published_or_unpublished(sender, instance, **kwargs) -> None:
    from courses.h5p.services import lesson_uses_sync
    from courses.models import LessonPage

    if isinstance(instance, LessonPage):
        lesson_uses_sync(lesson=instance)
    _structure_changed(instance)


@receiver(post_page_move)
def on_page_moved(sender, instance, **kwargs) -> None:
    _structure_changed(instance)


@receiver(page_slug_changed)
def on_page_slug_changed(sender, instance, **kwargs) -> None:
    structure_changed()  # lesson URLs are part of the cached structure


@receiver(post_delete, sender=Page)
def on_page_deleted(sender, instance, **kwargs) -> None:
    structure_changed()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def on_view_restriction_changed(sender, **kwargs) -> None:
    structure_changed()


@receiver(post_save, sender="courses.CohortMembership")
@receiver(post_delete, sender="courses.CohortMembership")
def on_cohort_membership_changed(sender, instance, **kwargs) -> None:
    """Whether a learner has someone to sign off their lessons depends on who else is in their
    cohorts, so every member's cached outline goes."""
    from courses.models import CohortMembership

    members = CohortMembership.objects.filter(cohort_id=instance.cohort_id).values_list(
        "user_id", flat=True
    )
    learner_changed([instance.user_id, *members])


@receiver(post_save, sender="courses.Enrolment")
@receiver(post_delete, sender="courses.Enrolment")
def on_enrolment_changed(sender, instance, **kwargs) -> None:
    """An enrolment saved or deleted outside the enrolment services (the admin, a shell)
    still changes what the learner may open, and H5P file grants are checked against that
    (`courses.h5p.selectors.files_grant_valid`), so their cached answers go."""
    learner_changed([instance.user_id])


def _locale_sync_saved(sender, instance, raw=False, **kwargs) -> None:
    """wagtail-localize's own handler, minus raw saves: loading a fixture or restoring a test
    database (rows saved as they are, in app order) must not build page aliases halfway
    through, when the pages' content types may not be back yet."""
    if not raw:
        instance.sync_trees()


def locale_sync_handler_replace() -> None:
    from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    post_save.connect(
        _locale_sync_saved, sender=LocaleSynchronization, dispatch_uid="courses_locale_sync_saved"
    )


@receiver(user_logged_in, dispatch_uid="courses.kept_text_discard_for_other")
def kept_text_on_sign_in(sender, request, user, **kwargs):
    # Words kept after a session ended are only ever shown to the person who wrote them:
    # someone else signing in on the same (shared) phone has them dropped unseen.
    if request is not None and hasattr(request, "session"):
        kept_text.kept_text_discard_for_other(request, user)
