"""Writes of the programme layer: mentorships, consent decisions and gentle nudges.

Every rule about who may do what is checked here, so the admin, the staff form and any later
API refuse the same things with the same words."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.roles import Role
from courses.models import CohortMembership
from trauma_training import selectors
from trauma_training.models import Collective, Consent, Mentorship, Nudge

# The version of the notice shown for each purpose. Change a version whenever the wording of
# that notice changes: each decision records the version the person saw.
NOTICE_VERSIONS: dict[str, str] = {
    Consent.Purpose.PROGRESS_TO_MENTOR: "2026-11-1",
    Consent.Purpose.SURVEYS: "2026-11-1",
    Consent.Purpose.REMINDERS: "2026-11-1",
    Consent.Purpose.CERTIFICATES: "2026-11-1",
}

# What each notice says, in plain words (translated in the four languages' catalogues). The
# version above goes with this wording.
NOTICES: dict[str, str] = {
    Consent.Purpose.PROGRESS_TO_MENTOR: gettext_lazy(
        "Your mentor can see which courses you have joined, how far along you are, and the "
        "day you last learned. Your mentor never sees your answers or what you write. If you "
        "say no, your mentor sees only your name. You can change this at any time."
    ),
    Consent.Purpose.SURVEYS: gettext_lazy(
        "Now and then we may ask you a few questions about how you are doing, to learn if "
        "the programme helps. Answering is always your choice. Nobody in your collective "
        "sees your answers."
    ),
    Consent.Purpose.REMINDERS: gettext_lazy(
        "We may send you a short reminder when you have not learned for a while. It never "
        "says what the course is about."
    ),
    Consent.Purpose.CERTIFICATES: gettext_lazy(
        "When you finish a programme we can make a certificate with the name you choose. "
        "Others see it only if you show it to them."
    ),
}


# --- Mentorships --------------------------------------------------------------------------


def mentorship_check(
    *,
    by: AbstractBaseUser,
    mentor: AbstractBaseUser,
    mentee: AbstractBaseUser,
    collective: Collective | None = None,
) -> Collective | None:
    """The checks of `mentorship_assign`, without writing: raises PermissionDenied when `by`
    may not assign in this collective and ValidationError for a pairing that cannot be. Returns
    the collective the mentorship belongs to (found from the mentee's collectives when none
    is given). No side effects."""
    if not (by.is_authenticated and by.is_active):
        raise PermissionDenied(_("Please sign in as a coordinator."))
    if collective is None and not by.is_superuser:
        collective = (
            selectors.collectives_coordinated(by).filter(cohort__memberships__user=mentee).first()
        )
        if collective is None:
            raise PermissionDenied(
                _("Only a coordinator of the mentee's collective can assign a mentor.")
            )
    if collective is not None and not selectors.is_coordinator_of(by, collective):
        raise PermissionDenied(_("Only a coordinator of this collective can assign a mentor."))
    if mentor.pk == mentee.pk:
        raise ValidationError(_("A person cannot be their own mentor."), code="self")
    if by.pk == mentee.pk:
        raise ValidationError(
            _("Please ask another coordinator to choose your own mentor."), code="self"
        )
    # A coordinator pairs only people of the collectives they coordinate (the one rule,
    # people_manageable_by): otherwise they could hand another collective's mentor their
    # learners, or their mentor another collective's learner. The message is the same for an
    # account outside and one that does not exist, so it tells nothing about other
    # collectives.
    reachable = selectors.people_manageable_by(by)
    if not reachable.filter(pk=mentor.pk).exists() or not reachable.filter(pk=mentee.pk).exists():
        raise ValidationError(
            _("Choose a mentor and a mentee from the collectives you coordinate."),
            code="outside",
        )
    if not mentor.is_active or not selectors.in_group(mentor, Role.MENTOR):
        raise ValidationError(
            _("%(name)s is not a mentor yet. Choose someone in the Mentor role.")
            % {"name": selectors.display_name(mentor)},
            code="not_mentor",
        )
    if not mentee.is_active or not selectors.in_group(mentee, Role.LEARNER):
        raise ValidationError(
            _("%(name)s is not a learner. Mentees are learners.")
            % {"name": selectors.display_name(mentee)},
            code="not_learner",
        )
    if (
        collective is not None
        and not collective.cohort.memberships.filter(
            user=mentee, role=CohortMembership.Role.MEMBER
        ).exists()
    ):
        raise ValidationError(
            _("%(name)s is not a member of %(collective)s.")
            % {"name": selectors.display_name(mentee), "collective": collective},
            code="not_member",
        )
    if selectors.is_mentor_of(mentor, mentee):
        raise ValidationError(
            _("%(mentor)s already mentors %(mentee)s.")
            % {
                "mentor": selectors.display_name(mentor),
                "mentee": selectors.display_name(mentee),
            },
            code="exists",
        )
    return collective


@transaction.atomic
def mentorship_assign(
    *,
    by: AbstractBaseUser,
    mentor: AbstractBaseUser,
    mentee: AbstractBaseUser,
    collective: Collective | None = None,
) -> Mentorship:
    """Make `mentor` the mentor of `mentee`, assigned by the coordinator `by`.

    `by` must coordinate `collective` (or be a superuser); without a collective, the one of
    the mentee's collectives that `by` coordinates is used. The mentor must be in the Mentor
    group, the mentee in the Learner group and a member of the collective, and not the
    mentor. Raises PermissionDenied or ValidationError (see `mentorship_check`).
    Side effects: creates one Mentorship row and a "mentorship_started" audit entry, in one
    transaction. Sends no message: the
    mentor is not shown the mentee's progress until the mentee consents."""
    collective = mentorship_check(by=by, mentor=mentor, mentee=mentee, collective=collective)
    mentorship = Mentorship(mentor=mentor, mentee=mentee, collective=collective, assigned_by=by)
    mentorship.full_clean()
    try:
        with transaction.atomic():
            mentorship.save()
    except IntegrityError as error:  # a second coordinator saved the same pair first
        message = _("This mentor already mentors this person.")
        raise ValidationError(message, code="exists") from error
    _mentorship_audit(by=by, mentorship=mentorship, action="mentorship_started")
    return mentorship


def _mentorship_audit(*, by: AbstractBaseUser, mentorship: Mentorship, action: str) -> None:
    from trauma_training.audit.services import audit_record

    audit_record(
        actor=by,
        action=action,
        subject=mentorship.mentee,
        target="mentorship",
        detail={
            "mentorship_id": mentorship.pk,
            "mentor_id": mentorship.mentor_id,
            "collective_id": mentorship.collective_id,
        },
    )


@transaction.atomic
def mentorship_end(*, by: AbstractBaseUser, mentorship: Mentorship) -> Mentorship:
    """End a current mentorship: the mentor stops seeing the mentee from now on. The row stays
    as history. Raises PermissionDenied unless `by` coordinates its collective (or is a
    superuser), ValidationError if it has already ended. Side effects: sets `ended_at` and
    writes a "mentorship_ended" audit entry, in one transaction."""
    if not (by.is_authenticated and by.is_active):
        raise PermissionDenied(_("Please sign in as a coordinator."))
    allowed = by.is_superuser or (
        mentorship.collective is not None and selectors.is_coordinator_of(by, mentorship.collective)
    )
    if not allowed:
        raise PermissionDenied(_("Only a coordinator of this collective can end a mentorship."))
    locked = Mentorship.objects.select_for_update().get(pk=mentorship.pk)
    if locked.ended_at is not None:
        raise ValidationError(_("This mentorship has already ended."), code="ended")
    locked.ended_at = timezone.now()
    locked.save(update_fields=["ended_at"])
    _mentorship_audit(by=by, mentorship=locked, action="mentorship_ended")
    return locked


# --- Consent ------------------------------------------------------------------------------


def consent_record(
    *, user: AbstractBaseUser, purpose: str, granted: bool, language: str
) -> Consent:
    """Record the person's decision for `purpose`, with the current notice version and the
    language the notice was shown in. Giving and withdrawing are the same one step.
    Raises ValidationError for an unknown purpose. Side effects: adds one Consent row (rows
    are never changed or deleted, so the history stays; the latest row is the decision)."""
    if purpose not in Consent.Purpose.values:
        raise ValidationError(_("There is no such choice."), code="purpose")
    consent = Consent(
        user=user,
        purpose=purpose,
        granted=bool(granted),
        notice_version=NOTICE_VERSIONS[purpose],
        language=(language or "en")[:5],
    )
    consent.full_clean()
    consent.save()
    return consent


# --- Gentle nudges ------------------------------------------------------------------------


@transaction.atomic
def nudge_send(*, mentor: AbstractBaseUser, mentee: AbstractBaseUser) -> Nudge:
    """Leave `mentee` a gentle in-app note from their mentor.

    Only a current mentor may send one, only while the mentee shares their progress (being
    away is progress data) and has been inactive for selectors.INACTIVE_DAYS, and at most one
    per pair every selectors.NUDGE_EVERY_DAYS. Raises PermissionDenied or ValidationError
    (code "too_soon" when one was sent recently). Side effects: creates one Nudge row; the
    pair's earlier nudges are locked so two taps cannot send two."""
    if not selectors.mentor_may_see_progress(mentor, mentee):
        raise PermissionDenied(_("You can send a note only to a mentee who shares progress."))
    # Lock the mentor's row: concurrent sends by the same mentor queue here.
    get_user_model().objects.select_for_update().filter(pk=mentor.pk).first()
    last = (
        Nudge.objects.filter(mentor=mentor, mentee=mentee)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    if selectors.nudge_too_soon(last):
        raise ValidationError(
            _("You sent a note recently. You can send another one week after the last."),
            code="too_soon",
        )
    if not selectors.mentee_inactive(mentee=mentee):
        raise ValidationError(
            _("%(name)s has been learning recently, so there is no need for a note.")
            % {"name": selectors.display_name(mentee)},
            code="active",
        )
    return Nudge.objects.create(mentor=mentor, mentee=mentee)


def nudges_mark_seen(*, mentee: AbstractBaseUser) -> int:
    """Mark the person's unseen nudges as seen; returns how many. Side effects: one UPDATE."""
    return Nudge.objects.filter(mentee=mentee, seen_at__isnull=True).update(seen_at=timezone.now())


# --- Audit --------------------------------------------------------------------------------


def person_data_viewed(
    *, actor: AbstractBaseUser, subjects: list[AbstractBaseUser], target: str, where: str
) -> None:
    """Write one audit entry per person whose data `actor` was just shown (DOMAIN.md 6.4).
    Side effects: rows in the audit log (trauma_training.audit), in one transaction (one commit
    for the page, not one per person)."""
    from trauma_training.audit.services import audit_record, audit_together

    with audit_together():
        for subject in subjects:
            audit_record(
                actor=actor,
                action="viewed_person_data",
                subject=subject,
                target=target,
                detail={"where": where},
            )
