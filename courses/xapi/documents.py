"""Documents of the three Document Resources (Communication 2.2): state, agent profiles and
activity profiles. What is common to them lives here: storing one (PUT replaces, POST merges
JSON objects), deleting, ETags and the concurrency headers (Communication 3.1); and the keys,
reads and writes of the two profile resources. The State Resource's own rules (who may keep
state, registrations, deleting all of a context) stay in `services` and `selectors`.

The profile resources differ from state in one rule: a PUT must carry If-Match or
If-None-Match (Communication 3.1.s3.b1). Without either, a PUT over an existing document is a
409 (3.1.s4.b13) and one creating a document is a 400, as the conformance suite expects.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from django.contrib.auth import get_user_model
from django.db import IntegrityError, models, transaction

from courses.models import XAPIProfileDocument
from courses.text import TextRefused, json_parse
from courses.xapi import BadRequest, Conflict, Forbidden, PreconditionFailed, TooLarge, activities
from courses.xapi.auth import XAPIClient, user_pk_for_agent
from courses.xapi.validation import agent_key, state_hash

# --- Concurrency ------------------------------------------------------------------------------


def etag(content: bytes) -> str:
    """The quoted SHA-1 of the content, as the specification asks (Communication 3.1.s4.b2)."""
    return f'"{hashlib.sha1(content).hexdigest()}"'  # noqa: S324 (the specification's choice)


def _tags(header: str) -> set[str]:
    return {tag.strip().removeprefix("W/").strip('"') for tag in header.split(",") if tag.strip()}


def preconditions(
    document: models.Model | None, *, if_match: str | None, if_none_match: str | None
) -> None:
    """Optimistic concurrency as RFC 2616 describes it (Communication 3.1). Raises
    PreconditionFailed."""
    current = document.etag.strip('"') if document else None
    if if_match is not None:
        tags = _tags(if_match)
        if current is None or ("*" not in tags and current not in tags):
            raise PreconditionFailed("If-Match does not match the document's current ETag.")
    if if_none_match is not None:
        tags = _tags(if_none_match)
        if current is not None and ("*" in tags or current in tags):
            raise PreconditionFailed("If-None-Match: the document already exists.")


# --- Content ----------------------------------------------------------------------------------


def is_json(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower() == "application/json"


def json_object(content: bytes, what: str) -> dict:
    try:
        value = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        value = None
    if type(value) is not dict:
        raise BadRequest(f"{what} is not a JSON object, so the two cannot be merged.")
    return value


def storable_json(content: bytes, what: str) -> None:
    """A JSON document holding a string that cannot be shown again, or nested too deep, is
    refused (400, naming the path): documents are read back into pages. Content that is not
    JSON at all is kept as the bytes it is."""
    try:
        json_parse(content)
    except TextRefused as refused:
        raise BadRequest(f"{what}: {refused}.") from None
    except (ValueError, UnicodeDecodeError):
        return


# --- Storing and deleting ---------------------------------------------------------------------


@dataclass
class DocumentWrite:
    """One PUT or POST of a document: the content as sent, its type and the headers."""

    content: bytes
    content_type: str
    merge: bool
    if_match: str | None = None
    if_none_match: str | None = None


def document_save(
    *,
    model: type[models.Model],
    key_hash: str,
    new: Callable[[], models.Model],
    write: DocumentWrite,
    max_bytes: int,
    what: str,
    headers_required: bool = False,
) -> models.Model:
    """Store a document of `model` under `key_hash`: replace it (PUT) or, with `write.merge`,
    set the posted JSON object's top-level properties on the stored one (POST, Communication
    2.2.s7). `new()` makes the unsaved row for a document that does not exist yet. With
    `headers_required` (the profile resources), a PUT needs If-Match or If-None-Match.

    Raises TooLarge, PreconditionFailed, Conflict (a PUT without headers over an existing
    document), BadRequest (a merge where either side is not a JSON object; a PUT without
    headers creating one). Side effect: writes one row.
    """
    if len(write.content) > max_bytes:
        raise TooLarge(f"A {what} may be at most {max_bytes} bytes.")
    content_type = write.content_type or "application/octet-stream"
    # PostgreSQL refuses a longer value with an error, SQLite would keep it.
    longest = model._meta.get_field("content_type").max_length
    if len(content_type) > longest:
        raise BadRequest(f"Content-Type may be at most {longest} characters long.")
    if is_json(content_type):
        storable_json(write.content, f"The {what}")
    posted = (
        json_object(write.content, "The posted document")
        if write.merge and is_json(content_type)
        else None
    )
    save = partial(
        _save,
        model=model,
        key_hash=key_hash,
        new=new,
        write=write,
        content_type=content_type,
        posted=posted,
        max_bytes=max_bytes,
        what=what,
        headers_required=headers_required and not write.merge,
    )
    try:
        return save()
    except IntegrityError:
        # Another request created the document a moment ago; now it exists, so this one
        # replaces or merges into it, after checking the preconditions against it.
        return save()


def _save(
    *, model, key_hash, new, write, content_type, posted, max_bytes, what, headers_required
) -> models.Model:
    content = write.content
    with transaction.atomic():
        document = model.objects.select_for_update().filter(key_hash=key_hash).first()
        if headers_required and write.if_match is None and write.if_none_match is None:
            if document is not None:
                raise Conflict(
                    f"This {what} already exists and the PUT has neither If-Match nor "
                    "If-None-Match: GET the document, check its current state, and send its "
                    "ETag in If-Match to replace it."
                )
            raise BadRequest(
                f"A PUT of a {what} needs If-Match (the current ETag) or If-None-Match: * "
                "(to create it only if it does not exist)."
            )
        preconditions(document, if_match=write.if_match, if_none_match=write.if_none_match)
        if write.merge and document is not None:
            if posted is None or not is_json(document.content_type):
                raise BadRequest(
                    "POST merges JSON documents: both the stored and the posted document must "
                    "have Content-Type application/json."
                )
            merged = json_object(bytes(document.content), "The stored document")
            merged.update(posted)
            content = json.dumps(merged, separators=(",", ":")).encode()
            if len(content) > max_bytes:
                raise TooLarge(f"A {what} may be at most {max_bytes} bytes.")
        if document is None:
            document = new()
        document.content = content
        document.content_type = content_type
        document.etag = etag(content)
        document.updated = _now_ms()
        document.save()
    return document


def _now_ms() -> datetime:
    from courses.xapi.services import now_ms

    return now_ms()


def document_delete(documents: models.QuerySet, *, if_match: str | None = None) -> int:
    """Delete the one document `documents` holds (or none), honouring If-Match. Raises
    PreconditionFailed. Returns how many were deleted."""
    with transaction.atomic():
        if if_match is not None:
            preconditions(
                documents.select_for_update().first(), if_match=if_match, if_none_match=None
            )
        deleted, _by_model = documents.delete()
    return deleted


def document_ids(
    documents: models.QuerySet, id_field: str, *, since: datetime | None = None
) -> tuple[list[str], datetime | None]:
    """The ids of `documents` updated after `since` (oldest change first), and when the newest
    of them changed."""
    if since:
        documents = documents.filter(updated__gt=since)
    found = list(documents.order_by("updated", "id").values_list(id_field, "updated"))
    return [document_id for document_id, _updated in found], max(
        (updated for _id, updated in found), default=None
    )


# --- Profiles ---------------------------------------------------------------------------------

Kind = XAPIProfileDocument.Kind


@dataclass(frozen=True)
class ProfileKey:
    """Which profile document(s) a request means: of an agent (`agent`) or of an activity
    (`activity_id`); `profile_id` None means all of them (the ids list)."""

    kind: str
    activity_id: str
    agent: dict | None
    profile_id: str | None

    @property
    def subject(self) -> str:
        return agent_key(self.agent) if self.kind == Kind.AGENT else self.activity_id

    @property
    def scope_hash(self) -> str:
        return state_hash("profile", self.kind, self.subject)

    @property
    def key_hash(self) -> str:
        return state_hash("profile", self.kind, self.subject, self.profile_id)

    @property
    def what(self) -> str:
        return "agent profile document" if self.kind == Kind.AGENT else "activity profile document"


def profile_document(key: ProfileKey) -> XAPIProfileDocument | None:
    return XAPIProfileDocument.objects.filter(key_hash=key.key_hash).first()


def profile_ids(
    key: ProfileKey, *, since: datetime | None = None
) -> tuple[list[str], datetime | None]:
    """The ids of the profile documents of the agent or activity, updated after `since`."""
    return document_ids(
        XAPIProfileDocument.objects.filter(scope_hash=key.scope_hash), "profile_id", since=since
    )


def profile_save(
    *, client: XAPIClient, key: ProfileKey, write: DocumentWrite, max_bytes: int
) -> XAPIProfileDocument:
    """Store a profile document (`document_save`, with If-Match or If-None-Match required on
    PUT). An agent profile about one of our users is linked to them."""

    def new() -> XAPIProfileDocument:
        document = XAPIProfileDocument(
            kind=key.kind,
            key_hash=key.key_hash,
            scope_hash=key.scope_hash,
            activity_id=key.activity_id,
            agent=key.agent,
            profile_id=key.profile_id,
        )
        if key.kind == Kind.AGENT:
            if client.is_session:
                document.user = client.user
            elif (pk := user_pk_for_agent(key.agent)) is not None:
                document.user = get_user_model().objects.filter(pk=pk).first()
        return document

    return document_save(
        model=XAPIProfileDocument,
        key_hash=key.key_hash,
        new=new,
        write=write,
        max_bytes=max_bytes,
        what=key.what,
        headers_required=True,
    )


def profile_delete(*, key: ProfileKey, if_match: str | None = None) -> int:
    return document_delete(
        XAPIProfileDocument.objects.filter(key_hash=key.key_hash), if_match=if_match
    )


def authorise_profile(*, client: XAPIClient, key: ProfileKey, write: bool) -> None:
    """Who may read and write profile documents. Raises Forbidden.

    - Agent profiles are personal, like state: a signed-in person reads and writes only their
      own; a credential reads those of the agents its scope reaches and, if read-write,
      writes them.
    - Activity profiles are shared by everyone using the activity: a signed-in person may
      read those of activities open to them and never write one; a credential reads any and,
      if read-write, writes them (they are about content, not people).
    """
    if key.kind == Kind.AGENT:
        if client.is_session:
            if agent_key(key.agent) != agent_key(client.agent):
                raise Forbidden(
                    "Signed-in learners may only keep agent profiles as themselves (agent "
                    "parameter)."
                )
            return
        if write:
            client.require_write()
        if not client.reaches(user_pk_for_agent(key.agent)):
            raise Forbidden(
                "agent is not a learner this credential may reach (it reaches only the "
                "learners of its creator's collectives)."
            )
        return
    if client.is_session:
        if write:
            raise Forbidden(
                "Activity profiles are shared by every learner: signed-in learners may read "
                "them but not change them."
            )
        activities.session_may_use(client, key.activity_id)
        return
    if write:
        client.require_write()
