"""Reads of the programme layer that other code relies on: who mentors whom, and what a
person has consented to. One place for each rule."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from trauma_training.models import Consent, Mentorship


def is_mentor_of(mentor: AbstractBaseUser | AnonymousUser, mentee: AbstractBaseUser) -> bool:
    """Whether `mentor` is `mentee`'s mentor now (a current, not ended, mentorship)."""
    if not getattr(mentor, "is_authenticated", False) or mentor.pk == mentee.pk:
        return False
    return Mentorship.objects.filter(mentor=mentor, mentee=mentee, ended_at__isnull=True).exists()


def consent_current(*, user: AbstractBaseUser, purpose: str) -> Consent | None:
    """The person's latest decision for `purpose`, or None if they never decided."""
    return Consent.objects.filter(user=user, purpose=purpose).order_by("-created_at", "-id").first()


def consent_granted(*, user: AbstractBaseUser, purpose: str) -> bool:
    """Whether the person's latest decision for `purpose` is "given" (never deciding is no)."""
    decision = consent_current(user=user, purpose=purpose)
    return bool(decision and decision.granted)


def mentor_may_see_progress(
    mentor: AbstractBaseUser | AnonymousUser, mentee: AbstractBaseUser
) -> bool:
    """A mentor sees a mentee's progress summary only while mentoring them and while the
    mentee consents to it (DOMAIN.md 6.4). Without it the mentor sees only the name."""
    return is_mentor_of(mentor, mentee) and consent_granted(
        user=mentee, purpose=Consent.Purpose.PROGRESS_TO_MENTOR
    )
