"""Issue #11, items 4 and 12, as attacks through HTTP that now fail.

4. An xAPI credential made by the coordinator of collective B reaches only B's people: it
   cannot read learner A's statements or state, nor write a `completed` statement as A.
12. An H5P file grant stops working the moment its learner is no longer enrolled.
"""

from __future__ import annotations

import json
import uuid
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client, override_settings
from django.urls import reverse

from courses import services as course_services
from courses.h5p import services as h5p_services
from courses.models import (
    Cohort,
    CohortMembership,
    H5PActivity,
    XAPICredential,
    XAPIStateDocument,
    XAPIStatement,
)
from courses.xapi import selectors as xapi_selectors
from courses.xapi import services as xapi_services
from tests.courses.h5p.helpers import enrolled_lesson, greeting_package
from tests.courses.xapi.helpers import (
    COMPLETED,
    STATE,
    STATEMENTS,
    agent_of,
    basic,
    error,
    post,
    state_params,
    statement,
    xapi_activity,
    xapi_client,
)
from tests.factories import user_with_role
from trauma_training.audit.models import AuditEntry
from trauma_training.models import Collective

pytestmark = [pytest.mark.django_db]

COORDINATOR_A_PASSWORD = "pass-word-123"


@pytest.fixture(autouse=True)
def _forget_activities():
    xapi_selectors.activity_memo_clear()
    yield
    xapi_selectors.activity_memo_clear()


@pytest.fixture
def two_collectives(course):
    """Collectives A and B, each with one learner and its own coordinator; both learners are
    enrolled in `course`, whose first lesson has an H5P activity."""
    people = {
        "learner_a": user_with_role("learner", username="learner-a"),
        "learner_b": user_with_role("learner", username="learner-b"),
        "coordinator_a": user_with_role("coordinator", username="coordinator-a"),
        "coordinator_b": user_with_role("coordinator", username="coordinator-b"),
    }
    for letter in ("a", "b"):
        cohort = Cohort.objects.create(name=f"Collective {letter.upper()}")
        CohortMembership.objects.create(
            cohort=cohort, user=people[f"learner_{letter}"], role="member"
        )
        collective = Collective.objects.create(cohort=cohort, region="West Bengal")
        collective.coordinators.add(people[f"coordinator_{letter}"])
        people[f"collective_{letter}"] = collective
    people["activity"] = xapi_activity(course, learners=[people["learner_a"], people["learner_b"]])
    return people


def _credential_of(user, *, access=XAPICredential.Access.READ_WRITE) -> Client:
    credential, secret = xapi_services.credential_create(
        name=f"{user.username}'s tool",
        created_by=user,
        scope=XAPICredential.Scope.COLLECTIVES,
        access=access,
    )
    client = xapi_client(HTTP_AUTHORIZATION=basic(credential.key, secret))
    client.credential = credential
    return client


def _state_url(people, learner, **extra) -> str:
    return f"{STATE}?{state_params(people['activity'].iri, agent_of(learner), **extra)}"


def _learner_a_records(people) -> tuple[str, bytes]:
    """Learner A's own statement and saved place, sent from A's browser."""
    browser = xapi_client()
    browser.force_login(people["learner_a"])
    statement_id = str(uuid.uuid4())
    response = post(browser, statement(people["activity"].iri, id=statement_id))
    assert response.status_code == 200, response.content
    put = browser.put(
        _state_url(people, people["learner_a"], stateId="resume"),
        data=b'{"page": 3}',
        content_type="application/json",
    )
    assert put.status_code == 204, put.content
    return statement_id, b'{"page": 3}'


# --- Item 4: xAPI credentials cross collectives -------------------------------------------------


def test_xapi_credential_of_coordinator_b_cannot_read_learner_a_statements(two_collectives):
    a_statement, _state = _learner_a_records(two_collectives)
    b_tool = _credential_of(two_collectives["coordinator_b"])

    listing = b_tool.get(STATEMENTS)
    single = b_tool.get(STATEMENTS, {"statementId": a_statement})
    by_agent = b_tool.get(STATEMENTS, {"agent": json.dumps(agent_of(two_collectives["learner_a"]))})

    assert listing.status_code == 200
    assert listing.json()["statements"] == []
    assert single.status_code == 404
    assert by_agent.status_code == 200
    assert by_agent.json()["statements"] == []
    # Nobody of A's was shown, so nothing about A is in the audit log.
    assert not AuditEntry.objects.filter(
        action="viewed_person_data", subject=two_collectives["learner_a"]
    ).exists()


def test_xapi_credential_of_coordinator_b_cannot_read_learner_a_state(two_collectives):
    _learner_a_records(two_collectives)
    b_tool = _credential_of(two_collectives["coordinator_b"])
    query = state_params(
        two_collectives["activity"].iri, agent_of(two_collectives["learner_a"]), stateId="resume"
    )

    document = b_tool.get(f"{STATE}?{query}")
    ids = b_tool.get(_state_url(two_collectives, two_collectives["learner_a"]))

    assert document.status_code == 403
    assert ids.status_code == 403
    assert error(document) == (
        "agent is not a learner this credential may reach (it reaches only the learners of "
        "its creator's collectives)."
    )
    assert document["Content-Type"] == "application/json"


def test_xapi_credential_of_coordinator_b_cannot_write_completed_as_learner_a(two_collectives):
    a_statement, a_state = _learner_a_records(two_collectives)
    learner_a = two_collectives["learner_a"]
    b_tool = _credential_of(two_collectives["coordinator_b"])
    before = list(XAPIStatement.objects.filter(user=learner_a).values_list("statement_id"))

    forged = post(
        b_tool,
        statement(two_collectives["activity"].iri, verb=COMPLETED, actor=agent_of(learner_a)),
    )
    overwrite = b_tool.put(
        _state_url(two_collectives, learner_a, stateId="resume"),
        data=b"{}",
        content_type="application/json",
    )
    wipe = b_tool.delete(_state_url(two_collectives, learner_a))
    void = post(
        b_tool,
        statement(
            "http://example.org/x",
            verb="http://adlnet.gov/expapi/verbs/voided",
            actor=agent_of(two_collectives["learner_b"]),
            object={"objectType": "StatementRef", "id": a_statement},
        ),
    )

    assert forged.status_code == 403
    assert error(forged) == (
        "statement 0: actor is not a learner this credential may write for (it reaches only "
        "the learners of its creator's collectives)."
    )
    assert overwrite.status_code == 403
    assert wipe.status_code == 403
    assert void.status_code == 403
    assert error(void) == (
        f"statement 0: object.id {a_statement} is not a statement of a learner this "
        "credential may write for."
    )
    assert list(XAPIStatement.objects.filter(user=learner_a).values_list("statement_id")) == before
    assert XAPIStatement.objects.filter(voided=True).count() == 0
    assert bytes(XAPIStateDocument.objects.get(user=learner_a).content) == a_state


def test_xapi_credential_reaches_its_own_collective_and_the_read_is_audited(two_collectives):
    learner_b = two_collectives["learner_b"]
    b_tool = _credential_of(two_collectives["coordinator_b"])

    iri = two_collectives["activity"].iri
    written = post(b_tool, statement(iri, verb=COMPLETED, actor=agent_of(learner_b)))
    listing = b_tool.get(STATEMENTS)

    assert written.status_code == 200
    assert [s["actor"] for s in listing.json()["statements"]] == [agent_of(learner_b)]
    audit = AuditEntry.objects.filter(action="viewed_person_data", subject=learner_b)
    assert list(audit.values_list("actor_label", "target")) == [
        (f"xAPI credential #{b_tool.credential.pk}", "xAPI record store: statements")
    ]


def test_xapi_credential_scope_follows_the_collective_at_request_time(two_collectives):
    learner_b = two_collectives["learner_b"]
    b_tool = _credential_of(two_collectives["coordinator_b"])
    iri = two_collectives["activity"].iri
    assert post(b_tool, statement(iri, actor=agent_of(learner_b))).status_code == 200

    CohortMembership.objects.filter(user=learner_b).delete()

    assert b_tool.get(STATEMENTS).json()["statements"] == []
    refused = post(b_tool, statement(two_collectives["activity"].iri, actor=agent_of(learner_b)))
    assert refused.status_code == 403


def test_xapi_read_only_credential_writes_nothing(two_collectives):
    learner_b = two_collectives["learner_b"]
    b_tool = _credential_of(two_collectives["coordinator_b"], access=XAPICredential.Access.READ)

    written = post(b_tool, statement(two_collectives["activity"].iri, actor=agent_of(learner_b)))
    state = b_tool.put(
        _state_url(two_collectives, learner_b, stateId="x"),
        data=b"{}",
        content_type="application/json",
    )

    assert written.status_code == 403
    assert error(written) == "This credential is read-only: it may not send statements or state."
    assert state.status_code == 403
    assert not XAPIStatement.objects.exists()
    assert not XAPIStateDocument.objects.exists()


def test_xapi_credential_admin_coordinator_cannot_make_a_site_credential(two_collectives):
    admin = Client()
    admin.force_login(two_collectives["coordinator_b"])
    with override_settings(CMS_STAFF_MFA_REQUIRED=False):
        response = admin.post(
            "/admin/xapi_credentials/new/",
            {"name": "Everything", "scope": "site", "access": "read_write", "active": "on"},
        )
    assert response.status_code == 200
    assert not XAPICredential.objects.exists()
    assert "site" not in [v for v, _label in response.context["form"].fields["scope"].choices]


def test_xapi_credential_admin_lists_only_own_credentials(two_collectives):
    mine = _credential_of(two_collectives["coordinator_b"]).credential
    theirs = _credential_of(two_collectives["coordinator_a"]).credential
    admin = Client()
    admin.force_login(two_collectives["coordinator_b"])
    with override_settings(CMS_STAFF_MFA_REQUIRED=False):
        listing = admin.get("/admin/xapi_credentials/")
        edit_theirs = admin.get(f"/admin/xapi_credentials/edit/{theirs.pk}/")
        delete_theirs = admin.post(f"/admin/xapi_credentials/delete/{theirs.pk}/")

    page = listing.content.decode()
    assert mine.key in page
    assert theirs.key not in page
    assert "The creator&#x27;s collectives" in page
    assert "Read and write" in page
    assert edit_theirs.status_code == 404
    assert delete_theirs.status_code == 404
    assert XAPICredential.objects.filter(pk=theirs.pk).exists()


def test_xapi_credential_create_command_prints_key_and_secret_once(two_collectives):
    out = StringIO()
    call_command(
        "xapi_credential_create",
        "--name",
        "Partner",
        "--scope",
        "collectives",
        "--owner",
        "coordinator-b",
        "--read-write",
        stdout=out,
    )
    credential = XAPICredential.objects.get()
    lines = dict(line.split(":", 1) for line in out.getvalue().splitlines() if ": " in line)
    assert credential.created_by == two_collectives["coordinator_b"]
    assert credential.scope == "collectives"
    assert credential.access == "read_write"
    assert lines["key"].strip() == credential.key
    tool = xapi_client(HTTP_AUTHORIZATION=basic(credential.key, lines["secret"].strip()))
    assert tool.get(STATEMENTS).status_code == 200


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--scope", "collectives"], "--scope collectives needs --owner, a coordinator"),
        (
            ["--scope", "site", "--owner", "coordinator-b"],
            "Only an admin may make a credential for the whole site.",
        ),
        (
            ["--scope", "collectives", "--owner", "learner-a"],
            "'learner-a' may not manage xAPI credentials (not a coordinator or admin)",
        ),
        (["--scope", "collectives", "--owner", "nobody"], "no account with username 'nobody'"),
    ],
)
def test_xapi_credential_create_command_refuses_a_scope_its_owner_cannot_give(
    two_collectives, args, message
):
    with pytest.raises(CommandError) as raised:
        call_command("xapi_credential_create", "--name", "Partner", *args, stdout=StringIO())
    assert str(raised.value) == message
    assert not XAPICredential.objects.exists()


# --- Item 12: an H5P file grant outlives the enrolment -------------------------------------------


@pytest.fixture
def _h5p_storage(settings):
    settings.STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.mark.parametrize("content_origin", ["", "https://h5p-files.example.org"])
def test_h5p_file_grant_stops_working_at_once_when_the_learner_is_unenrolled(
    _h5p_storage, client, index, learner, content_origin
):
    package = h5p_services.package_store(greeting_package())
    activity = H5PActivity.objects.create(title="Greet", package=package)
    lesson = enrolled_lesson(index, learner, activity)
    client.force_login(learner)
    # The grant as the lesson page hands it to the player.
    page = client.get(lesson.url)
    [player] = page.context["lesson_view"].h5p.values()
    files_url = player.config["filesUrl"]
    token = files_url.rstrip("/").rsplit("/", 1)[-1]
    file_url = reverse("courses:h5p_files", args=[token, "content/content.json"])

    with override_settings(COURSES_H5P_CONTENT_ORIGIN=content_origin):
        assert client.get(file_url).status_code == 200
        course_services.enrolment_withdraw(user=learner, course=lesson.get_parent().get_parent())
        after = client.get(file_url)

    assert after.status_code == 403
    assert after.content.decode() == (
        "You cannot open this activity any more. Go back to your courses."
    )
