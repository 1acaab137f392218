"""The Agents Resource (Communication 2.4): a Person Object for an agent.

The record store has no directory of people, so a Person holds the one identifier it was asked
about, and, for agents who are not our users, the names statements gave that agent as their
actor. It never joins several identifiers into one Person (which 2.4.s3.b1 would have needing
extra permissions), and a Person for one of our users is only their pseudonymous account:
no name, no e-mail address, whatever a statement or the request said.
"""

from __future__ import annotations

from courses.models import XAPIStatement
from courses.xapi import Forbidden
from courses.xapi.auth import XAPIClient, user_pk_for_agent
from courses.xapi.validation import agent_key

IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
# How many of an agent's newest statements are read for the names they gave.
NAMES_FROM_STATEMENTS = 100


def authorise_person(*, client: XAPIClient, agent: dict) -> None:
    """A signed-in person asks only about themselves; a credential only about agents its
    scope reaches (a collectives credential: learners of its creator's collectives). Raises
    Forbidden."""
    if client.is_session:
        if agent_key(agent) != agent_key(client.agent):
            raise Forbidden("Signed-in learners may only ask about themselves (agent parameter).")
        return
    if not client.reaches(user_pk_for_agent(agent)):
        raise Forbidden(
            "agent is not a learner this credential may reach (it reaches only the learners "
            "of its creator's collectives)."
        )


def person(agent: dict) -> dict:
    """The Person Object for `agent` (an Agent with one identifier). One query for an agent
    who is not one of our users, none for one who is."""
    found = {"objectType": "Person"}
    ours = user_pk_for_agent(agent) is not None
    names: list[str] = []
    if not ours:
        if type(agent.get("name")) is str:
            names.append(agent["name"])
        seen = (
            XAPIStatement.objects.filter(actor_key=agent_key(agent))
            .order_by("-stored")
            .values_list("data__actor__name", flat=True)[:NAMES_FROM_STATEMENTS]
        )
        names += [name for name in seen if type(name) is str]
    found["name"] = list(dict.fromkeys(names))
    for ifi in IFIS:
        if ifi in agent:
            found[ifi] = [agent[ifi]]
    return found
