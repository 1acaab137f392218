"""Writes for accounts: redeeming invitations and coordinator password resets."""

from __future__ import annotations

import secrets

from django.contrib.auth.models import AbstractBaseUser, Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.models import Invitation
from cms.roles import STAFF_ROLES, Role, group_name
from courses.models import CohortMembership


def invitation_find_usable(*, code: str) -> Invitation:
    """The invitation for `code` if it can still be used; ValidationError in plain words if not."""
    invitation = Invitation.objects.filter(code__iexact=(code or "").strip()).first()
    if invitation is None:
        raise ValidationError(_("We could not find that invitation code. Please check it."))
    if invitation.expires_at <= timezone.now():
        raise ValidationError(
            _("This invitation code has expired. Ask your coordinator for a new one.")
        )
    if invitation.uses >= invitation.max_uses:
        raise ValidationError(
            _("This invitation code has been used up. Ask your coordinator for a new one.")
        )
    return invitation


@transaction.atomic
def invitation_redeem(*, invitation: Invitation, user: AbstractBaseUser) -> None:
    """Use one place on `invitation` for the new `user`: give the role and join the cohort.

    The use is counted with a conditional UPDATE, so two people racing for the last place on a
    code cannot both get it. Raises ValidationError if the code is used up or expired.
    Side effects: adds the user to the role's group; adds a CohortMembership; may set is_staff.
    """
    now = timezone.now()
    claimed = Invitation.objects.filter(
        pk=invitation.pk, uses__lt=F("max_uses"), expires_at__gt=now
    ).update(uses=F("uses") + 1)
    if not claimed:
        raise ValidationError(
            _("This invitation code has been used up. Ask your coordinator for a new one.")
        )
    user.groups.add(Group.objects.get(name=group_name(invitation.role)))
    if invitation.role == Role.ADMIN:
        user.is_superuser = True
    if invitation.role in STAFF_ROLES:
        user.is_staff = True
        user.save(update_fields=["is_staff", "is_superuser"])
    if invitation.cohort_id:
        role = (
            CohortMembership.Role.FACILITATOR
            if invitation.role == Role.MENTOR
            else CohortMembership.Role.MEMBER
        )
        CohortMembership.objects.get_or_create(
            cohort_id=invitation.cohort_id, user=user, defaults={"role": role}
        )


def user_can_reset_password(*, actor: AbstractBaseUser, target: AbstractBaseUser) -> bool:
    """Coordinators may reset the passwords of the learners and mentors of the collectives
    they coordinate, admins any learner's or mentor's; never staff's or their own
    (trauma_training.selectors.people_manageable_by is the one rule)."""
    from trauma_training.selectors import may_manage_person

    if not actor.has_perm("cms.reset_learner_password") or actor.pk == target.pk:
        return False
    return may_manage_person(actor, target)


@transaction.atomic
def user_reset_password(*, actor: AbstractBaseUser, target: AbstractBaseUser) -> str:
    """Give `target` a new temporary password and return it (shown once to the coordinator,
    for people without email). Raises PermissionDenied when `actor` may not do this."""
    if not user_can_reset_password(actor=actor, target=target):
        raise PermissionDenied(_("You cannot reset this person's password."))
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    password = "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(3))
    target.set_password(password)
    target.save(update_fields=["password"])
    return password
