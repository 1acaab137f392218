"""The Statement Resource and /about over HTTP: storing, conflicts, voiding, queries and
`more` paging, headers, formats, the alternate request syntax and attachments."""

import hashlib
import json
import uuid
from datetime import timedelta
from urllib.parse import urlencode

import pytest

from courses.models import XAPIAttachment, XAPIStatement
from courses.xapi import services
from tests.courses.xapi.helpers import (
    ANSWERED,
    ATTEMPTED,
    COMPLETED,
    STATEMENTS,
    VOIDED,
    basic,
    error,
    get,
    mbox_agent,
    multipart,
    post,
    put,
    statement,
    xapi_client,
)

pytestmark = pytest.mark.django_db

IRI = "https://partner.example.org/activities/quiz"


def stored_ids() -> list[str]:
    return [
        str(i) for i in XAPIStatement.objects.order_by("id").values_list("statement_id", flat=True)
    ]


# --- /about and headers -------------------------------------------------------------------


def test_about_answers_without_credentials_or_version_header(client):
    response = client.get("/xapi/about")
    assert response.status_code == 200
    assert response.json() == {"version": ["1.0.3"]}
    assert response["X-Experience-API-Version"] == "1.0.3"


def test_about_answers_head_with_headers_and_no_body(client):
    response = client.head("/xapi/about")
    assert response.status_code == 200
    assert response.content == b""
    assert response["X-Experience-API-Version"] == "1.0.3"


def test_missing_version_header_is_a_400(credential):
    client = xapi_client(HTTP_AUTHORIZATION=basic(credential.key, credential.secret))
    response = client.get(STATEMENTS, HTTP_X_EXPERIENCE_API_VERSION="")
    assert response.status_code == 400
    assert error(response) == "The X-Experience-API-Version header is required (e.g. 1.0.3)."
    assert response["X-Experience-API-Version"] == "1.0.3"


@pytest.mark.parametrize("version", ["0.95", "1.1.0", "2.0.0", "1.0.x", "latest"])
def test_unsupported_version_header_is_a_400(basic_client, version):
    response = basic_client.get(STATEMENTS, HTTP_X_EXPERIENCE_API_VERSION=version)
    assert response.status_code == 400
    assert error(response) == (
        f"X-Experience-API-Version {version!r} is not supported; this record store speaks 1.0.3 "
        "and accepts any 1.0.x."
    )


@pytest.mark.parametrize("version", ["1.0", "1.0.0", "1.0.1", "1.0.2", "1.0.3"])
def test_any_1_0_version_header_is_accepted(basic_client, version):
    response = basic_client.get(STATEMENTS, HTTP_X_EXPERIENCE_API_VERSION=version)
    assert response.status_code == 200


def test_resources_have_no_trailing_slash_and_are_never_redirected(basic_client):
    response = post(basic_client, statement(IRI))
    assert response.status_code == 200
    assert post(basic_client, statement(IRI), path=f"{STATEMENTS}/").status_code == 404


def test_method_not_allowed_is_a_405_with_allow(basic_client):
    response = basic_client.delete(STATEMENTS)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, PUT, POST"


# --- POST and PUT -------------------------------------------------------------------------


def test_post_stores_a_statement_with_the_server_additions(basic_client, credential):
    sent = statement(IRI, timestamp="2024-05-01T10:00:00.123456+05:30")
    response = post(basic_client, sent)
    assert response.status_code == 200
    (statement_id,) = response.json()
    row = XAPIStatement.objects.get()
    assert str(row.statement_id) == statement_id
    data = row.data
    assert data["id"] == statement_id
    assert data["timestamp"] == "2024-05-01T10:00:00.123456+05:30"
    assert data["stored"].endswith("Z") and len(data["stored"]) == 24
    assert data["version"] == "1.0.0"
    assert data["authority"] == {
        "objectType": "Agent",
        "account": {"homePage": "http://127.0.0.1:8000", "name": f"credential-{credential.pk}"},
    }
    assert data["actor"] == mbox_agent()
    assert response["X-Experience-API-Consistent-Through"]


def test_post_without_a_timestamp_gets_the_stored_time(basic_client):
    post(basic_client, statement(IRI))
    data = XAPIStatement.objects.get().data
    assert data["timestamp"] == data["stored"]


def test_post_list_returns_ids_in_order(basic_client):
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    response = post(
        basic_client, [statement(IRI, id=first), statement(IRI), statement(IRI, id=second)]
    )
    ids = response.json()
    assert response.status_code == 200
    assert ids[0] == first and ids[2] == second
    assert len(set(ids)) == 3


def test_context_activities_given_as_one_object_are_stored_as_lists(basic_client):
    sent = statement(IRI, context={"contextActivities": {"parent": {"id": f"{IRI}/set"}}})
    post(basic_client, sent)
    stored = XAPIStatement.objects.get().data
    assert stored["context"]["contextActivities"] == {"parent": [{"id": f"{IRI}/set"}]}


def test_put_stores_under_the_given_id(basic_client):
    statement_id = str(uuid.uuid4())
    response = put(basic_client, statement_id, statement(IRI))
    assert response.status_code == 204
    assert response.content == b""
    assert stored_ids() == [statement_id]


def test_put_same_statement_again_is_accepted_without_a_duplicate(basic_client):
    statement_id = str(uuid.uuid4())
    sent = statement(IRI)
    assert put(basic_client, statement_id, sent).status_code == 204
    assert put(basic_client, statement_id, sent).status_code == 204
    assert stored_ids() == [statement_id]


def test_put_different_statement_with_a_stored_id_is_a_409(basic_client):
    statement_id = str(uuid.uuid4())
    put(basic_client, statement_id, statement(IRI))
    response = put(basic_client, statement_id, statement(IRI, verb=COMPLETED))
    assert response.status_code == 409
    assert error(response) == (
        f"statement 0: a different statement with id {statement_id} is already stored."
    )
    assert XAPIStatement.objects.get().verb_id == ATTEMPTED


def test_post_resend_with_same_id_returns_200_without_a_duplicate(basic_client):
    sent = statement(IRI, id=str(uuid.uuid4()), timestamp="2024-05-01T10:00:00Z")
    post(basic_client, sent)
    # The same moment written in another zone is the same statement.
    again = {**sent, "timestamp": "2024-05-01T15:30:00+05:30"}
    response = post(basic_client, [again, statement(IRI)])
    assert response.status_code == 200
    assert response.json()[0] == sent["id"]
    assert XAPIStatement.objects.count() == 2


def test_resend_may_differ_in_verb_display_and_activity_definition(basic_client):
    sent = statement(IRI, id=str(uuid.uuid4()))
    post(basic_client, sent)
    again = json.loads(json.dumps(sent))
    again["verb"]["display"] = {"bn": "চেষ্টা করেছে"}
    again["object"]["definition"] = {"name": {"en": "Quiz"}}
    assert post(basic_client, again).status_code == 200
    assert XAPIStatement.objects.count() == 1


def test_post_conflict_stores_nothing_of_the_batch(basic_client):
    sent = statement(IRI, id=str(uuid.uuid4()))
    post(basic_client, sent)
    changed = {**sent, "result": {"success": True}}
    response = post(basic_client, [statement(IRI), changed])
    assert response.status_code == 409
    assert (
        error(response)
        == f"statement 1: a different statement with id {sent['id']} is already stored."
    )
    assert XAPIStatement.objects.count() == 1


def test_put_needs_statement_id_matching_the_body(basic_client):
    response = basic_client.put(
        STATEMENTS, data=json.dumps(statement(IRI)), content_type="application/json"
    )
    assert response.status_code == 400
    assert error(response) == "PUT needs the statementId parameter."
    response = put(basic_client, str(uuid.uuid4()), statement(IRI, id=str(uuid.uuid4())))
    assert response.status_code == 400
    assert error(response) == "The statement's id differs from the statementId parameter."


def test_resent_statement_is_found_by_the_unique_index_then_compared(
    learner_client, activity, monkeypatch
):
    """New statements are inserted without looking first; a re-sent (or concurrently sent)
    one is refused by the unique index, and only then compared with what is stored."""
    sent = statement(activity.iri, id=str(uuid.uuid4()))
    real_filter = XAPIStatement.objects.filter
    lookups = []

    def spy(*args, **kwargs):
        if "statement_id__in" in kwargs:
            lookups.append(kwargs["statement_id__in"])
        return real_filter(*args, **kwargs)

    monkeypatch.setattr(XAPIStatement.objects, "filter", spy)
    assert post(learner_client, sent).json() == [sent["id"]]
    assert lookups == []
    response = post(learner_client, sent)
    assert response.status_code == 200
    assert response.json() == [sent["id"]]
    assert lookups == [[uuid.UUID(sent["id"])]]
    assert XAPIStatement.objects.count() == 1


# --- Voiding ------------------------------------------------------------------------------


def voiding(target_id: str, **extra) -> dict:
    return statement(
        IRI, verb=VOIDED, object={"objectType": "StatementRef", "id": target_id}, **extra
    )


def test_voided_statement_is_only_returned_by_voided_statement_id(basic_client):
    target = statement(IRI, id=str(uuid.uuid4()))
    post(basic_client, target)
    (voider_id,) = post(basic_client, voiding(target["id"])).json()
    assert get(basic_client, statementId=target["id"]).status_code == 404
    response = get(basic_client, voidedStatementId=target["id"])
    assert response.status_code == 200
    assert response.json()["id"] == target["id"]
    listed = [s["id"] for s in get(basic_client).json()["statements"]]
    assert listed == [voider_id]
    assert get(basic_client, voidedStatementId=voider_id).status_code == 404


def test_a_voiding_statement_cannot_be_voided(basic_client):
    target = statement(IRI, id=str(uuid.uuid4()))
    post(basic_client, target)
    (voider_id,) = post(basic_client, voiding(target["id"])).json()
    post(basic_client, voiding(voider_id))
    assert get(basic_client, statementId=voider_id).status_code == 200
    assert not XAPIStatement.objects.get(statement_id=voider_id).voided


def test_a_statement_arriving_after_its_voiding_statement_is_voided(basic_client):
    target = statement(IRI, id=str(uuid.uuid4()))
    post(basic_client, voiding(target["id"]))
    post(basic_client, target)
    assert XAPIStatement.objects.get(statement_id=target["id"]).voided


def test_voiding_in_the_same_batch_as_the_target(basic_client):
    target = statement(IRI, id=str(uuid.uuid4()))
    post(basic_client, [target, voiding(target["id"])])
    assert XAPIStatement.objects.get(statement_id=target["id"]).voided


# --- Single GET ---------------------------------------------------------------------------


def test_get_by_statement_id_returns_it_with_last_modified(basic_client):
    sent = statement(IRI, id=str(uuid.uuid4()))
    post(basic_client, sent)
    response = get(basic_client, statementId=sent["id"])
    assert response.status_code == 200
    assert response.json() == XAPIStatement.objects.get().data
    assert response["Last-Modified"]
    assert response["X-Experience-API-Consistent-Through"]


def test_get_unknown_statement_is_a_404(basic_client):
    response = get(basic_client, statementId=str(uuid.uuid4()))
    assert response.status_code == 404


def test_statement_id_with_other_filters_is_a_400(basic_client):
    response = get(basic_client, statementId=str(uuid.uuid4()), verb=ANSWERED)
    assert response.status_code == 400
    assert error(response) == "verb cannot be combined with statementId/voidedStatementId."
    response = get(basic_client, statementId=str(uuid.uuid4()), voidedStatementId=str(uuid.uuid4()))
    assert error(response) == "Give statementId or voidedStatementId, not both."


def test_unknown_or_miscased_parameter_is_a_400(basic_client):
    response = get(basic_client, Verb=ANSWERED)
    assert response.status_code == 400
    assert error(response) == "Unknown parameter 'Verb' (parameter names are case-sensitive)."


def test_head_on_statements_has_the_headers_and_no_body(basic_client):
    post(basic_client, statement(IRI))
    response = basic_client.head(STATEMENTS)
    assert response.status_code == 200
    assert response.content == b""
    assert response["X-Experience-API-Version"] == "1.0.3"
    assert response["X-Experience-API-Consistent-Through"]


# --- Queries ------------------------------------------------------------------------------


def ids_of(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [s["id"] for s in response.json()["statements"]]


def test_filters_each_narrow_the_result(basic_client):
    registration = str(uuid.uuid4())
    ana, bo = mbox_agent("ana"), mbox_agent("bo")
    a = post(basic_client, statement(IRI, actor=ana)).json()[0]
    b = post(basic_client, statement(IRI, actor=bo, verb=ANSWERED)).json()[0]
    c = post(
        basic_client, statement(f"{IRI}/2", actor=ana, context={"registration": registration})
    ).json()[0]
    d = post(basic_client, statement(IRI, actor=bo, object=dict(ana, objectType="Agent"))).json()[0]

    assert ids_of(get(basic_client)) == [d, c, b, a]
    assert ids_of(get(basic_client, agent=json.dumps(ana))) == [d, c, a]
    assert ids_of(get(basic_client, agent=json.dumps({"mbox": "mailto:ana@EXAMPLE.org"}))) == [
        d,
        c,
        a,
    ]
    assert ids_of(get(basic_client, verb=ANSWERED)) == [b]
    assert ids_of(get(basic_client, activity=IRI)) == [b, a]
    assert ids_of(get(basic_client, activity=f"{IRI}/2")) == [c]
    assert ids_of(get(basic_client, registration=registration)) == [c]
    assert ids_of(get(basic_client, agent=json.dumps(bo), verb=ANSWERED)) == [b]
    assert ids_of(get(basic_client, ascending="true")) == [a, b, c, d]
    assert ids_of(get(basic_client, limit="2")) == [d, c]


def test_since_and_until_use_the_stored_time(basic_client):
    ids = [post(basic_client, statement(IRI)).json()[0] for _ in range(3)]
    rows = {str(r.statement_id): r for r in XAPIStatement.objects.all()}
    base = rows[ids[0]].stored
    for number, statement_id in enumerate(ids):
        XAPIStatement.objects.filter(statement_id=statement_id).update(
            stored=base + timedelta(minutes=number)
        )
    middle = (base + timedelta(minutes=1)).isoformat()
    assert ids_of(get(basic_client, since=middle)) == [ids[2]]
    assert ids_of(get(basic_client, until=middle)) == [ids[1], ids[0]]
    assert error(get(basic_client, since="yesterday")) == (
        "since must be an ISO 8601 timestamp, e.g. 2024-05-01T10:00:00Z"
    )


def test_agent_filter_matches_groups_with_the_agent_as_member(basic_client):
    group = {"objectType": "Group", "member": [mbox_agent("ana"), mbox_agent("bo")]}
    (group_statement,) = post(basic_client, statement(IRI, actor=group)).json()
    post(basic_client, statement(IRI, actor=mbox_agent("cy")))
    assert ids_of(get(basic_client, agent=json.dumps(mbox_agent("bo")))) == [group_statement]


def test_related_activities_and_agents_widen_the_filters(basic_client):
    parent = f"{IRI}/set"
    child = post(
        basic_client,
        statement(
            f"{IRI}/q1",
            context={
                "contextActivities": {"parent": [{"id": parent}]},
                "instructor": mbox_agent("teacher"),
            },
        ),
    ).json()[0]
    assert ids_of(get(basic_client, activity=parent)) == []
    assert ids_of(get(basic_client, activity=parent, related_activities="true")) == [child]
    teacher = json.dumps(mbox_agent("teacher"))
    assert ids_of(get(basic_client, agent=teacher)) == []
    assert ids_of(get(basic_client, agent=teacher, related_agents="true")) == [child]


def test_statements_pointing_at_matching_statements_match_too(basic_client):
    original = statement(IRI, id=str(uuid.uuid4()), actor=mbox_agent("ben"))
    post(basic_client, original)
    comment = statement(
        IRI,
        actor=mbox_agent("andrew"),
        verb="https://example.org/confirmed",
        object={"objectType": "StatementRef", "id": original["id"]},
    )
    (comment_id,) = post(basic_client, comment).json()
    assert ids_of(get(basic_client, agent=json.dumps(mbox_agent("ben")))) == [
        comment_id,
        original["id"],
    ]
    assert ids_of(get(basic_client, activity=IRI)) == [comment_id, original["id"]]


def test_more_pages_continue_exactly_across_three_pages(basic_client):
    ids = [post(basic_client, statement(IRI)).json()[0] for _ in range(5)]
    first = get(basic_client, limit="2").json()
    assert [s["id"] for s in first["statements"]] == [ids[4], ids[3]]
    assert first["more"].startswith("/xapi/statements?more=")
    # A statement arriving meanwhile does not shift the pages already being read.
    post(basic_client, statement(IRI))
    second = basic_client.get(first["more"]).json()
    assert [s["id"] for s in second["statements"]] == [ids[2], ids[1]]
    third = basic_client.get(second["more"]).json()
    assert [s["id"] for s in third["statements"]] == [ids[0]]
    assert third["more"] == ""


def test_more_pages_ascending_and_with_filters(basic_client):
    ids = [post(basic_client, statement(IRI, verb=ANSWERED)).json()[0] for _ in range(3)]
    post(basic_client, statement(IRI, verb=COMPLETED))
    page = get(basic_client, limit="2", ascending="true", verb=ANSWERED).json()
    assert [s["id"] for s in page["statements"]] == ids[:2]
    rest = basic_client.get(page["more"]).json()
    assert [s["id"] for s in rest["statements"]] == ids[2:]
    assert rest["more"] == ""


def test_a_tampered_more_link_is_a_400(basic_client):
    for _ in range(2):
        post(basic_client, statement(IRI))
    more = get(basic_client, limit="1").json()["more"]
    response = basic_client.get(more[:-3] + "abc")
    assert response.status_code == 400
    assert error(response) == "This more link is not one this record store made."


def test_limit_zero_means_the_server_maximum(basic_client, settings):
    settings.COURSES_XAPI_STATEMENTS_PAGE_MAX = 3
    post(basic_client, [statement(IRI) for _ in range(4)])
    body = get(basic_client, limit="0").json()
    assert len(body["statements"]) == 3
    assert body["more"]
    assert len(get(basic_client, limit="10").json()["statements"]) == 3


def test_empty_result_is_a_statement_result(basic_client):
    response = get(basic_client, verb=ANSWERED)
    assert response.json() == {"statements": [], "more": ""}


def test_format_ids_and_canonical(basic_client):
    sent = statement(IRI, actor={"name": "Ana", "mbox": "mailto:ana@example.org"})
    sent["verb"]["display"] = {"en-US": "attempted", "bn": "চেষ্টা করেছে"}
    sent["object"]["definition"] = {"name": {"en": "Quiz", "hi": "प्रश्नोत्तरी"}}
    post(basic_client, sent)
    ids_format = get(basic_client, format="ids").json()["statements"][0]
    assert ids_format["actor"] == {"mbox": "mailto:ana@example.org"}
    assert ids_format["verb"] == {"id": ATTEMPTED}
    assert ids_format["object"] == {"id": IRI}
    canonical = basic_client.get(
        STATEMENTS, {"format": "canonical"}, HTTP_ACCEPT_LANGUAGE="hi, en;q=0.5"
    ).json()
    first = canonical["statements"][0]
    assert first["object"]["definition"]["name"] == {"hi": "प्रश्नोत्तरी"}
    assert first["verb"]["display"] == {"en-US": "attempted"}
    assert first["actor"] == {"name": "Ana", "mbox": "mailto:ana@example.org"}


def test_format_ids_gives_an_activity_its_id_only(basic_client):
    sent = statement(IRI, context={"contextActivities": {"parent": {"id": f"{IRI}/course"}}})
    del sent["object"]["objectType"]
    sent["object"]["definition"] = {"name": {"en": "Quiz"}}
    post(basic_client, sent)
    group = {"objectType": "Group", "name": "Team", "mbox": "mailto:team@example.org"}
    sub = {
        "objectType": "SubStatement",
        "actor": group,
        "verb": {"id": ANSWERED, "display": {"en-US": "answered"}},
        "object": {"objectType": "Activity", "id": f"{IRI}/typed", "definition": {}},
    }
    post(basic_client, statement(IRI, object=sub))
    nested, untyped = get(basic_client, format="ids").json()["statements"]
    assert untyped["object"] == {"id": IRI}
    assert untyped["context"]["contextActivities"] == {"parent": [{"id": f"{IRI}/course"}]}
    assert nested["object"]["object"] == {"id": f"{IRI}/typed"}
    # A Group's objectType is required, so it stays; its name goes.
    assert nested["object"]["actor"] == {"objectType": "Group", "mbox": "mailto:team@example.org"}
    assert nested["object"]["verb"] == {"id": ANSWERED}


# --- Alternate request syntax -------------------------------------------------------------


def test_alternate_syntax_put_with_headers_in_the_form(client, credential):
    statement_id = str(uuid.uuid4())
    form = {
        "statementId": statement_id,
        "content": json.dumps(statement(IRI)),
        "Authorization": basic(credential.key, credential.secret),
        "X-Experience-API-Version": "1.0.3",
        "Content-Type": "application/json",
    }
    response = client.post(
        f"{STATEMENTS}?method=PUT",
        data=urlencode(form),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 204, response.content
    assert stored_ids() == [statement_id]


def test_alternate_syntax_get_with_query_parameters_in_the_form(client, credential, basic_client):
    post(basic_client, statement(IRI, verb=ANSWERED))
    (wanted,) = post(basic_client, statement(IRI, verb=COMPLETED)).json()
    form = {
        "verb": COMPLETED,
        "Authorization": basic(credential.key, credential.secret),
        "X-Experience-API-Version": "1.0.3",
    }
    response = client.post(
        f"{STATEMENTS}?method=GET",
        data=urlencode(form),
        content_type="application/x-www-form-urlencoded",
    )
    assert ids_of(response) == [wanted]


def test_alternate_syntax_with_other_query_parameters_is_a_400(basic_client):
    response = basic_client.post(
        f"{STATEMENTS}?method=GET&verb={ANSWERED}",
        data="",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    assert error(response) == "With ?method=..., every other parameter goes in the form body."


# --- Attachments (multipart/mixed) --------------------------------------------------------


def with_attachment(data: bytes) -> dict:
    return statement(
        IRI,
        attachments=[
            {
                "usageType": "https://example.org/attachment-usage/essay",
                "display": {"en-US": "Essay"},
                "contentType": "text/plain",
                "length": len(data),
                "sha2": hashlib.sha256(data).hexdigest(),
            }
        ],
    )


def test_multipart_statement_with_its_attachment_is_stored_and_returned(basic_client):
    data = b"here is a simple attachment"
    sha2 = hashlib.sha256(data).hexdigest()
    body, content_type = multipart(
        [
            ({"Content-Type": "application/json"}, json.dumps(with_attachment(data)).encode()),
            (
                {
                    "Content-Type": "text/plain",
                    "Content-Transfer-Encoding": "binary",
                    "X-Experience-API-Hash": sha2,
                },
                data,
            ),
        ]
    )
    response = basic_client.post(STATEMENTS, data=body, content_type=content_type)
    assert response.status_code == 200, response.content
    attachment = XAPIAttachment.objects.get()
    assert (attachment.sha2, bytes(attachment.content)) == (sha2, data)

    plain = get(basic_client)
    assert plain["Content-Type"] == "application/json"
    response = get(basic_client, attachments="true")
    assert response["Content-Type"].startswith("multipart/mixed; boundary=")
    assert f"X-Experience-API-Hash: {sha2}\r\n\r\n".encode() + data in response.content


def test_attachment_without_data_or_file_url_is_a_400(basic_client):
    response = post(basic_client, with_attachment(b"essay"))
    assert response.status_code == 400
    assert error(response).startswith("statement 0: attachments[0] has no fileUrl")


def test_attachment_part_with_a_wrong_hash_is_a_400(basic_client):
    data = b"essay"
    body, content_type = multipart(
        [
            ({"Content-Type": "application/json"}, json.dumps(with_attachment(data)).encode()),
            ({"Content-Type": "text/plain", "X-Experience-API-Hash": "0" * 64}, data),
        ]
    )
    response = basic_client.post(STATEMENTS, data=body, content_type=content_type)
    assert response.status_code == 400
    assert error(response) == f"The data of attachment part {'0' * 64} does not match its hash."
    assert XAPIStatement.objects.count() == 0


@pytest.mark.parametrize(
    ("part_type", "problem"),
    [
        ("text/plain; x=" + "a" * 300, "may be at most 255 characters long"),
        ("text/plain; x=\x00", "contains a NUL character (U+0000)"),
    ],
)
def test_attachment_part_content_type_the_column_cannot_hold_is_a_400(
    basic_client, part_type, problem
):
    """Stored in a 255-character column; PostgreSQL refuses longer values and NUL with an
    error (a 500)."""
    data = b"essay"
    sha2 = hashlib.sha256(data).hexdigest()
    body, content_type = multipart(
        [
            ({"Content-Type": "application/json"}, json.dumps(with_attachment(data)).encode()),
            ({"Content-Type": part_type, "X-Experience-API-Hash": sha2}, data),
        ]
    )
    response = basic_client.post(STATEMENTS, data=body, content_type=content_type)
    assert response.status_code == 400
    assert error(response) == f"The Content-Type of attachment part {sha2} {problem}."
    assert XAPIStatement.objects.count() == 0


def test_store_service_keeps_ids_of_re_sent_statements(credential):
    from courses.xapi.auth import XAPIClient

    client = XAPIClient(credential=credential)
    sent = statement(IRI, id=str(uuid.uuid4()))
    first = services.statements_store(client=client, statements=[json.loads(json.dumps(sent))])
    second = services.statements_store(client=client, statements=[json.loads(json.dumps(sent))])
    assert first == second == [sent["id"]]
