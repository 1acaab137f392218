"""Writes of the record store: storing statements (with voiding and attachments), state
documents, forwarding to an external record store, and purging old records.

Statements are immutable: a statement is written once, and later only its `voided` flag (when
a voiding statement arrives) and `forwarded_at` change. A batch is stored all or nothing.
"""

from __future__ import annotations

import base64
import json
import logging
import secrets
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import conf
from courses.h5p import selectors as h5p_selectors
from courses.h5p import services as h5p_services
from courses.models import (
    XAPIAttachment,
    XAPICredential,
    XAPIProfileDocument,
    XAPIStateDocument,
    XAPIStatement,
)
from courses.signals import person_data_viewed
from courses.xapi import (
    VOIDED_VERB,
    XAPI_VERSION,
    BadRequest,
    Conflict,
    Forbidden,
    activities,
    selectors,
)
from courses.xapi.auth import XAPIClient, user_pk_for_agent
from courses.xapi.documents import DocumentWrite, document_save, preconditions
from courses.xapi.signatures import signatures_verify
from courses.xapi.validation import (
    SERVER_SET,
    StateKey,
    StatementInvalid,
    activity_key,
    agent_key,
    parse_timestamp,
    statements_match,
    validate_statement,
)

logger = logging.getLogger(__name__)


def now_ms() -> datetime:
    """The current time to the millisecond: what `stored` says in the JSON is then exactly
    what the indexed column holds, so `since` and `until` agree with what clients see."""
    now = timezone.now()
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# --- Statements: authorisation ----------------------------------------------------------------


def _authorise_session_writes(client: XAPIClient, statements: list[dict]) -> None:
    """A signed-in person may record only what they did in activities open to them: each
    statement's object must be an activity they may use (asked once per activity)."""
    allowed: dict[str, bool] = {}
    for index, statement in enumerate(statements):
        obj = statement["object"]
        if obj.get("objectType", "Activity") != "Activity":
            raise Forbidden(
                f"statement {index}: signed-in learners may only send statements about "
                "activities (not agents, statement references or sub-statements)."
            )
        iri = h5p_selectors.activity_iri(obj["id"])
        if iri not in allowed:
            activity = selectors.activity_for_iri(iri)
            allowed[iri] = activity is not None and h5p_selectors.may_use_activity(
                user=client.user, activity=activity
            )
        if not allowed[iri]:
            raise Forbidden(
                f"statement {index}: object.id {obj['id']!r} is not an activity in a lesson "
                "you can open."
            )


def _authorise_credential_writes(client: XAPIClient, statements: list[dict]) -> None:
    """A credential writes only if it is read-write, only as learners of its scope (the
    actor), and voids only statements of learners of its scope. A site-wide credential may
    also write about agents who are not our users."""
    client.require_write()
    if client.learner_ids is None:
        return
    for index, statement in enumerate(statements):
        if not client.reaches(user_pk_for_agent(statement["actor"])):
            raise Forbidden(
                f"statement {index}: actor is not a learner this credential may write for "
                "(it reaches only the learners of its creator's collectives)."
            )
    targets = {
        uuid.UUID(statement["object"]["id"]): index
        for index, statement in enumerate(statements)
        if statement["verb"]["id"] == VOIDED_VERB
    }
    if targets:
        owners = dict(
            XAPIStatement.objects.filter(statement_id__in=list(targets)).values_list(
                "statement_id", "user_id"
            )
        )
        for target, index in targets.items():
            if target not in owners or not client.reaches(owners[target]):
                raise Forbidden(
                    f"statement {index}: object.id {target} is not a statement of a learner "
                    "this credential may write for."
                )


# --- Statements: filter columns ---------------------------------------------------------------


def _agent_tokens(agent: dict | None, *, with_members: bool = True) -> list[str]:
    if not agent:
        return []
    tokens = [agent_key(agent)]
    if with_members:
        tokens += [agent_key(member) for member in agent.get("member", ())]
    return [token for token in tokens if token]


def _context_activity_ids(context: dict | None) -> list[str]:
    if not context:
        return []
    return [
        activity["id"]
        for activities in context.get("contextActivities", {}).values()
        for activity in activities
    ]


def _related(statement: dict, *, nested: bool = False) -> tuple[list[str], list[str]]:
    """Every agent token and activity id a statement mentions: actor, object, authority,
    instructor, team, context activities, and the same inside a SubStatement (Communication
    2.1.3, related_agents and related_activities)."""
    obj = statement["object"]
    kind = obj.get("objectType", "Activity")
    context = statement.get("context")
    agents = _agent_tokens(statement["actor"])
    activities = _context_activity_ids(context)
    if context:
        agents += _agent_tokens(context.get("instructor")) + _agent_tokens(context.get("team"))
    if not nested:
        agents += _agent_tokens(statement.get("authority"))
    if kind == "Activity":
        activities.append(obj["id"])
    elif kind in ("Agent", "Group"):
        agents += _agent_tokens(obj)
    elif kind == "SubStatement":
        sub_agents, sub_activities = _related(obj, nested=True)
        agents += sub_agents
        activities += sub_activities
    return agents, activities


def _spaced(tokens: Iterable[str]) -> str:
    unique = dict.fromkeys(tokens)
    return f" {' '.join(unique)} " if unique else ""


def _normalise_context_activities(statement: dict) -> None:
    """The specification returns every contextActivities value as a list (Data 2.4.6.2)."""
    context = statement.get("context")
    if context and "contextActivities" in context:
        for key, value in context["contextActivities"].items():
            if type(value) is dict:
                context["contextActivities"][key] = [value]
    obj = statement["object"]
    if obj.get("objectType") == "SubStatement":
        _normalise_context_activities(obj)


@dataclass
class _Incoming:
    """A statement of the request, with what the client itself sent (for comparing re-sends)."""

    statement: dict
    had_id: bool
    had_timestamp: bool
    key: uuid.UUID | None = None


def _row(item: _Incoming, *, stored: datetime, user_id: int | None) -> XAPIStatement:
    statement = item.statement
    obj = statement["object"]
    kind = obj.get("objectType", "Activity")
    actor = statement["actor"]
    agents, activities = _related(statement)
    members = [agent_key(m) for m in actor.get("member", ())]
    if kind in ("Agent", "Group"):
        members += [agent_key(m) for m in obj.get("member", ())]
    context = statement.get("context") or {}
    return XAPIStatement(
        statement_id=item.key,
        user_id=user_id,
        actor_key=agent_key(actor),
        object_agent_key=agent_key(obj) if kind in ("Agent", "Group") else "",
        member_keys=_spaced(m for m in members if m),
        related_agent_keys=_spaced(agents),
        related_activity_keys=_spaced(activity_key(a) for a in activities),
        verb_id=statement["verb"]["id"],
        activity_id=obj["id"] if kind == "Activity" else "",
        ref_statement_id=obj["id"] if kind == "StatementRef" else None,
        registration=context.get("registration"),
        timestamp=parse_timestamp(statement["timestamp"]) if item.had_timestamp else stored,
        stored=stored,
        data=statement,
    )


# --- Statements: comparison of re-sent statements ---------------------------------------------


def _same_statement(incoming: dict, existing: dict, *, compare_timestamp: bool) -> bool:
    """Whether a re-sent statement is the one stored under its id (Data 2.3.1). The record
    store has already set id, stored, authority and version on `incoming`, and a timestamp
    when the client sent none; those are left out, and the timestamp compared only when the
    client sent one."""
    if compare_timestamp and parse_timestamp(incoming.get("timestamp")) != parse_timestamp(
        existing.get("timestamp")
    ):
        return False
    mine = {k: v for k, v in incoming.items() if k not in SERVER_SET}
    theirs = {k: v for k, v in existing.items() if k not in SERVER_SET}
    return statements_match(mine, theirs)


# --- Statements: storing ----------------------------------------------------------------------


@dataclass
class AttachmentData:
    """The raw data of one part of a multipart/mixed statement request."""

    content_type: str
    content: bytes


def _check_attachments(statements: list[dict], files: dict[str, AttachmentData]) -> None:
    """Each attachment either points elsewhere (fileUrl) or arrived as a part with its hash;
    each part belongs to an attachment (Communication 1.5.2)."""
    used = set()
    for index, statement in enumerate(statements):
        for number, attachment in enumerate(statement.get("attachments", ())):
            sha2 = attachment["sha2"].lower()
            if sha2 in files:
                used.add(sha2)
            elif "fileUrl" not in attachment:
                raise BadRequest(
                    f"statement {index}: attachments[{number}] has no fileUrl, so its data must "
                    "be sent as a part of a multipart/mixed request with X-Experience-API-Hash "
                    f"{attachment['sha2']}."
                )
    unused = set(files) - used
    if unused:
        raise BadRequest(
            f"The request has an attachment part ({sorted(unused)[0]}) that no statement lists."
        )


def _users_by_pk(statements: list[dict]) -> dict[int, AbstractBaseUser]:
    wanted = {pk for s in statements if (pk := user_pk_for_agent(s["actor"])) is not None}
    if not wanted:
        return {}
    return get_user_model().objects.in_bulk(wanted)


def _enqueue_forward(row_ids: list[int]) -> None:
    from courses.xapi import tasks

    try:
        tasks.xapi_forward_task.delay(row_ids)
    except Exception as error:  # noqa: BLE001
        # No broker, or (Celery running eagerly) the forward itself failed: the statements
        # are stored and the sweep sends them later; the learner's request must not fail.
        logger.warning("forwarding %s statements failed for now: %r", len(row_ids), error)


def _store(
    incoming: list[_Incoming],
    *,
    client: XAPIClient,
    files,
    stored: datetime,
    check_existing: bool,
) -> list[str]:
    given = [item.key for item in incoming if item.had_id]
    existing = {}
    if given and check_existing:
        existing = {
            row.statement_id: row.data
            for row in XAPIStatement.objects.filter(statement_id__in=given).only(
                "statement_id", "data"
            )
        }
    new: list[_Incoming] = []
    for index, item in enumerate(incoming):
        key = item.key
        if key in existing:
            if not _same_statement(
                item.statement, existing[key], compare_timestamp=item.had_timestamp
            ):
                raise Conflict(
                    f"statement {index}: a different statement with id {key} is already stored."
                )
        else:
            new.append(item)
    if not new:
        return [item.statement["id"] for item in incoming]

    if client.is_session:
        users = {client.user.pk: client.user}
        user_ids = [client.user.pk] * len(new)
    else:
        users = _users_by_pk([item.statement for item in new])
        user_ids = [user_pk_for_agent(item.statement["actor"]) for item in new]
        user_ids = [pk if pk in users else None for pk in user_ids]
    rows = [_row(item, stored=stored, user_id=pk) for item, pk in zip(new, user_ids, strict=True)]
    # Built before the transaction, so that it holds SQLite's write lock only for the writes.
    recorded = _statements_for_h5p(rows, users)

    with transaction.atomic():
        XAPIStatement.objects.bulk_create(rows)
        voided_targets = [r.ref_statement_id for r in rows if r.verb_id == VOIDED_VERB]
        if voided_targets:
            # A voiding statement itself can never be voided (Data 2.3.2).
            XAPIStatement.objects.filter(statement_id__in=voided_targets).exclude(
                verb_id=VOIDED_VERB
            ).update(voided=True)
        if given and not client.is_session:
            # A statement can arrive after the statement voiding it (an external store
            # replaying its records). A learner's browser makes up its ids itself, so nobody
            # can have voided one of them yet: the check is skipped on that busy path.
            voiders = XAPIStatement.objects.filter(
                verb_id=VOIDED_VERB, ref_statement_id=OuterRef("statement_id")
            )
            XAPIStatement.objects.filter(
                statement_id__in=[r.statement_id for r in rows], voided=False
            ).exclude(verb_id=VOIDED_VERB).filter(Exists(voiders)).update(voided=True)
        if files:
            XAPIAttachment.objects.bulk_create(
                [
                    XAPIAttachment(
                        statement=row,
                        sha2=sha2,
                        content_type=files[sha2].content_type,
                        content=files[sha2].content,
                    )
                    for row in rows
                    for sha2 in dict.fromkeys(
                        a["sha2"].lower() for a in row.data.get("attachments", ())
                    )
                    if sha2 in files
                ]
            )
        for user_id, (statements, attempts) in recorded.items():
            h5p_services.statements_recorded(
                user=users[user_id], statements=statements, attempts=attempts
            )
        # Last in the transaction: it remembers what it merged (courses.xapi.activities).
        activities.definitions_record(
            [row.data for row in rows], stored=stored, object_only=client.is_session
        )
        if conf.get("XAPI_FORWARD_URL"):
            transaction.on_commit(partial(_enqueue_forward, [row.pk for row in rows]))
    return [item.statement["id"] for item in incoming]


def _statements_for_h5p(rows: list[XAPIStatement], users: dict) -> dict[int, tuple]:
    """Per learner: their new statements and the H5P attempts those make (built, not saved).
    The H5P app saves them inside the storing transaction, so an attempt and the statement it
    comes from are saved together or not at all."""
    per_user: dict[int, list[dict]] = {}
    for row in rows:
        if row.user_id is not None:
            per_user.setdefault(row.user_id, []).append(row.data)
    return {
        user_id: (
            statements,
            h5p_services.attempts_prepare(user=users[user_id], statements=statements),
        )
        for user_id, statements in per_user.items()
    }


def statements_store(
    *,
    client: XAPIClient,
    statements: list,
    files: dict[str, AttachmentData] | None = None,
) -> list[str]:
    """Validate and store a batch of statements; return their ids in order.

    All or nothing: one invalid statement (BadRequest, naming it and the property), one the
    client may not send (Forbidden) or one whose id is taken by a different statement
    (Conflict) stores none. A statement re-sent with the same id and content is accepted and
    not stored twice.

    Each statement is validated as sent, with its signatures if it is signed
    (`courses.xapi.signatures`); then, for a session client, its actor is replaced by the
    signed-in user's pseudonymous agent. The server adds id and timestamp (when missing),
    stored, authority and version.

    Side effects, in one transaction: writes XAPIStatement rows (and XAPIAttachment rows for
    `files`, the multipart parts by SHA-2); marks voided statements; calls
    `courses.h5p.services.statements_recorded` with each of our users' new statements; after
    commit, queues `courses.xapi_forward` when forwarding is configured.
    """
    files = files or {}
    stored_at = now_ms()
    stored = iso(stored_at)
    agent = client.agent if client.is_session else None
    incoming: list[_Incoming] = []
    ids: set[uuid.UUID] = set()
    parts = {sha2: part.content for sha2, part in files.items()}
    for index, statement in enumerate(statements):
        # The statement as the client sent it is checked first: a signature covers it, and
        # an invalid one (say, without an actor) is refused even when the actor is replaced.
        try:
            validate_statement(statement)
            signatures_verify(statement, parts)
        except StatementInvalid as error:
            raise BadRequest(f"statement {index}: {error.message}") from None
        if agent is not None:
            # A statement made as another of our learners comes from a tab they left open on
            # a shared device: replacing its actor would credit this person with their answers.
            sent_as = user_pk_for_agent(statement["actor"])
            if sent_as is not None and sent_as != client.user.pk:
                raise Forbidden(
                    f"statement {index}: its actor is another person of this site, not the one "
                    "signed in; it is stored only while they are signed in."
                )
            # Whatever the browser says, a signed-in person speaks only for themselves.
            statement["actor"] = {**agent, "account": {**agent["account"]}}
        if "id" in statement:
            key = uuid.UUID(statement["id"])
            if key in ids:
                raise BadRequest(f"statement {index}: id {key} appears twice in this batch.")
            ids.add(key)
        incoming.append(
            _Incoming(statement, had_id="id" in statement, had_timestamp="timestamp" in statement)
        )
    if client.is_session:
        _authorise_session_writes(client, statements)
    else:
        _authorise_credential_writes(client, statements)
    _check_attachments(statements, files)

    for item in incoming:
        statement = item.statement
        item.key = uuid.UUID(statement["id"]) if item.had_id else uuid.uuid4()
        statement["id"] = str(item.key)
        statement.setdefault("timestamp", stored)
        statement["stored"] = stored
        statement["authority"] = client.authority
        statement.setdefault("version", "1.0.0")
        _normalise_context_activities(statement)
    store = partial(_store, incoming, client=client, files=files, stored=stored_at)
    # Optimistic: most statements are new, so the unique index, not a lookup, finds re-sent
    # ones (a player re-sends after a dropped connection; two requests may race).
    try:
        return store(check_existing=False)
    except IntegrityError:
        pass
    # Some id is taken: compare with what is stored; identical is accepted, different is a 409.
    try:
        return store(check_existing=True)
    except IntegrityError:
        raise Conflict("Another request stored these statement ids at the same time.") from None


# --- State documents --------------------------------------------------------------------------


def credential_read_announce(
    *, client: XAPIClient, user_ids: Iterable[int | None], what: str
) -> None:
    """Announce (`courses.signals.person_data_viewed`, which the audit log records) that a
    credential was shown these people's records: one announcement naming every person whose
    statement or state the answer held. Session clients only ever read their own, so they
    announce nothing; neither do records about agents who are not our users.
    Side effects: one query for the users, then the signal's receivers."""
    if client.is_session:
        return
    ids = sorted({pk for pk in user_ids if pk is not None})
    if not ids:
        return
    # Only the ids: the audit log names people "user #<id>", so no address is decrypted.
    subjects = list(get_user_model().objects.filter(pk__in=ids).order_by("pk").only("pk"))
    person_data_viewed.send(
        sender="xAPI record store",
        viewer=None,
        viewer_label=client.audit_label,
        subjects=subjects,
        what=what,
    )


def authorise_state(*, client: XAPIClient, activity_id: str, agent: dict, write: bool) -> None:
    """A signed-in person keeps state only as themselves and only for activities open to
    them; a credential reads (and, if read-write, writes or deletes: `write`) only the state
    of learners of its scope. Raises Forbidden."""
    if not client.is_session:
        if write:
            client.require_write()
        if not client.reaches(user_pk_for_agent(agent)):
            raise Forbidden(
                "agent is not a learner this credential may reach (it reaches only the "
                "learners of its creator's collectives)."
            )
        return
    if agent_key(agent) != agent_key(client.agent):
        raise Forbidden("Signed-in learners may only keep state as themselves (agent parameter).")
    activity = selectors.activity_for_iri(h5p_selectors.activity_iri(activity_id))
    if activity is None or not h5p_selectors.may_use_activity(user=client.user, activity=activity):
        raise Forbidden(f"activityId {activity_id!r} is not an activity in a lesson you can open.")


def state_save(
    *,
    client: XAPIClient,
    key: StateKey,
    content: bytes,
    content_type: str,
    merge: bool,
    if_match: str | None = None,
    if_none_match: str | None = None,
) -> XAPIStateDocument:
    """Store a state document: replace it (PUT) or, with `merge`, set the posted JSON
    object's top-level properties on the stored one (POST, Communication 2.2). The State
    Resource needs no concurrency headers (Communication 3.1.s3), but honours them
    (`documents.document_save`).

    Raises TooLarge, PreconditionFailed (If-Match / If-None-Match), BadRequest (a merge where
    either side is not a JSON object). Side effect: writes one XAPIStateDocument row.
    """

    def new() -> XAPIStateDocument:
        document = XAPIStateDocument(
            key_hash=key.key_hash,
            scope_hash=key.scope_hash,
            activity_id=key.activity_id,
            agent=key.agent,
            registration=key.registration,
            state_id=key.state_id,
            user=client.user if client.is_session else None,
        )
        if document.user is None and (pk := user_pk_for_agent(key.agent)) is not None:
            document.user = get_user_model().objects.filter(pk=pk).first()
        return document

    return document_save(
        model=XAPIStateDocument,
        key_hash=key.key_hash,
        new=new,
        write=DocumentWrite(content, content_type, merge, if_match, if_none_match),
        max_bytes=conf.get("XAPI_STATE_MAX_BYTES"),
        what="state document",
    )


def state_delete(*, key: StateKey, if_match: str | None = None) -> int:
    """Delete one state document (`key.state_id`) or all of the activity and agent (and
    registration, if given). Raises PreconditionFailed. Returns how many were deleted."""
    documents = XAPIStateDocument.objects.filter(scope_hash=key.scope_hash)
    if key.state_id is not None:
        documents = documents.filter(key_hash=key.key_hash)
        if if_match is not None:
            preconditions(documents.first(), if_match=if_match, if_none_match=None)
    elif key.registration:
        documents = documents.filter(registration=key.registration)
    deleted, _by_model = documents.delete()
    return deleted


# --- Forwarding -------------------------------------------------------------------------------


class ForwardFailed(Exception):
    """The external record store did not take the statements; they stay unforwarded."""


def multipart_encode(json_part: bytes, files: list[tuple[str, str, bytes]]) -> tuple[bytes, str]:
    """A multipart/mixed body (Communication 1.5.2): the statements, then one part per
    attachment (sha2, content type, data). Returns the body and its Content-Type."""
    boundary = uuid.uuid4().hex
    chunks = [f"--{boundary}\r\nContent-Type: application/json\r\n\r\n".encode(), json_part]
    for sha2, content_type, content in files:
        chunks += [
            (
                f"\r\n--{boundary}\r\nContent-Type: {content_type}\r\n"
                f"Content-Transfer-Encoding: binary\r\nX-Experience-API-Hash: {sha2}\r\n\r\n"
            ).encode(),
            content,
        ]
    chunks.append(f"\r\n--{boundary}--\r\n".encode())
    return b"".join(chunks), f'multipart/mixed; boundary="{boundary}"'


def forward_post(url: str, body: bytes, content_type: str) -> None:
    """POST statements to the external record store; the one place that speaks HTTP to it.
    Raises ForwardFailed unless it answers 2xx."""
    headers = {"Content-Type": content_type, "X-Experience-API-Version": XAPI_VERSION}
    username = conf.get("XAPI_FORWARD_USERNAME")
    if username:
        pair = f"{username}:{conf.get('XAPI_FORWARD_PASSWORD')}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(  # noqa: S310 (the URL is the operator's setting)
            request, timeout=conf.get("XAPI_FORWARD_TIMEOUT_SECONDS")
        ) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = error.read(500).decode("utf-8", "replace")
        raise ForwardFailed(f"{url} answered {error.code}: {detail}") from None
    except (urllib.error.URLError, OSError) as error:
        raise ForwardFailed(f"{url} could not be reached: {error}") from None


def statements_forward(*, row_ids: list[int]) -> int:
    """Send the statements among `row_ids` not yet forwarded to COURSES_XAPI_FORWARD_URL, in
    one request, exactly as stored (with their attachments' data, if any).

    Raises ForwardFailed (nothing is marked; the task retries, the sweep later). Side effect:
    sets `forwarded_at` on success. Returns how many were sent.
    """
    base = conf.get("XAPI_FORWARD_URL")
    if not base:
        return 0
    rows = list(
        XAPIStatement.objects.filter(pk__in=row_ids, forwarded_at__isnull=True)
        .order_by("stored", "id")
        .only("id", "data")
    )
    if not rows:
        return 0
    payload = json.dumps([row.data for row in rows], separators=(",", ":")).encode()
    files = {
        attachment.sha2: (attachment.sha2, attachment.content_type, bytes(attachment.content))
        for attachment in XAPIAttachment.objects.filter(statement__in=rows)
    }
    if files:
        body, content_type = multipart_encode(payload, list(files.values()))
    else:
        body, content_type = payload, "application/json"
    forward_post(f"{base.rstrip('/')}/statements", body, content_type)
    XAPIStatement.objects.filter(pk__in=[row.pk for row in rows]).update(
        forwarded_at=timezone.now()
    )
    return len(rows)


# --- Credentials ------------------------------------------------------------------------------


def credential_scope_check(*, scope: str, owner: AbstractBaseUser | None) -> None:
    """The one rule for who may own a credential of a scope: a whole-site credential is made
    by an admin (or on the command line, with no owner); a collectives credential needs an
    owner, whose collectives it reaches. Raises ValidationError."""
    if scope == XAPICredential.Scope.SITE:
        if owner is not None and not owner.is_superuser:
            raise ValidationError(
                {"scope": _("Only an admin may make a credential for the whole site.")}
            )
    elif scope == XAPICredential.Scope.COLLECTIVES:
        if owner is None or not owner.is_active:
            raise ValidationError(
                {"scope": _("A credential for collectives needs an owner who coordinates them.")}
            )
    else:
        raise ValidationError({"scope": _("Choose a scope: collectives or the whole site.")})


def credential_create(
    *,
    name: str,
    created_by: AbstractBaseUser | None,
    scope: str,
    access: str,
    active: bool = True,
) -> tuple[XAPICredential, str]:
    """Make an HTTP Basic credential for an external activity provider, owned by
    `created_by`, reaching `scope` (XAPICredential.Scope) with `access` (XAPICredential.Access).
    Returns it and its secret: the secret is stored only as a password hash, so this is the
    one time anyone can see it.

    Raises ValidationError (a scope the owner may not give, a bad name or access). Side
    effect: writes one XAPICredential row."""
    credential_scope_check(scope=scope, owner=created_by)
    secret = secrets.token_urlsafe(32)
    credential = XAPICredential(
        name=name,
        key=secrets.token_hex(12),
        secret_hash=make_password(secret),
        active=active,
        created_by=created_by,
        scope=scope,
        access=access,
    )
    credential.full_clean()
    credential.save()
    return credential, secret


# --- Retention --------------------------------------------------------------------------------


@dataclass
class PurgeResult:
    statements: int
    state_documents: int
    kept_unforwarded: int
    cutoff: datetime
    agent_profiles: int = 0


def records_purge(*, days: int, dry_run: bool = False) -> PurgeResult:
    """Delete statements stored, and state documents and agent profile documents last
    updated, more than `days` ago. Statements not yet forwarded (when forwarding is on) are
    kept, so that nothing is lost before the external record store has it. Activity profiles
    are about content, not people, and stay. With `dry_run`, only counts.

    Side effects: deletes XAPIStatement rows (their attachments with them),
    XAPIStateDocument rows and agent XAPIProfileDocument rows.
    """
    cutoff = timezone.now() - timedelta(days=days)
    statements = XAPIStatement.objects.filter(stored__lt=cutoff)
    kept = 0
    if conf.get("XAPI_FORWARD_URL"):
        kept = statements.filter(forwarded_at__isnull=True).count()
        statements = statements.filter(forwarded_at__isnull=False)
    documents = XAPIStateDocument.objects.filter(updated__lt=cutoff)
    profiles = XAPIProfileDocument.objects.filter(
        kind=XAPIProfileDocument.Kind.AGENT, updated__lt=cutoff
    )
    if dry_run:
        return PurgeResult(
            statements.count(), documents.count(), kept, cutoff, agent_profiles=profiles.count()
        )
    with transaction.atomic():
        _total, by_model = statements.delete()
        document_count, _by_model = documents.delete()
        profile_count, _by_model = profiles.delete()
    statement_count = by_model.get(XAPIStatement._meta.label, 0)
    return PurgeResult(statement_count, document_count, kept, cutoff, agent_profiles=profile_count)
