"""How a person is told apart from another in a choice list (issue 13).

Two learners may both call themselves "Moumita"; a coordinator pairing a mentor, or adding
someone to a cohort, must pick the right one. Every list that offers people to choose from
labels them with `person_choice_label`: the name others see, the groups (cohorts, i.e.
collectives on this site) of theirs the chooser manages, the month they joined and their
account number. Never an email address, phone or username, which may identify a survivor
outside the programme; the account number is the one "Person no. 12" already shows.

It lives in `courses`, which owns cohorts, so the plugin's own admin forms and the host's
programme pages (`trauma_training.forms`) share the one helper.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from courses.models import Cohort, CohortMembership

# Where `people_for_choice` puts each person's memberships of the chooser's cohorts.
MEMBERSHIPS_ATTR = "choice_memberships"


def person_choice_label(person: AbstractBaseUser, *, cohort_names: Iterable[str] = ()) -> str:
    """`person` as a choice: "Moumita · Sundarbans collective · joined Mar 2026 · no. 12".
    `cohort_names` are the groups to show (only those the chooser may see); none are shown
    when empty. The month is in the active language."""
    joined = getattr(person, "date_joined", None)
    parts = [person.get_full_name() or str(person)]
    parts.extend(sorted(cohort_names))
    if joined is not None:
        parts.append(
            _("joined %(month)s") % {"month": date_format(timezone.localtime(joined), "M Y")}
        )
    parts.append(_("no. %(id)s") % {"id": person.pk})
    return " · ".join(parts)


def people_for_choice(people: QuerySet, *, cohorts: QuerySet[Cohort] | None) -> QuerySet:
    """`people` with their memberships of `cohorts` fetched in one more query (not one per
    person), for `person_choice_label_from`. `cohorts` must be what the chooser may see: a
    coordinator is never told that someone is also in another collective."""
    memberships = CohortMembership.objects.select_related("cohort").order_by("cohort__name")
    memberships = memberships.none() if cohorts is None else memberships.filter(cohort__in=cohorts)
    return people.prefetch_related(
        Prefetch("cohort_memberships", queryset=memberships, to_attr=MEMBERSHIPS_ATTR)
    )


def person_choice_label_from(person: AbstractBaseUser) -> str:
    """The label of a person from `people_for_choice` (a ModelChoiceField's
    `label_from_instance`)."""
    rows = getattr(person, MEMBERSHIPS_ATTR, [])
    return person_choice_label(person, cohort_names=[row.cohort.name for row in rows])
