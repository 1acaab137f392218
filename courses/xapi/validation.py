"""Statement and parameter validation, following the xAPI 1.0.3 Data part (2.2 to 2.4 and 4).

Strict on structure, silent on meaning (Communication 3.0): every object may hold only the
properties the specification lists, nulls are refused outside extensions, numbers and booleans
must be JSON numbers and booleans, and formatted strings (IRIs, UUIDs, timestamps, durations,
language tags, mailto IRIs, SHA-1 and SHA-2 sums) must follow their format. Extension values are
never looked at.

Each refusal names the property's path, e.g. "result.score.scaled must be between -1 and 1".
This runs on every statement a learner's phone sends, so it is plain functions over dicts with
regular expressions compiled once: no schema library, no copies.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from courses.models.xapi import IRI_MAX_LENGTH
from courses.text import TextRefused, json_parse
from courses.xapi import VOIDED_VERB, BadRequest


class StatementInvalid(BadRequest):
    """A statement (or a parameter) breaks the specification; the message names the path."""


def _fail(path: str, message: str):
    raise StatementInvalid(f"{path} {message}" if path else message)


def _at(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


# --- Formats ----------------------------------------------------------------------------------

# Best effort, as the specification allows (Data 2.2.s4.b6): a scheme, then no white space or
# characters that are never valid in an IRI. http(s) IRIs need a host.
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`\x00-\x1f\x7f]+$")
_HTTP_IRI = re.compile(r"^[hH][tT][tT][pP][sS]?://[^/?#\s]+")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_MBOX = re.compile(r"^mailto:[^@\s]+@[^@\s]+$")
_SHA1 = re.compile(r"^[0-9a-fA-F]{40}$")
# SHA-224, -256, -384 and -512, in hexadecimal.
_SHA2 = re.compile(r"^(?:[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128})$")
_VERSION = re.compile(r"^1\.0(?:\.\d+)?$")
_MEDIA_TYPE = re.compile(r"^[\w!#$&^.+\-]+/[\w!#$&^.+\-]+(?:\s*;.*)?$")

# RFC 5646 language tags (case-insensitive): langtag, private use, or a grandfathered tag.
_LANGTAG = (
    r"(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})"  # language (+ extlang)
    r"(?:-[a-z]{4})?"  # script
    r"(?:-(?:[a-z]{2}|[0-9]{3}))?"  # region
    r"(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"  # variants
    r"(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*"  # extensions
    r"(?:-x(?:-[a-z0-9]{1,8})+)?"  # private use
)
_GRANDFATHERED = (
    "en-gb-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|"
    "i-tao|i-tay|i-tsu|sgn-be-fr|sgn-be-nl|sgn-ch-de|art-lojban|cel-gaulish|no-bok|no-nyn|"
    "zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang"
)
_LANGUAGE_TAG = re.compile(
    rf"^(?:{_LANGTAG}|x(?:-[a-z0-9]{{1,8}})+|{_GRANDFATHERED})$", re.IGNORECASE
)

# ISO 8601 combined date and time, extended format, with a time zone (we refuse local times:
# "10:00" means a different moment on each learner's phone).
_TIMESTAMP = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$"
)
# ISO 8601 durations (4.4.3.2), not the alternative format; weeks stand alone.
_N = r"\d+(?:[.,]\d+)?"
_DURATION = re.compile(
    rf"^P(?:{_N}W|(?=[\dT])(?:{_N}Y)?(?:{_N}M)?(?:{_N}D)?(?:T(?=\d)(?:{_N}H)?(?:{_N}M)?(?:{_N}S)?)?)$"
)


def is_iri(value: Any) -> bool:
    if type(value) is not str or len(value) > IRI_MAX_LENGTH or not _IRI.match(value):
        return False
    if value[:4].lower() == "http" and value[4:5] in ("s", "S", ":"):
        return bool(_HTTP_IRI.match(value))
    return True


def is_uuid(value: Any) -> bool:
    return type(value) is str and bool(_UUID.match(value))


def is_language_tag(value: Any) -> bool:
    return type(value) is str and bool(_LANGUAGE_TAG.match(value))


def parse_timestamp(value: Any) -> datetime | None:
    """The moment an ISO 8601 timestamp with a time zone names, or None if it is not one.
    RFC 3339 forbids "-00:00" (an unknown offset), so it is refused too."""
    if type(value) is not str:
        return None
    match = _TIMESTAMP.match(value)
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zulu, sign, tz_h, tz_m = match.groups()
    if zulu:
        tz = UTC
    else:
        offset = timedelta(hours=int(tz_h), minutes=int(tz_m or 0))
        if sign == "-" and not offset:
            return None
        if offset >= timedelta(hours=24):
            return None
        tz = timezone(-offset if sign == "-" else offset)
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        return datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro, tz
        )
    except ValueError:
        return None


def _check(path: str, value: Any, ok: bool, what: str) -> None:
    if not ok:
        _fail(path, f"must be {what}")


def _string(path: str, value: Any) -> str:
    if type(value) is not str:
        _fail(path, "must be a string")
    return value


def _iri(path: str, value: Any) -> str:
    if type(value) is str and len(value) > IRI_MAX_LENGTH:
        _fail(path, f"must be at most {IRI_MAX_LENGTH} characters long")
    _check(path, value, is_iri(value), "an IRI with a scheme, e.g. https://example.org/x")
    return value


def _uuid(path: str, value: Any) -> str:
    _check(path, value, is_uuid(value), "a UUID in standard form")
    return value


def _timestamp(path: str, value: Any) -> datetime:
    moment = parse_timestamp(value)
    if moment is None:
        _fail(path, "must be an ISO 8601 timestamp with a time zone, e.g. 2024-05-01T10:00:00Z")
    return moment


def _number(path: str, value: Any) -> float:
    # bool is an int in Python, but not a number in JSON.
    if type(value) not in (int, float):
        _fail(path, "must be a number")
    return value


def _boolean(path: str, value: Any) -> bool:
    if type(value) is not bool:
        _fail(path, "must be true or false")
    return value


def _object(path: str, value: Any) -> dict:
    if type(value) is not dict:
        _fail(path or "the statement", "must be a JSON object")
    return value


def _keys(path: str, obj: dict, allowed: frozenset) -> None:
    for key, value in obj.items():
        if key not in allowed:
            _fail(_at(path, key), "is not a property the specification allows here")
        if value is None:
            _fail(_at(path, key), "must not be null")


def _language_map(path: str, value: Any) -> None:
    for tag, text in _object(path, value).items():
        if not is_language_tag(tag):
            _fail(path, f"has {tag!r}, which is not an RFC 5646 language tag")
        if type(text) is not str:
            _fail(f"{path}.{tag}", "must be a string")


def _extensions(path: str, value: Any) -> None:
    for key in _object(path, value):
        if not is_iri(key):
            _fail(path, f"has the key {key!r}, which is not an IRI")


# --- Agents and groups ------------------------------------------------------------------------

_IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
_AGENT_KEYS = frozenset({"objectType", "name", *_IFIS})
_GROUP_KEYS = _AGENT_KEYS | {"member"}
_ACCOUNT_KEYS = frozenset({"homePage", "name"})


def _ifi_count(path: str, obj: dict) -> int:
    count = 0
    if "mbox" in obj:
        count += 1
        _check(_at(path, "mbox"), obj["mbox"], type(obj["mbox"]) is str, "a string")
        _check(
            _at(path, "mbox"),
            obj["mbox"],
            bool(_MBOX.match(obj["mbox"])),
            'a mailto IRI, e.g. "mailto:someone@example.org"',
        )
    if "mbox_sha1sum" in obj:
        count += 1
        value = obj["mbox_sha1sum"]
        _check(
            _at(path, "mbox_sha1sum"),
            value,
            type(value) is str and bool(_SHA1.match(value)),
            "40 hexadecimal digits (the SHA-1 of a mailto IRI)",
        )
    if "openid" in obj:
        count += 1
        _iri(_at(path, "openid"), obj["openid"])
    if "account" in obj:
        count += 1
        account_path = _at(path, "account")
        account = _object(account_path, obj["account"])
        _keys(account_path, account, _ACCOUNT_KEYS)
        if "homePage" not in account or "name" not in account:
            _fail(account_path, "must have both homePage and name")
        _iri(_at(account_path, "homePage"), account["homePage"])
        _string(_at(account_path, "name"), account["name"])
    return count


def _agent(path: str, obj: dict) -> None:
    _keys(path, obj, _AGENT_KEYS)
    if "name" in obj:
        _string(_at(path, "name"), obj["name"])
    if _ifi_count(path, obj) != 1:
        _fail(path, "must have exactly one of mbox, mbox_sha1sum, openid or account")


def _group(path: str, obj: dict) -> None:
    _keys(path, obj, _GROUP_KEYS)
    if "name" in obj:
        _string(_at(path, "name"), obj["name"])
    identified = _ifi_count(path, obj)
    if identified > 1:
        _fail(path, "must have at most one of mbox, mbox_sha1sum, openid or account")
    members_path = _at(path, "member")
    if "member" in obj:
        members = obj["member"]
        if type(members) is not list:
            _fail(members_path, "must be a list of Agents")
        for index, member in enumerate(members):
            member_path = f"{members_path}[{index}]"
            member = _object(member_path, member)
            if member.get("objectType", "Agent") != "Agent":
                _fail(member_path, "must be an Agent (a Group cannot contain Groups)")
            _agent(member_path, member)
    if not identified and not obj.get("member"):
        _fail(path, "is an anonymous Group, so it must list its members in member")


def _actor(path: str, value: Any, *, object_type_required: bool = False) -> str:
    """An Agent or a Group; returns which."""
    obj = _object(path, value)
    if object_type_required and "objectType" not in obj:
        _fail(_at(path, "objectType"), "is required here")
    kind = obj.get("objectType", "Agent")
    if kind == "Agent":
        _agent(path, obj)
    elif kind == "Group":
        _group(path, obj)
    else:
        _fail(_at(path, "objectType"), 'must be "Agent" or "Group"')
    return kind


# --- Verb and object --------------------------------------------------------------------------

_VERB_KEYS = frozenset({"id", "display"})
_ACTIVITY_KEYS = frozenset({"objectType", "id", "definition"})
_STATEMENT_REF_KEYS = frozenset({"objectType", "id"})
_COMPONENT_LISTS = ("choices", "scale", "source", "target", "steps")
_DEFINITION_KEYS = frozenset(
    {
        "name",
        "description",
        "type",
        "moreInfo",
        "extensions",
        "interactionType",
        "correctResponsesPattern",
        *_COMPONENT_LISTS,
    }
)
_INTERACTION_LISTS = {
    "true-false": (),
    "choice": ("choices",),
    "fill-in": (),
    "long-fill-in": (),
    "matching": ("source", "target"),
    "performance": ("steps",),
    "sequencing": ("choices",),
    "likert": ("scale",),
    "numeric": (),
    "other": (),
}
_COMPONENT_KEYS = frozenset({"id", "description"})


def _verb(path: str, value: Any) -> str:
    obj = _object(path, value)
    _keys(path, obj, _VERB_KEYS)
    if "id" not in obj:
        _fail(_at(path, "id"), "is required")
    _iri(_at(path, "id"), obj["id"])
    if "display" in obj:
        _language_map(_at(path, "display"), obj["display"])
    return obj["id"]


def _components(path: str, value: Any) -> None:
    if type(value) is not list:
        _fail(path, "must be a list of interaction components")
    seen = set()
    for index, component in enumerate(value):
        item_path = f"{path}[{index}]"
        component = _object(item_path, component)
        _keys(item_path, component, _COMPONENT_KEYS)
        if "id" not in component:
            _fail(_at(item_path, "id"), "is required")
        component_id = _string(_at(item_path, "id"), component["id"])
        if component_id in seen:
            _fail(_at(item_path, "id"), f"repeats {component_id!r}; ids in a list must differ")
        seen.add(component_id)
        if "description" in component:
            _language_map(_at(item_path, "description"), component["description"])


def _definition(path: str, value: Any) -> None:
    obj = _object(path, value)
    _keys(path, obj, _DEFINITION_KEYS)
    for key in ("name", "description"):
        if key in obj:
            _language_map(_at(path, key), obj[key])
    if "type" in obj:
        _iri(_at(path, "type"), obj["type"])
    if "moreInfo" in obj:
        _iri(_at(path, "moreInfo"), obj["moreInfo"])
    if "extensions" in obj:
        _extensions(_at(path, "extensions"), obj["extensions"])
    interaction = obj.get("interactionType")
    if interaction is None:
        for key in ("correctResponsesPattern", *_COMPONENT_LISTS):
            if key in obj:
                _fail(_at(path, key), "needs an interactionType")
        return
    if type(interaction) is not str or interaction not in _INTERACTION_LISTS:
        _fail(
            _at(path, "interactionType"),
            "must be one of " + ", ".join(sorted(_INTERACTION_LISTS)),
        )
    if "correctResponsesPattern" in obj:
        pattern_path = _at(path, "correctResponsesPattern")
        patterns = obj["correctResponsesPattern"]
        if type(patterns) is not list or any(type(p) is not str for p in patterns):
            _fail(pattern_path, "must be a list of strings")
    allowed = _INTERACTION_LISTS[interaction]
    for key in _COMPONENT_LISTS:
        if key in obj:
            if key not in allowed:
                _fail(_at(path, key), f"is not used with interactionType {interaction!r}")
            _components(_at(path, key), obj[key])


def _activity(path: str, obj: dict) -> None:
    _keys(path, obj, _ACTIVITY_KEYS)
    if obj.get("objectType", "Activity") != "Activity":
        _fail(_at(path, "objectType"), 'must be "Activity"')
    if "id" not in obj:
        _fail(_at(path, "id"), "is required")
    _iri(_at(path, "id"), obj["id"])
    if "definition" in obj:
        _definition(_at(path, "definition"), obj["definition"])


def _statement_ref(path: str, value: Any) -> None:
    obj = _object(path, value)
    _keys(path, obj, _STATEMENT_REF_KEYS)
    if obj.get("objectType") != "StatementRef":
        _fail(_at(path, "objectType"), 'must be "StatementRef"')
    if "id" not in obj:
        _fail(_at(path, "id"), "is required")
    _uuid(_at(path, "id"), obj["id"])


def _statement_object(path: str, value: Any, *, in_substatement: bool) -> str:
    """Any of the five kinds of object; returns which."""
    obj = _object(path, value)
    kind = obj.get("objectType", "Activity")
    if kind == "Activity":
        _activity(path, obj)
    elif kind in ("Agent", "Group"):
        _actor(path, obj, object_type_required=True)
    elif kind == "StatementRef":
        _statement_ref(path, obj)
    elif kind == "SubStatement":
        if in_substatement:
            _fail(path, "is a SubStatement inside a SubStatement, which is not allowed")
        _substatement(path, obj)
    else:
        _fail(
            _at(path, "objectType"),
            'must be "Activity", "Agent", "Group", "StatementRef" or "SubStatement"',
        )
    return kind


# --- Result, context, attachments -------------------------------------------------------------

_RESULT_KEYS = frozenset({"score", "success", "completion", "response", "duration", "extensions"})
_SCORE_KEYS = frozenset({"scaled", "raw", "min", "max"})
_CONTEXT_KEYS = frozenset(
    {
        "registration",
        "instructor",
        "team",
        "contextActivities",
        "revision",
        "platform",
        "language",
        "statement",
        "extensions",
    }
)
_CONTEXT_ACTIVITY_KEYS = frozenset({"parent", "grouping", "category", "other"})
_ATTACHMENT_KEYS = frozenset(
    {"usageType", "display", "description", "contentType", "length", "sha2", "fileUrl"}
)


def _score(path: str, value: Any) -> None:
    score = _object(path, value)
    _keys(path, score, _SCORE_KEYS)
    for key in score:
        _number(_at(path, key), score[key])
    if "scaled" in score and not -1 <= score["scaled"] <= 1:
        _fail(_at(path, "scaled"), "must be between -1 and 1")
    low, high, raw = score.get("min"), score.get("max"), score.get("raw")
    if low is not None and high is not None and not low < high:
        _fail(_at(path, "min"), "must be less than max")
    if raw is not None and low is not None and raw < low:
        _fail(_at(path, "raw"), "must not be less than min")
    if raw is not None and high is not None and raw > high:
        _fail(_at(path, "raw"), "must not be more than max")


def _result(path: str, value: Any) -> None:
    result = _object(path, value)
    _keys(path, result, _RESULT_KEYS)
    if "score" in result:
        _score(_at(path, "score"), result["score"])
    for key in ("success", "completion"):
        if key in result:
            _boolean(_at(path, key), result[key])
    if "response" in result:
        _string(_at(path, "response"), result["response"])
    if "duration" in result:
        duration = result["duration"]
        _check(
            _at(path, "duration"),
            duration,
            type(duration) is str and bool(_DURATION.match(duration)),
            "an ISO 8601 duration, e.g. PT1M30S",
        )
    if "extensions" in result:
        _extensions(_at(path, "extensions"), result["extensions"])


def _context_activities(path: str, value: Any) -> None:
    obj = _object(path, value)
    _keys(path, obj, _CONTEXT_ACTIVITY_KEYS)
    for key, activities in obj.items():
        key_path = _at(path, key)
        if type(activities) is dict:
            _activity(key_path, activities)
        elif type(activities) is list:
            for index, activity in enumerate(activities):
                item_path = f"{key_path}[{index}]"
                _activity(item_path, _object(item_path, activity))
        else:
            _fail(key_path, "must be an Activity or a list of Activities")


def _context(path: str, value: Any, *, object_is_activity: bool) -> None:
    context = _object(path, value)
    _keys(path, context, _CONTEXT_KEYS)
    if "registration" in context:
        _uuid(_at(path, "registration"), context["registration"])
    if "instructor" in context:
        _actor(_at(path, "instructor"), context["instructor"])
    if "team" in context:
        team_path = _at(path, "team")
        if _object(team_path, context["team"]).get("objectType") != "Group":
            _fail(team_path, 'must be a Group (with "objectType": "Group")')
        _actor(team_path, context["team"])
    if "contextActivities" in context:
        _context_activities(_at(path, "contextActivities"), context["contextActivities"])
    for key in ("revision", "platform"):
        if key in context:
            _string(_at(path, key), context[key])
            if not object_is_activity:
                _fail(_at(path, key), "is only allowed when the object is an Activity")
    if "language" in context:
        _check(
            _at(path, "language"),
            context["language"],
            is_language_tag(context["language"]),
            "an RFC 5646 language tag, e.g. en or bn-IN",
        )
    if "statement" in context:
        _statement_ref(_at(path, "statement"), context["statement"])
    if "extensions" in context:
        _extensions(_at(path, "extensions"), context["extensions"])


def _attachments(path: str, value: Any) -> None:
    if type(value) is not list:
        _fail(path, "must be a list of attachments")
    for index, item in enumerate(value):
        item_path = f"{path}[{index}]"
        attachment = _object(item_path, item)
        _keys(item_path, attachment, _ATTACHMENT_KEYS)
        for key in ("usageType", "display", "contentType", "length", "sha2"):
            if key not in attachment:
                _fail(_at(item_path, key), "is required")
        _iri(_at(item_path, "usageType"), attachment["usageType"])
        _language_map(_at(item_path, "display"), attachment["display"])
        if "description" in attachment:
            _language_map(_at(item_path, "description"), attachment["description"])
        content_type = attachment["contentType"]
        _check(
            _at(item_path, "contentType"),
            content_type,
            type(content_type) is str and bool(_MEDIA_TYPE.match(content_type)),
            "an Internet media type, e.g. application/pdf",
        )
        length = attachment["length"]
        if type(length) is not int or length < 0:
            _fail(_at(item_path, "length"), "must be a whole number of octets")
        sha2 = attachment["sha2"]
        _check(
            _at(item_path, "sha2"),
            sha2,
            type(sha2) is str and bool(_SHA2.match(sha2)),
            "a hexadecimal SHA-2 sum",
        )
        if "fileUrl" in attachment:
            _iri(_at(item_path, "fileUrl"), attachment["fileUrl"])


# --- Statements -------------------------------------------------------------------------------

_STATEMENT_KEYS = frozenset(
    {
        "id",
        "actor",
        "verb",
        "object",
        "result",
        "context",
        "timestamp",
        "stored",
        "authority",
        "version",
        "attachments",
    }
)
_SUBSTATEMENT_KEYS = frozenset(
    {"objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments"}
)


def _statement_body(path: str, obj: dict, *, in_substatement: bool) -> None:
    for key in ("actor", "verb", "object"):
        if key not in obj:
            _fail(_at(path, key), "is required")
    _actor(_at(path, "actor"), obj["actor"])
    verb_id = _verb(_at(path, "verb"), obj["verb"])
    kind = _statement_object(_at(path, "object"), obj["object"], in_substatement=in_substatement)
    if verb_id == VOIDED_VERB and kind != "StatementRef":
        _fail(_at(path, "object"), "of a voiding statement must be a StatementRef")
    if "result" in obj:
        _result(_at(path, "result"), obj["result"])
    if "context" in obj:
        _context(_at(path, "context"), obj["context"], object_is_activity=kind == "Activity")
    if "timestamp" in obj:
        _timestamp(_at(path, "timestamp"), obj["timestamp"])
    if "attachments" in obj:
        _attachments(_at(path, "attachments"), obj["attachments"])


def _substatement(path: str, obj: dict) -> None:
    for key in ("id", "stored", "version", "authority"):
        if key in obj:
            _fail(_at(path, key), "is not allowed in a SubStatement")
    _keys(path, obj, _SUBSTATEMENT_KEYS)
    _statement_body(path, obj, in_substatement=True)


def _authority(path: str, value: Any) -> None:
    """An Agent, or, in 3-legged OAuth, an anonymous Group of exactly two Agents: the OAuth
    consumer (identified by account) and the user (Data 2.4.9)."""
    if _actor(path, value) != "Group":
        return
    if agent_key(value):
        _fail(
            path,
            "is a Group, so it must be anonymous: a Group authority is an OAuth consumer "
            "and a user together (3-legged OAuth), with no identifier of its own",
        )
    members = value["member"]
    if len(members) != 2:
        _fail(
            _at(path, "member"),
            "must list exactly two Agents, the OAuth consumer and the user "
            f"(3-legged OAuth), not {len(members)}",
        )
    if not any("account" in member for member in members):
        _fail(
            _at(path, "member"),
            "must include the OAuth consumer, an Agent identified by account",
        )


def validate_statement(statement: Any) -> None:
    """Raise StatementInvalid, naming the path, unless `statement` is a valid xAPI 1.0.x
    statement. Properties the record store sets (stored, authority) are checked too, since the
    specification asks to validate them before overwriting."""
    obj = _object("", statement)
    _keys("", obj, _STATEMENT_KEYS)
    if "id" in obj:
        _uuid("id", obj["id"])
    if "version" in obj:
        version = obj["version"]
        _check("version", version, type(version) is str and bool(_VERSION.match(version)), "1.0.x")
    if "stored" in obj:
        _timestamp("stored", obj["stored"])
    if "authority" in obj:
        _authority("authority", obj["authority"])
    _statement_body("", obj, in_substatement=False)


# --- Comparing statements ---------------------------------------------------------------------

# Set by the record store when missing (Data 2.3.1, the first exception to immutability).
SERVER_SET = ("id", "stored", "authority", "version", "timestamp")


def _comparable(value, *, in_context_activities: bool = False):
    if type(value) is list:
        return [_comparable(item) for item in value]
    if type(value) is not dict:
        return value
    copy = {}
    for key, item in value.items():
        # Verb display and activity definitions are not part of the statement.
        if key in ("definition", "display") and type(item) is dict and "id" in value:
            continue
        if key == "contextActivities" and type(item) is dict:
            # A single Activity and a list of one are the same (Data 2.4.6.2).
            copy[key] = {
                name: _comparable([entry] if type(entry) is dict else entry)
                for name, entry in item.items()
            }
            continue
        copy[key] = _comparable(item)
    if type(copy.get("mbox")) is str:
        # The domain of an e-mail address is case-insensitive.
        local, at, domain = copy["mbox"].rpartition("@")
        if at:
            copy["mbox"] = f"{local}@{domain.lower()}"
    if type(copy.get("member")) is list:
        # A Group's members are not an ordered list.
        copy["member"] = sorted(copy["member"], key=lambda m: json.dumps(m, sort_keys=True))
    return copy


def statements_match(first: dict, second: dict, *, attachments: bool = True) -> bool:
    """Whether two copies of a (valid) statement are the same statement as the Statement
    Comparison Requirements (Data 2.3.1) say: differences the immutability exceptions allow
    are ignored (verb display, activity definitions, Group member order, a single context
    activity against a list of one, the case of an e-mail domain, the serialization of a
    timestamp; `attachments=False`: the attachments, which are not part of the statement).
    The properties the record store sets when missing (id, timestamp, version) are compared
    only where both copies have them; stored and authority, which it always replaces, never.
    """
    for key in ("id", "timestamp", "version"):
        if key in first and key in second:
            mine, theirs = first[key], second[key]
            if key == "id" and is_uuid(mine) and is_uuid(theirs):
                mine, theirs = mine.lower(), theirs.lower()
            elif key == "timestamp":
                mine, theirs = parse_timestamp(mine), parse_timestamp(theirs)
            if mine != theirs:
                return False
    ignored = (*SERVER_SET, *(() if attachments else ("attachments",)))
    mine = {k: v for k, v in first.items() if k not in ignored}
    theirs = {k: v for k, v in second.items() if k not in ignored}
    return _comparable(mine) == _comparable(theirs)


# --- Parameters -------------------------------------------------------------------------------


def parse_json(text: str | bytes, what: str) -> Any:
    """JSON as the specification means it (no NaN or Infinity, which Python would accept),
    and storable (`courses.text.json_parse`: no NUL or lone surrogate in any string, nesting
    at most MAX_JSON_DEPTH deep). The refusal names the path of the offending string."""
    try:
        return json_parse(text)
    except TextRefused as refused:
        raise StatementInvalid(f"{what}: {refused}.") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise StatementInvalid(f"{what} is not valid JSON: {error}") from None


def agent_param(name: str, text: str, *, groups: bool = True) -> dict:
    """An `agent` query parameter: an Agent (or, where allowed, an identified Group) as JSON."""
    agent = parse_json(text, f"the {name} parameter")
    kind = _actor(name, agent)
    if kind == "Group":
        if not groups:
            _fail(name, "must be an Agent, not a Group")
        if not agent_key(agent):
            _fail(name, "must be an identified Group (with an mbox, openid or account)")
    return agent


def iri_param(name: str, value: str) -> str:
    return _iri(name, value)


def uuid_param(name: str, value: str) -> str:
    return _uuid(name, value)


def timestamp_param(name: str, value: str) -> datetime:
    """A timestamp parameter; one without a time zone is read as UTC, to be kind to clients
    that build query strings by hand (statements themselves must carry a zone)."""
    moment = parse_timestamp(value)
    if moment is None:
        moment = parse_timestamp(f"{value}Z")
    if moment is None:
        _fail(name, "must be an ISO 8601 timestamp, e.g. 2024-05-01T10:00:00Z")
    return moment


def bool_param(name: str, value: str) -> bool:
    if value not in ("true", "false"):
        _fail(name, "must be true or false")
    return value == "true"


def version_header(value: str | None) -> None:
    if not value:
        raise BadRequest("The X-Experience-API-Version header is required (e.g. 1.0.3).")
    if not _VERSION.match(value.strip()):
        raise BadRequest(
            f"X-Experience-API-Version {value!r} is not supported; this record store speaks 1.0.3 "
            "and accepts any 1.0.x."
        )


# --- Identifiers ------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _token(text: str) -> str:
    # Cached: a batch names the same agents, parents and categories again and again.
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def agent_key(agent: dict) -> str:
    """A fixed-length token for an Agent's or identified Group's inverse functional identifier
    ("" for an anonymous Group): two objects stand for the same agent exactly when their tokens
    are equal. The domain of an e-mail address is case-insensitive, so it is lowered."""
    if "mbox" in agent:
        local, _, domain = agent["mbox"].rpartition("@")
        return _token(f"mbox:{local}@{domain.lower()}")
    if "mbox_sha1sum" in agent:
        return _token(f"sha1:{agent['mbox_sha1sum'].lower()}")
    if "openid" in agent:
        return _token(f"openid:{agent['openid']}")
    if "account" in agent:
        account = agent["account"]
        return _token(f"account:{account['homePage']}\x00{account['name']}")
    return ""


def activity_key(activity_id: str) -> str:
    return _token(f"activity:{activity_id}")


def sha2_hexdigest(sha2: str, content: bytes) -> str:
    """The SHA-2 digest of `content` of the same length as `sha2` (SHA-224 to SHA-512)."""
    algorithm = {56: "sha224", 64: "sha256", 96: "sha384", 128: "sha512"}.get(len(sha2), "sha256")
    return hashlib.new(algorithm, content).hexdigest()


def state_hash(*parts: str) -> str:
    """A fixed-length key for a state document (or for all of an activity and agent)."""
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


@dataclass(frozen=True)
class StateKey:
    """Which state document(s) a request means: `state_id` None means all of the context."""

    activity_id: str
    agent: dict
    registration: str | None
    state_id: str | None

    @property
    def agent_token(self) -> str:
        return agent_key(self.agent)

    @property
    def scope_hash(self) -> str:
        return state_hash(self.activity_id, self.agent_token)

    @property
    def key_hash(self) -> str:
        return state_hash(
            self.activity_id, self.agent_token, self.registration or "", self.state_id
        )
