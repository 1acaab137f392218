"""Short lists written in plain words: goals a learner may pick, and what a check-in suggests.

Kept in code (not the CMS) because they are few and must be translated with the interface.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class GoalSuggestion:
    """A goal a learner can pick with one tap; `course_code` links it to that course if the
    course is on the site."""

    key: str
    title: Promise
    course_code: str = ""


GOAL_SUGGESTIONS: tuple[GoalSuggestion, ...] = (
    GoalSuggestion("speak-at-meeting", _("Speak at a collective meeting")),
    GoalSuggestion("save-weekly", _("Save a little each week")),
    GoalSuggestion("finish-s2", _("Finish Rights, wellbeing and money"), course_code="S2"),
    GoalSuggestion("finish-s1", _("Finish Leading and speaking up"), course_code="S1"),
    GoalSuggestion("know-my-rights", _("Learn one of my rights and tell a friend")),
    GoalSuggestion("rest-time", _("Keep one hour a week for rest")),
)


def goal_suggestion(key: str) -> GoalSuggestion | None:
    return next((s for s in GOAL_SUGGESTIONS if s.key == key), None)


@dataclass(frozen=True)
class CheckInSuggestions:
    """What the check-in page offers after an answer: a kind sentence and a few ideas."""

    message: Promise
    ideas: tuple[Promise, ...]
    show_grounding: bool
    reach_out: bool


def checkin_suggestions(feeling: int) -> CheckInSuggestions:
    """Kind, not clinical. Low answers offer a person to talk to and "Get help now"; nothing
    is sent to anyone."""
    if feeling <= 2:
        return CheckInSuggestions(
            message=_("Thank you for checking in. Today sounds hard, and that is okay."),
            ideas=(
                _(
                    "Talk to your supervisor or a mentor you trust today. You do not have to "
                    "carry this alone."
                ),
                _("It is fine to move a session to another day and rest."),
                _("Try the short grounding exercise below."),
            ),
            show_grounding=True,
            reach_out=True,
        )
    if feeling == 3:
        return CheckInSuggestions(
            message=_("Thank you for checking in. An okay day is a fine day."),
            ideas=(
                _("Take a short break: some water, a walk, a few slow breaths."),
                _("Do one small thing that helps you, before the next session."),
                _(
                    "If something from a session stays with you, talk it through with your "
                    "supervisor."
                ),
            ),
            show_grounding=True,
            reach_out=False,
        )
    return CheckInSuggestions(
        message=_("Thank you for checking in. It is good to hear you are well."),
        ideas=(
            _("Notice what helped today, so you can come back to it on a harder day."),
            _("Keep your rest time, even on good days."),
        ),
        show_grounding=False,
        reach_out=False,
    )
