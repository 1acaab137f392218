"""Property-based tests of the statement validator: whatever a client sends, the answer is
"valid" or a StatementInvalid naming the property, never another exception (a 500)."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.xapi.validation import (
    StatementInvalid,
    agent_param,
    parse_json,
    validate_statement,
)

PROPERTIES = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# JSON values of every type, including what a hostile client would try: NUL, lone
# surrogates, huge numbers, nested containers.
JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(
        ["\x00", "\ud800", "choice", "Agent", "Group", "SubStatement", "StatementRef"]
    )
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=12,
)

ACTIVITY = "http://example.org/activity/1"
RICH_STATEMENT = {
    "id": "2a41c918-b88b-4220-20a5-a4c32391a240",
    "actor": {"objectType": "Agent", "mbox": "mailto:ana@example.org", "name": "Ana"},
    "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
    "object": {
        "objectType": "Activity",
        "id": ACTIVITY,
        "definition": {
            "name": {"en-US": "Question"},
            "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
            "interactionType": "choice",
            "correctResponsesPattern": ["a"],
            "choices": [{"id": "a", "description": {"en-US": "A"}}],
            "extensions": {"http://example.org/ext": {"deep": [1, 2]}},
        },
    },
    "result": {
        "score": {"scaled": 0.5, "raw": 1, "min": 0, "max": 2},
        "success": True,
        "completion": True,
        "response": "a",
        "duration": "PT1M",
    },
    "context": {
        "registration": "6d969975-8d7e-4506-ac19-877c57f2921a",
        "instructor": {"objectType": "Agent", "account": {"homePage": "http://x.org", "name": "1"}},
        "contextActivities": {"parent": [{"id": "http://example.org/parent"}]},
        "language": "en-US",
    },
    "timestamp": "2024-05-01T10:00:00Z",
    "attachments": [
        {
            "usageType": "http://example.org/usage",
            "display": {"en-US": "file"},
            "contentType": "text/plain",
            "length": 3,
            "sha2": "a" * 64,
            "fileUrl": "http://example.org/file",
        }
    ],
}
KNOWN_KEYS = sorted(
    {
        "actor",
        "verb",
        "object",
        "result",
        "context",
        "timestamp",
        "attachments",
        "id",
        "objectType",
        "definition",
        "interactionType",
        "correctResponsesPattern",
        "choices",
        "scale",
        "source",
        "target",
        "steps",
        "member",
        "account",
        "homePage",
        "name",
        "mbox",
        "score",
        "scaled",
        "raw",
        "min",
        "max",
        "contextActivities",
        "parent",
        "grouping",
        "instructor",
        "team",
        "statement",
        "display",
        "extensions",
        "sha2",
        "length",
        "authority",
        "stored",
        "version",
        "registration",
        "language",
        "description",
    }
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


ALL_PATHS = list(_paths(RICH_STATEMENT))


def _replaced(statement, path, value):
    if not path:
        return value
    result = copy.deepcopy(statement)
    holder = result
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = value
    return result


def _outcome(statement) -> None:
    try:
        validate_statement(statement)
    except StatementInvalid as refused:
        assert refused.message
        assert refused.status == 400


def test_rich_statement_is_valid():
    validate_statement(copy.deepcopy(RICH_STATEMENT))


@PROPERTIES
@given(value=JSON_VALUES)
def test_validate_statement_any_json_is_valid_or_refused(value):
    _outcome(value)


@PROPERTIES
@given(path=st.sampled_from(ALL_PATHS), value=JSON_VALUES)
def test_validate_statement_any_property_replaced_is_valid_or_refused(path, value):
    _outcome(_replaced(RICH_STATEMENT, path, value))


@PROPERTIES
@given(
    path=st.sampled_from(ALL_PATHS),
    key=st.sampled_from(KNOWN_KEYS),
    value=JSON_VALUES,
)
def test_validate_statement_any_known_key_added_is_valid_or_refused(path, key, value):
    statement = copy.deepcopy(RICH_STATEMENT)
    holder = statement
    for step in path:
        holder = holder[step]
    if isinstance(holder, dict):
        holder[key] = value
    _outcome(statement)


@PROPERTIES
@given(data=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_parse_json_any_bytes_parse_or_are_refused(data):
    try:
        parse_json(data, "The request body")
    except StatementInvalid as refused:
        assert refused.message.startswith("The request body")


@PROPERTIES
@given(value=JSON_VALUES)
def test_agent_param_any_json_is_an_agent_or_refused(value):
    try:
        agent_param("agent", json.dumps(value))
    except StatementInvalid as refused:
        assert refused.message


def test_interaction_type_as_a_list_or_object_is_refused_by_name():
    for value in (["choice"], {"a": 1}):
        statement = _replaced(RICH_STATEMENT, ("object", "definition", "interactionType"), value)
        try:
            validate_statement(statement)
        except StatementInvalid as refused:
            assert refused.message.startswith("object.definition.interactionType must be one of")
        else:
            raise AssertionError("an interactionType that is not a string was accepted")
