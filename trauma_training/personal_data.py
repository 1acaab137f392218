"""A person's collectives, mentorships, consent history and nudges for "My data" and its
download (docs/my-data.md). Registered in `trauma_training.apps`.

The other person in a mentorship or a nudge appears by display name only."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q
from django.utils.translation import gettext as _

from cms.rights.registry import DataSection, RecentItem, iso
from courses.models import CohortMembership
from trauma_training.models import Collective, Consent, Mentorship, Nudge
from trauma_training.selectors import display_name

RECENT = 5


def _mentorships(user):
    return (
        Mentorship.objects.filter(Q(mentor=user) | Q(mentee=user))
        .select_related("mentor", "mentee")
        .order_by("-started_at", "-id")
    )


def _mentorship_line(row: Mentorship, user) -> str:
    if row.mentee_id == user.pk:
        return _("My mentor: %(name)s") % {"name": display_name(row.mentor)}
    return _("I mentor: %(name)s") % {"name": display_name(row.mentee)}


def personal_data_summary(user: AbstractBaseUser) -> list[DataSection]:
    collectives = list(
        Collective.objects.filter(cohort__memberships__user=user)
        .select_related("cohort")
        .order_by("cohort__name")[:RECENT]
    )
    mentorships = list(_mentorships(user)[:RECENT])
    consents = list(Consent.objects.filter(user=user).order_by("-created_at", "-id")[:RECENT])
    nudges = list(
        Nudge.objects.filter(mentee=user)
        .select_related("mentor")
        .order_by("-created_at", "-id")[:RECENT]
    )
    return [
        DataSection(
            key="collectives_and_mentorships",
            title=_("Collectives and mentorships"),
            order=60,
            counts=[
                (
                    _("Collectives I belong to"),
                    Collective.objects.filter(cohort__memberships__user=user).count(),
                ),
                (_("Collectives I coordinate"), user.coordinated_collectives.count()),
                (_("Mentorships"), _mentorships(user).count()),
            ],
            recent=[RecentItem(None, row.cohort.name) for row in collectives]
            + [RecentItem(row.started_at, _mentorship_line(row, user)) for row in mentorships],
        ),
        DataSection(
            key="consent",
            title=_("Consent history"),
            order=70,
            counts=[(_("Consent decisions"), Consent.objects.filter(user=user).count())],
            recent=[
                RecentItem(
                    row.created_at,
                    (_("%(purpose)s: yes") if row.granted else _("%(purpose)s: no"))
                    % {"purpose": row.get_purpose_display()},
                )
                for row in consents
            ],
        ),
        DataSection(
            key="nudges",
            title=_("Nudges received"),
            order=90,
            counts=[
                (_("Nudges received"), Nudge.objects.filter(mentee=user).count()),
                (_("Nudges I sent"), Nudge.objects.filter(mentor=user).count()),
            ],
            recent=[
                RecentItem(
                    row.created_at,
                    _("From %(name)s") % {"name": display_name(row.mentor)},
                )
                for row in nudges
            ],
        ),
    ]


def personal_data(user: AbstractBaseUser) -> dict[str, Any]:
    return {
        "collectives_and_mentorships": {
            "collectives": [
                {
                    "collective": row.cohort.name,
                    "role": row.role,
                    "joined": iso(row.joined_at),
                }
                for row in CohortMembership.objects.filter(
                    user=user, cohort__collective__isnull=False
                )
                .select_related("cohort")
                .order_by("joined_at", "id")
            ],
            "collectives_i_coordinate": sorted(
                user.coordinated_collectives.values_list("cohort__name", flat=True)
            ),
            "mentorships": [
                {
                    "my_role": "mentee" if row.mentee_id == user.pk else "mentor",
                    "other_person": (
                        display_name(row.mentor)
                        if row.mentee_id == user.pk
                        else display_name(row.mentee)
                    ),
                    "started": iso(row.started_at),
                    "ended": iso(row.ended_at),
                }
                for row in _mentorships(user).order_by("started_at", "id")
            ],
        },
        "consent_history": [
            {
                "purpose": row.purpose,
                "given": row.granted,
                "notice_version": row.notice_version,
                "language": row.language,
                "when": iso(row.created_at),
            }
            for row in Consent.objects.filter(user=user).order_by("created_at", "id")
        ],
        "nudges": {
            "received": [
                {
                    "from": display_name(row.mentor),
                    "sent": iso(row.created_at),
                    "seen": iso(row.seen_at),
                }
                for row in Nudge.objects.filter(mentee=user)
                .select_related("mentor")
                .order_by("created_at", "id")
            ],
            "sent": [
                {"to": display_name(row.mentee), "sent": iso(row.created_at)}
                for row in Nudge.objects.filter(mentor=user)
                .select_related("mentee")
                .order_by("created_at", "id")
            ],
        },
    }
