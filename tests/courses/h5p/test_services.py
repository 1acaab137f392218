"""Importing H5P packages (`courses.h5p.services`): what each shared package leaves in storage
and in the database, rejections that write nothing, storing an archive once, replacing an
activity's package, and placing an activity in a lesson."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError

from courses.h5p import services, storage
from courses.h5p.validation import H5PLimits, H5PValidationError
from courses.models import H5PActivity, H5PActivityUse, H5PPackage, LessonPage
from tests.courses.h5p.helpers import (
    COURSEPRESENTATION,
    GREETING_FILES,
    GREETINGCARD,
    MULTICHOICE,
    QUESTIONSET,
    TRUEFALSE,
    activity_from_fixture,
    greeting_package,
    h5p_course,
    only_lesson,
    package_bytes,
    stored_bytes,
    stored_names,
)
from tests.courses.test_h5p_validation import INVALID_FIXTURES

# title, main library, its version, files kept, needs 'unsafe-eval'
VALID_PACKAGES = {
    TRUEFALSE: ("Hello World", "H5P.TrueFalse", "1.6", 107, False),
    MULTICHOICE: ("Multiple Choice", "H5P.MultiChoice", "1.14", 187, True),
    QUESTIONSET: ("Hub Download Question Set All", "H5P.QuestionSet", "1.17", 710, True),
    COURSEPRESENTATION: (
        "Hub Download Course Presentation All",
        "H5P.CoursePresentation",
        "1.22",
        1694,
        True,
    ),
    GREETINGCARD: ("Greeting card", "H5P.GreetingCard", "1.0", 10, False),
}

# The rule and file each rejected package must be refused for.
INVALID_PACKAGES = INVALID_FIXTURES


def expected_files(data: bytes) -> set[str]:
    """The storage names of an archive's files, worked out from the zip itself: every file
    entry, with each library folder (one holding a library.json) renamed `Machine-major.minor`."""
    sha = hashlib.sha256(data).hexdigest()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [info.filename for info in archive.infolist() if not info.is_dir()]
        renamed = {}
        for name in names:
            folder, _, rest = name.partition("/")
            if rest == "library.json":
                lib = json.loads(archive.read(name).decode("utf-8-sig"))
                renamed[folder] = (
                    f"{lib['machineName']}-{lib['majorVersion']}.{lib['minorVersion']}"
                )
    result = set()
    for name in names:
        folder, _, rest = name.partition("/")
        path = f"{renamed[folder]}/{rest}" if rest and folder in renamed else name
        result.add(f"h5p/files/{sha}/{path}")
    return result


# --- Valid packages ---------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("filename", sorted(VALID_PACKAGES))
def test_activity_create_imports_every_valid_fixture(fixtures_dir, filename):
    data = package_bytes(fixtures_dir, filename)
    sha = hashlib.sha256(data).hexdigest()
    title, library, version, file_count, needs_eval = VALID_PACKAGES[filename]

    activity = activity_from_fixture(fixtures_dir, filename)

    package = H5PPackage.objects.get()
    assert activity.package == package
    assert activity.title == title
    assert activity.pass_mark == 60
    assert (package.sha256, package.title, package.language) == (sha, title, "und")
    assert (package.main_library, package.main_library_version) == (library, version)
    assert (package.state, package.error) == (H5PPackage.State.READY, "")
    assert package.file_count == file_count
    assert package.size == len(data)
    assert package.needs_unsafe_eval is needs_eval
    files = stored_names(f"h5p/files/{sha}")
    assert files == expected_files(data)
    assert len(files) == file_count
    assert stored_names("h5p/archives") == {f"h5p/archives/{sha}.h5p"}
    assert stored_bytes(f"h5p/archives/{sha}.h5p") == data


@pytest.mark.django_db
def test_package_store_unpacks_truefalse_where_the_player_looks(fixtures_dir):
    data = package_bytes(fixtures_dir, TRUEFALSE)
    sha = hashlib.sha256(data).hexdigest()

    services.package_store(data)

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert stored_bytes(f"h5p/files/{sha}/h5p.json") == archive.read("h5p.json")
        assert stored_bytes(f"h5p/files/{sha}/content/content.json") == archive.read(
            "content/content.json"
        )
        assert stored_bytes(
            f"h5p/files/{sha}/H5P.TrueFalse-1.6/scripts/h5p-true-false.js"
        ) == archive.read("H5P.TrueFalse-1.6/scripts/h5p-true-false.js")
    assert H5PPackage.objects.get().h5p_json == json.loads(
        stored_bytes(f"h5p/files/{sha}/h5p.json")
    )


@pytest.mark.django_db
def test_package_store_renames_unversioned_library_folder():
    data = greeting_package()
    sha = hashlib.sha256(data).hexdigest()

    package = services.package_store(data)

    key = package.libraries_key
    library = {name for name in GREETING_FILES if name.startswith("H5P.Greeting-1.0/")}
    # Every library file is too small to be worth compressing: one stored form each.
    assert stored_names() == {f"h5p/files/{sha}/{name}" for name in GREETING_FILES} | {
        f"h5p/archives/{sha}.h5p"
    } | {f"h5p/libraries/{key}/files/{name}" for name in library} | {
        f"h5p/libraries/{key}/manifest.json"
    }
    assert stored_bytes(f"h5p/files/{sha}/H5P.Greeting-1.0/greeting.js") == (
        b"H5P.Greeting = function () {};"
    )
    assert (package.main_library, package.main_library_version) == ("H5P.Greeting", "1.0")
    assert package.file_count == 8
    assert package.state == H5PPackage.State.READY


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("script", "needs_eval"),
    [
        ("var f = new Function('a', 'return a');", True),
        ("var f = new  Function ('return 1');", True),
        ("var x = eval('1 + 1');", True),
        ("var x = eval ('1');", True),
        ("var x = window.eval('1');", False),
        ("var x = evaluate('1');", False),
        ("var x = $eval('1');", False),
        ("var fn = function () { return 1; };", False),
    ],
)
def test_package_store_detects_eval_in_preloaded_js(script, needs_eval):
    package = services.package_store(greeting_package(js=script))

    assert package.needs_unsafe_eval is needs_eval
    assert H5PPackage.objects.get().needs_unsafe_eval is needs_eval


@pytest.mark.django_db
@pytest.mark.parametrize(
    "script",
    [
        "var global = Function('return this')();",
        "var run = (0, eval)('1');",
    ],
    ids=["Function-without-new", "indirect-eval"],
)
def test_package_store_detects_other_ways_of_evaluating_strings(script):
    package = services.package_store(greeting_package(js=script))

    assert package.needs_unsafe_eval is True


@pytest.mark.django_db
def test_package_store_ignores_eval_in_js_the_player_does_not_preload():
    data = greeting_package(extra={"H5P.Greeting/unused.js": "eval('1');"})

    package = services.package_store(data)

    assert package.needs_unsafe_eval is False


@pytest.mark.django_db
def test_package_store_twice_keeps_one_row_and_storage_unchanged(fixtures_dir):
    data = package_bytes(fixtures_dir, TRUEFALSE)
    first = services.package_store(data)
    names_before = stored_names()

    second = services.package_store(data)

    assert second.pk == first.pk
    assert H5PPackage.objects.count() == 1
    assert stored_names() == names_before
    assert len({name for name in names_before if not name.startswith("h5p/libraries/")}) == 108


@pytest.mark.django_db
def test_activity_create_twice_makes_two_activities_sharing_one_package(fixtures_dir):
    first = activity_from_fixture(fixtures_dir, TRUEFALSE)
    names_before = stored_names()

    second = activity_from_fixture(fixtures_dir, TRUEFALSE, title="Again")

    assert first.package_id == second.package_id
    assert first.iri != second.iri
    assert (first.title, second.title) == ("Hello World", "Again")
    assert H5PPackage.objects.count() == 1
    assert stored_names() == names_before


@pytest.mark.django_db
def test_activity_create_sets_given_fields_and_iri(learner):
    activity = services.activity_create(
        data=greeting_package(),
        title="Say hello",
        description="Greet the group.",
        pass_mark=75,
        created_by=learner,
    )

    activity.refresh_from_db()
    assert (activity.title, activity.description, activity.pass_mark) == (
        "Say hello",
        "Greet the group.",
        75,
    )
    assert activity.created_by == learner
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    prefix = f"{base}/xapi/activities/h5p/"
    assert activity.iri.startswith(prefix)
    assert len(activity.iri) == len(prefix) + 36


@pytest.mark.django_db
def test_activity_create_truncates_long_package_title():
    activity = services.activity_create(data=greeting_package(title="T" * 255))

    assert activity.title == "T" * 255


@pytest.mark.django_db
@pytest.mark.parametrize("pass_mark", [101, 150])
def test_activity_create_rejects_pass_mark_above_100_and_keeps_no_rows(pass_mark):
    with pytest.raises(ValidationError) as caught:
        services.activity_create(data=greeting_package(), pass_mark=pass_mark)

    assert list(caught.value.message_dict) == ["pass_mark"]
    assert H5PActivity.objects.count() == 0
    assert H5PPackage.objects.count() == 0


@pytest.mark.django_db
def test_activity_create_with_bad_pass_mark_leaves_nothing_in_storage():
    with pytest.raises(ValidationError):
        services.activity_create(data=greeting_package(), pass_mark=150)

    assert stored_names() == set()


# --- Rejected packages ------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("filename", sorted(INVALID_PACKAGES))
def test_activity_create_rejects_invalid_fixture_and_writes_nothing(fixtures_dir, filename):
    data = package_bytes(fixtures_dir, f"invalid/{filename}")

    with pytest.raises(H5PValidationError) as caught:
        services.activity_create(data=data, title="Bad")

    rule, file = INVALID_PACKAGES[filename]
    assert (rule, file) in {(p.rule, p.file) for p in caught.value.problems}
    assert stored_names() == set()
    assert H5PPackage.objects.count() == 0
    assert H5PActivity.objects.count() == 0


def _symlink(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _with_entry(name, body=b"x") -> bytes:
    """The greeting package plus one entry (a ZipInfo or a name) written as given."""
    buffer = io.BytesIO(greeting_package())
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr(name, body)
    return buffer.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("entry", "rule", "file"),
    [
        ("../evil.json", "path.traversal", "../evil.json"),
        ("content/../../evil.json", "path.traversal", "content/../../evil.json"),
        ("/etc/evil.json", "path.absolute", "/etc/evil.json"),
        (_symlink("content/link.json"), "path.symlink", "content/link.json"),
        ("content/page.html", "content.forbidden_type", "content/page.html"),
        ("content/run.js", "content.forbidden_type", "content/run.js"),
        ("content/image.svg", "content.forbidden_type", "content/image.svg"),
    ],
)
def test_package_store_rejects_hostile_archive_and_writes_nothing(entry, rule, file):
    data = _with_entry(entry)

    with pytest.raises(H5PValidationError) as caught:
        services.package_store(data)

    assert (rule, file) in {(p.rule, p.file) for p in caught.value.problems}
    assert stored_names() == set()
    assert H5PPackage.objects.count() == 0


@pytest.mark.django_db
def test_package_store_rejects_zip_bomb_and_writes_nothing():
    data = greeting_package(extra={"content/zeros.txt": b"\0" * (2 * 1024**2)})

    with pytest.raises(H5PValidationError) as caught:
        services.package_store(data, limits=H5PLimits(max_file_bytes=1024**2))

    assert caught.value.rules == {"zip.file_too_large", "zip.ratio"}
    assert stored_names() == set()
    assert H5PPackage.objects.count() == 0


@pytest.mark.django_db
def test_package_store_rejects_archive_with_too_many_entries():
    data = greeting_package()

    with pytest.raises(H5PValidationError) as caught:
        services.package_store(data, limits=H5PLimits(max_entries=3))

    assert caught.value.rules == {"zip.too_many_entries"}
    assert stored_names() == set()


@pytest.mark.django_db
def test_package_store_rejects_garbage_without_touching_earlier_packages():
    services.package_store(greeting_package())
    names_before = stored_names()

    with pytest.raises(H5PValidationError):
        services.package_store(b"PK\x03\x04 not really a zip")

    assert stored_names() == names_before
    assert H5PPackage.objects.count() == 1


@pytest.mark.django_db
def test_package_store_unpacks_again_a_package_that_had_failed():
    data = greeting_package()
    package = services.package_store(data)
    sha = package.sha256
    for name in stored_names(f"h5p/files/{sha}"):
        storage.h5p_storage().delete(name)
    H5PPackage.objects.filter(pk=package.pk).update(state="failed", error="disk full")

    again = services.package_store(data)

    assert again.pk == package.pk
    assert (again.state, again.error) == (H5PPackage.State.READY, "")
    assert H5PPackage.objects.get().state == H5PPackage.State.READY
    assert stored_names(f"h5p/files/{sha}") == {f"h5p/files/{sha}/{n}" for n in GREETING_FILES}


# --- Replacing a package ----------------------------------------------------------------------


@pytest.mark.django_db
def test_activity_package_replace_keeps_iri_title_and_old_package():
    activity = services.activity_create(data=greeting_package(), title="Greeting", pass_mark=70)
    old_package, iri = activity.package, activity.iri

    services.activity_package_replace(activity=activity, data=greeting_package(title="Hello 2"))

    activity.refresh_from_db()
    assert activity.iri == iri
    assert (activity.title, activity.pass_mark) == ("Greeting", 70)
    assert activity.package.title == "Hello 2"
    assert activity.package.pk != old_package.pk
    assert activity.package.state == H5PPackage.State.READY
    assert set(H5PPackage.objects.values_list("title", flat=True)) == {"Hello", "Hello 2"}


@pytest.mark.django_db
def test_activity_package_replace_with_bad_package_changes_nothing():
    activity = services.activity_create(data=greeting_package())
    names_before = stored_names()

    with pytest.raises(H5PValidationError):
        services.activity_package_replace(activity=activity, data=b"not a zip")

    activity.refresh_from_db()
    assert activity.package.title == "Hello"
    assert stored_names() == names_before


# --- Placing an activity in a lesson ----------------------------------------------------------


@pytest.mark.django_db
def test_lesson_activity_append_publishes_live_lesson(index):
    first = services.activity_create(data=greeting_package())
    second = services.activity_create(data=greeting_package(), title="Second")
    lesson = only_lesson(h5p_course(index, [first], rule="viewed"))

    services.lesson_activity_append(lesson=lesson, activity=second)

    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert [child.block_type for child in lesson.body] == ["text", "h5p", "h5p"]
    assert lesson.body[2].value["activity"] == second
    assert lesson.body[2].value["heading"] == ""
    assert lesson.has_unpublished_changes is False
    assert set(
        H5PActivityUse.objects.filter(lesson=lesson).values_list("activity_id", flat=True)
    ) == {first.pk, second.pk}


@pytest.mark.django_db
def test_lesson_activity_append_leaves_unpublished_lesson_a_draft(index):
    activity = services.activity_create(data=greeting_package())
    lesson = only_lesson(h5p_course(index, [], rule="viewed"))
    lesson.unpublish()

    services.lesson_activity_append(lesson=LessonPage.objects.get(pk=lesson.pk), activity=activity)

    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.live is False
    draft = lesson.get_latest_revision_as_object()
    assert [child.block_type for child in draft.body] == ["text", "h5p"]
    assert draft.body[1].value["activity"] == activity
    assert H5PActivityUse.objects.count() == 0


@pytest.mark.django_db
def test_lesson_activity_append_does_not_publish_someone_elses_draft(index):
    activity = services.activity_create(data=greeting_package())
    lesson = only_lesson(h5p_course(index, [], rule="viewed"))
    draft = LessonPage.objects.get(pk=lesson.pk)
    draft.title = "Half-written new title"
    draft.save_revision()

    services.lesson_activity_append(lesson=LessonPage.objects.get(pk=lesson.pk), activity=activity)

    assert LessonPage.objects.get(pk=lesson.pk).title == "Lesson 1.1"
