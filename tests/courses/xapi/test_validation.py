"""Statement validation (Data part 2.2 to 2.4): what passes, and one test per kind of refusal,
each naming the property's path."""

import copy
import uuid

import pytest

from courses.models import XAPIStatement
from courses.xapi.validation import (
    StatementInvalid,
    agent_key,
    is_language_tag,
    parse_timestamp,
    validate_statement,
)
from tests.courses.xapi.helpers import (
    ANSWERED,
    VOIDED,
    agent_of,
    error,
    fixture_statements,
    mbox_agent,
    post,
    statement,
)

IRI = "https://lms.example.org/xapi/activities/h5p/1"


def full_statement() -> dict:
    """A statement using most of what the specification allows."""
    return {
        "id": str(uuid.uuid4()),
        "actor": {
            "objectType": "Group",
            "name": "Team",
            "mbox": "mailto:team@example.org",
            "member": [
                {"account": {"homePage": "https://example.org", "name": "7"}},
                {"openid": "https://openid.example.org/ana"},
                {"mbox_sha1sum": "ebd31e95054c018b10727ccffd2ef2ec3a016ee9"},
            ],
        },
        "verb": {"id": ANSWERED, "display": {"en-US": "answered", "bn": "উত্তর দিয়েছে"}},
        "object": {
            "id": IRI,
            "definition": {
                "name": {"en": "Question"},
                "description": {"zh-Hant-TW": "問題"},
                "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                "moreInfo": "https://example.org/more",
                "interactionType": "matching",
                "correctResponsesPattern": ["a[.]1[,]b[.]2"],
                "source": [{"id": "a", "description": {"en": "A"}}, {"id": "b"}],
                "target": [{"id": "1"}, {"id": "2"}],
                "extensions": {"https://example.org/ext": {"any": [None, 1]}},
            },
        },
        "result": {
            "score": {"scaled": -0.5, "raw": 1, "min": 0, "max": 4},
            "success": False,
            "completion": True,
            "response": "a[.]2",
            "duration": "P1DT2H3M4.56S",
            "extensions": {"https://example.org/r": None},
        },
        "context": {
            "registration": str(uuid.uuid4()),
            "instructor": mbox_agent("teacher"),
            "team": {"objectType": "Group", "openid": "https://example.org/team"},
            "contextActivities": {
                "parent": {"id": f"{IRI}/parent"},
                "grouping": [{"id": f"{IRI}/course", "objectType": "Activity"}],
                "category": [],
                "other": [{"id": "urn:example:other"}],
            },
            "revision": "2",
            "platform": "H5P",
            "language": "en-GB",
            "statement": {"objectType": "StatementRef", "id": str(uuid.uuid4())},
            "extensions": {"tag:example.org,2024:x": 1},
        },
        "timestamp": "2024-05-01T10:00:00.123456+05:30",
        "version": "1.0.0",
        "attachments": [
            {
                "usageType": "https://example.org/usage",
                "display": {"en": "Essay"},
                "description": {"en": "The essay"},
                "contentType": "text/plain; charset=utf-8",
                "length": 12,
                "sha2": "a" * 64,
                "fileUrl": "https://example.org/essay.txt",
            }
        ],
    }


def refusal(data) -> str:
    with pytest.raises(StatementInvalid) as caught:
        validate_statement(data)
    return caught.value.message


def test_valid_statement_with_most_properties_passes():
    validate_statement(full_statement())


def test_substatement_and_statement_ref_objects_pass():
    sub = statement(IRI)
    sub["object"] = {
        "objectType": "SubStatement",
        "actor": mbox_agent(),
        "verb": {"id": "https://example.org/planned"},
        "object": {"objectType": "Agent", "mbox": "mailto:b@example.org"},
        "timestamp": "2030-01-01T00:00:00Z",
    }
    validate_statement(sub)
    ref = statement(IRI, verb=VOIDED)
    ref["object"] = {"objectType": "StatementRef", "id": str(uuid.uuid4())}
    validate_statement(ref)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.pop("actor"), "actor is required"),
        (lambda s: s.pop("verb"), "verb is required"),
        (lambda s: s.pop("object"), "object is required"),
        (
            lambda s: s["actor"].update(mbox="ana@example.org"),
            'actor.mbox must be a mailto IRI, e.g. "mailto:someone@example.org"',
        ),
        (
            lambda s: s["actor"].update(openid="https://openid.example.org/team"),
            "actor must have at most one of mbox, mbox_sha1sum, openid or account",
        ),
        (
            lambda s: s.update(actor={"mbox": "mailto:a@example.org", "openid": "https://o.org"}),
            "actor must have exactly one of mbox, mbox_sha1sum, openid or account",
        ),
        (
            lambda s: s.update(actor={"name": "Ana"}),
            "actor must have exactly one of mbox, mbox_sha1sum, openid or account",
        ),
        (
            lambda s: s.update(actor={"mbox_sha1sum": "abc"}),
            "actor.mbox_sha1sum must be 40 hexadecimal digits (the SHA-1 of a mailto IRI)",
        ),
        (
            lambda s: s.update(actor={"account": {"name": "7"}}),
            "actor.account must have both homePage and name",
        ),
        (lambda s: s.update(id="not-a-uuid"), "id must be a UUID in standard form"),
        (
            lambda s: s["context"].update(registration="1234"),
            "context.registration must be a UUID in standard form",
        ),
        (
            lambda s: s.update(result={"score": {"scaled": 1.5}}),
            "result.score.scaled must be between -1 and 1",
        ),
        (
            lambda s: s.update(result={"score": {"raw": 5, "min": 0, "max": 4}}),
            "result.score.raw must not be more than max",
        ),
        (
            lambda s: s.update(result={"score": {"min": 4, "max": 4}}),
            "result.score.min must be less than max",
        ),
        (
            lambda s: s.update(result={"score": {"raw": "3"}}),
            "result.score.raw must be a number",
        ),
        (lambda s: s.update(result={"success": "true"}), "result.success must be true or false"),
        (
            lambda s: s.update(result={"duration": "1 minute"}),
            "result.duration must be an ISO 8601 duration, e.g. PT1M30S",
        ),
        (
            lambda s: s.update(colour="blue"),
            "colour is not a property the specification allows here",
        ),
        (
            lambda s: s["result"]["score"].update(percent=50),
            "result.score.percent is not a property the specification allows here",
        ),
        (
            lambda s: s["object"]["definition"].update(Name={"en": "x"}),
            "object.definition.Name is not a property the specification allows here",
        ),
        (
            lambda s: s["verb"].update(display={"en_US": "answered"}),
            "verb.display has 'en_US', which is not an RFC 5646 language tag",
        ),
        (
            lambda s: s["context"].update(language="en_GB"),
            "context.language must be an RFC 5646 language tag, e.g. en or bn-IN",
        ),
        (
            lambda s: s.update(timestamp="2024-05-01T10:00:00"),
            "timestamp must be an ISO 8601 timestamp with a time zone, e.g. 2024-05-01T10:00:00Z",
        ),
        (
            lambda s: s.update(timestamp="2024-05-01T10:00:00-00:00"),
            "timestamp must be an ISO 8601 timestamp with a time zone, e.g. 2024-05-01T10:00:00Z",
        ),
        (lambda s: s.update(version="2.0.0"), "version must be 1.0.x"),
        (
            lambda s: s["verb"].update(id="answered"),
            "verb.id must be an IRI with a scheme, e.g. https://example.org/x",
        ),
        (lambda s: s["result"].update(response=None), "result.response must not be null"),
        (
            lambda s: s["object"]["definition"].update(interactionType="essay"),
            "object.definition.interactionType must be one of choice, fill-in, likert, "
            "long-fill-in, matching, numeric, other, performance, sequencing, true-false",
        ),
        (
            lambda s: s["object"]["definition"].update(choices=[{"id": "a"}]),
            "object.definition.choices is not used with interactionType 'matching'",
        ),
        (
            lambda s: s["object"]["definition"]["target"].append({"id": "1"}),
            "object.definition.target[2].id repeats '1'; ids in a list must differ",
        ),
        (
            lambda s: s["object"]["definition"]["extensions"].update({"not an iri": 1}),
            "object.definition.extensions has the key 'not an iri', which is not an IRI",
        ),
        (
            lambda s: s["context"].update(team=mbox_agent()),
            'context.team must be a Group (with "objectType": "Group")',
        ),
        (
            lambda s: s["context"]["contextActivities"].update(parent="https://example.org/p"),
            "context.contextActivities.parent must be an Activity or a list of Activities",
        ),
        (
            lambda s: s["context"]["contextActivities"].update(sibling=[]),
            "context.contextActivities.sibling is not a property the specification allows here",
        ),
        (
            lambda s: s["attachments"][0].pop("sha2"),
            "attachments[0].sha2 is required",
        ),
        (
            lambda s: s["attachments"][0].update(length=1.5),
            "attachments[0].length must be a whole number of octets",
        ),
        (
            lambda s: s["actor"]["member"].append({"objectType": "Group", "mbox": "mailto:g@x.y"}),
            "actor.member[3] must be an Agent (a Group cannot contain Groups)",
        ),
        (
            lambda s: s.update(actor={"objectType": "Group", "name": "nobody"}),
            "actor is an anonymous Group, so it must list its members in member",
        ),
        (
            lambda s: s.update(object={"objectType": "Agent"}),
            "object must have exactly one of mbox, mbox_sha1sum, openid or account",
        ),
        (
            lambda s: s.update(object={"mbox": "mailto:a@example.org"}),
            "object.mbox is not a property the specification allows here",
        ),
        (
            lambda s: s.update(object={"objectType": "StatementRef", "id": "x"}),
            "object.id must be a UUID in standard form",
        ),
        (
            lambda s: s.update(object={"objectType": "Thing", "id": IRI}),
            'object.objectType must be "Activity", "Agent", "Group", "StatementRef" or '
            '"SubStatement"',
        ),
        (
            lambda s: s["verb"].update(id=VOIDED),
            "object of a voiding statement must be a StatementRef",
        ),
        (
            lambda s: s.update(stored="yesterday"),
            "stored must be an ISO 8601 timestamp with a time zone, e.g. 2024-05-01T10:00:00Z",
        ),
    ],
)
def test_invalid_statement_is_refused_naming_the_property(change, message):
    data = full_statement()
    change(data)
    assert refusal(data) == message


def test_revision_and_platform_need_an_activity_object():
    data = full_statement()
    data["object"] = mbox_agent("bo")
    assert refusal(data) == "context.revision is only allowed when the object is an Activity"


def test_substatement_must_not_have_an_id_nor_nest():
    sub = {
        "objectType": "SubStatement",
        "actor": mbox_agent(),
        "verb": {"id": "https://example.org/planned"},
        "object": {"id": IRI},
    }
    data = statement(IRI, object={**sub, "id": str(uuid.uuid4())})
    assert refusal(data) == "object.id is not allowed in a SubStatement"
    data = statement(IRI, object={**sub, "object": copy.deepcopy(sub)})
    assert (
        refusal(data)
        == "object.object is a SubStatement inside a SubStatement, which is not allowed"
    )


def test_statement_that_is_not_an_object_is_refused():
    assert refusal(["a"]) == "the statement must be a JSON object"


def test_true_is_not_a_number():
    data = statement(IRI, result={"score": {"raw": True}})
    assert refusal(data) == "result.score.raw must be a number"


# --- Authority (Data 2.4.9) ------------------------------------------------------------------

OAUTH_CONSUMER = {"account": {"homePage": "https://example.org/xAPI/OAuth/Token", "name": "c7"}}
OAUTH_PAIR = {"objectType": "Group", "member": [OAUTH_CONSUMER, {"mbox": "mailto:bob@example.org"}]}
GROUP_IS_ANONYMOUS = (
    "authority is a Group, so it must be anonymous: a Group authority is an OAuth consumer and "
    "a user together (3-legged OAuth), with no identifier of its own"
)


@pytest.mark.parametrize(
    "authority",
    [mbox_agent("lrs"), {"account": {"homePage": "https://e.org", "name": "1"}}, OAUTH_PAIR],
)
def test_authority_agent_or_oauth_pair_passes(authority):
    validate_statement(statement(IRI, authority=authority))


@pytest.mark.parametrize(
    ("authority", "message"),
    [
        ({**OAUTH_PAIR, "mbox": "mailto:group@example.org"}, GROUP_IS_ANONYMOUS),
        (
            {**OAUTH_PAIR, "mbox_sha1sum": "cd9b00a5611f94eaa7b1661edab976068e364975"},
            GROUP_IS_ANONYMOUS,
        ),
        ({**OAUTH_PAIR, "openid": "https://openid.example.org/1"}, GROUP_IS_ANONYMOUS),
        ({**OAUTH_PAIR, "account": {"homePage": "https://e.org", "name": "g"}}, GROUP_IS_ANONYMOUS),
        (
            {"objectType": "Group", "member": [OAUTH_CONSUMER]},
            "authority.member must list exactly two Agents, the OAuth consumer and the user "
            "(3-legged OAuth), not 1",
        ),
        (
            {
                "objectType": "Group",
                "member": [OAUTH_CONSUMER, mbox_agent("bob"), mbox_agent("james")],
            },
            "authority.member must list exactly two Agents, the OAuth consumer and the user "
            "(3-legged OAuth), not 3",
        ),
        (
            {"objectType": "Group", "member": [mbox_agent("a"), mbox_agent("b")]},
            "authority.member must include the OAuth consumer, an Agent identified by account",
        ),
        (
            {"objectType": "Group", "member": []},
            "authority is an anonymous Group, so it must list its members in member",
        ),
        (
            {"objectType": "Agent"},
            "authority must have exactly one of mbox, mbox_sha1sum, openid or account",
        ),
    ],
)
def test_invalid_authority_is_refused(authority, message):
    assert refusal(statement(IRI, authority=authority)) == message


@pytest.mark.parametrize(
    "tag", ["en", "en-US", "zh-Hant-TW", "bn-IN", "sgn-BE-FR", "x-private", "de-CH-1996", "es-419"]
)
def test_language_tags_of_rfc_5646_pass(tag):
    assert is_language_tag(tag)


@pytest.mark.parametrize("tag", ["", "en_US", "e", "en-", "123", "en-US-", "toolongtag"])
def test_malformed_language_tags_fail(tag):
    assert not is_language_tag(tag)


def test_timestamps_keep_their_moment_and_refuse_impossible_dates():
    assert parse_timestamp("2024-05-01T10:00:00.5+05:30").isoformat() == (
        "2024-05-01T10:00:00.500000+05:30"
    )
    assert parse_timestamp("2024-02-30T10:00:00Z") is None
    assert parse_timestamp("2024-05-01 10:00:00Z") is None


def test_agent_key_ignores_case_of_the_mail_domain_only():
    assert agent_key({"mbox": "mailto:Ana@Example.ORG"}) == agent_key(
        {"mbox": "mailto:Ana@example.org"}
    )
    assert agent_key({"mbox": "mailto:ana@example.org"}) != agent_key(
        {"mbox": "mailto:Ana@example.org"}
    )


# --- Through the endpoint -----------------------------------------------------------------


@pytest.mark.django_db
def test_all_24_recorded_h5p_statements_are_accepted_as_one_batch(
    learner_client, activity, fixtures_dir, recorded_hook, learner
):
    statements = fixture_statements(fixtures_dir, activity.iri, actor=agent_of(learner))
    assert len(statements) == 24
    response = post(learner_client, statements)
    assert response.status_code == 200
    ids = response.json()
    assert len(ids) == 24
    assert XAPIStatement.objects.count() == 24
    assert recorded_hook == [(learner.pk, ids)]


@pytest.mark.django_db
def test_one_bad_statement_rejects_the_whole_batch(basic_client):
    good = statement(IRI)
    bad = statement(IRI, result={"score": {"scaled": 1.5}})
    response = post(basic_client, [good, good, bad])
    assert response.status_code == 400
    assert error(response) == "statement 2: result.score.scaled must be between -1 and 1"
    assert XAPIStatement.objects.count() == 0


@pytest.mark.django_db
def test_malformed_json_is_a_400(basic_client):
    response = basic_client.post("/xapi/statements", data="{nope", content_type="application/json")
    assert response.status_code == 400
    assert error(response).startswith("The request body is not valid JSON")


@pytest.mark.django_db
def test_nan_is_not_json(basic_client):
    body = '{"actor": {"mbox": "mailto:a@b.c"}, "verb": {"id": "https://e.org/v"}, ' + (
        '"object": {"id": "https://e.org/a"}, "result": {"score": {"raw": NaN}}}'
    )
    response = basic_client.post("/xapi/statements", data=body, content_type="application/json")
    assert response.status_code == 400
    assert error(response) == "The request body is not valid JSON: NaN"


@pytest.mark.django_db
def test_same_id_twice_in_one_batch_is_a_400(basic_client):
    data = statement(IRI, id=str(uuid.uuid4()))
    response = post(basic_client, [data, data])
    assert response.status_code == 400
    assert error(response) == f"statement 1: id {data['id']} appears twice in this batch."


@pytest.mark.django_db
def test_a_body_over_the_size_cap_is_a_413(basic_client, settings):
    settings.COURSES_XAPI_MAX_BODY_BYTES = 100
    response = post(basic_client, [statement(IRI)] * 3)
    assert response.status_code == 413
    assert error(response) == "A request to this record store may be at most 100 bytes."


@pytest.mark.django_db
def test_invalid_authority_is_a_400_although_the_store_replaces_it(basic_client):
    identified = {
        "objectType": "Group",
        "mbox": "mailto:group@example.org",
        "member": [mbox_agent("a"), mbox_agent("b")],
    }
    response = post(basic_client, statement(IRI, authority=identified))
    assert response.status_code == 400
    assert error(response) == f"statement 0: {GROUP_IS_ANONYMOUS}"
    assert XAPIStatement.objects.count() == 0


@pytest.mark.django_db
def test_valid_oauth_pair_authority_is_accepted_and_replaced(basic_client, credential):
    response = post(basic_client, statement(IRI, authority=OAUTH_PAIR))
    assert response.status_code == 200
    assert XAPIStatement.objects.get().data["authority"] == {
        "objectType": "Agent",
        "account": {"homePage": "http://127.0.0.1:8000", "name": f"credential-{credential.pk}"},
    }


# --- interactionType of another JSON type -------------------------------------------------------

INTERACTION_TYPES = (
    "object.definition.interactionType must be one of choice, fill-in, likert, long-fill-in, "
    "matching, numeric, other, performance, sequencing, true-false"
)


@pytest.mark.django_db
@pytest.mark.parametrize("value", [12345, {"test": "value"}, ["choice"], True, "ab=c://x"])
def test_interaction_type_that_is_not_one_of_the_strings_is_a_400(basic_client, value):
    activity = {
        "objectType": "Activity",
        "id": IRI,
        "definition": {"interactionType": value, "correctResponsesPattern": ["likert_3"]},
    }
    response = post(basic_client, statement(IRI, object=activity))
    assert response.status_code == 400
    assert error(response) == f"statement 0: {INTERACTION_TYPES}"
    sub = {
        "objectType": "SubStatement",
        "actor": mbox_agent(),
        "verb": {"id": ANSWERED},
        "object": activity,
    }
    response = post(basic_client, statement(IRI, object=sub))
    assert response.status_code == 400
    assert (
        error(response)
        == f"statement 0: {INTERACTION_TYPES.replace('object.', 'object.object.', 1)}"
    )
