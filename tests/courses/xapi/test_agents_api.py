"""The Agents Resource (Communication 2.4): a Person Object for an agent, never naming one of
our users, within the caller's scope; and the 404 for every other URL under /xapi/."""

import json
from urllib.parse import urlencode

import pytest
from django.test import Client, override_settings

from courses.models import XAPICredential
from courses.xapi import services
from tests.courses.xapi.helpers import (
    agent_of,
    basic,
    error,
    mbox_agent,
    post,
    statement,
    xapi_client,
)
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db

AGENTS = "/xapi/agents"
SCOPE_RULE = "tests.courses.xapi.test_agents_api.only_learner_a"


def only_learner_a(user):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(username="learner-a").values("pk")


def ask(client, agent, **extra):
    return client.get(AGENTS, {"agent": json.dumps(agent), **extra})


def scoped_client(**credential):
    coordinator = user_with_role("coordinator", username="coordinator-a")
    made, secret = services.credential_create(
        name="Collective tool",
        created_by=coordinator,
        scope=XAPICredential.Scope.COLLECTIVES,
        access=credential.get("access", XAPICredential.Access.READ),
    )
    return xapi_client(HTTP_AUTHORIZATION=basic(made.key, secret))


def test_unknown_agent_is_a_person_with_what_was_asked(basic_client):
    response = ask(
        basic_client, {"objectType": "Agent", "name": "Ana", "openid": "http://a.example/"}
    )
    assert response.status_code == 200
    assert response.json() == {
        "objectType": "Person",
        "name": ["Ana"],
        "openid": ["http://a.example/"],
    }
    assert response["X-Experience-API-Version"] == "1.0.3"
    assert response["ETag"].startswith('"') and len(response["ETag"]) == 42


def test_person_gathers_the_names_statements_gave_the_agent(basic_client, activity):
    ana = mbox_agent("ana")
    for name in ("Ana", "Ana R.", "Ana"):
        assert (
            post(basic_client, statement(activity.iri, actor={**ana, "name": name})).status_code
            == 200
        )
    post(basic_client, statement(activity.iri, actor={**mbox_agent("bo"), "name": "Bo"}))

    response = ask(basic_client, ana)

    assert response.json() == {
        "objectType": "Person",
        "name": ["Ana", "Ana R."],
        "mbox": ["mailto:ana@example.org"],
    }


def test_person_of_our_user_is_only_their_pseudonymous_account(basic_client, activity, learner):
    """Whatever a provider wrote as the actor's name, or asks with, no name comes back."""
    learner.email = "asha@example.org"
    learner.save()
    named = {**agent_of(learner), "name": "Asha Rao"}
    assert post(basic_client, statement(activity.iri, actor=named)).status_code == 200

    response = ask(basic_client, named)

    assert response.json() == {
        "objectType": "Person",
        "name": [],
        "account": [agent_of(learner)["account"]],
    }
    assert "Asha" not in response.content.decode()
    assert "asha@example.org" not in response.content.decode()


def test_head_has_the_headers_only(basic_client):
    response = basic_client.head(AGENTS, {"agent": json.dumps(mbox_agent())})
    assert response.status_code == 200
    assert response.content == b""
    assert response["ETag"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "The agent parameter is required."),
        ({"agent": "{not json"}, "the agent parameter is not valid JSON"),
        (
            {"agent": json.dumps({"objectType": "Agent", "name": "no id"})},
            "agent must have exactly one of",
        ),
        (
            {"agent": json.dumps({"objectType": "Group", "mbox": "mailto:g@example.org"})},
            "agent must be an Agent, not a Group",
        ),
        ({"agent": json.dumps(mbox_agent()), "Agent": "x"}, "Unknown parameter 'Agent'"),
    ],
)
def test_bad_agent_parameters_are_a_400(basic_client, params, message):
    response = basic_client.get(AGENTS, params)
    assert response.status_code == 400
    assert error(response).startswith(message)


def test_put_is_not_allowed(basic_client):
    response = basic_client.put(f"{AGENTS}?agent=x", data=b"{}", content_type="application/json")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


def test_a_learner_asks_only_about_themselves(learner_client, learner, other_learner):
    own = ask(learner_client, agent_of(learner))
    other = ask(learner_client, agent_of(other_learner))
    assert own.status_code == 200
    assert own.json()["account"] == [agent_of(learner)["account"]]
    assert other.status_code == 403
    assert error(other).startswith("Signed-in learners may only ask about themselves")


@override_settings(COURSES_XAPI_LEARNERS_IN_SCOPE=SCOPE_RULE)
def test_collectives_credential_reaches_only_its_learners(learner, other_learner):
    client = scoped_client()
    assert ask(client, agent_of(learner)).status_code == 200
    assert ask(client, agent_of(other_learner)).status_code == 403
    outsider = ask(client, mbox_agent())
    assert outsider.status_code == 403
    assert error(outsider).startswith("agent is not a learner this credential may reach")


def test_without_credentials_is_a_401(db):
    response = xapi_client().get(AGENTS, {"agent": json.dumps(mbox_agent())})
    assert response.status_code == 401


# --- Other URLs under /xapi/ --------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/xapi/agents/", "/xapi/activities/", "/xapi/statements/", "/xapi/", "/xapi/nothing/here"],
)
@pytest.mark.parametrize("method", ["get", "post", "put", "delete", "head"])
def test_any_other_url_under_xapi_is_a_404_never_a_redirect(client, path, method):
    if method in ("get", "head"):
        response = getattr(client, method)(path)
    else:
        response = getattr(client, method)(path, data=b'{"a": 1}', content_type="application/json")
    assert response.status_code == 404
    assert response["X-Experience-API-Version"] == "1.0.3"
    if method != "head":
        assert response.json() == {"error": f"There is no xAPI resource at {path}."}


@override_settings(DEBUG=True)
def test_a_body_carrying_request_to_a_slash_url_is_a_404_under_debug_too(client):
    response = client.post("/xapi/agents/profile/", data=b"{}", content_type="application/json")
    assert response.status_code == 404


def test_version_header_is_required(credential):
    bare = Client(HTTP_AUTHORIZATION=basic(credential.key, credential.secret))
    response = bare.get(AGENTS, {"agent": json.dumps(mbox_agent())})
    assert response.status_code == 400
    assert response["X-Experience-API-Version"] == "1.0.3"
    assert error(response) == "The X-Experience-API-Version header is required (e.g. 1.0.3)."


def test_alternate_request_syntax_reads_a_person(basic_client, credential):
    form = urlencode(
        {
            "X-Experience-API-Version": "1.0.3",
            "Authorization": basic(credential.key, credential.secret),
            "agent": json.dumps(mbox_agent()),
        }
    )
    response = Client().post(
        f"{AGENTS}?method=GET", data=form, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert response.json() == {
        "objectType": "Person",
        "name": [],
        "mbox": ["mailto:ana@example.org"],
    }
