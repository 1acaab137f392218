"""Writes for the practice log and checklist sign-offs.

A mentor logs practice (supervised mentoring hours, reflective-supervision sessions, CPD); a
supervisor verifies or returns each entry. A learner asks for a checklist sign-off; a signer
ticks every item and signs, or returns it. Who may do what is in `certifications.permissions`.

Decisions are race-safe: each one is a conditional UPDATE ... WHERE status = 'pending', so when
two reviewers act on the same item at once exactly one wins and the other gets `AlreadyDecided`.
A verification or a signature queues an evaluation of the learner once the transaction commits.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date as date_type
from uuid import UUID

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from certifications import permissions, signals
from certifications.models import (
    CertificationProgramme,
    ChecklistSignOff,
    CPDCategory,
    PracticeEntry,
    ReviewStatus,
    SignOffChecklist,
)
from certifications.tasks import evaluations_enqueue_on_commit

MAX_MINUTES = 24 * 60
MAX_YEARS_BACK = 3
REASON_MAX_LENGTH = 500
EDITABLE = (ReviewStatus.PENDING, ReviewStatus.RETURNED)


class AlreadyDecided(ValidationError):
    """Someone already verified, returned or signed this item (or it was removed). Views answer
    409; callers that only catch ValidationError still see a plain message."""


def _earliest_date(today: date_type) -> date_type:
    try:
        return today.replace(year=today.year - MAX_YEARS_BACK)
    except ValueError:  # 29 February
        return today.replace(year=today.year - MAX_YEARS_BACK, day=28)


def _entry_errors(
    *, kind: str, cpd_category: str, format: str, date: date_type | None, minutes
) -> dict[str, str]:
    """Plain-word problems with an entry, by field; empty when it is fine."""
    errors: dict[str, str] = {}
    if kind not in PracticeEntry.Kind.values:
        errors["kind"] = _("Choose what kind of practice this was.")
    if format not in PracticeEntry.Format.values:
        errors["format"] = _("Choose how it took place.")
    if kind == PracticeEntry.Kind.CPD:
        if cpd_category not in CPDCategory.values:
            errors["cpd_category"] = _("Choose a CPD category.")
    elif cpd_category:
        errors["cpd_category"] = _("A CPD category is only for CPD. Leave it empty here.")
    today = timezone.localdate()
    if date is None:
        errors["date"] = _("Give the date.")
    elif date > today:
        errors["date"] = _("The date cannot be in the future.")
    elif date < _earliest_date(today):
        errors["date"] = _("Entries can go back at most three years.")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= MAX_MINUTES:
        errors["minutes"] = _("Give a length from 1 to 1440 minutes (one day at most).")
    return errors


def _programme_ids_for_kind(kind: str) -> list[int]:
    """Active programmes a verified entry of this kind can count towards."""
    if kind == PracticeEntry.Kind.MENTORING:
        needs = Q(practice_hours__gt=0)
    elif kind == PracticeEntry.Kind.SUPERVISION:
        needs = Q(supervision_sessions__gt=0)
    else:
        needs = Q(renewal_cpd_hours__gt=0) | Q(cpd_requirements__isnull=False)
    return list(
        CertificationProgramme.objects.filter(needs, active=True)
        .values_list("pk", flat=True)
        .distinct()
        .order_by("pk")
    )


def _reason_clean(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {"reason": _("Say briefly why you are returning it, so it can be put right.")}
        )
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError({"reason": _("Keep the reason to 500 characters or fewer.")})
    return reason


def practice_entry_log(
    *,
    user: AbstractBaseUser,
    kind: str,
    cpd_category: str = "",
    format: str = PracticeEntry.Format.IN_PERSON,
    date: date_type | None,
    minutes: int,
    submission_token: UUID | None = None,
) -> PracticeEntry:
    """Log one piece of practice for `user`; it waits for a supervisor.

    Raises PermissionDenied unless `user` may keep a practice log (mentors, supervisors,
    staff), and ValidationError (a dict by field, in plain words) for a future date, a date
    more than three years back, a length outside 1-1440 minutes, or a CPD category missing
    on CPD or given on anything else; IntegrityError if `user` already has an entry with
    this `submission_token` (see practice_entry_log_once). Side effects: writes one
    PracticeEntry (pending).
    """
    if not permissions.can_log_practice(user):
        raise PermissionDenied(_("Only mentors and staff keep a practice log."))
    cpd_category = cpd_category or ""
    errors = _entry_errors(
        kind=kind, cpd_category=cpd_category, format=format, date=date, minutes=minutes
    )
    if errors:
        raise ValidationError(errors)
    entry = PracticeEntry(
        user=user,
        kind=kind,
        cpd_category=cpd_category,
        format=format,
        date=date,
        minutes=minutes,
        submission_token=submission_token,
    )
    # The token's uniqueness is left to the database (the constraint), which alone decides
    # between POSTs that arrive at once.
    entry.full_clean(validate_constraints=False)
    entry.save()
    return entry


def practice_entry_log_once(
    *, user: AbstractBaseUser, submission_token: UUID, **fields
) -> tuple[PracticeEntry, bool]:
    """Log an entry from the form with this one-time `submission_token`, at most once:
    (entry, True) when this call saved it, (the entry saved before, False) when the same
    form was already sent (a double tap, a retry, a replay), however many arrive at once.

    Raises what practice_entry_log raises. Side effects: at most one PracticeEntry per
    person and token; the insert runs in a savepoint, so losing the race to a concurrent
    POST leaves the caller's transaction usable."""
    earlier = PracticeEntry.objects.filter(user=user, submission_token=submission_token).first()
    if earlier is not None:
        return earlier, False
    try:
        with transaction.atomic():
            entry = practice_entry_log(user=user, submission_token=submission_token, **fields)
    except IntegrityError:
        # Another request with the same token committed first (the unique constraint).
        earlier = PracticeEntry.objects.filter(user=user, submission_token=submission_token).first()
        if earlier is None:
            raise
        return earlier, False
    return entry, True


def practice_entry_update(
    *,
    entry: PracticeEntry,
    by: AbstractBaseUser,
    kind: str,
    cpd_category: str = "",
    format: str = PracticeEntry.Format.IN_PERSON,
    date: date_type | None,
    minutes: int,
) -> PracticeEntry:
    """Change an entry; only its owner, only while pending or returned. A returned entry
    becomes pending again (its old reason and reviewer are cleared). Verified entries never
    change.

    Raises PermissionDenied for anyone but the owner, AlreadyDecided for a verified (or
    removed) entry, ValidationError as `practice_entry_log` for bad values.
    Side effects: one conditional UPDATE of the entry.
    """
    if entry.user_id != by.pk:
        raise PermissionDenied(_("Only the person who logged an entry can change it."))
    cpd_category = cpd_category or ""
    errors = _entry_errors(
        kind=kind, cpd_category=cpd_category, format=format, date=date, minutes=minutes
    )
    if errors:
        raise ValidationError(errors)
    updated = PracticeEntry.objects.filter(pk=entry.pk, user=by, status__in=EDITABLE).update(
        kind=kind,
        cpd_category=cpd_category,
        format=format,
        date=date,
        minutes=minutes,
        status=ReviewStatus.PENDING,
        reviewed_by=None,
        reviewed_at=None,
        return_reason="",
    )
    if not updated:
        raise AlreadyDecided(_("This entry is verified, so it stays as it is."))
    entry.refresh_from_db()
    return entry


def practice_entry_delete(*, entry: PracticeEntry, by: AbstractBaseUser) -> None:
    """Remove an entry; only its owner, only while pending or returned.

    Raises PermissionDenied for anyone but the owner, AlreadyDecided for a verified entry.
    Side effects: deletes the row.
    """
    if entry.user_id != by.pk:
        raise PermissionDenied(_("Only the person who logged an entry can remove it."))
    deleted, _detail = PracticeEntry.objects.filter(
        pk=entry.pk, user=by, status__in=EDITABLE
    ).delete()
    if not deleted:
        raise AlreadyDecided(_("This entry is verified, so it stays as it is."))


def _entry_decide(
    *, entry: PracticeEntry, by: AbstractBaseUser, status: str, reason: str = ""
) -> PracticeEntry:
    if not permissions.can_review_entry(by, entry):
        if entry.user_id == by.pk:
            raise PermissionDenied(_("Someone else must review your own entries."))
        raise PermissionDenied(_("Only supervisors review practice entries."))
    now = timezone.now()
    updated = PracticeEntry.objects.filter(pk=entry.pk, status=ReviewStatus.PENDING).update(
        status=status, reviewed_by=by, reviewed_at=now, return_reason=reason
    )
    if not updated:
        raise AlreadyDecided(_("This entry has already been reviewed, or was changed."))
    entry.refresh_from_db()
    return entry


@transaction.atomic
def practice_entry_verify(*, entry: PracticeEntry, by: AbstractBaseUser) -> PracticeEntry:
    """Verify a pending entry: it now counts towards programmes.

    Raises PermissionDenied unless `by` is a supervisor other than the owner, AlreadyDecided
    if it is no longer pending (another supervisor was first). Side effects: records who and
    when; after commit, queues an evaluation of the owner for each active programme that
    counts this kind of practice.
    """
    entry = _entry_decide(entry=entry, by=by, status=ReviewStatus.VERIFIED)
    evaluations_enqueue_on_commit(
        user_id=entry.user_id, programme_ids=_programme_ids_for_kind(entry.kind)
    )
    return entry


@transaction.atomic
def practice_entry_return(
    *, entry: PracticeEntry, by: AbstractBaseUser, reason: str
) -> PracticeEntry:
    """Return a pending entry to its owner with a reason about the entry (never about
    mentees). The owner can correct it, which makes it pending again.

    Raises ValidationError without a reason or with one over 500 characters, otherwise as
    `practice_entry_verify`. Side effects: records who, when and why.
    """
    reason = _reason_clean(reason)
    return _entry_decide(entry=entry, by=by, status=ReviewStatus.RETURNED, reason=reason)


def signoff_request(*, user: AbstractBaseUser, checklist: SignOffChecklist) -> ChecklistSignOff:
    """Ask for `checklist` to be signed for `user`.

    Raises ValidationError if the programme is not active, the sign-off is already recorded,
    or a request is already waiting (the unique constraint decides between two clicks).
    Side effects: writes one ChecklistSignOff (pending).
    """
    if not checklist.programme.active:
        raise ValidationError(_("This programme is not taking sign-off requests at the moment."))
    statuses = set(
        ChecklistSignOff.objects.filter(user=user, checklist=checklist).values_list(
            "status", flat=True
        )
    )
    if ReviewStatus.VERIFIED in statuses:
        raise ValidationError(_("This sign-off is already recorded for you."))
    waiting = _("You have already asked for this sign-off. A signer will see it.")
    if ReviewStatus.PENDING in statuses:
        raise ValidationError(waiting)
    try:
        with transaction.atomic():
            return ChecklistSignOff.objects.create(user=user, checklist=checklist)
    except IntegrityError as error:
        raise ValidationError(waiting) from error


def _signer_check(*, signoff: ChecklistSignOff, by: AbstractBaseUser) -> None:
    if not permissions.can_sign_checklist(by, signoff):
        if signoff.user_id == by.pk:
            raise PermissionDenied(_("Someone else must sign your own sign-offs."))
        raise PermissionDenied(_("You cannot sign this checklist."))


def _signoff_decide(*, signoff: ChecklistSignOff, by: AbstractBaseUser, **changes) -> None:
    # The caller has run `_signer_check` (signing checks it before the ticks).
    updated = ChecklistSignOff.objects.filter(pk=signoff.pk, status=ReviewStatus.PENDING).update(
        reviewed_by=by, reviewed_at=timezone.now(), **changes
    )
    if not updated:
        raise AlreadyDecided(_("This sign-off has already been decided by someone."))
    signoff.refresh_from_db()


@transaction.atomic
def signoff_sign(
    *, signoff: ChecklistSignOff, by: AbstractBaseUser, ticked: Iterable[str]
) -> ChecklistSignOff:
    """Sign a pending request: every item of the checklist must be in `ticked` (item texts).

    Raises PermissionDenied unless `by` may sign this kind of checklist and is not the
    learner; ValidationError naming the items not ticked; AlreadyDecided if someone else
    decided first. Side effects: stores a copy of the items, who and when; after commit,
    queues an evaluation of the learner for the checklist's programme.
    """
    checklist = signoff.checklist
    items = checklist.item_list
    _signer_check(signoff=signoff, by=by)
    if not items:
        raise ValidationError(
            _("This checklist has no items yet. Please ask a coordinator to add them.")
        )
    ticked_set = {str(item).strip() for item in ticked}
    not_ticked = [item for item in items if item not in ticked_set]
    if not_ticked:
        names = ", ".join(f"“{item}”" for item in not_ticked)
        raise ValidationError(
            _("Every item needs a tick before signing. Not ticked yet: %(items)s.")
            % {"items": names}
        )
    _signoff_decide(
        signoff=signoff, by=by, status=ReviewStatus.VERIFIED, items_signed=items, return_reason=""
    )
    signals.checklist_signoff_decided.send(
        sender=ChecklistSignOff, signoff=signoff, by=by, decision="signed"
    )
    evaluations_enqueue_on_commit(user_id=signoff.user_id, programme_ids=[checklist.programme_id])
    return signoff


@transaction.atomic
def signoff_return(
    *, signoff: ChecklistSignOff, by: AbstractBaseUser, reason: str
) -> ChecklistSignOff:
    """Return a pending request with a reason (for example, "let's practise the closing step
    once more"). The learner may ask again.

    Raises ValidationError without a reason, otherwise as `signoff_sign`.
    Side effects: records who, when and why.
    """
    reason = _reason_clean(reason)
    _signer_check(signoff=signoff, by=by)
    _signoff_decide(signoff=signoff, by=by, status=ReviewStatus.RETURNED, return_reason=reason)
    signals.checklist_signoff_decided.send(
        sender=ChecklistSignOff, signoff=signoff, by=by, decision="returned"
    )
    return signoff
