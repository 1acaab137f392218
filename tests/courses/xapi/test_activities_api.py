"""The Activities Resource (Communication 2.5): the canonical definition of an activity,
merged from the statements that described it, and who may read it."""

import pytest

from courses.models import XAPIActivity
from courses.xapi import activities
from tests.courses.xapi.helpers import error, post, statement, xapi_activity
from tests.courses.xapi.test_queries import SINGLE_POST_QUERIES
from tests.factories import CourseBuilder

pytestmark = pytest.mark.django_db

ACTIVITIES = "/xapi/activities"
MEETING = "http://example.com/meetings/1"


def described(activity_id, definition, **extra):
    data = statement(activity_id, **extra)
    data["object"]["definition"] = definition
    return data


def read(client, activity_id):
    return client.get(ACTIVITIES, {"activityId": activity_id})


def test_unknown_activity_is_an_activity_object_with_its_id(basic_client):
    response = read(basic_client, "http://example.com/never-seen")
    assert response.status_code == 200
    assert response.json() == {"objectType": "Activity", "id": "http://example.com/never-seen"}
    assert response["X-Experience-API-Version"] == "1.0.3"
    assert response["ETag"]


def test_the_definition_a_statement_gave_is_returned(basic_client):
    definition = {
        "type": "http://adlnet.gov/expapi/activities/meeting",
        "name": {"en-US": "example meeting"},
        "moreInfo": "http://example.com/more",
        "extensions": {"http://example.com/ext/room": "B"},
    }
    assert post(basic_client, described(MEETING, definition)).status_code == 200
    assert read(basic_client, MEETING).json() == {
        "objectType": "Activity",
        "id": MEETING,
        "definition": definition,
    }


def test_definitions_are_merged_language_by_language_newest_winning(basic_client):
    """Two statements of one batch, then a third: language maps and extensions are merged
    entry by entry, other properties take the newest value."""
    first = described(
        MEETING,
        {
            "name": {"en-US": "meeting"},
            "type": "http://example.com/t/1",
            "extensions": {"http://e/a": 1},
        },
    )
    second = described(MEETING, {"name": {"fr-FR": "réunion"}, "description": {"en-US": "A talk"}})
    assert post(basic_client, [first, second]).status_code == 200
    third = described(
        MEETING,
        {
            "name": {"en-US": "the meeting"},
            "type": "http://example.com/t/2",
            "extensions": {"http://e/b": 2},
        },
    )
    assert post(basic_client, third).status_code == 200

    assert read(basic_client, MEETING).json()["definition"] == {
        "name": {"en-US": "the meeting", "fr-FR": "réunion"},
        "description": {"en-US": "A talk"},
        "type": "http://example.com/t/2",
        "extensions": {"http://e/a": 1, "http://e/b": 2},
    }
    assert XAPIActivity.objects.count() == 1


def test_context_and_sub_statement_activities_are_recorded_too(basic_client):
    data = statement(MEETING)
    data["context"] = {
        "contextActivities": {
            "parent": {"id": "http://example.com/course", "definition": {"name": {"en": "Course"}}}
        }
    }
    sub = statement("http://example.com/sub")
    sub["object"]["definition"] = {"name": {"en": "Sub"}}
    wrapper = statement(MEETING)
    wrapper["object"] = {"objectType": "SubStatement", **sub}
    assert post(basic_client, [data, wrapper]).status_code == 200

    assert read(basic_client, "http://example.com/course").json()["definition"] == {
        "name": {"en": "Course"}
    }
    assert read(basic_client, "http://example.com/sub").json()["definition"] == {
        "name": {"en": "Sub"}
    }


def test_a_definition_already_merged_costs_no_query(basic_client, django_assert_num_queries):
    definition = {"name": {"en": "Quiz"}}
    assert post(basic_client, described(MEETING, definition)).status_code == 200
    row = XAPIActivity.objects.get()
    with django_assert_num_queries(0):
        activities.definitions_record([described(MEETING, definition)], stored=row.updated)
    # A new definition of the same activity is merged again.
    activities.definitions_record([described(MEETING, {"name": {"bn": "কুইজ"}})], stored=row.updated)
    assert XAPIActivity.objects.get().definition == {"name": {"en": "Quiz", "bn": "কুইজ"}}


def test_a_rejected_batch_records_no_definition(basic_client):
    good = described(MEETING, {"name": {"en": "Quiz"}})
    bad = statement(MEETING)
    bad["verb"]["id"] = "not an iri"
    assert post(basic_client, [good, bad]).status_code == 400
    assert not XAPIActivity.objects.exists()


def test_head_has_the_headers_only(basic_client):
    response = basic_client.head(ACTIVITIES, {"activityId": MEETING})
    assert response.status_code == 200
    assert response.content == b""


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "The activityId parameter is required."),
        ({"activityId": "not an iri"}, "activityId must be an IRI"),
        ({"activityId": MEETING, "agent": "{}"}, "Unknown parameter 'agent'"),
    ],
)
def test_bad_parameters_are_a_400(basic_client, params, message):
    response = basic_client.get(ACTIVITIES, params)
    assert response.status_code == 400
    assert error(response).startswith(message)


def test_a_learner_reads_only_activities_open_to_them(learner_client, learner, activity, index):
    elsewhere = xapi_activity(CourseBuilder(index, "T2").module(lessons=1).build())
    sub_part = f"{activity.iri}?subContentId=7"

    assert read(learner_client, activity.iri).status_code == 200
    assert read(learner_client, sub_part).json() == {"objectType": "Activity", "id": sub_part}
    refused = read(learner_client, elsewhere.iri)
    assert refused.status_code == 403
    assert error(refused) == (
        f"activityId {elsewhere.iri!r} is not an activity in a lesson you can open."
    )


def test_a_learners_player_records_the_definition_it_sends(learner_client, activity):
    definition = {"name": {"en-US": "Quiz"}, "interactionType": "choice"}
    assert post(learner_client, described(activity.iri, definition)).status_code == 200
    assert read(learner_client, activity.iri).json()["definition"] == definition


def test_the_players_next_statements_with_the_same_definition_cost_no_more(
    learner_client, activity, django_assert_max_num_queries
):
    """The player sends its definition with every statement: only the first merges it."""
    definition = {"name": {"en-US": "Quiz"}, "interactionType": "choice"}
    assert post(learner_client, described(activity.iri, definition)).status_code == 200
    with django_assert_max_num_queries(SINGLE_POST_QUERIES):
        assert post(learner_client, described(activity.iri, definition)).status_code == 200


def test_a_learner_cannot_describe_context_activities(
    learner_client, basic_client, learner, activity, index
):
    """Only a learner's statement objects were checked to be activities they may use: a
    context activity may be another course's, whose definition is not theirs to change."""
    elsewhere = xapi_activity(CourseBuilder(index, "T2").module(lessons=1).build())
    data = described(activity.iri, {"name": {"en-US": "Quiz"}})
    data["context"] = {
        "contextActivities": {
            "parent": [{"id": elsewhere.iri, "definition": {"name": {"en-US": "Defaced"}}}],
            "other": [{"id": MEETING, "definition": {"name": {"en-US": "Spam"}}}],
        }
    }
    assert post(learner_client, data).status_code == 200

    assert read(basic_client, elsewhere.iri).json() == {
        "objectType": "Activity",
        "id": elsewhere.iri,
    }
    assert read(basic_client, MEETING).json() == {"objectType": "Activity", "id": MEETING}
    assert read(basic_client, activity.iri).json()["definition"] == {"name": {"en-US": "Quiz"}}
