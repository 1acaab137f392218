"""Reads of the record store: statement queries (filters, `more` paging, the three formats)
and state documents.

Paging is by position, not offset: each page ends at a (stored, row id) pair and the `more`
link carries the query and that pair, signed, so the next page continues exactly where this
one stopped however many statements arrive in between, and a client cannot widen its query
by editing the link.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from django.core import signing
from django.db.models import Q, QuerySet
from django.utils import timezone

from courses import conf
from courses.h5p import selectors as h5p_selectors
from courses.models import (
    H5PActivity,
    XAPIAttachment,
    XAPICredential,
    XAPIStateDocument,
    XAPIStatement,
)
from courses.text import json_parse
from courses.xapi import BadRequest
from courses.xapi.validation import StateKey, activity_key, agent_key, state_hash

MORE_SALT = "courses.xapi.more"
# The specification asks that a `more` link works for at least 24 hours (Data 2.5.s3).
MORE_SECONDS = 48 * 60 * 60
# How many links of a chain of StatementRefs the filters follow (Communication 2.1.3.s3):
# "a targets b targets c" and c matches, so a matches.
STATEMENT_REF_DEPTH = 2


@dataclass
class StatementQuery:
    """A statement query, as parsed from the parameters of GET /statements. `user_id` is the
    permission scope: a signed-in learner only ever reads statements about themselves."""

    user_id: int | None = None
    agent_key: str | None = None
    related_agents: bool = False
    verb: str | None = None
    activity: str | None = None
    related_activities: bool = False
    registration: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 0
    ascending: bool = False
    format: str = "exact"
    attachments: bool = False

    @property
    def page_size(self) -> int:
        most = conf.get("XAPI_STATEMENTS_PAGE_MAX")
        return min(self.limit, most) if self.limit else most


@dataclass
class StatementPage:
    rows: list[XAPIStatement]
    more: str  # a signed cursor for the next page, "" when this is the last
    last_modified: datetime | None = None
    statements: list[dict] = field(default_factory=list)


def _conditions(query: StatementQuery) -> Q | None:
    """The filter conditions other than time and count, which the StatementRef rule widens."""
    conditions = []
    if query.agent_key:
        token = f" {query.agent_key} "
        if query.related_agents:
            conditions.append(Q(related_agent_keys__contains=token))
        else:
            conditions.append(
                Q(actor_key=query.agent_key)
                | Q(object_agent_key=query.agent_key)
                | Q(member_keys__contains=token)
            )
    if query.verb:
        conditions.append(Q(verb_id=query.verb))
    if query.activity:
        if query.related_activities:
            conditions.append(
                Q(related_activity_keys__contains=f" {activity_key(query.activity)} ")
            )
        else:
            conditions.append(Q(activity_id=query.activity))
    if query.registration:
        conditions.append(Q(registration=query.registration))
    if not conditions:
        return None
    combined = conditions[0]
    for condition in conditions[1:]:
        combined &= condition
    return combined


def _matching(query: StatementQuery, learners: frozenset[int] | None) -> QuerySet:
    statements = XAPIStatement.objects.filter(voided=False)
    if query.user_id is not None:
        statements = statements.filter(user_id=query.user_id)
    if learners is not None:
        statements = statements.filter(user_id__in=learners)
    conditions = _conditions(query)
    if conditions is not None:
        # Statements pointing (StatementRef) at a matching statement match too; the targets
        # may be voided, their pointers are still returned (Communication 2.1.4).
        widened = conditions
        for _level in range(STATEMENT_REF_DEPTH):
            targets = XAPIStatement.objects.filter(widened).values("statement_id")
            widened = conditions | Q(ref_statement_id__in=targets)
        statements = statements.filter(widened)
    if query.since:
        statements = statements.filter(stored__gt=query.since)
    if query.until:
        statements = statements.filter(stored__lte=query.until)
    return statements


def statements_page(
    query: StatementQuery,
    *,
    after: tuple[datetime, int] | None = None,
    learners: frozenset[int] | None = None,
) -> StatementPage:
    """One page of the statements matching `query`, in stored order (newest first unless
    `ascending`), starting after the (stored, row id) position `after`. `learners`, when
    given, is the reading credential's scope: only statements about those users are read.
    It is not part of the `more` link, so each page is limited by the scope of the moment."""
    statements = _matching(query, learners)
    if after is not None:
        stored, pk = after
        if query.ascending:
            statements = statements.filter(Q(stored__gt=stored) | Q(stored=stored, pk__gt=pk))
        else:
            statements = statements.filter(Q(stored__lt=stored) | Q(stored=stored, pk__lt=pk))
    order = ("stored", "pk") if query.ascending else ("-stored", "-pk")
    size = query.page_size
    # user_id: a credential's reads are announced per person (services.credential_read_announce).
    rows = list(statements.order_by(*order).only("id", "stored", "data", "user_id")[: size + 1])
    more = ""
    if len(rows) > size:
        rows = rows[:size]
        more = _cursor(query, rows[-1])
    last_modified = max((row.stored for row in rows), default=None)
    return StatementPage(rows=rows, more=more, last_modified=last_modified)


def _cursor(query: StatementQuery, last: XAPIStatement) -> str:
    state = asdict(query)
    for key in ("since", "until"):
        if state[key] is not None:
            state[key] = state[key].isoformat()
    return signing.dumps(
        {"q": state, "after": [last.stored.isoformat(), last.pk]}, salt=MORE_SALT, compress=True
    )


def statements_cursor_read(token: str) -> tuple[StatementQuery, tuple[datetime, int]]:
    """The query and position a `more` link carries. Raises BadRequest if it was altered or
    is older than MORE_SECONDS."""
    try:
        state = signing.loads(token, salt=MORE_SALT, max_age=MORE_SECONDS)
    except signing.SignatureExpired:
        raise BadRequest("This more link has expired; run the query again.") from None
    except signing.BadSignature:
        raise BadRequest("This more link is not one this record store made.") from None
    values = state["q"]
    for key in ("since", "until"):
        if values[key] is not None:
            values[key] = datetime.fromisoformat(values[key])
    stored, pk = state["after"]
    return StatementQuery(**values), (datetime.fromisoformat(stored), pk)


def statement_single(
    *,
    statement_id: str,
    voided: bool,
    user_id: int | None,
    learners: frozenset[int] | None = None,
) -> XAPIStatement | None:
    """The statement with this id, if it is (`voided`) or is not voided: a voided statement
    is returned only when asked for by voidedStatementId (Communication 2.1.4). `user_id`
    (a session) or `learners` (a credential's scope) limit whose statement it may be."""
    statements = XAPIStatement.objects.filter(statement_id=statement_id, voided=voided)
    if user_id is not None:
        statements = statements.filter(user_id=user_id)
    if learners is not None:
        statements = statements.filter(user_id__in=learners)
    return statements.only("id", "stored", "data", "user_id").first()


def attachment_parts(rows: list[XAPIStatement]) -> list[tuple[str, str, bytes]]:
    """(sha2, content type, data) of the attachments held for `rows`, each once."""
    parts = {}
    for attachment in XAPIAttachment.objects.filter(statement__in=rows):
        parts.setdefault(
            attachment.sha2, (attachment.sha2, attachment.content_type, bytes(attachment.content))
        )
    return list(parts.values())


# --- Credentials ----------------------------------------------------------------------------


def credentials_managed_by(user) -> QuerySet[XAPICredential]:
    """The credentials `user` sees and manages in the admin: an admin every one, anyone else
    only those they made themselves."""
    credentials = XAPICredential.objects.select_related("created_by")
    if user.is_superuser:
        return credentials
    return credentials.filter(created_by=user)


# --- Activities -----------------------------------------------------------------------------


def activity_for_iri(iri: str) -> H5PActivity | None:
    """The activity `iri` (without `?subContentId=...`) names, or None. Remembered in this
    process for a minute (`courses.h5p.selectors.remembered_activity`)."""
    return h5p_selectors.remembered_activity(iri)


def activity_memo_clear() -> None:
    from courses.xapi import activities

    h5p_selectors.remembered_activities_forget()
    activities.definitions_forget()


# --- Formats ----------------------------------------------------------------------------------

_IFIS = ("mbox", "mbox_sha1sum", "openid", "account")


def _ids_agent(agent: dict | None) -> dict | None:
    if agent is None:
        return None
    reduced = {key: agent[key] for key in ("objectType", *_IFIS) if key in agent}
    if agent.get("objectType") == "Group" and not agent_key(agent):
        reduced["member"] = [_ids_agent(member) for member in agent.get("member", ())]
    return reduced


def _ids_activity(activity: dict) -> dict:
    # The identifier and nothing else: an Activity's objectType is optional (the default),
    # so it is not an identifier, whether the client sent it or not.
    return {"id": activity["id"]}


def _ids_object(obj: dict) -> dict:
    kind = obj.get("objectType", "Activity")
    if kind == "Activity":
        return _ids_activity(obj)
    if kind in ("Agent", "Group"):
        return _ids_agent(obj)
    if kind == "SubStatement":
        return _ids_statement(obj)
    return obj


def _ids_statement(statement: dict) -> dict:
    reduced = dict(statement)
    reduced["actor"] = _ids_agent(statement["actor"])
    reduced["verb"] = {"id": statement["verb"]["id"]}
    reduced["object"] = _ids_object(statement["object"])
    if "authority" in statement:
        reduced["authority"] = _ids_agent(statement["authority"])
    context = statement.get("context")
    if context:
        context = dict(context)
        for key in ("instructor", "team"):
            if key in context:
                context[key] = _ids_agent(context[key])
        if "contextActivities" in context:
            context["contextActivities"] = {
                key: [_ids_activity(activity) for activity in activities]
                for key, activities in context["contextActivities"].items()
            }
        reduced["context"] = context
    return reduced


def accepted_languages(header: str) -> list[str]:
    """The languages of an Accept-Language header, most wanted first."""
    weighted = []
    for position, item in enumerate(header.split(",")):
        tag, _, params = item.strip().partition(";")
        if not tag:
            continue
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if quality > 0:
            weighted.append((-quality, position, tag.strip().lower()))
    return [tag for _q, _p, tag in sorted(weighted)]


def _one_language(language_map: dict, languages: list[str]) -> dict:
    if len(language_map) <= 1:
        return language_map
    lowered = {key.lower(): key for key in language_map}
    for wanted in languages:
        if wanted == "*":
            break
        if wanted in lowered:
            key = lowered[wanted]
            return {key: language_map[key]}
        for low, key in lowered.items():
            if low.startswith(f"{wanted}-") or wanted.startswith(f"{low}-"):
                return {key: language_map[key]}
    key = next(iter(language_map))
    return {key: language_map[key]}


def _canonical_activity(activity: dict, languages: list[str]) -> dict:
    definition = activity.get("definition")
    if not definition:
        return activity
    definition = dict(definition)
    for key in ("name", "description"):
        if key in definition:
            definition[key] = _one_language(definition[key], languages)
    for key in ("choices", "scale", "source", "target", "steps"):
        if key in definition:
            definition[key] = [
                {**c, "description": _one_language(c["description"], languages)}
                if "description" in c
                else c
                for c in definition[key]
            ]
    return {**activity, "definition": definition}


def _canonical_statement(statement: dict, languages: list[str]) -> dict:
    reduced = dict(statement)
    verb = statement["verb"]
    if "display" in verb:
        reduced["verb"] = {**verb, "display": _one_language(verb["display"], languages)}
    obj = statement["object"]
    kind = obj.get("objectType", "Activity")
    if kind == "Activity":
        reduced["object"] = _canonical_activity(obj, languages)
    elif kind == "SubStatement":
        reduced["object"] = _canonical_statement(obj, languages)
    context = statement.get("context")
    if context and "contextActivities" in context:
        reduced["context"] = {
            **context,
            "contextActivities": {
                key: [_canonical_activity(a, languages) for a in activities]
                for key, activities in context["contextActivities"].items()
            },
        }
    return reduced


def statement_formatted(statement: dict, *, format: str, languages: list[str]) -> dict:
    """A stored statement in the asked-for format: `exact` (as stored), `ids` (agents,
    activities and verbs reduced to their identifiers) or `canonical` (one language per
    language map, chosen by Accept-Language)."""
    if format == "ids":
        return _ids_statement(statement)
    if format == "canonical":
        return _canonical_statement(statement, languages)
    return statement


# --- State documents --------------------------------------------------------------------------


def state_document(key: StateKey) -> XAPIStateDocument | None:
    return XAPIStateDocument.objects.filter(key_hash=key.key_hash).first()


def state_ids(key: StateKey, *, since: datetime | None = None) -> tuple[list[str], datetime | None]:
    """The ids of the state documents of an activity and agent (and registration, if given),
    updated after `since`; and when the newest of them changed."""
    documents = XAPIStateDocument.objects.filter(scope_hash=key.scope_hash)
    if key.registration:
        documents = documents.filter(registration=key.registration)
    if since:
        documents = documents.filter(updated__gt=since)
    found = list(documents.order_by("updated", "id").values_list("state_id", "updated"))
    return [state_id for state_id, _updated in found], max(
        (updated for _state_id, updated in found), default=None
    )


def state_documents_json(*, agent: dict, activity_ids: list[str], state_id: str) -> dict[str, Any]:
    """The JSON state document `state_id` (without registration) of `agent` in each of
    `activity_ids`, parsed, by activity id; for a page showing several activities at once.
    Documents that are not JSON are left out. One query."""
    token = agent_key(agent)
    wanted = {
        state_hash(activity_id, token, "", state_id): activity_id for activity_id in activity_ids
    }
    documents = XAPIStateDocument.objects.filter(key_hash__in=list(wanted)).only(
        "key_hash", "content", "content_type"
    )
    found = {}
    for document in documents:
        if document.content_type.split(";", 1)[0].strip().lower() != "application/json":
            continue
        try:
            # Checked as on the way in: a document saved before that check existed, holding
            # a string no page can show, is left out (kept, not shown) rather than a 500.
            found[wanted[document.key_hash]] = json_parse(bytes(document.content))
        except (ValueError, UnicodeDecodeError):  # TextRefused is a ValueError
            continue
    return found


def consistent_through() -> datetime:
    """Every statement stored before this moment can be read now: statements are visible as
    soon as their transaction commits, so this is the current time."""
    return timezone.now()
