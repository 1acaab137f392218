"""A person's own goals, journal, shared reflections and check-ins for "My data" and its
download (docs/my-data.md). Registered in `trauma_training.wellbeing.apps`.

Only the owner's rows: a mentor's download never contains what a mentee shares with them."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from cms.rights.registry import DataSection, RecentItem, first_text, iso
from trauma_training.wellbeing.models import CheckIn, Goal, GoalStep, JournalEntry, ReflectionShare

RECENT = 5


def personal_data_summary(user: AbstractBaseUser) -> list[DataSection]:
    goals = list(Goal.objects.filter(user=user).order_by("-created_at", "-id")[:RECENT])
    entries = list(JournalEntry.objects.filter(user=user).order_by("-created_at", "-id")[:RECENT])
    checkins = list(CheckIn.objects.filter(user=user).order_by("-created_at", "-id")[:RECENT])
    return [
        DataSection(
            key="wellbeing",
            title=_("Goals, journal and check-ins"),
            order=80,
            counts=[
                (_("Goals"), Goal.objects.filter(user=user).count()),
                (_("Journal entries"), JournalEntry.objects.filter(user=user).count()),
                (
                    _("Reflections shared with my mentor"),
                    ReflectionShare.objects.filter(user=user).count(),
                ),
                (_("Check-ins"), CheckIn.objects.filter(user=user).count()),
            ],
            recent=[
                RecentItem(row.created_at, _("Goal: %(title)s") % {"title": first_text(row.title)})
                for row in goals
            ]
            + [
                RecentItem(row.created_at, _("Journal: %(text)s") % {"text": first_text(row.text)})
                for row in entries
            ]
            + [
                RecentItem(
                    row.created_at,
                    _("Check-in: %(feeling)s") % {"feeling": row.get_feeling_display()},
                )
                for row in checkins
            ],
        )
    ]


def personal_data(user: AbstractBaseUser) -> dict[str, Any]:
    steps = Prefetch("steps", queryset=GoalStep.objects.order_by("order", "id"))
    return {
        "goals_journal_and_check_ins": {
            "goals": [
                {
                    "goal": row.title,
                    "why_it_matters": row.why,
                    "course": row.course.title if row.course_id else None,
                    "module": row.module.title if row.module_id else None,
                    "shared_with_mentor_since": iso(row.shared_at),
                    "written": iso(row.created_at),
                    "done": iso(row.done_at),
                    "steps": [
                        {"step": step.text, "done": iso(step.done_at)} for step in row.steps.all()
                    ],
                }
                for row in Goal.objects.filter(user=user)
                .select_related("course", "module")
                .prefetch_related(steps)
                .order_by("created_at", "id")
            ],
            "journal": [
                {
                    "text": row.text,
                    "written": iso(row.created_at),
                    "updated": iso(row.updated_at),
                    "shared_with_mentor_since": iso(row.shared_at),
                }
                for row in JournalEntry.objects.filter(user=user).order_by("created_at", "id")
            ],
            "reflections_shared_with_mentor": [
                {
                    "lesson": row.reflection.lesson.title,
                    "shared_since": iso(row.shared_at),
                }
                for row in ReflectionShare.objects.filter(user=user)
                .select_related("reflection__lesson")
                .order_by("shared_at", "id")
            ],
            "check_ins": [
                {
                    "feeling": row.feeling,
                    "feeling_words": row.get_feeling_display(),
                    "when": iso(row.created_at),
                }
                for row in CheckIn.objects.filter(user=user).order_by("created_at", "id")
            ],
        }
    }
