"""What the certifications app hears from `courses`.

When a learner finishes a course, each active programme that requires it is evaluated by the
Celery task `certifications.evaluate_and_issue`; when they finish a module, each active
per-module (badge) programme requiring its course is. Both are queued only after the
completion commits (the task must see the new progress). Even the programme lookup waits for
the commit, so finishing a lesson costs the learner's request no extra query inside its
transaction."""

from __future__ import annotations

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site

from certifications.addresses import default_site_forget
from courses.signals import course_completed, module_completed


def evaluations_enqueue(
    *, user_id: int, course_id: int, per_module_only: bool = False
) -> list[int]:
    """Queue an evaluation of `user_id` for each active programme requiring `course_id` (only
    the per-module ones if `per_module_only`). Returns the programme ids."""
    from certifications.models import CertificationProgramme
    from certifications.tasks import evaluations_send

    programmes = CertificationProgramme.objects.filter(active=True, required_courses=course_id)
    if per_module_only:
        programmes = programmes.filter(awarded_per_module=True)
    programme_ids = list(programmes.values_list("pk", flat=True))
    evaluations_send(user_id=user_id, programme_ids=programme_ids)
    return programme_ids


@receiver(course_completed, dispatch_uid="certifications_course_completed")
def course_completed_evaluate(sender, *, user, course, **kwargs) -> None:
    transaction.on_commit(partial(evaluations_enqueue, user_id=user.pk, course_id=course.pk))


@receiver(module_completed, dispatch_uid="certifications_module_completed")
def module_completed_evaluate(sender, *, user, module, **kwargs) -> None:
    # The course is looked up after the commit too, like the programmes.
    transaction.on_commit(partial(_module_evaluations_enqueue, user_id=user.pk, module=module))


def _module_evaluations_enqueue(*, user_id: int, module) -> list[int]:
    return evaluations_enqueue(
        user_id=user_id, course_id=module.get_course().pk, per_module_only=True
    )


@receiver(post_save, sender=Site, dispatch_uid="certifications_site_saved")
@receiver(post_delete, sender=Site, dispatch_uid="certifications_site_deleted")
def site_changed_forget_address(sender, **kwargs) -> None:
    # Certificates link to the default Site's address (certifications.addresses).
    default_site_forget()
