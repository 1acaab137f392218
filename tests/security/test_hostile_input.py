"""Issue #11, item 7, as attacks through HTTP that now fail: one statement, goal or journal
entry with a NUL or a lone surrogate, a statement nested 1,000 deep, an interactionType that is
not a string, or an H5P package with deeply nested JSON is a 400 (or a named validation
error), never a 500, and breaks nothing already saved. Runs on SQLite and PostgreSQL (where a
NUL used to be a 500 at the database)."""

from __future__ import annotations

import json
from io import StringIO
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.urls import reverse

from courses.models import H5PActivity, H5PPackage, ReflectionResponse, XAPIStatement
from courses.xapi import selectors as xapi_selectors
from tests.courses.h5p.helpers import greeting_package
from tests.courses.helpers import reflection_block
from tests.courses.xapi.helpers import (
    STATE,
    STATEMENTS,
    agent_of,
    error,
    state_params,
    statement,
    xapi_activity,
    xapi_client,
)
from tests.factories import CourseBuilder, user_with_role
from tests.factories.courses import lessons_of
from trauma_training.wellbeing.models import Goal, GoalStep, JournalEntry

pytestmark = [pytest.mark.django_db]

UNSAVABLE = "This text contains a character that cannot be saved. Please remove it."


@pytest.fixture(autouse=True)
def _forget_activities():
    xapi_selectors.activity_memo_clear()
    yield
    xapi_selectors.activity_memo_clear()


@pytest.fixture
def activity(course, learner):
    return xapi_activity(course, learners=[learner])


@pytest.fixture
def browser(learner):
    client = xapi_client()
    client.force_login(learner)
    return client


def _post_raw(client, body: str, path: str = STATEMENTS):
    """POST a JSON text as written, escapes and all (json.dumps would refuse nothing)."""
    return client.post(path, data=body.encode("utf-8"), content_type="application/json")


def _statement_text(activity, display_escape: str) -> str:
    return (
        '{"actor": {"mbox": "mailto:a@example.org"}, '
        '"verb": {"id": "http://adlnet.gov/expapi/verbs/attempted", '
        f'"display": {{"en-US": "{display_escape}"}}}}, '
        f'"object": {{"id": "{activity.iri}"}}}}'
    )


# --- xAPI statements --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("escape", "problem"),
    [
        ("\\ud800", "contains a lone surrogate (U+D800)"),
        ("\\u0000", "contains a NUL character (U+0000)"),
        ("ok\\udfffok", "contains a lone surrogate (U+DFFF)"),
    ],
)
def test_statement_with_unstorable_text_is_a_400_naming_the_field(
    browser, activity, escape, problem
):
    response = _post_raw(browser, _statement_text(activity, escape))

    assert response.status_code == 400
    assert error(response) == f"The request body: verb.display.en-US {problem}."
    assert not XAPIStatement.objects.exists()
    assert browser.get(STATEMENTS).status_code == 200
    assert browser.get("/me/data/download/").status_code == 200


@pytest.mark.parametrize("number", ["1e400", "-1e400", "1" + "0" * 400])
def test_statement_with_a_number_no_float_holds_is_a_400_naming_the_field(
    browser, activity, number
):
    """A score beyond a float's range stopped the H5P attempt's calculation (a 500)."""
    body = json.dumps(statement(activity.iri, result={"score": {"scaled": 0.5, "raw": 7}}))
    body = body.replace('"raw": 7', f'"raw": {number}')

    response = _post_raw(browser, body)

    assert response.status_code == 400
    assert error(response) == "The request body: result.score.raw is a number too large to store."
    assert not XAPIStatement.objects.exists()


def test_statement_batch_with_unstorable_text_stores_none(browser, activity):
    good = statement(activity.iri)
    body = "[" + json.dumps(good) + "," + _statement_text(activity, "\\u0000") + "]"

    response = _post_raw(browser, body)

    assert response.status_code == 400
    assert error(response) == (
        "The request body: [1].verb.display.en-US contains a NUL character (U+0000)."
    )
    assert not XAPIStatement.objects.exists()


@pytest.mark.parametrize("depth", [70, 1000, 50_000])
def test_statement_nested_deep_is_a_400(browser, activity, depth):
    nested = "[" * depth + "]" * depth
    body = (
        _statement_text(activity, "x")[:-1]
        + f', "result": {{"extensions": {{"{activity.iri}": {nested}}}}}}}'
    )

    response = _post_raw(browser, body)

    assert response.status_code == 400
    assert error(response) == "The request body: is nested more than 64 levels deep."


@pytest.mark.parametrize(
    ("interaction", "message"),
    [
        (["choice"], "object.definition.interactionType must be one of"),
        ({"choice": 1}, "object.definition.interactionType must be one of"),
        (7, "object.definition.interactionType must be one of"),
        (None, "object.definition.interactionType must not be null"),
    ],
)
def test_statement_with_interaction_type_not_a_string_is_a_400(
    browser, activity, interaction, message
):
    sent = statement(activity.iri)
    sent["object"]["definition"] = {"interactionType": interaction, "choices": [{"id": "a"}]}

    response = browser.post(STATEMENTS, data=json.dumps(sent), content_type="application/json")

    assert response.status_code == 400
    assert error(response).startswith(f"statement 0: {message}")
    assert not XAPIStatement.objects.exists()


def test_statement_query_agent_with_a_lone_surrogate_is_a_400(browser):
    agent = '{"mbox": "mailto:a@example.org", "name": "\\ud800"}'

    response = browser.get(f"{STATEMENTS}?agent={quote(agent)}")

    assert response.status_code == 400
    assert error(response) == ("the agent parameter: name contains a lone surrogate (U+D800).")


def test_state_id_with_a_nul_is_a_400(browser, activity, learner):
    query = state_params(activity.iri, agent_of(learner), stateId="resume\x00")

    response = browser.put(f"{STATE}?{query}", data=b"{}", content_type="application/json")

    assert response.status_code == 400
    assert error(response) == (
        "The parameter stateId contains a NUL character (U+0000), which is not allowed."
    )


@pytest.mark.parametrize("method", ["put", "post"])
def test_state_document_with_unstorable_json_is_a_400(browser, activity, learner, method):
    query = state_params(activity.iri, agent_of(learner), stateId="resume")

    response = getattr(browser, method)(
        f"{STATE}?{query}", data=b'{"answers": ["\\ud800"]}', content_type="application/json"
    )

    assert response.status_code == 400
    assert error(response) == ("The state document: answers[0] contains a lone surrogate (U+D800).")
    assert browser.get(f"{STATE}?{query}").status_code == 404


def test_statement_stored_before_the_fix_still_reads_and_downloads(browser, activity, learner):
    """SQLite stored a lone surrogate (escaped) before it was refused; PostgreSQL never could,
    so there is no such row to read there."""
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL's jsonb refuses a lone surrogate, so no such row can exist")
    good = browser.post(
        STATEMENTS, data=json.dumps(statement(activity.iri)), content_type="application/json"
    )
    assert good.status_code == 200
    row = XAPIStatement.objects.get()
    row.data["verb"]["display"] = {"en-US": "\ud800"}
    row.save()

    listing = browser.get(STATEMENTS)
    download = browser.get("/me/data/download/")

    assert listing.status_code == 200
    assert listing.json()["statements"][0]["verb"]["display"] == {"en-US": "\ud800"}
    assert download.status_code == 200
    exported = json.loads(download.content)
    assert exported["activity_records"]["xapi_statements"][0]["statement"]["verb"]["display"] == {
        "en-US": "\ud800"
    }


# --- Goals, journal, reflections ----------------------------------------------------------------


@pytest.mark.parametrize("bad", ["Save\x00money", "\x00"])
def test_goal_title_with_a_nul_is_a_400_and_nothing_saved(client, learner, bad):
    client.force_login(learner)

    response = client.post("/me/goals/", {"title": bad, "why": "", "link": ""})

    assert response.status_code == 400
    assert UNSAVABLE in response.content.decode()
    assert not Goal.objects.exists()


def test_goal_step_and_journal_with_a_nul_are_a_400_and_nothing_saved(client, learner):
    client.force_login(learner)
    goal = Goal.objects.create(user=learner, title="Learn to swim")

    step = client.post(f"/me/goals/{goal.pk}/steps/", {"text": "first\x00step"})
    journal = client.post("/me/journal/", {"text": "today\x00"})

    assert step.status_code == 400
    assert journal.status_code == 400
    assert UNSAVABLE in journal.content.decode()
    assert not GoalStep.objects.exists()
    assert not JournalEntry.objects.exists()


def test_journal_text_from_invalid_utf8_is_saved_readably(client, learner):
    """A lone surrogate cannot arrive through a form: bytes that would encode one are not
    UTF-8, and Django reads them as U+FFFD. Saved, shown, downloadable."""
    client.force_login(learner)

    response = client.post(
        "/me/journal/", data=b"text=a%ED%A0%80b", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 302
    assert JournalEntry.objects.get().text == "a\ufffd\ufffd\ufffdb"
    assert client.get("/me/data/download/").status_code == 200


def test_reflection_with_a_nul_is_a_400_and_nothing_saved(client, index, learner):
    from courses import services as course_services

    course = (
        CourseBuilder(index, "R1")
        .module(lesson_specs=[{"rule": "reflection", "body": [reflection_block("How?")]}])
        .build()
    )
    course_services.enrolment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    block_id = lesson.block_ids("reflection")[0]
    client.force_login(learner)

    response = client.post(
        reverse("courses:reflection_submit", args=[lesson.pk, block_id]), {"text": "I\x00"}
    )

    assert response.status_code == 400
    assert UNSAVABLE in response.content.decode()
    assert not ReflectionResponse.objects.exists()
    # The lesson's one form (every box at once) is checked the same way.
    response = client.post(
        reverse("courses:reflections_submit", args=[lesson.pk]),
        {f"reflection-{block_id}": "I\x00"},
    )
    assert response.status_code == 400
    assert UNSAVABLE in response.content.decode()
    assert not ReflectionResponse.objects.exists()


# --- H5P packages -----------------------------------------------------------------------------


def _deep_package(name: str) -> bytes:
    return greeting_package(extra={name: "[" * 5000 + "]" * 5000})


@pytest.mark.parametrize("name", ["h5p.json", "content/content.json"])
def test_h5p_upload_with_deeply_nested_json_is_a_named_error(client, name, settings):
    settings.CMS_STAFF_MFA_REQUIRED = False
    client.force_login(user_with_role("trainer", username="trainer-a"))
    upload = SimpleUploadedFile("deep.h5p", _deep_package(name))

    response = client.post(
        reverse("wagtailsnippets_courses_h5pactivity:add"),
        {"title": "", "description": "", "pass_mark": "60", "package_file": upload},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["package_file"] == [
        f"'{name}' cannot be used: is nested more than 64 levels deep (rule json.unsafe)"
    ]
    assert not H5PActivity.objects.exists()
    assert not H5PPackage.objects.exists()


def test_import_h5p_with_deeply_nested_json_exits_with_the_error(tmp_path, settings):
    path = tmp_path / "deep.h5p"
    path.write_bytes(_deep_package("content/content.json"))

    err = StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("import_h5p", str(path), stdout=StringIO(), stderr=err)

    assert str(refused.value).endswith("was rejected (1 problem(s)); nothing was imported")
    assert (
        err.getvalue()
        .strip()
        .endswith(
            "'content/content.json' cannot be used: is nested more than 64 levels deep "
            "(rule json.unsafe)"
        )
    )
    assert not H5PPackage.objects.exists()


# --- Ids no id column holds -------------------------------------------------------------------


@pytest.mark.parametrize("big", [2**63, 2**70])
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", "/learn/lessons/{big}/done/"),
        ("post", "/learn/lessons/{big}/reflection/x/"),
        ("post", "/learn/lessons/{big}/reflections/"),
        ("post", "/learn/lessons/{big}/voice-note/x/"),
        ("get", "/learn/voice-notes/{big}/"),
        ("post", "/learn/voice-notes/{big}/delete/"),
        ("post", "/learn/sign-offs/{big}/{big}/"),
        ("post", "/learn/courses/{big}/enrol/"),
        ("get", "/certificates/achievements/1/modules/{big}"),
        ("get", "/me/goals/{big}/"),
    ],
)
def test_an_id_beyond_any_id_column_is_a_404(client, learner, method, path, big):
    """A page lookup with such a number was an OverflowError (SQLite) or DataError
    (PostgreSQL): a 500 anyone could cause, one of them without signing in."""
    client.force_login(learner)

    # (A path without its slash is first sent to the one with it, as for any unknown path.)
    response = getattr(client, method)(path.format(big=big), follow=True)

    assert response.status_code == 404


def test_the_largest_id_still_matches_and_is_looked_up(client, learner):
    client.force_login(learner)

    response = client.post(f"/learn/courses/{2**63 - 1}/enrol/")

    assert response.status_code == 404  # no such course, asked of the database without error
