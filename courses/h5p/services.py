"""Writes for H5P: importing packages, making activities, placing them in lessons, and turning
the statements the player sends into attempts and lesson progress."""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import re
import uuid
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F, FloatField, Value
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from courses import caching, conf
from courses.h5p import storage
from courses.h5p.validation import (
    H5PLimits,
    H5PProblem,
    H5PValidationError,
    ValidatedPackage,
    extract_entries,
    validate_package,
)
from courses.h5p.wording import package_wording_findings
from courses.models import (
    Enrolment,
    H5PActivity,
    H5PActivityResult,
    H5PActivityUse,
    H5PAttempt,
    H5PPackage,
    LessonPage,
    LessonProgress,
)

logger = logging.getLogger(__name__)

try:  # optional: without it libraries are sent gzip-compressed only
    import brotli
except ImportError:  # pragma: no cover - brotli is installed with the project's dependencies
    brotli = None

# Content types that build functions from strings (`new Function`, `eval`) at run time need
# 'unsafe-eval' in the page's CSP; the rest must not get it.
_EVAL = re.compile(rb"(?<![\w.$])(?:new\s+)?Function\s*\(|(?<![\w.$])eval\s*\(|\beval\s*\)\s*\(")

# The statements that end an attempt. `answered` is what single-question types (TrueFalse,
# MultiChoice) send; compound types (QuestionSet) send `completed` at the top level.
ATTEMPT_VERBS = frozenset(
    {
        "http://adlnet.gov/expapi/verbs/completed",
        "http://adlnet.gov/expapi/verbs/answered",
    }
)


# --- Packages ---------------------------------------------------------------------------------


def _library_closure(package: ValidatedPackage) -> list[tuple[str, dict]]:
    """The (folder, library.json) of every library the player loads: the content's preloaded
    dependencies and theirs, transitively."""
    by_identity = {
        (lib["machineName"], int(lib["majorVersion"]), int(lib["minorVersion"])): (folder, lib)
        for folder, lib in package.libraries.items()
    }
    seen: dict[tuple, tuple[str, dict]] = {}
    pending = list(package.h5p_json.get("preloadedDependencies", []))
    while pending:
        dep = pending.pop()
        key = (dep["machineName"], int(dep["majorVersion"]), int(dep["minorVersion"]))
        if key in seen or key not in by_identity:
            continue
        seen[key] = by_identity[key]
        pending.extend(by_identity[key][1].get("preloadedDependencies", []))
    return list(seen.values())


def _needs_unsafe_eval(package: ValidatedPackage, files: dict[str, bytes]) -> bool:
    for folder, lib in _library_closure(package):
        for entry in lib.get("preloadedJs", []):
            if _EVAL.search(files.get(f"{folder}/{entry['path']}", b"")):
                return True
    return False


def _stored_path(package: ValidatedPackage, name: str) -> str:
    """Where a file of the archive goes below the package's folder: library folders are
    renamed to the versioned form h5p-standalone asks for."""
    folder, _, rest = name.partition("/")
    lib = package.libraries.get(folder)
    if lib is None or not rest:
        return name
    return f"{storage.library_folder(lib)}/{rest}"


def _main_library_version(package: ValidatedPackage) -> str:
    for dep in package.h5p_json.get("preloadedDependencies", []):
        if dep.get("machineName") == package.main_library:
            return f"{dep.get('majorVersion')}.{dep.get('minorVersion')}"
    return ""


def package_store(data: bytes, *, limits: H5PLimits | None = None) -> H5PPackage:
    """Validate `data` and store it once per SHA-256; return its package row.

    Raises H5PValidationError before anything is written if the archive breaks a rule. Small
    archives are unpacked now; larger ones by `courses.h5p_package_extract` after commit (the
    row says "pending" until then). Storing an archive that is already stored does nothing but
    read its words again (`wording_findings`, courses.h5p.wording)."""
    limits = limits or H5PLimits()
    validated = validate_package(data, limits=limits)
    existing = H5PPackage.objects.filter(sha256=validated.sha256).first()
    wording_findings = package_wording_findings(validated.content_json)
    if existing is not None and existing.state != H5PPackage.State.FAILED:
        if existing.wording_findings != wording_findings:
            # Stored before the wording check: read now, so the warning is not missed.
            H5PPackage.objects.filter(pk=existing.pk).update(wording_findings=wording_findings)
            existing.wording_findings = wording_findings
        return existing

    files = {}
    needs_eval = False
    inline = len(data) <= conf.get("H5P_INLINE_EXTRACT_MAX_BYTES")
    if inline:
        files = dict(extract_entries(data, validated, limits=limits))
        needs_eval = _needs_unsafe_eval(validated, files)

    store = storage.h5p_storage()
    archive = storage.archive_name(validated.sha256)
    if not store.exists(archive):
        store.save(archive, ContentFile(data))

    fields = {
        "title": validated.title[:255],
        "main_library": validated.main_library,
        "main_library_version": _main_library_version(validated),
        "language": str(validated.language)[:35],
        "h5p_json": validated.h5p_json,
        "size": len(data),
        "file_count": len(validated.files),
        "needs_unsafe_eval": needs_eval,
        "wording_findings": wording_findings,
        "state": H5PPackage.State.PENDING,
        "error": "",
    }
    if existing is not None:
        H5PPackage.objects.filter(pk=existing.pk).update(**fields)
        package = H5PPackage.objects.get(pk=existing.pk)
    else:
        try:
            with transaction.atomic():
                package = H5PPackage.objects.create(sha256=validated.sha256, **fields)
        except IntegrityError:  # the same archive, uploaded at the same moment by someone else
            return H5PPackage.objects.get(sha256=validated.sha256)

    if inline:
        _files_write(package, validated, files)
    else:
        from courses.tasks import h5p_package_extract_task

        package_id = package.pk
        transaction.on_commit(lambda: h5p_package_extract_task.delay(package_id))
    return package


def package_mark_failed(package: H5PPackage, message: str) -> None:
    """Say in the admin that `package` could not be unpacked, and why."""
    message = message[:2000]
    H5PPackage.objects.filter(pk=package.pk).update(state=H5PPackage.State.FAILED, error=message)
    package.state, package.error = H5PPackage.State.FAILED, message
    logger.warning("H5P package %s could not be unpacked: %s", package.sha256, message)


def _files_write(package: H5PPackage, validated: ValidatedPackage, files: dict[str, bytes]) -> None:
    """Write the unpacked files and publish the package's libraries; on any failure remove
    what was written and mark it failed."""
    store = storage.h5p_storage()
    written: list[str] = []
    try:
        for name, raw in files.items():
            target = storage.file_name(package.sha256, _stored_path(validated, name))
            if store.exists(target):  # content-addressed: an earlier run wrote the same bytes
                continue
            written.append(store.save(target, ContentFile(raw)))
    except Exception as exc:
        for name in written:
            store.delete(name)
        message = (
            "; ".join(str(p) for p in exc.problems)
            if isinstance(exc, H5PValidationError)
            else f"{type(exc).__name__}: {exc}"
        )
        package_mark_failed(package, message)
        if not isinstance(exc, H5PValidationError):
            raise
        return
    key = _libraries_publish_quietly(package.sha256, validated, files)
    H5PPackage.objects.filter(pk=package.pk).update(
        state=H5PPackage.State.READY, error="", libraries_key=key
    )
    package.state, package.error, package.libraries_key = H5PPackage.State.READY, "", key


def package_extract(package: H5PPackage) -> H5PPackage:
    """Unpack a stored archive (the Celery path for large packages). Safe to run twice."""
    if package.state == H5PPackage.State.READY:
        return package
    with storage.h5p_storage().open(storage.archive_name(package.sha256), "rb") as handle:
        data = handle.read()
    limits = H5PLimits()
    try:
        validated = validate_package(data, limits=limits)
        if validated.sha256 != package.sha256:
            raise H5PValidationError(
                [
                    H5PProblem(
                        rule="zip.corrupt",
                        file="",
                        message="The stored archive is not the one that was uploaded "
                        "(rule zip.corrupt)",
                    )
                ]
            )
        files = dict(extract_entries(data, validated, limits=limits))
    except H5PValidationError as exc:
        package_mark_failed(package, "; ".join(str(p) for p in exc.problems))
        return package
    needs_eval = _needs_unsafe_eval(validated, files)
    H5PPackage.objects.filter(pk=package.pk).update(needs_unsafe_eval=needs_eval)
    package.needs_unsafe_eval = needs_eval
    _files_write(package, validated, files)
    return package


# --- Library files, published for caching ------------------------------------------------------
#
# A package's libraries are public H5P code, the same in every package that brings them: they
# are published once per library set (courses.h5p.storage) with gzip and brotli copies made
# now, so that serving them (courses.h5p.views.library_file) is a file read, never a
# compression per request.

# Text formats worth compressing; PNG, JPEG, WOFF/WOFF2 and media are compressed already.
COMPRESSIBLE = frozenset(
    {"js", "css", "json", "svg", "xml", "txt", "md", "csv", "vtt", "webvtt", "ttf", "otf", "eot"}
)
# Below this the compressed answer saves less than its extra header costs.
COMPRESS_MIN_BYTES = 256


def _compressed(raw: bytes, encoding: str) -> bytes | None:
    """`raw` compressed with `encoding` ("gzip" or "br"), or None if that is not smaller or
    brotli is not installed."""
    if encoding == "gzip":
        packed = gzip.compress(raw, compresslevel=9, mtime=0)
    elif encoding == "br" and brotli is not None:
        packed = brotli.compress(raw, quality=conf.get("H5P_BROTLI_QUALITY"))
    else:
        return None
    return packed if len(packed) < len(raw) else None


def library_files(validated: ValidatedPackage, files: dict[str, bytes]) -> dict[str, bytes]:
    """The files of the libraries the player loads ({stored path: bytes}, folders in the
    versioned form): the content's preloaded dependencies and theirs. Editor libraries a
    package may carry are never loaded, and left out so they do not split the set."""
    folders = {folder: storage.library_folder(lib) for folder, lib in _library_closure(validated)}
    found = {}
    for name, raw in files.items():
        folder, _, rest = name.partition("/")
        if folder in folders and rest:
            found[f"{folders[folder]}/{rest}"] = raw
    return found


def _save_as(store, name: str, raw: bytes) -> None:
    """Save `raw` under exactly `name`, replacing what an interrupted run left there."""
    if store.exists(name):
        store.delete(name)
    store.save(name, ContentFile(raw))


def library_set_publish(files: dict[str, bytes]) -> str:
    """Store a set of library files ({stored path: bytes}) with their compressed copies and
    its manifest, once per set; return the set's key. The manifest is written last, so a set
    with a manifest is complete. Safe to run again after a failure."""
    key = storage.library_set_key(files)
    store = storage.h5p_storage()
    manifest_name = storage.library_manifest_name(key)
    if store.exists(manifest_name):
        return key
    manifest = {}
    for path, raw in sorted(files.items()):
        entry = {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw)}
        _save_as(store, storage.library_file_name(key, path), raw)
        extension = path.rsplit(".", 1)[-1].lower() if "." in path else ""
        if extension in COMPRESSIBLE and len(raw) >= COMPRESS_MIN_BYTES:
            for encoding in storage.LIBRARY_ENCODINGS:
                packed = _compressed(raw, encoding)
                if packed is not None:
                    _save_as(store, storage.library_file_name(key, path, encoding), packed)
                    entry[encoding] = len(packed)
        manifest[path] = entry
    _save_as(store, manifest_name, json.dumps({"files": manifest}, sort_keys=True).encode())
    return key


def _libraries_publish_quietly(sha256: str, validated: ValidatedPackage, files) -> str:
    """`library_set_publish` for a package being unpacked; "" if it could not be done. The
    package still plays then: the player loads its libraries under the learner's grant."""
    try:
        return library_set_publish(library_files(validated, files))
    except Exception:
        logger.exception("H5P package %s: its libraries could not be published", sha256)
        return ""


def package_libraries_publish(sha256: str) -> str:
    """Publish the libraries of a package stored before libraries were published, read again
    from its stored archive; return the set's key (the caller records it on the package). Uses
    no model, so the data migration that fills `H5PPackage.libraries_key` can call it."""
    with storage.h5p_storage().open(storage.archive_name(sha256), "rb") as handle:
        data = handle.read()
    limits = H5PLimits()
    validated = validate_package(data, limits=limits)
    files = dict(extract_entries(data, validated, limits=limits))
    return library_set_publish(library_files(validated, files))


# --- Activities -------------------------------------------------------------------------------


def activity_create(
    *,
    data: bytes,
    title: str = "",
    description: str = "",
    pass_mark: int | None = None,
    created_by: AbstractBaseUser | None = None,
) -> H5PActivity:
    """Import a package and make an activity of it (title defaults to the package's)."""
    activity = H5PActivity(
        title=title[:255],
        description=description,
        created_by=created_by if created_by and created_by.is_authenticated else None,
    )
    if pass_mark is not None:
        activity.pass_mark = pass_mark
    # The activity's own fields first: a bad pass mark must not leave a stored package behind.
    activity.full_clean(exclude=["package", "title"])
    with transaction.atomic():
        activity.package = package_store(data)
        activity.title = activity.title or activity.package.title[:255]
        activity.save()
    return activity


def activity_package_replace(*, activity: H5PActivity, data: bytes) -> H5PActivity:
    """Give `activity` a new package. Its IRI and results stay; learners' saved places in the
    old content are reset when they next open it (see `h5p.selectors._content_user_data`)."""
    with transaction.atomic():
        activity.package = package_store(data)
        activity.save(update_fields=["package", "updated_at"])
    return activity


def lesson_activity_append(*, lesson: LessonPage, activity: H5PActivity, user=None) -> bool:
    """Add `activity` as an H5P block at the end of `lesson`. Publishes the result only when
    the lesson is live with no unpublished edits: someone's unfinished draft must not go live
    with it. Returns whether it was published."""
    draft = lesson.has_unpublished_changes
    if draft:
        lesson = lesson.get_latest_revision_as_object()
    lesson.body.append(("h5p", {"activity": activity, "heading": ""}))
    revision = lesson.save_revision(user=user, log_action=True)
    if lesson.live and not draft:
        revision.publish(user=user)
        return True
    return False


def _embedded_activities(lesson: LessonPage) -> dict[str, int]:
    """{block id: activity id} of the H5P blocks in `lesson`'s body, read from its stored
    data (no query per block)."""
    found = {}
    for block in lesson.body.raw_data:
        value = block.get("value") or {}
        if block.get("type") == "h5p" and value.get("activity"):
            found[block["id"]] = int(value["activity"])
    return found


def block_activities(*, lesson: LessonPage) -> dict[str, set[int]]:
    """{H5P block id: the activities that block holds in the live copies of `lesson`}, in one
    query. A translation keeps its source's blocks but may embed its own language's package in
    one (wagtail-localize lets the translator override the chosen activity): a pass in any of
    them is a pass of that block. Empty when `lesson` itself is not live.

    Asked on every visit to an H5P lesson not yet complete and on every passing answer, so it
    is kept in the cache until the page tree changes (any publish moves the generation)."""
    key = f"courses:h5p-blocks:{caching.structure_generation()}:{lesson.pk}"
    by_block = cache.get(key)
    if by_block is None:
        by_block = _block_activities_read(lesson)
        cache.set(key, by_block, caching.STRUCTURE_SECONDS)
    return by_block


def _block_activities_read(lesson: LessonPage) -> dict[str, set[int]]:
    """`block_activities` from the database (one query), never from the cache."""
    copies = list(LessonPage.objects.live().filter(translation_key=lesson.translation_key))
    by_block: dict[str, set[int]] = {}
    if lesson.pk in {copy.pk for copy in copies}:
        for copy in copies:
            for block_id, activity_id in _embedded_activities(copy).items():
                by_block.setdefault(block_id, set()).add(activity_id)
    return by_block


def _uses_set(lesson_id: int, wanted: set[int]) -> None:
    current = set(
        H5PActivityUse.objects.filter(lesson_id=lesson_id).values_list("activity_id", flat=True)
    )
    H5PActivityUse.objects.filter(lesson_id=lesson_id, activity_id__in=current - wanted).delete()
    H5PActivityUse.objects.bulk_create(
        [H5PActivityUse(lesson_id=lesson_id, activity_id=pk) for pk in wanted - current],
        ignore_conflicts=True,
    )


def lesson_uses_sync(*, lesson: LessonPage) -> None:
    """Record which activities `lesson` embeds, given the version just published (or none once
    it is unpublished). Called by `courses.receivers` on publish and unpublish.

    The source lesson, where progress is kept, is also recorded as using every activity its
    live translations embed: a pass in a translation's own package then reaches it (for access
    checks and for judging the lesson again, courses.localization)."""
    from courses import localization

    _uses_set(lesson.pk, set(_embedded_activities(lesson).values()) if lesson.live else set())
    source_id = localization.source_ids([lesson])[lesson.pk]
    source = lesson if source_id == lesson.pk else LessonPage.objects.filter(pk=source_id).first()
    if source is None or not source.live:
        return
    # Read afresh: this runs as a publish lands, before the page tree's generation moves.
    union = {pk for pks in _block_activities_read(source).values() for pk in pks}
    _uses_set(source.pk, union)


# --- Results ----------------------------------------------------------------------------------


def _is_top_level(statement: dict) -> bool:
    parents = (statement.get("context") or {}).get("contextActivities", {}).get("parent")
    return not parents


def _scaled(score: dict) -> float | None:
    """The score as a fraction; computed from raw/min/max when the content left it out."""
    if score.get("scaled") is not None:
        return float(score["scaled"])
    raw, top = score.get("raw"), score.get("max")
    bottom = score.get("min", 0)
    if raw is None or top is None or top == bottom:
        return None
    return (float(raw) - float(bottom)) / (float(top) - float(bottom))


def _timestamp(statement: dict) -> datetime:
    value = parse_datetime(statement.get("timestamp") or "") if statement.get("timestamp") else None
    return value or timezone.now()


def attempts_prepare(*, user: AbstractBaseUser, statements: list[dict]) -> list[H5PAttempt]:
    """The attempts the top-level `completed` and `answered` statements among `statements`
    make, built but not saved. Writes nothing, so the record store calls it before it opens
    its transaction (on SQLite that transaction holds the database's only write lock)."""
    from courses.h5p.selectors import remembered_activity

    attempts: list[H5PAttempt] = []
    for statement in statements:
        if not (
            statement.get("verb", {}).get("id") in ATTEMPT_VERBS
            and (statement.get("object") or {}).get("objectType", "Activity") == "Activity"
            and "?" not in (statement.get("object") or {}).get("id", "?")
            and _is_top_level(statement)
        ):
            continue
        activity = remembered_activity(statement["object"]["id"])
        if activity is None:
            continue
        result = statement.get("result") or {}
        score = result.get("score") or {}
        attempts.append(
            H5PAttempt(
                user=user,
                activity=activity,
                statement_id=statement["id"],
                verb=statement["verb"]["id"],
                score_raw=score.get("raw"),
                score_min=score.get("min"),
                score_max=score.get("max"),
                score_scaled=_scaled(score),
                success=result.get("success"),
                finished_at=_timestamp(statement),
            )
        )
    return attempts


def statements_recorded(
    *,
    user: AbstractBaseUser,
    statements: list[dict],
    attempts: list[H5PAttempt] | None = None,
) -> list[H5PAttempt]:
    """Save the attempts `statements` (newly stored, about `user`) make, then let the progress
    service judge each lesson that uses a passed activity and is not complete yet. A re-sent
    statement makes no second attempt; order does not matter, since a lesson completes on the
    best attempt. `attempts`: what `attempts_prepare` built from them already.

    Runs on every statement POST, so its queries are counted: none for statements that are
    not attempts, three (finding re-sends, the attempt, the learner's result) for a pass in a
    lesson already complete."""
    if attempts is None:
        attempts = attempts_prepare(user=user, statements=statements)
    if not attempts:
        return []
    attempts_save(user=user, attempts=attempts)

    from courses.services.progress import lesson_evaluate

    for activity_id in {a.activity_id for a in attempts if a.activity.passes(a.score_scaled)}:
        for lesson in _lessons_to_judge(user=user, activity_id=activity_id):
            lesson_evaluate(user=user, lesson=lesson)
    return attempts


def attempts_save(*, user: AbstractBaseUser, attempts: list[H5PAttempt]) -> list[H5PAttempt]:
    """Save `attempts` (built, all by `user`) and add them to the learner's result in each
    activity (`H5PActivityResult`: attempt count, best score, latest). Attempts whose statement
    already made one are left out, so a re-sent statement counts once. Returns those saved.

    Side effects, in one transaction (the caller's, when there is one): inserts H5PAttempt
    rows; inserts or updates H5PActivityResult rows. Safe when the same learner's attempts are
    stored at the same moment by two processes: the counts are added in the database (F()),
    on the row the update locks; a statement id stored twice at once breaks the attempt's
    unique index, and that transaction is rolled back whole.

    Queries: finding earlier copies (1), the INSERT (1), one UPDATE per activity; the first
    attempt in an activity also inserts its result row (1) and updates it."""
    wanted: dict[uuid.UUID, H5PAttempt] = {}
    for attempt in attempts:
        wanted.setdefault(uuid.UUID(str(attempt.statement_id)), attempt)
    with transaction.atomic(savepoint=False):
        known = set(
            H5PAttempt.objects.filter(statement_id__in=list(wanted)).values_list(
                "statement_id", flat=True
            )
        )
        new = [attempt for key, attempt in wanted.items() if key not in known]
        if not new:
            return []
        H5PAttempt.objects.bulk_create(new)
        _results_add(user=user, attempts=new)
    return new


def _results_add(*, user: AbstractBaseUser, attempts: list[H5PAttempt]) -> None:
    """Add newly saved `attempts` to the learner's result rows, in the open transaction."""
    by_activity: dict[int, list[H5PAttempt]] = {}
    for attempt in attempts:
        by_activity.setdefault(attempt.activity_id, []).append(attempt)
    for activity_id, mine in by_activity.items():
        scores = [a.score_scaled for a in mine if a.score_scaled is not None]
        best = max(scores) if scores else None
        last = max(a.finished_at for a in mine)
        changes = {
            "attempts": F("attempts") + len(mine),
            "last_finished_at": Greatest("last_finished_at", Value(last)),
        }
        if best is not None:
            # Greatest is NULL on SQLite when either side is: a row without a score yet
            # compares as this batch's best.
            changes["best_scaled"] = Greatest(
                Coalesce("best_scaled", Value(best)), Value(best), output_field=FloatField()
            )
        rows = H5PActivityResult.objects.filter(user=user, activity_id=activity_id)
        if rows.update(**changes):
            continue
        # The learner's first attempt here: make the row (empty), unless another process
        # has just made it (the unique constraint), then add to it as above.
        H5PActivityResult.objects.bulk_create(
            [H5PActivityResult(user=user, activity_id=activity_id, last_finished_at=last)],
            ignore_conflicts=True,
        )
        rows.update(**changes)


def _lessons_to_judge(*, user: AbstractBaseUser, activity_id: int) -> list[LessonPage]:
    """The lessons worth judging again after a pass: those using the activity that this
    learner has opened (which took an open lesson: see LessonPage.serve), not completed yet, in
    a course they are still enrolled in. A pass made before they ever opened the lesson is
    judged when they first do (LessonPage.serve).

    Usually there are none (the lesson is already complete), and every answer would pay a
    four-table join to learn that; so "none" is cached until the learner starts a lesson,
    their enrolments change or a lesson is published (`courses.caching`)."""
    key = caching.learner_scoped_key(user_id=user.pk, name=f"h5p-nothing-open:{activity_id}")
    if cache.get(key):
        return []
    lesson_ids = list(
        LessonProgress.objects.filter(
            user=user,
            completed_at__isnull=True,
            lesson__h5p_uses__activity_id=activity_id,
            course_id__in=Enrolment.objects.filter(
                user=user, status=Enrolment.Status.ACTIVE
            ).values("course_id"),
        ).values_list("lesson_id", flat=True)
    )
    if not lesson_ids:
        cache.set(key, True, caching.OUTLINE_SECONDS)
        return []
    return list(LessonPage.objects.filter(pk__in=lesson_ids).defer_streamfields())
