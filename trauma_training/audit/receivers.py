"""Handlers for other apps' signals that write audit entries (connected in AuditConfig.ready).

- Role changes: `m2m_changed` on the user model's `groups`, from either side and for add,
  remove and clear. A signal does not say who made the change, so the actor is the one set
  with `services.audit_actor(...)`, or unknown.
- Lesson sign-offs: `post_save` of a new `courses.SignOff`.
- Consent decisions: `post_save` of a new `trauma_training.Consent`.

- Checklist sign-offs: `certifications.signals.checklist_signoff_decided` (they are decided
  with a conditional queryset UPDATE, which sends no `post_save`).
- Views of other people's data, from any app (the lesson sign-off queue; certifications'
  review queue, sign-off page and certificate admin page): `courses.signals.person_data_viewed`;
  exports (certificate zip and CSV): `certifications.signals.person_data_exported`.
- Listings of other people (the cohort memberships and certificates listings in the admin):
  `courses.signals.person_data_listed`, one entry per visit with the count.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from certifications.signals import checklist_signoff_decided, person_data_exported
from courses.signals import person_data_listed, person_data_viewed

from .models import AuditAction
from .services import audit_current_actor, audit_record, audit_together

User = get_user_model()
_CLEARED = "_audit_groups_cleared"
_REMOVED = "_audit_groups_removed"


def _role_pairs(instance, reverse: bool, pk_set) -> list[tuple]:
    """(user, group) pairs for the ids in `pk_set`, in id order."""
    if reverse:  # group.user_set.add(...)
        return [(user, instance) for user in User.objects.filter(pk__in=pk_set).order_by("pk")]
    return [(instance, group) for group in Group.objects.filter(pk__in=pk_set).order_by("pk")]


def _role_record(pairs: list[tuple], action: str) -> None:
    actor = audit_current_actor()
    for user, group in pairs:
        audit_record(
            actor=actor,
            action=action,
            subject=user,
            target=f"role: {group.name}"[:200],
            detail={"group_id": group.pk, "group": group.name[:100]},
        )


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="audit_role_changed")
def role_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """role_added / role_removed per (user, group) pair that really changed."""
    through = sender.objects
    side, other = ("group", "user") if reverse else ("user", "group")
    if action == "pre_remove":
        # Django reports every id asked for; keep only the memberships that exist.
        present = through.filter(**{side: instance, f"{other}__in": pk_set})
        setattr(instance, _REMOVED, set(present.values_list(f"{other}_id", flat=True)))
    elif action == "pre_clear":
        # post_clear carries no ids: note them now.
        present = through.filter(**{side: instance})
        setattr(instance, _CLEARED, set(present.values_list(f"{other}_id", flat=True)))
    elif action == "post_add" and pk_set:
        _role_record(_role_pairs(instance, reverse, pk_set), AuditAction.ROLE_ADDED)
    elif action in ("post_remove", "post_clear"):
        removed = instance.__dict__.pop(_REMOVED if action == "post_remove" else _CLEARED, None)
        if removed:
            _role_record(_role_pairs(instance, reverse, removed), AuditAction.ROLE_REMOVED)


@receiver(post_save, sender="courses.SignOff", dispatch_uid="audit_lesson_signed_off")
def lesson_signed_off(sender, instance, created, raw=False, **kwargs) -> None:
    """signed_off, by the facilitator, about the learner."""
    if not created or raw:
        return
    audit_record(
        actor=instance.signed_by,
        action=AuditAction.SIGNED_OFF,
        subject=instance.learner,
        target="lesson sign-off",
        detail={"signoff_id": instance.pk, "lesson_id": instance.lesson_id},
    )


@receiver(post_save, sender="trauma_training.Consent", dispatch_uid="audit_consent_decided")
def consent_decided(sender, instance, created, raw=False, **kwargs) -> None:
    """consent_given / consent_withdrawn, by the person themself."""
    if not created or raw:
        return
    audit_record(
        actor=instance.user,
        action=AuditAction.CONSENT_GIVEN if instance.granted else AuditAction.CONSENT_WITHDRAWN,
        subject=instance.user,
        target=f"consent: {instance.purpose}",
        detail={
            "consent_id": instance.pk,
            "purpose": instance.purpose,
            "notice_version": instance.notice_version,
            "language": instance.language,
        },
    )


@receiver(checklist_signoff_decided, dispatch_uid="audit_checklist_signoff_decided")
def checklist_signoff_decided_record(sender, *, signoff, by, decision, **kwargs) -> None:
    """signed_off / signoff_returned; never the return reason (free text about a person)."""
    audit_record(
        actor=by,
        action=AuditAction.SIGNED_OFF if decision == "signed" else AuditAction.SIGNOFF_RETURNED,
        subject=signoff.user,
        target="checklist sign-off",
        detail={"checklist_signoff_id": signoff.pk, "checklist_id": signoff.checklist_id},
    )


@receiver(person_data_viewed, dispatch_uid="audit_person_data_viewed")
def person_data_viewed_record(
    sender, *, viewer, subjects, what, viewer_label: str = "", **kwargs
) -> None:
    """One viewed_person_data entry per person shown (never for one's own data). A reader
    that is not a person (viewer None) is named by `viewer_label`."""
    with audit_together():
        for subject in subjects:
            if viewer is not None and subject.pk == viewer.pk:
                continue
            audit_record(
                actor=viewer,
                actor_label="" if viewer is not None else viewer_label,
                action=AuditAction.VIEWED_PERSON_DATA,
                subject=subject,
                target=f"{sender}: {what}"[:200],
            )


@receiver(person_data_exported, dispatch_uid="audit_certifications_person_data_exported")
def person_data_exported_record(sender, *, viewer, count, what, **kwargs) -> None:
    audit_record(
        actor=viewer,
        action=AuditAction.EXPORTED_PERSON_DATA,
        target=f"{sender}: {what}"[:200],
        detail={"count": count},
    )


@receiver(person_data_listed, dispatch_uid="audit_person_data_listed")
def person_data_listed_record(sender, *, viewer, count, what, detail=None, **kwargs) -> None:
    """One viewed_person_data entry for a listing, with no subject: naming each person on
    every page of a listing would bury the log; the count says how many were shown."""
    audit_record(
        actor=viewer,
        action=AuditAction.VIEWED_PERSON_DATA,
        target=f"{sender}: {what}"[:200],
        detail={"count": count, **(detail or {})},
    )
