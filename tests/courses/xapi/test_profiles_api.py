"""The Agent Profile and Activity Profile resources (Communication 2.6, 2.7): documents,
id lists, JSON merge, concurrency (a PUT needs If-Match or If-None-Match), the size cap, and
who may read and write which profile."""

import hashlib
import json
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.test import override_settings

from courses.models import XAPICredential, XAPIProfileDocument
from courses.signals import person_data_viewed
from courses.xapi import services
from tests.courses.xapi.helpers import (
    agent_of,
    basic,
    error,
    mbox_agent,
    xapi_activity,
    xapi_client,
)
from tests.factories import CourseBuilder, user_with_role

pytestmark = pytest.mark.django_db

AGENT_PROFILE = "/xapi/agents/profile"
ACTIVITY_PROFILE = "/xapi/activities/profile"
ACTIVITY = "http://example.com/activities/quiz"
SCOPE_RULE = "tests.courses.xapi.test_profiles_api.only_learner_a"


def only_learner_a(user):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(username="learner-a").values("pk")


def agent_url(agent, **extra):
    return f"{AGENT_PROFILE}?{urlencode({'agent': json.dumps(agent), **extra})}"


def activity_url(activity_id=ACTIVITY, **extra):
    return f"{ACTIVITY_PROFILE}?{urlencode({'activityId': activity_id, **extra})}"


def etag_of(content: bytes) -> str:
    return f'"{hashlib.sha1(content).hexdigest()}"'


def send(client, method, target, data, content_type="application/json", **headers):
    body = data if type(data) is bytes else json.dumps(data).encode()
    return getattr(client, method)(target, data=body, content_type=content_type, **headers)


CREATE = {"HTTP_IF_NONE_MATCH": "*"}


@pytest.fixture(params=["agent", "activity"])
def doc_url(request):
    """One profile document's URL, of each of the two resources."""
    if request.param == "agent":
        return agent_url(mbox_agent("ana"), profileId="prefs")
    return activity_url(profileId="prefs")


@pytest.fixture
def announced():
    calls = []

    def record(sender, *, viewer, subjects, what, viewer_label="", **kwargs):
        calls.append((viewer_label, [s.pk for s in subjects], what))

    person_data_viewed.connect(record, dispatch_uid="test_profiles_api")
    yield calls
    person_data_viewed.disconnect(dispatch_uid="test_profiles_api")


# --- Documents ----------------------------------------------------------------------------------


def test_put_then_get_returns_the_document_with_its_etag(basic_client, doc_url):
    response = send(basic_client, "put", doc_url, {"a": 1}, **CREATE)
    assert response.status_code == 204
    assert response["ETag"] == etag_of(b'{"a": 1}')

    response = basic_client.get(doc_url)
    assert response.status_code == 200
    assert response.content == b'{"a": 1}'
    assert response["Content-Type"] == "application/json"
    assert response["ETag"] == etag_of(b'{"a": 1}')
    assert response["Last-Modified"]
    assert response["X-Experience-API-Version"] == "1.0.3"


def test_head_has_the_headers_only(basic_client, doc_url):
    send(basic_client, "put", doc_url, {"a": 1}, **CREATE)
    response = basic_client.head(doc_url)
    assert response.status_code == 200
    assert response.content == b""
    assert response["ETag"] == etag_of(b'{"a": 1}')


def test_documents_of_any_type_are_kept_as_sent(basic_client, doc_url):
    assert (
        send(basic_client, "put", doc_url, b"\x00\xffraw", "image/png", **CREATE).status_code == 204
    )
    response = basic_client.get(doc_url)
    assert (response.content, response["Content-Type"]) == (b"\x00\xffraw", "image/png")


def test_missing_document_is_a_404(basic_client, doc_url):
    response = basic_client.get(doc_url)
    assert response.status_code == 404
    assert error(response).endswith("profile document with this profileId.")


def test_put_without_concurrency_headers_over_an_existing_document_is_a_409(basic_client, doc_url):
    send(basic_client, "put", doc_url, {"a": 1}, **CREATE)
    response = send(basic_client, "put", doc_url, {"b": 2})
    assert response.status_code == 409
    assert "send its ETag in If-Match" in error(response)
    assert basic_client.get(doc_url).json() == {"a": 1}


def test_put_without_concurrency_headers_creating_a_document_is_a_400(basic_client, doc_url):
    response = send(basic_client, "put", doc_url, {"b": 2})
    assert response.status_code == 400
    assert "needs If-Match (the current ETag) or If-None-Match: *" in error(response)
    assert not XAPIProfileDocument.objects.exists()


def test_put_with_the_current_etag_replaces(basic_client, doc_url):
    send(basic_client, "put", doc_url, {"a": 1}, **CREATE)
    response = send(basic_client, "put", doc_url, {"b": 2}, HTTP_IF_MATCH=etag_of(b'{"a": 1}'))
    assert response.status_code == 204
    assert basic_client.get(doc_url).json() == {"b": 2}


def test_put_with_a_stale_etag_is_a_412_and_changes_nothing(basic_client, doc_url):
    send(basic_client, "put", doc_url, {"a": 1}, **CREATE)
    response = send(basic_client, "put", doc_url, {"b": 2}, HTTP_IF_MATCH=f'"{"1" * 40}"')
    assert response.status_code == 412
    assert basic_client.get(doc_url).json() == {"a": 1}


def test_if_none_match_star_refuses_to_overwrite(basic_client, doc_url):
    assert send(basic_client, "put", doc_url, {"a": 1}, **CREATE).status_code == 204
    assert send(basic_client, "put", doc_url, {"b": 2}, **CREATE).status_code == 412
    assert basic_client.get(doc_url).json() == {"a": 1}


def test_if_match_on_a_missing_document_is_a_412(basic_client, doc_url):
    response = send(basic_client, "put", doc_url, {"b": 2}, HTTP_IF_MATCH=etag_of(b"{}"))
    assert response.status_code == 412


def test_post_creates_then_merges_top_level_properties(basic_client, doc_url):
    assert send(basic_client, "post", doc_url, {"car": "Honda", "x": {"y": 1}}).status_code == 204
    assert send(basic_client, "post", doc_url, {"type": "Civic", "x": {"z": 2}}).status_code == 204
    assert basic_client.get(doc_url).json() == {"car": "Honda", "type": "Civic", "x": {"z": 2}}


def test_post_honours_if_match(basic_client, doc_url):
    send(basic_client, "post", doc_url, {"a": 1})
    response = send(basic_client, "post", doc_url, {"b": 2}, HTTP_IF_MATCH=f'"{"1" * 40}"')
    assert response.status_code == 412
    assert basic_client.get(doc_url).json() == {"a": 1}


@pytest.mark.parametrize(
    ("stored", "posted"),
    [
        (({"a": 1}, "application/json"), (b"abcdefg", "application/octet-stream")),
        ((b"/ asdf /", "application/octet-stream"), ({"a": 2}, "application/json")),
        (({"a": 1}, "application/json"), (b'{"a": 1}{', "application/json")),
        (({"a": 1}, "application/json"), (b"[1, 2]", "application/json")),
    ],
    ids=["posted-not-json", "stored-not-json", "posted-bad-json", "posted-not-an-object"],
)
def test_post_merge_of_anything_but_two_json_objects_is_a_400(
    basic_client, doc_url, stored, posted
):
    assert send(basic_client, "put", doc_url, stored[0], stored[1], **CREATE).status_code == 204
    before = basic_client.get(doc_url).content
    response = send(basic_client, "post", doc_url, posted[0], posted[1])
    assert response.status_code == 400
    assert basic_client.get(doc_url).content == before


def test_delete_removes_the_document_and_honours_if_match(basic_client, doc_url):
    send(basic_client, "put", doc_url, {"a": 1}, **CREATE)
    assert basic_client.delete(doc_url, HTTP_IF_MATCH=etag_of(b"{}")).status_code == 412
    assert basic_client.get(doc_url).status_code == 200
    assert basic_client.delete(doc_url).status_code == 204
    assert basic_client.get(doc_url).status_code == 404
    assert basic_client.delete(doc_url).status_code == 204


@override_settings(COURSES_XAPI_PROFILE_MAX_BYTES=10)
def test_a_document_over_the_cap_is_a_413(basic_client, doc_url):
    response = send(basic_client, "put", doc_url, {"long": "enough"}, **CREATE)
    assert response.status_code == 413
    assert error(response).endswith("profile document may be at most 10 bytes.")


@override_settings(COURSES_XAPI_PROFILE_MAX_BYTES=20)
def test_a_merge_growing_over_the_cap_is_a_413(basic_client, doc_url):
    assert send(basic_client, "post", doc_url, {"a": "123456"}).status_code == 204
    assert send(basic_client, "post", doc_url, {"b": "123456"}).status_code == 413
    assert basic_client.get(doc_url).json() == {"a": "123456"}


def test_a_json_document_with_a_lone_surrogate_is_a_400(basic_client, doc_url):
    response = send(basic_client, "put", doc_url, b'{"a": "\\ud800"}', "application/json", **CREATE)
    assert response.status_code == 400
    assert "lone surrogate" in error(response)


def test_a_content_type_longer_than_its_column_is_a_400(basic_client, doc_url):
    """content_type is a 255-character column: PostgreSQL would refuse a longer one with an
    error (a 500), SQLite would keep it whole."""
    long_type = "application/json; x=" + "a" * 300
    response = send(basic_client, "put", doc_url, {"a": 1}, long_type, **CREATE)
    assert response.status_code == 400
    assert error(response) == "Content-Type may be at most 255 characters long."
    assert XAPIProfileDocument.objects.count() == 0


# --- Id lists -----------------------------------------------------------------------------------


def _ids_url(doc_url, **extra):
    base, _, query = doc_url.partition("?")
    params = dict(
        pair.split("=", 1) for pair in query.split("&") if not pair.startswith("profileId")
    )
    return f"{base}?{'&'.join(f'{k}={v}' for k, v in params.items())}" + (
        f"&{urlencode(extra)}" if extra else ""
    )


def test_get_without_profile_id_lists_ids_updated_since(basic_client, doc_url):
    for profile_id in ("one", "two"):
        target = doc_url.replace("profileId=prefs", f"profileId={profile_id}")
        send(basic_client, "put", target, {"id": profile_id}, **CREATE)
    one = XAPIProfileDocument.objects.get(profile_id="one")
    two = XAPIProfileDocument.objects.get(profile_id="two")
    XAPIProfileDocument.objects.filter(pk=one.pk).update(updated=two.updated - timedelta(hours=1))

    listing = basic_client.get(_ids_url(doc_url))
    assert listing.status_code == 200
    assert listing.json() == ["one", "two"]
    assert listing["ETag"] == etag_of(listing.content)
    since = (two.updated - timedelta(minutes=1)).isoformat()
    assert basic_client.get(_ids_url(doc_url, since=since)).json() == ["two"]


def test_the_two_resources_and_the_agents_do_not_mix(basic_client):
    send(basic_client, "put", agent_url(mbox_agent("ana"), profileId="p"), {"who": "ana"}, **CREATE)
    send(basic_client, "put", agent_url(mbox_agent("bo"), profileId="q"), {"who": "bo"}, **CREATE)
    send(basic_client, "put", activity_url(profileId="r"), {"what": "quiz"}, **CREATE)
    assert basic_client.get(agent_url(mbox_agent("ana"))).json() == ["p"]
    assert basic_client.get(activity_url()).json() == ["r"]
    assert basic_client.get(activity_url("http://example.com/other")).json() == []


SUBJECTS = {
    "agent": (AGENT_PROFILE, "agent", json.dumps(mbox_agent())),
    "activity": (ACTIVITY_PROFILE, "activityId", ACTIVITY),
}


@pytest.mark.parametrize(
    ("method", "with_subject", "params", "message"),
    [
        ("get", False, {"profileId": "p"}, "parameter is required."),
        ("put", False, {"profileId": "p"}, "parameter is required."),
        ("post", False, {"profileId": "p"}, "parameter is required."),
        ("delete", False, {"profileId": "p"}, "parameter is required."),
        ("put", True, {}, "The profileId parameter is required to store or delete a document."),
        ("post", True, {}, "The profileId parameter is required to store or delete a document."),
        ("delete", True, {}, "The profileId parameter is required to store or delete a document."),
        ("get", True, {"since": "yesterday"}, "since must be an ISO 8601 timestamp"),
        ("get", True, {"profileId": "p", "since": "2024-01-01T00:00:00Z"}, "since is only used"),
        ("get", True, {"stateId": "p"}, "Unknown parameter 'stateId'"),
    ],
)
@pytest.mark.parametrize("resource", ["agent", "activity"])
def test_bad_parameters_are_a_400(basic_client, resource, method, with_subject, params, message):
    path, name, value = SUBJECTS[resource]
    if with_subject:
        params = {name: value, **params}
    body = {"data": b"{}", "content_type": "application/json"} if method in ("put", "post") else {}
    response = getattr(basic_client, method)(f"{path}?{urlencode(params)}", **body, **CREATE)
    assert response.status_code == 400, response.content
    assert message in error(response)


@pytest.mark.parametrize(
    ("resource", "value", "message"),
    [
        ("agent", "true", "agent must be a JSON object"),
        ("agent", "{not json", "the agent parameter is not valid JSON"),
        ("activity", "not an iri", "activityId must be an IRI"),
    ],
)
def test_a_bad_agent_or_activity_id_is_a_400(basic_client, resource, value, message):
    path, name, _value = SUBJECTS[resource]
    response = basic_client.get(f"{path}?{urlencode({name: value, 'profileId': 'p'})}")
    assert response.status_code == 400
    assert error(response).startswith(message)


def test_a_group_is_not_an_agent_for_agent_profiles(basic_client):
    group = {"objectType": "Group", "mbox": "mailto:team@example.org"}
    response = basic_client.get(agent_url(group, profileId="p"))
    assert response.status_code == 400
    assert error(response) == "agent must be an Agent, not a Group"


def test_alternate_request_syntax_works_for_profiles(basic_client, credential):
    form = urlencode(
        {
            "X-Experience-API-Version": "1.0.3",
            "Content-Type": "application/json",
            "If-None-Match": "*",
            "activityId": ACTIVITY,
            "profileId": "alt",
            "content": '{"via": "form"}',
        }
    )
    response = basic_client.post(
        f"{ACTIVITY_PROFILE}?method=PUT",
        data=form,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 204
    assert basic_client.get(activity_url(profileId="alt")).json() == {"via": "form"}


# --- Who may ------------------------------------------------------------------------------------


def test_a_learner_keeps_only_their_own_agent_profile(learner_client, learner, other_learner):
    own = agent_url(agent_of(learner), profileId="p")
    assert send(learner_client, "put", own, {"a": 1}, **CREATE).status_code == 204
    assert learner_client.get(own).json() == {"a": 1}
    assert XAPIProfileDocument.objects.get().user == learner

    other = agent_url(agent_of(other_learner), profileId="p")
    refused = send(learner_client, "put", other, {"a": 1}, **CREATE)
    assert refused.status_code == 403
    assert learner_client.get(other).status_code == 403


def test_a_learner_reads_but_never_writes_activity_profiles(
    learner_client, basic_client, activity, index
):
    target = activity_url(activity.iri, profileId="p")
    send(basic_client, "put", target, {"shared": True}, **CREATE)

    assert learner_client.get(target).json() == {"shared": True}
    for method in ("put", "post", "delete"):
        response = send(learner_client, method, target, {"mine": 1}, **CREATE)
        assert response.status_code == 403
        assert error(response).startswith("Activity profiles are shared by every learner")
    elsewhere = xapi_activity(CourseBuilder(index, "T2").module(lessons=1).build())
    assert learner_client.get(activity_url(elsewhere.iri, profileId="p")).status_code == 403


def test_a_read_only_credential_writes_no_profile(db, doc_url):
    made, secret = services.credential_create(
        name="Reader", created_by=None, scope="site", access=XAPICredential.Access.READ
    )
    reader = xapi_client(HTTP_AUTHORIZATION=basic(made.key, secret))
    response = send(reader, "put", doc_url, {"a": 1}, **CREATE)
    assert response.status_code == 403
    assert error(response).startswith("This credential is read-only")
    assert reader.get(doc_url).status_code == 404


@override_settings(COURSES_XAPI_LEARNERS_IN_SCOPE=SCOPE_RULE)
def test_collectives_credential_reaches_only_its_learners_agent_profiles(
    basic_client, learner, other_learner
):
    coordinator = user_with_role("coordinator", username="coordinator-a")
    made, secret = services.credential_create(
        name="Collective tool",
        created_by=coordinator,
        scope=XAPICredential.Scope.COLLECTIVES,
        access=XAPICredential.Access.READ_WRITE,
    )
    scoped = xapi_client(HTTP_AUTHORIZATION=basic(made.key, secret))
    mine = agent_url(agent_of(learner), profileId="p")
    theirs = agent_url(agent_of(other_learner), profileId="p")
    send(basic_client, "put", theirs, {"b": 1}, **CREATE)

    assert send(scoped, "put", mine, {"a": 1}, **CREATE).status_code == 204
    assert scoped.get(mine).json() == {"a": 1}
    assert scoped.get(theirs).status_code == 403
    assert send(scoped, "put", theirs, {"x": 1}, HTTP_IF_MATCH="*").status_code == 403
    assert scoped.get(agent_url(mbox_agent())).status_code == 403
    assert basic_client.get(theirs).json() == {"b": 1}


def test_credential_reading_a_learners_agent_profile_is_announced(
    basic_client, credential, learner, announced
):
    target = agent_url(agent_of(learner), profileId="p")
    send(basic_client, "put", target, {"a": 1}, **CREATE)
    assert XAPIProfileDocument.objects.get().user == learner

    basic_client.get(target)
    basic_client.get(agent_url(agent_of(learner)))
    basic_client.get(agent_url(mbox_agent(), profileId="p"))
    basic_client.get(activity_url(profileId="p"))

    label = f"xAPI credential #{credential.pk}"
    assert announced == [
        (label, [learner.pk], "agent profile document"),
        (label, [learner.pk], "agent profile ids"),
    ]


def test_agent_profiles_go_with_the_account(basic_client, learner):
    send(basic_client, "put", agent_url(agent_of(learner), profileId="p"), {"a": 1}, **CREATE)
    send(basic_client, "put", activity_url(profileId="p"), {"a": 1}, **CREATE)
    learner.delete()
    assert list(XAPIProfileDocument.objects.values_list("kind", flat=True)) == ["activity"]
