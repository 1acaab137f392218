"""Small builders for the H5P tests: activities from the shared fixture packages, packages built
in memory, live lessons that use an activity (published through Wagtail revisions, so the real
`page_published` receiver fills H5PActivityUse), storage listings and xAPI statements."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from courses import services as course_services
from courses.h5p import services, storage
from courses.models import CompletionRule, CoursePage, H5PActivity, LessonPage
from tests.factories import CourseBuilder

TRUEFALSE = "tunapanda-h5p-test.h5p"
MULTICHOICE = "lumi-H5P.MultiChoice.h5p"
QUESTIONSET = "lumi-H5P.QuestionSet.h5p"
COURSEPRESENTATION = "lumi-H5P.CoursePresentation.h5p"
GREETINGCARD = "lumi-validator-valid2.h5p"

# The QuestionSet run recorded in the shared fixtures used this activity id.
RECORDED_IRI = "http://127.0.0.1:8765/activity/qs"

COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted"


# What `greeting_package()` unpacks to, below its package folder (the library folder renamed).
GREETING_FILES = {
    "h5p.json",
    "content/content.json",
    "content/images/earth.png",
    "H5P.Greeting-1.0/library.json",
    "H5P.Greeting-1.0/greeting.js",
    "H5P.Greeting-1.0/greeting.css",
    "H5P.Greeting-1.0/fonts/h5p.woff2",
    "H5P.Greeting-1.0/semantics.json",
}


# --- Packages -------------------------------------------------------------------------------


def package_bytes(fixtures_dir: Path, name: str) -> bytes:
    """A shared package by file name; "invalid/<name>" for the rejected ones."""
    return (fixtures_dir / "h5p" / name).read_bytes()


def activity_from_fixture(fixtures_dir: Path, name: str = TRUEFALSE, **fields) -> H5PActivity:
    """An activity made by the import service from one of the shared packages."""
    return services.activity_create(data=package_bytes(fixtures_dir, name), **fields)


def greeting_package(
    *, title: str = "Hello", js: str = "H5P.Greeting = function () {};", extra=None
) -> bytes:
    """A minimal valid package (H5P.Greeting 1.0), built in memory. `extra` adds entries."""
    library = {
        "title": "Greeting",
        "machineName": "H5P.Greeting",
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 3,
        "runnable": 1,
        "preloadedJs": [{"path": "greeting.js"}],
        "preloadedCss": [{"path": "greeting.css"}],
    }
    manifest = {
        "title": title,
        "language": "und",
        "mainLibrary": "H5P.Greeting",
        "embedTypes": ["div"],
        "license": "U",
        "preloadedDependencies": [
            {"machineName": "H5P.Greeting", "majorVersion": "1", "minorVersion": "0"}
        ],
    }
    files = {
        "h5p.json": json.dumps(manifest),
        "content/content.json": json.dumps({"greeting": "Hello"}),
        "content/images/earth.png": b"\x89PNG fake",
        "H5P.Greeting/library.json": json.dumps(library),
        "H5P.Greeting/greeting.js": js,
        "H5P.Greeting/greeting.css": ".greeting {}",
        "H5P.Greeting/fonts/h5p.woff2": b"wOF2 fake",
        "H5P.Greeting/semantics.json": "[]",
    }
    files.update(extra or {})
    return zip_bytes(files)


def zip_bytes(files: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in files.items():
            archive.writestr(name, body)
    return buffer.getvalue()


# --- Storage --------------------------------------------------------------------------------


def stored_names(prefix: str = "") -> set[str]:
    """Every file name in the H5P storage (below `prefix`), walked with `listdir`."""
    store = storage.h5p_storage()
    found: set[str] = set()

    def walk(folder: str) -> None:
        try:
            folders, files = store.listdir(folder)
        except FileNotFoundError:
            return
        for name in files:
            found.add(f"{folder}/{name}" if folder else name)
        for name in folders:
            walk(f"{folder}/{name}" if folder else name)

    walk(prefix)
    return found


def stored_bytes(name: str) -> bytes:
    with storage.h5p_storage().open(name, "rb") as handle:
        return handle.read()


# --- Lessons --------------------------------------------------------------------------------


def h5p_block(activity: H5PActivity, *, heading: str = "", block_id: str | None = None) -> dict:
    return {
        "type": "h5p",
        "id": block_id or str(uuid.uuid4()),
        "value": {"heading": heading, "activity": activity.pk},
    }


def text_block(text: str = "<p>Try this.</p>") -> dict:
    return {"type": "text", "id": str(uuid.uuid4()), "value": text}


def h5p_course(
    index, activities: list[H5PActivity], *, code: str = "H5", rule: str = CompletionRule.H5P
) -> CoursePage:
    """A published course of one module with one lesson: a text block, then one H5P block
    per activity, completed by `rule`."""
    body = [text_block(), *(h5p_block(activity) for activity in activities)]
    return CourseBuilder(index, code).module(lesson_specs=[{"rule": rule, "body": body}]).build()


def only_lesson(course: CoursePage) -> LessonPage:
    return LessonPage.objects.descendant_of(course).get()


def enrolled_lesson(
    index,
    learner,
    activity: H5PActivity,
    *,
    code: str = "H5",
    rule: str = CompletionRule.H5P,
    opened: bool = True,
) -> LessonPage:
    """A live lesson using `activity` in a course `learner` is actively enrolled in, and (as
    when the player sends statements) has opened, unless `opened` is False."""
    course = h5p_course(index, [activity], code=code, rule=rule)
    course_services.enrolment_create(user=learner, course=course)
    lesson = only_lesson(course)
    if opened:
        course_services.lesson_start(user=learner, lesson=lesson)
    return lesson


def publish_body(lesson: LessonPage, body: list[dict]) -> LessonPage:
    """Give the lesson a new body and publish it through a revision (signals fire)."""
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.body = json.dumps(body)
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


# --- Statements -----------------------------------------------------------------------------


def recorded_statements(fixtures_dir: Path, iri: str) -> list[dict]:
    """The 24 statements of the recorded QuestionSet run, about `iri`, each given the id and
    timestamp the record store would add (one second apart, in the order they were sent)."""
    text = (fixtures_dir / "xapi" / "h5p-questionset-statements.jsonl").read_text()
    start = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    statements = []
    for number, line in enumerate(text.splitlines()):
        if not line.strip():
            continue
        statement = json.loads(line.replace(RECORDED_IRI, iri))
        statement["id"] = str(uuid.uuid4())
        statement["timestamp"] = (start + timedelta(seconds=number)).isoformat()
        statements.append(statement)
    return statements


def statement(
    iri: str,
    *,
    verb: str = ANSWERED,
    score: dict | None = None,
    success: bool | None = None,
    parent: str | None = None,
    timestamp: str = "2025-03-01T10:00:00+00:00",
) -> dict:
    """One statement as the record store hands it on: with an id and a timestamp."""
    result: dict = {}
    if score is not None:
        result["score"] = score
    if success is not None:
        result["success"] = success
    data = {
        "id": str(uuid.uuid4()),
        "actor": {"objectType": "Agent", "account": {"homePage": "x", "name": "1"}},
        "verb": {"id": verb},
        "object": {"objectType": "Activity", "id": iri},
        "timestamp": timestamp,
    }
    if result:
        data["result"] = result
    if parent:
        data["context"] = {"contextActivities": {"parent": [{"id": parent}]}}
    return data
