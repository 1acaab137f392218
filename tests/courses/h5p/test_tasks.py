"""Large packages: stored now, unpacked by `courses.h5p_package_extract` after the upload
commits (`services.package_extract`). The package says "pending" until then."""

from __future__ import annotations

import hashlib

import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import override_settings

from courses.h5p import services, storage
from courses.models import H5PPackage
from courses.tasks import h5p_package_extract_task
from tests.courses.h5p.helpers import (
    GREETING_FILES,
    TRUEFALSE,
    greeting_package,
    package_bytes,
    stored_names,
)

# Everything the player loads is small; the archive is "large" because the limit is 1 byte.
large_packages = override_settings(COURSES_H5P_INLINE_EXTRACT_MAX_BYTES=1)


def _files(sha: str) -> set[str]:
    return {f"h5p/files/{sha}/{name}" for name in GREETING_FILES}


def _pending(data: bytes, capture) -> H5PPackage:
    """Store `data` as a large package whose extract task has not run."""
    with large_packages, capture(execute=False) as callbacks:
        package = services.package_store(data)
    assert len(callbacks) == 1
    return package


def _replace_archive(sha: str, data: bytes) -> None:
    store = storage.h5p_storage()
    store.delete(storage.archive_name(sha))
    assert store.save(storage.archive_name(sha), ContentFile(data)) == storage.archive_name(sha)


@pytest.mark.django_db
def test_large_package_is_pending_until_the_task_unpacks_it(django_capture_on_commit_callbacks):
    data = greeting_package(js="var f = new Function('return 1');")
    sha = hashlib.sha256(data).hexdigest()

    with large_packages, django_capture_on_commit_callbacks(execute=True) as callbacks:
        package = services.package_store(data)
        assert package.state == H5PPackage.State.PENDING
        assert package.needs_unsafe_eval is False  # not known before the files are read
        assert package.file_count == 8
        assert stored_names() == {f"h5p/archives/{sha}.h5p"}

    assert len(callbacks) == 1
    package.refresh_from_db()
    assert (package.state, package.error) == (H5PPackage.State.READY, "")
    assert package.needs_unsafe_eval is True
    assert stored_names(f"h5p/files/{sha}") == _files(sha)


@pytest.mark.django_db
def test_large_package_task_is_not_queued_when_the_upload_rolls_back(
    django_capture_on_commit_callbacks,
):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        large_packages,
        transaction.atomic(),
    ):
        services.package_store(greeting_package())
        raise RuntimeError("the form failed after storing")

    assert callbacks == []
    assert H5PPackage.objects.count() == 0


@pytest.mark.django_db
def test_extract_task_unpacks_pending_package_and_returns_state(
    django_capture_on_commit_callbacks,
):
    data = greeting_package()
    package = _pending(data, django_capture_on_commit_callbacks)

    assert h5p_package_extract_task.delay(package.pk).get() == "ready"

    package.refresh_from_db()
    assert package.state == H5PPackage.State.READY
    assert stored_names(f"h5p/files/{package.sha256}") == _files(package.sha256)


@pytest.mark.django_db
def test_extract_task_twice_is_harmless(django_capture_on_commit_callbacks):
    data = greeting_package()
    package = _pending(data, django_capture_on_commit_callbacks)
    h5p_package_extract_task.delay(package.pk).get()
    names_after_first = stored_names()

    assert h5p_package_extract_task.delay(package.pk).get() == "ready"

    assert stored_names() == names_after_first
    assert H5PPackage.objects.get().state == H5PPackage.State.READY


@pytest.mark.django_db
def test_extract_task_skips_existing_files_when_a_run_was_interrupted(
    django_capture_on_commit_callbacks,
):
    data = greeting_package()
    package = _pending(data, django_capture_on_commit_callbacks)
    half = storage.file_name(package.sha256, "h5p.json")
    storage.h5p_storage().save(half, ContentFile(b"{}"))

    assert h5p_package_extract_task.delay(package.pk).get() == "ready"

    assert stored_names(f"h5p/files/{package.sha256}") == _files(package.sha256)


@pytest.mark.django_db
def test_extract_task_for_a_deleted_package_returns_gone():
    assert h5p_package_extract_task.delay(987654).get() == "gone"


@pytest.mark.django_db
def test_extract_task_fails_package_whose_stored_archive_breaks_the_limits(
    django_capture_on_commit_callbacks,
):
    package = _pending(greeting_package(), django_capture_on_commit_callbacks)
    # 17 MiB of zeros: past the 16 MiB per-file limit and the compression-ratio limit.
    bomb = greeting_package(extra={"content/zeros.txt": b"\0" * (17 * 1024**2)})
    _replace_archive(package.sha256, bomb)

    assert h5p_package_extract_task.delay(package.pk).get() == "failed"

    package.refresh_from_db()
    assert package.state == H5PPackage.State.FAILED
    assert "'content/zeros.txt'" in package.error
    assert "(rule zip.file_too_large)" in package.error
    assert "(rule zip.ratio)" in package.error
    assert stored_names(f"h5p/files/{package.sha256}") == set()


@pytest.mark.django_db
def test_extract_task_fails_package_whose_stored_archive_is_not_a_zip(
    django_capture_on_commit_callbacks,
):
    package = _pending(greeting_package(), django_capture_on_commit_callbacks)
    _replace_archive(package.sha256, b"garbage")

    assert h5p_package_extract_task.delay(package.pk).get() == "failed"

    package.refresh_from_db()
    assert package.state == H5PPackage.State.FAILED
    assert package.error.startswith("The archive is not a readable zip archive")
    assert package.error.endswith("(rule zip.corrupt)")
    assert stored_names(f"h5p/files/{package.sha256}") == set()


@pytest.mark.django_db
def test_extract_task_refuses_archive_that_is_not_the_uploaded_one(
    django_capture_on_commit_callbacks,
):
    package = _pending(greeting_package(), django_capture_on_commit_callbacks)
    _replace_archive(package.sha256, greeting_package(title="Swapped", js="eval('x');"))

    state = h5p_package_extract_task.delay(package.pk).get()

    assert state == "failed"
    assert stored_names(f"h5p/files/{package.sha256}") == set()


@pytest.mark.django_db
def test_extract_task_retries_a_failed_package_once_the_archive_is_right_again(
    django_capture_on_commit_callbacks,
):
    data = greeting_package()
    package = _pending(data, django_capture_on_commit_callbacks)
    _replace_archive(package.sha256, b"garbage")
    h5p_package_extract_task.delay(package.pk).get()
    _replace_archive(package.sha256, data)

    assert h5p_package_extract_task.delay(package.pk).get() == "ready"

    package.refresh_from_db()
    assert (package.state, package.error) == (H5PPackage.State.READY, "")


@pytest.mark.django_db
def test_fixture_package_over_the_inline_limit_goes_through_the_task(
    fixtures_dir, django_capture_on_commit_callbacks
):
    data = package_bytes(fixtures_dir, TRUEFALSE)

    with (
        override_settings(COURSES_H5P_INLINE_EXTRACT_MAX_BYTES=len(data) - 1),
        django_capture_on_commit_callbacks(execute=True) as callbacks,
    ):
        package = services.package_store(data)
        assert package.state == H5PPackage.State.PENDING

    assert len(callbacks) == 1
    package.refresh_from_db()
    assert package.state == H5PPackage.State.READY
    assert len(stored_names(f"h5p/files/{package.sha256}")) == 107


@pytest.mark.django_db
def test_package_at_the_inline_limit_is_unpacked_during_the_upload(
    django_capture_on_commit_callbacks,
):
    data = greeting_package()

    with (
        override_settings(COURSES_H5P_INLINE_EXTRACT_MAX_BYTES=len(data)),
        django_capture_on_commit_callbacks(execute=False) as callbacks,
    ):
        package = services.package_store(data)

    assert callbacks == []
    assert package.state == H5PPackage.State.READY


@pytest.mark.django_db
def test_extract_task_retries_while_the_archive_cannot_be_read(django_capture_on_commit_callbacks):
    from celery.exceptions import Retry

    package = _pending(greeting_package(), django_capture_on_commit_callbacks)
    storage.h5p_storage().delete(storage.archive_name(package.sha256))

    with pytest.raises(Retry):
        h5p_package_extract_task.delay(package.pk)

    assert H5PPackage.objects.get().state == H5PPackage.State.PENDING


@pytest.mark.django_db
def test_extract_task_marks_package_failed_after_its_last_retry(
    django_capture_on_commit_callbacks,
):
    package = _pending(greeting_package(), django_capture_on_commit_callbacks)
    storage.h5p_storage().delete(storage.archive_name(package.sha256))

    with pytest.raises(FileNotFoundError):
        h5p_package_extract_task.apply(args=[package.pk], retries=3)

    package.refresh_from_db()
    assert package.state == H5PPackage.State.FAILED
    assert package.error != ""
