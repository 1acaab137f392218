"""The State Resource: single documents (PUT, POST merge, GET, DELETE), id lists, ETags and
preconditions, size cap, and who may keep state for whom."""

import hashlib
import json
import uuid
from datetime import timedelta

import pytest

from courses.models import XAPIStateDocument
from courses.xapi.selectors import state_documents_json
from tests.courses.xapi.helpers import (
    STATE,
    agent_of,
    error,
    mbox_agent,
    state_params,
    xapi_activity,
)
from tests.factories import CourseBuilder

pytestmark = pytest.mark.django_db


def url(activity_id: str, agent: dict, **extra) -> str:
    return f"{STATE}?{state_params(activity_id, agent, **extra)}"


def put_json(client, target: str, data, **headers):
    return client.put(target, data=json.dumps(data), content_type="application/json", **headers)


def post_json(client, target: str, data, **headers):
    return client.post(target, data=json.dumps(data), content_type="application/json", **headers)


def etag_of(content: bytes) -> str:
    return f'"{hashlib.sha1(content).hexdigest()}"'


@pytest.fixture
def doc_url(activity, learner):
    return url(activity.iri, agent_of(learner), stateId="h5p-resume")


def test_put_then_get_returns_the_document_with_etag_and_last_modified(learner_client, doc_url):
    body = {"package": "abc", "state": '{"progress": 2}'}
    response = put_json(learner_client, doc_url, body)
    assert response.status_code == 204
    content = json.dumps(body).encode()
    assert response["ETag"] == etag_of(content)
    response = learner_client.get(doc_url)
    assert response.status_code == 200
    assert response.content == content
    assert response["Content-Type"] == "application/json"
    assert response["ETag"] == etag_of(content)
    assert response["Last-Modified"]
    assert response["X-Experience-API-Version"] == "1.0.3"


def test_head_has_the_headers_only(learner_client, doc_url):
    put_json(learner_client, doc_url, {"a": 1})
    response = learner_client.head(doc_url)
    assert response.status_code == 200
    assert response.content == b""
    assert response["ETag"] == etag_of(b'{"a": 1}')


def test_missing_document_is_a_404(learner_client, doc_url):
    assert learner_client.get(doc_url).status_code == 404


def test_put_replaces_without_concurrency_headers(learner_client, doc_url):
    """The State Resource permits PUT without If-Match (Communication 3.1.s3)."""
    put_json(learner_client, doc_url, {"a": 1, "b": 2})
    assert put_json(learner_client, doc_url, {"c": 3}).status_code == 204
    assert learner_client.get(doc_url).json() == {"c": 3}
    assert XAPIStateDocument.objects.count() == 1


def test_post_merges_top_level_properties(learner_client, doc_url):
    put_json(learner_client, doc_url, {"x": "foo", "y": "bar", "n": {"deep": 1}})
    assert post_json(learner_client, doc_url, {"x": "bash", "z": "faz", "n": {}}).status_code == 204
    assert learner_client.get(doc_url).json() == {"x": "bash", "y": "bar", "z": "faz", "n": {}}


def test_post_creates_a_missing_document(learner_client, doc_url):
    assert post_json(learner_client, doc_url, {"x": 1}).status_code == 204
    assert learner_client.get(doc_url).json() == {"x": 1}


def test_post_merge_needs_json_objects_on_both_sides(learner_client, doc_url):
    learner_client.put(doc_url, data=b"plain words", content_type="text/plain")
    response = post_json(learner_client, doc_url, {"x": 1})
    assert response.status_code == 400
    assert error(response) == (
        "POST merges JSON documents: both the stored and the posted document must have "
        "Content-Type application/json."
    )
    assert learner_client.get(doc_url).content == b"plain words"
    put_json(learner_client, doc_url, {"x": 1})
    response = learner_client.post(doc_url, data="[1, 2]", content_type="application/json")
    assert response.status_code == 400
    assert (
        error(response) == "The posted document is not a JSON object, so the two cannot be merged."
    )


def test_if_match_must_name_the_current_etag(learner_client, doc_url):
    put_json(learner_client, doc_url, {"a": 1})
    current = learner_client.get(doc_url)["ETag"]
    response = put_json(learner_client, doc_url, {"a": 2}, HTTP_IF_MATCH=etag_of(b"other"))
    assert response.status_code == 412
    assert error(response) == "If-Match does not match the document's current ETag."
    assert learner_client.get(doc_url).json() == {"a": 1}
    assert put_json(learner_client, doc_url, {"a": 2}, HTTP_IF_MATCH=current).status_code == 204
    assert learner_client.get(doc_url).json() == {"a": 2}
    response = post_json(learner_client, doc_url, {"b": 1}, HTTP_IF_MATCH=current)
    assert response.status_code == 412


def test_if_none_match_star_refuses_to_overwrite(learner_client, doc_url):
    assert put_json(learner_client, doc_url, {"a": 1}, HTTP_IF_NONE_MATCH="*").status_code == 204
    response = put_json(learner_client, doc_url, {"a": 2}, HTTP_IF_NONE_MATCH="*")
    assert response.status_code == 412
    assert learner_client.get(doc_url).json() == {"a": 1}


def test_if_match_on_a_missing_document_is_a_412(learner_client, doc_url):
    response = put_json(learner_client, doc_url, {"a": 1}, HTTP_IF_MATCH=etag_of(b"x"))
    assert response.status_code == 412


def test_ids_are_listed_without_state_id_and_since_filters_them(learner_client, activity, learner):
    agent = agent_of(learner)
    for state_id in ("one", "two"):
        put_json(learner_client, url(activity.iri, agent, stateId=state_id), {"s": state_id})
    listing = learner_client.get(url(activity.iri, agent))
    assert listing.status_code == 200
    assert listing.json() == ["one", "two"]
    assert listing["ETag"] == etag_of(listing.content)
    two = XAPIStateDocument.objects.get(state_id="two")
    XAPIStateDocument.objects.filter(state_id="one").update(
        updated=two.updated - timedelta(hours=1)
    )
    since = (two.updated - timedelta(minutes=1)).isoformat()
    assert learner_client.get(url(activity.iri, agent, since=since)).json() == ["two"]


def test_registration_keeps_documents_apart(learner_client, activity, learner):
    agent = agent_of(learner)
    registration = str(uuid.uuid4())
    put_json(learner_client, url(activity.iri, agent, stateId="s"), {"r": None})
    put_json(
        learner_client, url(activity.iri, agent, stateId="s", registration=registration), {"r": 1}
    )
    assert learner_client.get(url(activity.iri, agent, stateId="s")).json() == {"r": None}
    with_registration = url(activity.iri, agent, stateId="s", registration=registration)
    assert learner_client.get(with_registration).json() == {"r": 1}
    assert learner_client.get(url(activity.iri, agent, registration=registration)).json() == ["s"]


def test_delete_one_then_all(learner_client, activity, learner):
    agent = agent_of(learner)
    for state_id in ("one", "two", "three"):
        put_json(learner_client, url(activity.iri, agent, stateId=state_id), {})
    assert learner_client.delete(url(activity.iri, agent, stateId="one")).status_code == 204
    assert learner_client.get(url(activity.iri, agent)).json() == ["two", "three"]
    assert learner_client.delete(url(activity.iri, agent)).status_code == 204
    assert XAPIStateDocument.objects.count() == 0


def test_delete_honours_if_match(learner_client, doc_url):
    put_json(learner_client, doc_url, {"a": 1})
    response = learner_client.delete(doc_url, HTTP_IF_MATCH=etag_of(b"other"))
    assert response.status_code == 412
    assert XAPIStateDocument.objects.count() == 1


def test_document_over_the_size_cap_is_a_413(learner_client, doc_url, settings):
    settings.COURSES_XAPI_STATE_MAX_BYTES = 10
    response = put_json(learner_client, doc_url, {"long": "x" * 20})
    assert response.status_code == 413
    assert error(response) == "A state document may be at most 10 bytes."


def test_parameters_are_checked(learner_client, activity, learner):
    agent = agent_of(learner)
    response = put_json(learner_client, url(activity.iri, agent), {})
    assert response.status_code == 400
    assert error(response) == "The stateId parameter is required to store a document."
    response = learner_client.get(f"{STATE}?{'activityId=' + activity.iri}")
    assert error(response) == "The agent parameter is required."
    response = learner_client.get(url(activity.iri, agent, stateID="x"))
    assert error(response) == "Unknown parameter 'stateID' (parameter names are case-sensitive)."
    response = learner_client.get(url("not an iri", agent))
    assert error(response) == "activityId must be an IRI with a scheme, e.g. https://example.org/x"


def test_learner_keeps_state_only_as_themselves(learner_client, activity, other_learner):
    response = put_json(learner_client, url(activity.iri, agent_of(other_learner), stateId="s"), {})
    assert response.status_code == 403
    assert (
        error(response) == "Signed-in learners may only keep state as themselves (agent parameter)."
    )


def test_learner_keeps_state_only_for_their_activities(learner_client, learner, index):
    elsewhere = xapi_activity(CourseBuilder(index, "T2").module(lessons=1).build())
    response = learner_client.get(url(elsewhere.iri, agent_of(learner), stateId="s"))
    assert response.status_code == 403


def test_credential_keeps_state_for_anyone_about_anything(basic_client):
    target = url("https://partner.example.org/a", mbox_agent(), stateId="s")
    assert (
        basic_client.put(
            target, data=b"\x00\x01", content_type="application/octet-stream"
        ).status_code
        == 204
    )
    response = basic_client.get(target)
    assert response.content == b"\x00\x01"
    assert response["Content-Type"] == "application/octet-stream"


def test_state_documents_json_reads_several_activities_at_once(
    learner_client, learner, course, django_assert_num_queries
):
    first = xapi_activity(course, learners=[learner], title="One")
    second = xapi_activity(course, learners=[learner], title="Two")
    agent = agent_of(learner)
    put_json(learner_client, url(first.iri, agent, stateId="h5p-resume"), {"state": "1"})
    learner_client.put(
        url(second.iri, agent, stateId="h5p-resume"), data=b"x", content_type="text/plain"
    )
    with django_assert_num_queries(1):
        found = state_documents_json(
            agent=agent, activity_ids=[first.iri, second.iri], state_id="h5p-resume"
        )
    assert found == {first.iri: {"state": "1"}}
