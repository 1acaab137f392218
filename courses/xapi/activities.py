"""Canonical activity definitions for the Activities Resource (Communication 2.5).

Each statement may carry a definition of the activities it names (its object, the activities
of its context, the same inside a SubStatement). The record store keeps one definition per
activity IRI, merged from what statements said: `name` and `description` are merged language
by language, `extensions` key by key, and every other property takes the newest value
(the specification lets the LRS merge; Data 2.4.4.1). The merge happens while a batch is
stored, in its transaction.

The H5P player sends the same definition with every statement of an activity. Which
(activity, definition) pairs are already merged is remembered in this process, so the busy
path costs no query after the first statement; another process or a later change of the
definition still writes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from django.db import IntegrityError, transaction

from courses.h5p import selectors as h5p_selectors
from courses.models import XAPIActivity
from courses.xapi import Forbidden, selectors
from courses.xapi.auth import XAPIClient
from courses.xapi.validation import state_hash

LANGUAGE_MAPS = ("name", "description")
MEMO_SIZE = 4096
_merged: set[tuple[str, str]] = set()


def iri_hash(activity_id: str) -> str:
    return state_hash("activity", activity_id)


def definition_merge(stored: dict, incoming: dict) -> dict:
    """`stored` updated with `incoming`: language maps and extensions merged entry by entry
    (incoming wins), every other property replaced."""
    merged = dict(stored)
    for key, value in incoming.items():
        if (key in LANGUAGE_MAPS or key == "extensions") and type(merged.get(key)) is dict:
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def _activities(statement: dict, *, object_only: bool = False) -> Iterable[dict]:
    """The activity objects of a statement that carry a definition (with `object_only`, only
    its object)."""
    obj = statement.get("object") or {}
    kind = obj.get("objectType", "Activity")
    if kind == "Activity":
        yield obj
    if object_only:
        return
    context = statement.get("context") or {}
    for activities in (context.get("contextActivities") or {}).values():
        yield from activities if type(activities) is list else [activities]
    if kind == "SubStatement":
        yield from _activities(obj)


def _fingerprint(definition: dict) -> str:
    text = json.dumps(definition, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def definitions_record(statements: list[dict], *, stored, object_only: bool = False) -> None:
    """Merge the activity definitions `statements` carry into the canonical definitions.
    Called inside the storing transaction, after the statements are written. Costs nothing
    when every definition was already merged in this process; else one read and one write
    per changed activity. Side effect: writes XAPIActivity rows.

    `object_only` (a learner's browser): only the statements' objects describe, since only
    they were checked to be activities the learner may use; a context activity may be any
    IRI, another course's activity too, whose definition is not the learner's to change
    (the H5P player sends no definitions there)."""
    incoming: dict[str, dict] = {}
    for statement in statements:
        for activity in _activities(statement, object_only=object_only):
            definition = activity.get("definition")
            if type(definition) is dict and definition:
                iri = activity["id"]
                incoming[iri] = definition_merge(incoming.get(iri, {}), definition)
    fresh = {
        iri: (definition, _fingerprint(definition))
        for iri, definition in incoming.items()
        if (iri, _fingerprint(definition)) not in _merged
    }
    if not fresh:
        return
    hashes = {iri_hash(iri): iri for iri in fresh}
    existing = {
        row.activity_id: row
        for row in XAPIActivity.objects.select_for_update().filter(iri_hash__in=list(hashes))
    }
    for iri, (definition, _print) in fresh.items():
        row = existing.get(iri)
        if row is None:
            try:
                with transaction.atomic():
                    XAPIActivity.objects.create(
                        iri_hash=iri_hash(iri),
                        activity_id=iri,
                        definition=definition,
                        updated=stored,
                    )
                continue
            except IntegrityError:
                # Another request described it first: merge into theirs.
                row = XAPIActivity.objects.select_for_update().get(iri_hash=iri_hash(iri))
        merged = definition_merge(row.definition, definition)
        if merged != row.definition:
            row.definition = merged
            row.updated = stored
            row.save(update_fields=["definition", "updated"])
    if len(_merged) + len(fresh) > MEMO_SIZE:
        _merged.clear()
    _merged.update((iri, fingerprint) for iri, (_definition, fingerprint) in fresh.items())


def definitions_forget() -> None:
    """Forget which definitions were merged (tests; the next statement merges again)."""
    _merged.clear()


def activity_object(activity_id: str) -> dict:
    """The Activity Object the Activities Resource returns: the canonical definition, if any
    statement gave one; else only the id (Communication 2.5.s2.b1)."""
    row = XAPIActivity.objects.filter(iri_hash=iri_hash(activity_id)).only("definition").first()
    activity = {"objectType": "Activity", "id": activity_id}
    if row is not None and row.definition:
        activity["definition"] = row.definition
    return activity


def session_may_use(client: XAPIClient, activity_id: str) -> None:
    """Raise Forbidden unless the signed-in person of `client` may use the activity (H5P
    activities in lessons open to them; `?subContentId=...` parts belong to their activity)."""
    activity = selectors.activity_for_iri(h5p_selectors.activity_iri(activity_id))
    if activity is None or not h5p_selectors.may_use_activity(user=client.user, activity=activity):
        raise Forbidden(f"activityId {activity_id!r} is not an activity in a lesson you can open.")


def authorise_activity_read(*, client: XAPIClient, activity_id: str) -> None:
    """A signed-in person reads the definitions of activities open to them; a credential, of
    any scope, reads every definition (they describe content, not people)."""
    if client.is_session:
        session_may_use(client, activity_id)
