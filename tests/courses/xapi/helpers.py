"""Builders for the record store tests: an activity a learner may use, statements, and
requests with the xAPI version header."""

from __future__ import annotations

import base64
import json
import uuid
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.test import Client

from courses.models import (
    CoursePage,
    Enrolment,
    H5PActivity,
    H5PActivityUse,
    H5PPackage,
)
from tests.factories.courses import lessons_of

VERSION = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}
STATEMENTS = "/xapi/statements"
STATE = "/xapi/activities/state"

ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted"
ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
INTERACTED = "http://adlnet.gov/expapi/verbs/interacted"
VOIDED = "http://adlnet.gov/expapi/verbs/voided"

# The activity id of the recorded QuestionSet run in the shared fixtures.
RECORDED_IRI = "http://127.0.0.1:8765/activity/qs"


def xapi_activity(course: CoursePage, *, learners=(), title: str = "Quiz") -> H5PActivity:
    """An H5P activity used by the first lesson of `course`, with each of `learners` actively
    enrolled in the course, so they may send statements about it."""
    package, _created = H5PPackage.objects.get_or_create(
        sha256=uuid.uuid4().hex * 2,
        defaults={
            "title": title,
            "main_library": "H5P.QuestionSet",
            "h5p_json": {},
            "size": 1,
            "file_count": 1,
            "state": H5PPackage.State.READY,
        },
    )
    activity = H5PActivity.objects.create(title=title, package=package)
    H5PActivityUse.objects.create(lesson=lessons_of(course)[0], activity=activity)
    for learner in learners:
        Enrolment.objects.get_or_create(user=learner, course=course)
    return activity


def agent_of(user) -> dict:
    return {
        "objectType": "Agent",
        "account": {"homePage": settings.WAGTAILADMIN_BASE_URL, "name": str(user.pk)},
    }


def mbox_agent(name: str = "ana") -> dict:
    return {"objectType": "Agent", "mbox": f"mailto:{name}@example.org"}


def statement(
    object_id: str,
    *,
    verb: str = ATTEMPTED,
    actor: dict | None = None,
    **extra,
) -> dict:
    """A small valid statement about an activity."""
    data = {
        "actor": actor or mbox_agent(),
        "verb": {"id": verb, "display": {"en-US": verb.rsplit("/", 1)[-1]}},
        "object": {"objectType": "Activity", "id": object_id},
    }
    data.update(extra)
    return data


def fixture_statements(fixtures_dir: Path, iri: str, *, actor: dict) -> list[dict]:
    """The 24 statements h5p-standalone sent for the recorded QuestionSet, about `iri`, as the
    lesson's player sends them on: with `actor` (the learner's agent) in place of the actor H5P
    made up, which has no homePage and so is not a valid Agent."""
    text = (fixtures_dir / "xapi" / "h5p-questionset-statements.jsonl").read_text()
    statements = [json.loads(line.replace(RECORDED_IRI, iri)) for line in text.splitlines() if line]
    for statement in statements:
        statement["actor"] = actor
    return statements


def basic(key: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()


def xapi_client(**defaults) -> Client:
    return Client(**VERSION, **defaults)


def post(client: Client, data, path: str = STATEMENTS, **headers):
    return client.post(path, data=json.dumps(data), content_type="application/json", **headers)


def put(client: Client, statement_id: str, data, **headers):
    return client.put(
        f"{STATEMENTS}?{urlencode({'statementId': statement_id})}",
        data=json.dumps(data),
        content_type="application/json",
        **headers,
    )


def get(client: Client, path: str = STATEMENTS, **params):
    return client.get(path, params)


def error(response) -> str:
    return response.json()["error"]


def state_params(activity_id: str, agent: dict, **extra) -> str:
    return urlencode({"activityId": activity_id, "agent": json.dumps(agent), **extra})


def multipart(
    parts: list[tuple[dict, bytes]], boundary: str = "abcABC0123'()+_,-./:=?"
) -> tuple[bytes, str]:
    """A multipart/mixed body of `parts` (header fields, data) and its Content-Type."""
    chunks = []
    for headers, body in parts:
        head = "".join(f"{name}:{value}\r\n" for name, value in headers.items())
        chunks.append(f"--{boundary}\r\n{head}\r\n".encode() + body + b"\r\n")
    return b"".join(chunks) + f"--{boundary}--".encode(), f'multipart/mixed; boundary="{boundary}"'
