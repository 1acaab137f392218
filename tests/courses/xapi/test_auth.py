"""Who may call the record store and what each caller may do: the signed-in learner (session,
CSRF, pseudonymous actor, own activities and statements only), staff, and external providers
with an HTTP Basic credential."""

import json
import uuid

import pytest
from django.contrib.auth.hashers import check_password

from courses.models import XAPICredential, XAPIStatement
from tests.courses.xapi.helpers import (
    ANSWERED,
    COMPLETED,
    STATEMENTS,
    agent_of,
    basic,
    error,
    get,
    mbox_agent,
    post,
    statement,
    xapi_activity,
    xapi_client,
)
from tests.factories import CourseBuilder, user_with_role

pytestmark = pytest.mark.django_db

PARTNER_IRI = "https://partner.example.org/activities/quiz"


# --- Session --------------------------------------------------------------------------------


def test_session_actor_is_replaced_by_the_pseudonymous_learner_agent(
    learner_client, learner, activity
):
    sent = statement(activity.iri, actor={"name": "Someone Else", "mbox": "mailto:x@example.org"})
    response = post(learner_client, sent)
    assert response.status_code == 200
    row = XAPIStatement.objects.get()
    assert row.user == learner
    assert row.data["actor"] == {
        "objectType": "Agent",
        "account": {"homePage": "http://127.0.0.1:8000", "name": str(learner.pk)},
    }
    assert row.data["authority"] == {
        "objectType": "Agent",
        "account": {"homePage": "http://127.0.0.1:8000", "name": "lrs"},
    }
    stored_text = json.dumps(row.data)
    for private in (learner.username, learner.display_name, "Someone Else", "x@example.org"):
        assert private not in stored_text


def test_session_statement_without_actor_is_refused_before_the_actor_is_replaced(
    learner_client, activity
):
    sent = statement(activity.iri)
    del sent["actor"]
    response = post(learner_client, sent)
    assert response.status_code == 400
    assert error(response) == "statement 0: actor is required"
    assert XAPIStatement.objects.count() == 0


def test_session_statement_with_an_invalid_actor_is_refused(learner_client, activity):
    # An account without homePage (what H5P makes up for an anonymous user) is not an Agent.
    sent = statement(activity.iri, actor={"account": {"name": "b90adbfb"}})
    response = post(learner_client, sent)
    assert response.status_code == 400
    assert error(response) == "statement 0: actor.account must have both homePage and name"
    assert XAPIStatement.objects.count() == 0


def test_session_statement_made_as_another_of_our_learners_is_refused(
    learner, other_learner, course
):
    """A shared phone: the other learner's lesson tab still holds answers made as them (the
    player sends their pseudonymous agent) when this learner signs in. Replacing the actor
    would credit this learner with them; a 403 keeps them in that tab until its learner
    is back."""
    activity = xapi_activity(course, learners=[learner, other_learner])
    client = xapi_client()
    client.force_login(learner)
    response = post(client, statement(activity.iri, actor=agent_of(other_learner)))
    assert response.status_code == 403
    assert error(response) == (
        "statement 0: its actor is another person of this site, not the one signed in; "
        "it is stored only while they are signed in."
    )
    assert XAPIStatement.objects.count() == 0
    assert post(client, statement(activity.iri, actor=agent_of(learner))).status_code == 200


def test_hook_gets_exactly_the_new_statements_per_user(
    learner_client, learner, activity, recorded_hook
):
    first = statement(activity.iri, id=str(uuid.uuid4()))
    post(learner_client, first)
    second = statement(activity.iri, verb=COMPLETED)
    ids = post(learner_client, [first, second]).json()
    assert recorded_hook == [(learner.pk, [first["id"]]), (learner.pk, [ids[1]])]


def test_session_post_is_csrf_protected(learner, activity):
    client = xapi_client(enforce_csrf_checks=True)
    client.force_login(learner)
    response = post(client, statement(activity.iri))
    assert response.status_code == 403
    assert error(response) == "CSRF check failed: CSRF cookie not set."
    assert XAPIStatement.objects.count() == 0

    token = "a" * 32
    client.cookies["csrftoken"] = token
    assert post(client, statement(activity.iri), HTTP_X_CSRFTOKEN="b" * 32).status_code == 403
    assert post(client, statement(activity.iri), HTTP_X_CSRFTOKEN=token).status_code == 200


def test_session_reads_need_no_csrf_token(learner, activity):
    client = xapi_client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert get(client).status_code == 200


def test_learner_may_not_send_statements_about_activities_outside_their_lessons(
    learner_client, index, activity
):
    elsewhere = xapi_activity(CourseBuilder(index, "T2").module(lessons=1).build())
    response = post(learner_client, [statement(activity.iri), statement(elsewhere.iri)])
    assert response.status_code == 403
    assert error(response) == (
        f"statement 1: object.id {elsewhere.iri!r} is not an activity in a lesson you can open."
    )
    assert XAPIStatement.objects.count() == 0
    unknown = "https://partner.example.org/nothing"
    assert post(learner_client, statement(unknown)).status_code == 403


def test_unenrolled_learner_may_not_send_statements(other_learner, activity):
    client = xapi_client()
    client.force_login(other_learner)
    response = post(client, statement(activity.iri))
    assert response.status_code == 403


def test_sub_content_ids_belong_to_the_activity(learner_client, activity):
    sent = statement(f"{activity.iri}?subContentId={uuid.uuid4()}")
    assert post(learner_client, sent).status_code == 200


def test_learner_may_not_send_statement_references(learner_client, activity):
    sent = statement(activity.iri, object={"objectType": "StatementRef", "id": str(uuid.uuid4())})
    response = post(learner_client, sent)
    assert response.status_code == 403
    assert error(response).startswith("statement 0: signed-in learners may only send statements")


def test_staff_may_write_about_any_known_activity_but_not_unknown_ones(index):
    trainer = user_with_role("trainer", username="trainer-a")
    activity = xapi_activity(CourseBuilder(index, "T3").module(lessons=1).build())
    client = xapi_client()
    client.force_login(trainer)
    assert post(client, statement(activity.iri)).status_code == 200
    assert post(client, statement(PARTNER_IRI)).status_code == 403


def test_learner_reads_only_their_own_statements(
    learner_client, learner, other_learner, activity, basic_client
):
    (mine,) = post(learner_client, statement(activity.iri)).json()
    (theirs,) = post(basic_client, statement(activity.iri, actor=agent_of(other_learner))).json()
    body = get(learner_client).json()
    assert [s["id"] for s in body["statements"]] == [mine]
    assert get(learner_client, statementId=theirs).status_code == 404
    assert get(learner_client, agent=json.dumps(agent_of(learner))).status_code == 200
    response = get(learner_client, agent=json.dumps(agent_of(other_learner)))
    assert response.status_code == 403
    assert error(response) == "Signed-in learners may only read their own statements."


def test_learner_cannot_use_someone_elses_more_link(
    learner_client, other_learner, activity, basic_client
):
    post(basic_client, [statement(activity.iri) for _ in range(3)])
    more = get(basic_client, limit="1").json()["more"]
    response = learner_client.get(more)
    assert response.status_code == 403
    assert error(response) == "This more link was made for someone else."


# --- HTTP Basic -----------------------------------------------------------------------------


def test_credential_secret_is_stored_hashed(credential):
    stored = XAPICredential.objects.get()
    assert stored.secret_hash != credential.secret
    assert check_password(credential.secret, stored.secret_hash)


def test_basic_credential_may_write_for_any_actor_and_read_all(basic_client, credential):
    response = post(basic_client, statement(PARTNER_IRI, actor=mbox_agent("partner")))
    assert response.status_code == 200
    assert len(get(basic_client).json()["statements"]) == 1
    assert XAPICredential.objects.get().last_used_at is not None


def test_basic_statement_about_one_of_our_users_reaches_them(basic_client, learner, recorded_hook):
    ids = post(
        basic_client,
        [statement(PARTNER_IRI, actor=agent_of(learner)), statement(PARTNER_IRI)],
    ).json()
    assert XAPIStatement.objects.get(statement_id=ids[0]).user == learner
    assert XAPIStatement.objects.get(statement_id=ids[1]).user is None
    assert recorded_hook == [(learner.pk, [ids[0]])]


def test_basic_statement_about_an_unknown_user_id_reaches_nobody(basic_client, recorded_hook):
    stranger = {
        "objectType": "Agent",
        "account": {"homePage": "http://127.0.0.1:8000", "name": "999999"},
    }
    post(basic_client, statement(PARTNER_IRI, actor=stranger))
    assert XAPIStatement.objects.get().user is None
    assert recorded_hook == []


def test_wrong_secret_is_a_401_with_a_basic_challenge(credential):
    client = xapi_client(HTTP_AUTHORIZATION=basic(credential.key, "wrong"))
    response = get(client)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Basic realm="xAPI"'
    assert error(response) == "These credentials are unknown, inactive or wrong."


def test_inactive_credential_is_a_401(credential, basic_client):
    assert get(basic_client).status_code == 200
    XAPICredential.objects.filter(pk=credential.pk).update(active=False)
    assert get(basic_client).status_code == 401


def test_no_credentials_is_a_401_with_a_basic_challenge(client):
    response = client.get(STATEMENTS, HTTP_X_EXPERIENCE_API_VERSION="1.0.3")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Basic realm="xAPI"'
    assert response["X-Experience-API-Version"] == "1.0.3"


def test_our_own_scripts_get_no_basic_challenge(client):
    """A signed-out page's script would otherwise make the browser show a password box."""
    response = client.get(
        STATEMENTS, HTTP_X_EXPERIENCE_API_VERSION="1.0.3", HTTP_X_CSRFTOKEN="a" * 32
    )
    assert response.status_code == 401
    assert "WWW-Authenticate" not in response


@pytest.mark.parametrize("header", ["Bearer abc", "Basic !!!", "Basic " + "Og=="])
def test_malformed_or_other_authorization_is_a_401(client, header):
    response = client.get(
        STATEMENTS, HTTP_X_EXPERIENCE_API_VERSION="1.0.3", HTTP_AUTHORIZATION=header
    )
    assert response.status_code == 401


def test_basic_requests_need_no_csrf_token(credential):
    client = xapi_client(
        enforce_csrf_checks=True, HTTP_AUTHORIZATION=basic(credential.key, credential.secret)
    )
    assert post(client, statement(PARTNER_IRI, verb=ANSWERED)).status_code == 200
