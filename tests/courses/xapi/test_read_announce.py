"""Reads of people's records by an xAPI credential are announced (person_data_viewed) and so
written to the audit log; a signed-in learner reading their own records is not."""

import json
import uuid

import pytest

from courses.signals import person_data_viewed
from courses.xapi import services
from courses.xapi.auth import XAPIClient
from tests.courses.xapi.helpers import (
    STATE,
    agent_of,
    get,
    mbox_agent,
    post,
    state_params,
    statement,
)
from trauma_training.audit.models import AuditEntry
from trauma_training.audit.receivers import person_data_viewed_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def announced():
    """Every person_data_viewed announcement: (sender, viewer, viewer_label, subject ids,
    what)."""
    calls = []

    def record(sender, *, viewer, subjects, what, viewer_label="", **kwargs):
        calls.append((sender, viewer, viewer_label, [s.pk for s in subjects], what))

    person_data_viewed.connect(record, dispatch_uid="test_read_announce")
    yield calls
    person_data_viewed.disconnect(dispatch_uid="test_read_announce")


def _store(client, activity, *actors) -> list[str]:
    ids = []
    for actor in actors:
        statement_id = str(uuid.uuid4())
        response = post(client, statement(activity.iri, actor=actor, id=statement_id))
        assert response.status_code == 200, response.content
        ids.append(statement_id)
    return ids


def _audit_views() -> list[tuple]:
    """The audit log's viewed_person_data entries (creating users also logs their roles)."""
    entries = AuditEntry.objects.filter(action="viewed_person_data")
    return list(entries.values_list("actor_id", "actor_label", "action", "subject_id", "target"))


def test_credential_listing_statements_is_announced_once_naming_each_learner(
    basic_client, credential, activity, learner, other_learner, announced
):
    _store(basic_client, activity, agent_of(learner), agent_of(learner), mbox_agent("ana"))
    _store(basic_client, activity, agent_of(other_learner))

    response = get(basic_client)

    assert response.status_code == 200
    assert len(response.json()["statements"]) == 4
    label = f"xAPI credential #{credential.pk}"
    assert announced == [
        ("xAPI record store", None, label, [learner.pk, other_learner.pk], "statements")
    ]
    assert _audit_views() == [
        (None, label, "viewed_person_data", learner.pk, "xAPI record store: statements"),
        (None, label, "viewed_person_data", other_learner.pk, "xAPI record store: statements"),
    ]


def test_credential_reading_one_statement_is_announced(
    basic_client, credential, activity, learner, announced
):
    [statement_id] = _store(basic_client, activity, agent_of(learner))

    response = get(basic_client, statementId=statement_id)

    assert response.status_code == 200
    assert announced == [
        (
            "xAPI record store",
            None,
            f"xAPI credential #{credential.pk}",
            [learner.pk],
            "statementId",
        )
    ]


def test_statements_about_no_user_of_ours_announce_nothing(basic_client, activity, announced):
    _store(basic_client, activity, mbox_agent("ana"))

    response = get(basic_client)

    assert response.status_code == 200
    assert announced == []
    assert _audit_views() == []


def test_a_learner_reading_their_own_statements_announces_nothing(
    learner_client, basic_client, activity, learner, announced
):
    _store(basic_client, activity, agent_of(learner))

    response = get(learner_client)

    assert response.status_code == 200
    assert len(response.json()["statements"]) == 1
    assert announced == []


def test_a_refused_read_announces_nothing(basic_client, activity, learner, announced):
    _store(basic_client, activity, agent_of(learner))

    response = get(basic_client, statementId=str(uuid.uuid4()))

    assert response.status_code == 404
    assert announced == []


def _put_state(client, activity, agent, state_id="h5p-resume"):
    target = f"{STATE}?{state_params(activity.iri, agent, stateId=state_id)}"
    response = client.put(target, data=json.dumps({"at": 3}), content_type="application/json")
    assert response.status_code == 204


def test_credential_reading_a_state_document_is_announced(
    basic_client, credential, activity, learner, announced
):
    _put_state(basic_client, activity, agent_of(learner))

    document = basic_client.get(
        f"{STATE}?{state_params(activity.iri, agent_of(learner), stateId='h5p-resume')}"
    )
    listing = basic_client.get(f"{STATE}?{state_params(activity.iri, agent_of(learner))}")

    assert (document.status_code, listing.status_code) == (200, 200)
    assert listing.json() == ["h5p-resume"]
    label = f"xAPI credential #{credential.pk}"
    assert announced == [
        ("xAPI record store", None, label, [learner.pk], "state document"),
        ("xAPI record store", None, label, [learner.pk], "state ids"),
    ]


def test_state_reads_that_show_nothing_announce_nothing(basic_client, activity, learner, announced):
    missing = basic_client.get(
        f"{STATE}?{state_params(activity.iri, agent_of(learner), stateId='none-here')}"
    )
    empty = basic_client.get(f"{STATE}?{state_params(activity.iri, agent_of(learner))}")

    assert (missing.status_code, empty.status_code) == (404, 200)
    assert empty.json() == []
    assert announced == []


def test_a_learner_reading_their_own_state_announces_nothing(
    learner_client, activity, learner, announced
):
    _put_state(learner_client, activity, agent_of(learner))

    response = learner_client.get(
        f"{STATE}?{state_params(activity.iri, agent_of(learner), stateId='h5p-resume')}"
    )

    assert response.status_code == 200
    assert announced == []


def test_announcing_a_page_costs_one_query_for_its_people(
    credential, learner, other_learner, django_assert_num_queries, announced
):
    client = XAPIClient(credential=credential)
    # Only the announcement's own cost: the audit log's writes are its receiver's.
    person_data_viewed.disconnect(dispatch_uid="audit_person_data_viewed")
    try:
        with django_assert_num_queries(1):
            services.credential_read_announce(
                client=client,
                user_ids=[other_learner.pk, None, learner.pk, learner.pk],
                what="statements",
            )
    finally:
        person_data_viewed.connect(
            person_data_viewed_record, dispatch_uid="audit_person_data_viewed"
        )

    assert announced[0][3] == [learner.pk, other_learner.pk]
