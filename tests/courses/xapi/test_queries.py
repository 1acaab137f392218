"""The statement POST path stays lean: a learner's player sends a statement for every click,
so a single statement costs a fixed handful of queries, and a batch costs the same."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.courses.xapi.helpers import INTERACTED, post, statement

pytestmark = pytest.mark.django_db

# Session (1) and user (1) lookups by Django's middleware, the INSERT (1), and, inside the
# test's transaction only, the SAVEPOINT and RELEASE around the storing transaction (2). The
# activity behind the IRI and whether the learner may use it are remembered after the
# player's first statement (`services.activity_for_iri`, `may_use_activity`'s cache).
SINGLE_POST_QUERIES = 5


def test_single_session_post_of_a_non_scoring_statement(learner_client, activity):
    post(learner_client, statement(activity.iri))  # the player's first statement warms the cache
    with CaptureQueriesContext(connection) as queries:
        response = post(
            learner_client, statement(f"{activity.iri}?subContentId=1", verb=INTERACTED)
        )
    assert response.status_code == 200
    assert [q["sql"].split()[0] for q in queries] == [
        "SELECT",  # session
        "SELECT",  # user
        "SAVEPOINT",
        "INSERT",
        "RELEASE",
    ]
    assert len(queries) == SINGLE_POST_QUERIES


def test_first_statement_of_a_player_looks_the_activity_up_once(learner_client, activity):
    """Cold: the activity, and whether the learner may use it (lessons, restrictions,
    enrolment, prerequisites), once for the whole batch."""
    batch = [statement(f"{activity.iri}?subContentId={n}", verb=INTERACTED) for n in range(10)]
    with CaptureQueriesContext(connection) as cold:
        assert post(learner_client, batch).status_code == 200
    lookups = [q for q in cold if 'FROM "courses_h5pactivity"' in q["sql"]]
    assert len(lookups) == 1


def test_single_post_query_guard(learner_client, activity, django_assert_max_num_queries):
    post(learner_client, statement(activity.iri))
    with django_assert_max_num_queries(SINGLE_POST_QUERIES):
        assert post(learner_client, statement(activity.iri)).status_code == 200


def test_single_post_with_an_id_made_by_the_player_costs_no_more(
    learner_client, activity, django_assert_max_num_queries
):
    """Our player gives each statement its id (so a re-send is stored once); that costs no
    lookup: the unique index finds re-sends."""
    post(learner_client, statement(activity.iri))
    sent = statement(activity.iri, verb=INTERACTED, id=str(uuid.uuid4()))
    with django_assert_max_num_queries(SINGLE_POST_QUERIES):
        assert post(learner_client, sent).status_code == 200


def test_a_batch_of_fifty_costs_what_one_statement_costs(
    learner_client, activity, django_assert_max_num_queries
):
    post(learner_client, statement(activity.iri))
    batch = [statement(f"{activity.iri}?subContentId={n}", verb=INTERACTED) for n in range(50)]
    with django_assert_max_num_queries(SINGLE_POST_QUERIES):
        assert post(learner_client, batch).status_code == 200


def test_statement_query_pages_cost_the_same_whatever_their_size(
    learner_client, activity, django_assert_max_num_queries
):
    post(learner_client, [statement(activity.iri) for _ in range(30)])
    # Session, user, and the page itself.
    with django_assert_max_num_queries(3):
        body = learner_client.get("/xapi/statements", {"limit": "25"}).json()
    assert len(body["statements"]) == 25
