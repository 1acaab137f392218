"""Who may do what with certificates: one place for the rules."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


def can_revoke(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Superusers, and staff given `certifications.revoke_certificate` (coordinators, once
    their group has it)."""
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm("certifications.revoke_certificate"))
    )


# Practice log and checklist sign-offs (certifications.records). Every view and service asks
# these functions, so the signer rules live here and nowhere else.


def is_mentor(user: AbstractBaseUser | AnonymousUser) -> bool:
    """In the Mentor group (cms.roles)."""
    from cms.roles import Role, group_name

    return bool(
        user.is_authenticated
        and user.is_active
        and user.groups.filter(name=group_name(Role.MENTOR)).exists()
    )


def can_supervise(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Supervisors: given `certifications.supervise` (superusers have every permission)."""
    return bool(
        user.is_authenticated and user.is_active and user.has_perm("certifications.supervise")
    )


def can_log_practice(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Who keeps a practice log: mentors, supervisors and staff. Learners do not log practice:
    the log is the mentor's route to a mentor certificate."""
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_staff or user.is_superuser or can_supervise(user) or is_mentor(user))
    )


def supervises(user: AbstractBaseUser | AnonymousUser, person_id: int) -> bool:
    """Whether supervisor `user` may review the practice and supervisor-signed checklists of
    person `person_id`: the same people whose certificates they see
    (`certificate_holders_visible_to`, on this site the people of the collectives they
    coordinate; superusers everyone). Supervision is never site-wide for staff, who are not
    trusted by default: one collective's coordinator cannot verify, or block, another's."""
    from django.contrib.auth import get_user_model

    holders = certificate_holders_visible_to(user)
    if holders is None:
        return True
    return get_user_model().objects.filter(pk=person_id, pk__in=holders).exists()


def can_review_entry(user: AbstractBaseUser | AnonymousUser, entry) -> bool:
    """A supervisor may verify or return a practice entry of someone they supervise, never
    their own."""
    return can_supervise(user) and entry.user_id != user.pk and supervises(user, entry.user_id)


def signable_checklist_kinds(user: AbstractBaseUser | AnonymousUser) -> set[str]:
    """The `SignOffChecklist.signer` values `user` may sign at all: supervisors both kinds,
    mentors the mentor kind, everyone else none (for whom: `can_sign_checklist`)."""
    from certifications.models import SignOffChecklist

    if can_supervise(user):
        return {SignOffChecklist.Signer.MENTOR.value, SignOffChecklist.Signer.SUPERVISOR.value}
    if is_mentor(user):
        return {SignOffChecklist.Signer.MENTOR.value}
    return set()


def can_sign_checklist(user: AbstractBaseUser | AnonymousUser, signoff) -> bool:
    """May `user` sign (or return) this ChecklistSignOff? Never their own. A mentor-signed
    checklist only for a learner in a cohort (collective) `user` facilitates, the same rule as
    lesson sign-offs; a supervisor-signed one by a supervisor of that person (`supervises`).
    """
    from certifications.models import SignOffChecklist
    from courses.selectors import learners_facilitated_by

    if not user.is_authenticated or signoff.user_id == user.pk:
        return False
    kind = signoff.checklist.signer
    if kind not in signable_checklist_kinds(user):
        return False
    if kind == SignOffChecklist.Signer.MENTOR:
        return learners_facilitated_by(user).filter(user_id=signoff.user_id).exists()
    return supervises(user, signoff.user_id)


def can_open_review(user: AbstractBaseUser | AnonymousUser) -> bool:
    """The review queue is for those who may review something: supervisors and mentors."""
    return bool(signable_checklist_kinds(user))


def programme_audiences(user: AbstractBaseUser | AnonymousUser) -> set[str]:
    """The programme audiences shown to `user`: "any" for all; mentor programmes to mentors
    and supervisors; learner programmes to learners; all three to staff. A survivor leader
    who also mentors is in both groups and sees both."""
    from certifications.models import CertificationProgramme
    from cms.roles import Role, group_name

    audiences = {CertificationProgramme.Audience.ANY.value}
    if not (user.is_authenticated and user.is_active):
        return audiences
    if user.is_staff or user.is_superuser:
        return set(CertificationProgramme.Audience.values)
    groups = set(user.groups.values_list("name", flat=True))  # one query for both roles
    if group_name(Role.MENTOR) in groups or can_supervise(user):
        audiences.add(CertificationProgramme.Audience.MENTOR.value)
    if group_name(Role.LEARNER) in groups:
        audiences.add(CertificationProgramme.Audience.LEARNER.value)
    return audiences


def certificate_holders_visible_to(user: AbstractBaseUser | AnonymousUser):
    """The user ids (a queryset) whose certificates `user` may list, inspect and export in
    the admin, and whose practice and checklists they may review, or None for everyone's.
    Superusers see all; otherwise the host's rule (CERTIFICATIONS_HOLDERS_VISIBLE_TO), e.g.
    the people of the collectives a coordinator coordinates; with no rule, all."""
    from django.utils.module_loading import import_string

    from certifications import conf

    if user.is_superuser:
        return None
    rule = conf.get("HOLDERS_VISIBLE_TO")
    return import_string(rule)(user) if rule else None


def may_email_reminders(user: AbstractBaseUser) -> bool:
    """Whether expiry reminders may be emailed to `user` (who gave an address): the host's
    rule (CERTIFICATIONS_REMINDER_EMAIL_ALLOWED, e.g. the person's consent to reminders);
    with no rule, yes."""
    from django.utils.module_loading import import_string

    from certifications import conf

    rule = conf.get("REMINDER_EMAIL_ALLOWED")
    return bool(import_string(rule)(user)) if rule else True


# Publicity (DOMAIN.md 6.7): the holder decides whether anything about their certificates is
# public. Evaluated when read, so giving or withdrawing consent takes effect at once, with no
# copy of the decision to keep in step.


def certificate_holders_public():
    """The user ids (a queryset) whose certificates may be public, or None for everyone's:
    the host's rule (CERTIFICATIONS_PUBLIC_HOLDERS, e.g. the people who consented to the
    certificates purpose); with no rule, everyone's."""
    from django.utils.module_loading import import_string

    from certifications import conf

    rule = conf.get("PUBLIC_HOLDERS")
    return import_string(rule)() if rule else None


def holder_is_public(user_id: int | None) -> bool:
    """Whether the certificates of the person with this id may be public now. A certificate
    whose holder was erased (no id) never is. One query when the host has a rule."""
    from django.contrib.auth import get_user_model

    if user_id is None:
        return False
    holders = certificate_holders_public()
    if holders is None:
        return True
    return get_user_model().objects.filter(pk=user_id, pk__in=holders).exists()
