"""`manage.py import_h5p`: prints the new activity's id and nothing else; a bad package or a bad
option is an error (exit status 1) that imports nothing."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from courses.models import H5PActivity, H5PActivityUse, H5PPackage, LessonPage
from tests.courses.h5p.helpers import (
    TRUEFALSE,
    greeting_package,
    h5p_course,
    only_lesson,
    stored_names,
    text_block,
)
from tests.factories.courses import modules_of


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_h5p", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def run_failing(*args) -> tuple[CommandError, str, str]:
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as caught:
        call_command("import_h5p", *args, stdout=out, stderr=err)
    return caught.value, out.getvalue(), err.getvalue()


def assert_nothing_imported() -> None:
    assert H5PActivity.objects.count() == 0
    assert H5PPackage.objects.count() == 0
    assert stored_names() == set()


@pytest.fixture
def truefalse(fixtures_dir):
    return str(fixtures_dir / "h5p" / TRUEFALSE)


@pytest.fixture
def greeting_file(tmp_path):
    path = tmp_path / "greeting.h5p"
    path.write_bytes(greeting_package())
    return str(path)


@pytest.mark.django_db
def test_import_h5p_prints_only_the_activity_id(truefalse):
    out, err = run(truefalse)

    activity = H5PActivity.objects.get()
    assert out == f"{activity.pk}\n"
    assert err == ""
    assert activity.title == "Hello World"
    assert activity.pass_mark == 60
    assert activity.created_by is None
    assert activity.package.state == H5PPackage.State.READY
    assert len(stored_names(f"h5p/files/{activity.package.sha256}")) == 107


@pytest.mark.django_db
def test_import_h5p_title_option_sets_the_title(greeting_file):
    run(greeting_file, "--title", "Say hello to the group")

    assert H5PActivity.objects.get().title == "Say hello to the group"


@pytest.mark.django_db
def test_import_h5p_pass_mark_option_sets_the_pass_mark(greeting_file):
    run(greeting_file, "--pass-mark", "85")

    assert H5PActivity.objects.get().pass_mark == 85


@pytest.mark.django_db
@pytest.mark.parametrize("pass_mark", ["0", "100"])
def test_import_h5p_accepts_pass_mark_bounds(greeting_file, pass_mark):
    run(greeting_file, "--pass-mark", pass_mark)

    assert H5PActivity.objects.get().pass_mark == int(pass_mark)


@pytest.mark.django_db
@pytest.mark.parametrize("pass_mark", ["150", "101", "-1"])
def test_import_h5p_rejects_pass_mark_out_of_range(greeting_file, pass_mark):
    error, out, _err = run_failing(greeting_file, "--pass-mark", pass_mark)

    assert str(error) == "--pass-mark must be between 0 and 100"
    assert error.returncode == 1
    assert out == ""
    assert_nothing_imported()


@pytest.mark.django_db
def test_import_h5p_twice_shares_one_package(greeting_file):
    first, _ = run(greeting_file)
    second, _ = run(greeting_file)

    assert first != second
    assert H5PActivity.objects.count() == 2
    assert H5PPackage.objects.count() == 1


@pytest.mark.django_db
def test_import_h5p_lesson_option_appends_and_publishes_live_lesson(index, greeting_file):
    lesson = only_lesson(h5p_course(index, [], rule="viewed"))

    out, err = run(greeting_file, "--lesson", lesson.slug)

    activity = H5PActivity.objects.get()
    assert out == f"{activity.pk}\n"
    assert err == ""
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert [child.block_type for child in lesson.body] == ["text", "h5p"]
    assert lesson.body[1].value["activity"] == activity
    assert lesson.has_unpublished_changes is False
    assert list(H5PActivityUse.objects.values_list("lesson_id", "activity_id")) == [
        (lesson.pk, activity.pk)
    ]


@pytest.mark.django_db
def test_import_h5p_lesson_option_keeps_draft_lesson_a_draft(index, greeting_file):
    lesson = only_lesson(h5p_course(index, [], rule="viewed"))
    lesson.unpublish()

    run(greeting_file, "--lesson", lesson.slug)

    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.live is False
    draft = lesson.get_latest_revision_as_object()
    assert [child.block_type for child in draft.body] == ["text", "h5p"]
    assert H5PActivityUse.objects.count() == 0


@pytest.mark.django_db
def test_import_h5p_unknown_lesson_is_an_error_and_imports_nothing(index, greeting_file):
    error, out, _err = run_failing(greeting_file, "--lesson", "no-such-lesson")

    assert str(error) == "no lesson has the slug 'no-such-lesson'"
    assert error.returncode == 1
    assert out == ""
    assert_nothing_imported()


@pytest.mark.django_db
def test_import_h5p_ambiguous_lesson_slug_is_an_error(index, greeting_file):
    course = h5p_course(index, [], code="A1", rule="viewed")
    slug = only_lesson(course).slug
    other_module = modules_of(h5p_course(index, [], code="B1", rule="viewed"))[0]
    twin = LessonPage(title="Twin", slug=slug, body=json.dumps([text_block()]))
    other_module.add_child(instance=twin)

    error, _out, _err = run_failing(greeting_file, "--lesson", slug)

    assert str(error) == (
        f"more than one lesson has the slug '{slug}': "
        f"/home-test/courses/course-a1/a1-module-1/{slug}/, "
        f"/home-test/courses/course-b1/b1-module-1/{slug}/"
    )
    assert_nothing_imported()


@pytest.mark.django_db
def test_import_h5p_bad_package_prints_each_problem_and_imports_nothing(fixtures_dir):
    path = str(
        fixtures_dir / "h5p" / "invalid" / "lumi-validator-invalid-library-directory-name.h5p"
    )

    error, out, err = run_failing(path)

    assert str(error) == f"{path} was rejected (2 problem(s)); nothing was imported"
    assert error.returncode == 1
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{path}: 'H5P.GreetingCard-1.0' ")
    assert lines[0].endswith("(rule library.folder_name)")
    assert lines[1].startswith(f"{path}: 'h5p.json' needs library H5P.GreetingCard 1.0")
    assert lines[1].endswith("(rule dependency.missing)")
    assert_nothing_imported()


@pytest.mark.django_db
def test_import_h5p_corrupt_archive_names_the_rule(fixtures_dir):
    path = str(fixtures_dir / "h5p" / "invalid" / "lumi-validator-corrupt_archive.h5p")

    error, _out, err = run_failing(path)

    assert str(error) == f"{path} was rejected (1 problem(s)); nothing was imported"
    assert err.startswith(f"{path}: The archive is not a readable zip archive")
    assert err.endswith("(rule zip.corrupt)\n")
    assert_nothing_imported()


@pytest.mark.django_db
def test_import_h5p_bad_package_with_lesson_leaves_lesson_unchanged(index, fixtures_dir):
    lesson = only_lesson(h5p_course(index, [], rule="viewed"))
    revisions = lesson.revisions.count()
    path = str(fixtures_dir / "h5p" / "invalid" / "lumi-validator-broken-h5p-json.h5p")

    run_failing(path, "--lesson", lesson.slug)

    assert lesson.revisions.count() == revisions
    assert_nothing_imported()


@pytest.mark.django_db
def test_import_h5p_missing_file_is_an_error(tmp_path):
    path = str(tmp_path / "nothing.h5p")

    error, _out, _err = run_failing(path)

    assert str(error) == f"{path}: no such file"
    assert_nothing_imported()


@pytest.mark.django_db
def test_import_h5p_file_over_the_upload_limit_is_an_error(greeting_file):
    with override_settings(COURSES_H5P_MAX_UPLOAD_BYTES=100):
        error, _out, _err = run_failing(greeting_file)

    assert str(error) == f"{greeting_file}: larger than COURSES_H5P_MAX_UPLOAD_BYTES"
    assert_nothing_imported()


@pytest.mark.django_db
def test_import_h5p_through_manage_py_exits_with_status_1(fixtures_dir, capsys):
    from django.core.management import ManagementUtility

    path = str(fixtures_dir / "h5p" / "invalid" / "lumi-validator-corrupt_archive.h5p")

    with pytest.raises(SystemExit) as caught:
        ManagementUtility(["manage.py", "import_h5p", path]).execute()

    assert caught.value.code == 1
    err = capsys.readouterr().err
    assert "(rule zip.corrupt)" in err
    assert f"CommandError: {path} was rejected (1 problem(s)); nothing was imported" in err
