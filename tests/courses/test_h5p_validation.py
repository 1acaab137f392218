"""H5P package validation (DOMAIN.md 8): real fixtures plus hostile archives built in memory."""

from __future__ import annotations

import dataclasses
import io
import json
import warnings
import zipfile

import pytest

from courses.h5p.validation import (
    H5PLimits,
    H5PProblem,
    H5PValidationError,
    extract_entries,
    validate_package,
)

LIB = "H5P.Greeting-1.0"

VALID_FIXTURES = {
    "tunapanda-h5p-test.h5p": ("Hello World", "H5P.TrueFalse"),
    "lumi-H5P.MultiChoice.h5p": ("Multiple Choice", "H5P.MultiChoice"),
    "lumi-H5P.QuestionSet.h5p": ("Hub Download Question Set All", "H5P.QuestionSet"),
    "lumi-H5P.CoursePresentation.h5p": (
        "Hub Download Course Presentation All",
        "H5P.CoursePresentation",
    ),
    "lumi-validator-valid2.h5p": ("Greeting card", "H5P.GreetingCard"),
}

# What is really wrong with each of the Lumi validator's bad packages: (rule, file).
INVALID_FIXTURES = {
    "lumi-validator-corrupt_archive.h5p": ("zip.corrupt", ""),
    "lumi-validator-broken-h5p-json.h5p": ("h5p_json.invalid_json", "h5p.json"),
    "lumi-validator-broken-content-json.h5p": (
        "content_json.invalid_json",
        "content/content.json",
    ),
    "lumi-validator-invalid-h5p-json-schema.h5p": ("h5p_json.field", "h5p.json"),
    "lumi-validator-invalid-library-directory-name.h5p": (
        "library.folder_name",
        "H5P.GreetingCard-1.0",
    ),
    # library.json lacks majorVersion.
    "lumi-validator-invalid-library-json.h5p": (
        "library_json.invalid",
        "H5P.GreetingCard-1.0/library.json",
    ),
    # The second library's library.json has no title.
    "lumi-validator-2-invalid-libraries.h5p": (
        "library_json.invalid",
        "H5P.GreetingCard2-1.0/library.json",
    ),
    # A folder called "library!" holding H5P.Accordion.
    "lumi-validator-malformed-library-directory.h5p": ("library.folder_name", "library!"),
}


def library_json(**overrides) -> dict:
    lib = {
        "title": "Greeting",
        "machineName": "H5P.Greeting",
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 3,
        "runnable": 1,
        "preloadedJs": [{"path": "greeting.js"}],
        "preloadedCss": [{"path": "greeting.css"}],
    }
    lib.update(overrides)
    return lib


def h5p_json(**overrides) -> dict:
    data = {
        "title": "Hello",
        "language": "und",
        "mainLibrary": "H5P.Greeting",
        "embedTypes": ["div"],
        "license": "U",
        "preloadedDependencies": [
            {"machineName": "H5P.Greeting", "majorVersion": "1", "minorVersion": "0"}
        ],
    }
    data.update(overrides)
    return data


def minimal_files() -> dict[str, bytes | str]:
    return {
        "h5p.json": json.dumps(h5p_json()),
        "content/content.json": json.dumps({"greeting": "Hello"}),
        "content/images/earth.png": b"\x89PNG fake",
        f"{LIB}/library.json": json.dumps(library_json()),
        f"{LIB}/greeting.js": "H5P.Greeting = function () {};",
        f"{LIB}/greeting.css": ".greeting {}",
        f"{LIB}/semantics.json": "[]",
        f"{LIB}/language/fr.json": '{"semantics": []}',
    }


def build_zip(files: dict, *, extra: list[zipfile.ZipInfo | tuple] = ()) -> bytes:
    """Zip ``files`` (name -> body); ``extra`` adds (ZipInfo or name, body) pairs as given."""
    buf = io.BytesIO()
    with (
        warnings.catch_warnings(),  # duplicate names are wanted in one test
        zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf,
    ):
        warnings.simplefilter("ignore")
        for name, body in files.items():
            zf.writestr(name, body)
        for info, body in extra:
            zf.writestr(info, body)
    return buf.getvalue()


def build(**changes) -> bytes:
    """The minimal valid package with entries replaced (a value of None removes the entry)."""
    files = minimal_files()
    for name, body in changes.items():
        files.pop(name, None)
        if body is not None:
            files[name] = body
    return build_zip(files)


def rejection(data: bytes, **kwargs) -> list[H5PProblem]:
    with pytest.raises(H5PValidationError) as excinfo:
        validate_package(data, **kwargs)
    return excinfo.value.problems


def rules_and_files(problems: list[H5PProblem]) -> set[tuple[str, str]]:
    return {(p.rule, p.file) for p in problems}


def with_files(extra: dict) -> bytes:
    files = minimal_files()
    files.update(extra)
    return build_zip(files)


@pytest.mark.parametrize("filename", sorted(VALID_FIXTURES))
def test_validate_package_accepts_fixture(fixtures_dir, filename):
    data = (fixtures_dir / "h5p" / filename).read_bytes()

    package = validate_package(data)

    assert (package.title, package.main_library) == VALID_FIXTURES[filename]
    assert package.language == "und"
    assert "h5p.json" in package.files
    assert "content/content.json" in package.files


def test_validate_package_reads_truefalse_fixture_details(fixtures_dir):
    path = fixtures_dir / "h5p" / "tunapanda-h5p-test.h5p"

    with path.open("rb") as fh:
        package = validate_package(fh)

    assert package.libraries["H5P.TrueFalse-1.6"]["machineName"] == "H5P.TrueFalse"
    assert len(package.libraries) == 10
    assert len(package.sha256) == 64
    assert "H5P.TrueFalse-1.6/scripts/h5p-true-false.js" in package.files
    assert not any(name.endswith("/") for name in package.files)


@pytest.mark.parametrize("filename", sorted(INVALID_FIXTURES))
def test_validate_package_rejects_invalid_fixture(fixtures_dir, filename):
    data = (fixtures_dir / "h5p" / "invalid" / filename).read_bytes()

    problems = rejection(data)

    assert INVALID_FIXTURES[filename] in rules_and_files(problems)
    rule, file = INVALID_FIXTURES[filename]
    message = next(p.message for p in problems if p.rule == rule)
    assert rule in message
    assert file in message


def test_validate_package_accepts_minimal_package():
    data = build()

    package = validate_package(data)

    assert package.title == "Hello"
    assert package.main_library == "H5P.Greeting"
    assert package.content_json == {"greeting": "Hello"}
    assert list(package.libraries) == [LIB]
    assert sorted(package.files) == sorted(minimal_files())


def test_validate_package_reports_every_problem_at_once():
    data = build(**{"h5p.json": json.dumps(h5p_json(embedTypes=["object"])), "content/x.exe": b""})

    problems = rejection(data)

    assert rules_and_files(problems) == {
        ("h5p_json.field", "h5p.json"),
        ("extension.not_allowed", "content/x.exe"),
    }


def test_validate_package_rejects_non_zip():
    assert rules_and_files(rejection(b"PK\x03\x04 not really")) == {("zip.corrupt", "")}


def test_validate_package_rejects_bad_crc():
    data = bytearray(build_zip({"h5p.json": "x" * 200}))
    # Flip a byte inside the stored CRC-32 of both headers: the member no longer checks out.
    local_crc = 14
    data[local_crc] ^= 0xFF
    central = data.rindex(b"PK\x01\x02")
    data[central + 16] ^= 0xFF

    problems = rejection(bytes(data))

    assert ("zip.corrupt", "h5p.json") in rules_and_files(problems)


def test_validate_package_rejects_zip_slip():
    problems = rejection(with_files({"../evil.json": "{}"}))

    assert rules_and_files(problems) == {("path.traversal", "../evil.json")}


def test_validate_package_rejects_absolute_path():
    problems = rejection(with_files({"/etc/cron.d/evil.txt": "x"}))

    assert rules_and_files(problems) == {("path.absolute", "/etc/cron.d/evil.txt")}


def test_validate_package_rejects_backslash():
    problems = rejection(with_files({"content\\..\\evil.json": "{}"}))

    assert ("path.backslash", "content\\..\\evil.json") in rules_and_files(problems)
    assert ("path.traversal", "content\\..\\evil.json") in rules_and_files(problems)


def test_validate_package_rejects_nul_in_name():
    data = with_files({"content/aXb.json": "{}"}).replace(b"content/aXb.json", b"content/a\0b.json")

    problems = rejection(data)

    assert rules_and_files(problems) == {("path.nul", "content/a")}


def test_validate_package_rejects_symlink():
    link = zipfile.ZipInfo("content/link.json")
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    data = build_zip(minimal_files(), extra=[(link, "/etc/passwd")])

    problems = rejection(data)

    assert rules_and_files(problems) == {("path.symlink", "content/link.json")}


def test_validate_package_rejects_duplicate_names():
    data = build_zip(minimal_files(), extra=[("content/content.json", "{}")])

    problems = rejection(data)

    assert rules_and_files(problems) == {("path.duplicate", "content/content.json")}


def test_validate_package_rejects_too_many_entries():
    problems = rejection(build(), limits=H5PLimits(max_entries=5))

    assert rules_and_files(problems) == {("zip.too_many_entries", "")}


def test_validate_package_rejects_zip_bomb_by_ratio():
    data = with_files({"content/bomb.txt": b"\0" * (2 * 1024**2)})

    problems = rejection(data)

    assert rules_and_files(problems) == {("zip.ratio", "content/bomb.txt")}


def test_validate_package_ignores_ratio_of_small_files():
    # 100 KiB of one byte compresses more than 100 times, but it is too small to be a bomb.
    package = validate_package(with_files({"content/blank.txt": b"a" * 100 * 1024}))

    assert "content/blank.txt" in package.files


def test_validate_package_rejects_total_size():
    data = with_files({"content/a.txt": "a" * 3000, "content/b.txt": "b" * 3000})

    problems = rejection(data, limits=H5PLimits(max_total_bytes=5000))

    assert rules_and_files(problems) == {("zip.total_too_large", "content/b.txt")}


def test_validate_package_rejects_large_file():
    data = with_files({"content/a.txt": "a" * 3000})

    problems = rejection(data, limits=H5PLimits(max_file_bytes=2000))

    assert rules_and_files(problems) == {("zip.file_too_large", "content/a.txt")}


def test_validate_package_rejects_lying_size_header():
    data = bytearray(with_files({"content/a.txt": "a" * 3000}))
    # Claim 10 bytes in the central directory: zipfile stops there and the CRC fails.
    name = b"content/a.txt"
    central = data.index(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(name)] != name:
        central = data.index(b"PK\x01\x02", central + 1)
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")

    problems = rejection(bytes(data))

    assert ("zip.corrupt", "content/a.txt") in rules_and_files(problems)


def test_validate_package_rejects_disallowed_extension():
    problems = rejection(with_files({f"{LIB}/tool.exe": b"MZ"}))

    assert rules_and_files(problems) == {("extension.not_allowed", f"{LIB}/tool.exe")}


@pytest.mark.parametrize(
    "name", ["content/logo.svg", "content/page.html", "content/page.xhtml", "content/run.js"]
)
def test_validate_package_rejects_active_content(name):
    problems = rejection(with_files({name: "<x/>"}))

    assert rules_and_files(problems) == {("content.forbidden_type", name)}


def test_validate_package_allows_svg_in_library():
    package = validate_package(with_files({f"{LIB}/icon.svg": "<svg/>"}))

    assert f"{LIB}/icon.svg" in package.files


def test_validate_package_skips_dot_and_underscore_entries():
    data = with_files(
        {".DS_Store": b"\0", "__MACOSX/content/._x.exe": b"\0", "content/.hidden.sh": "x"}
    )

    package = validate_package(data)

    assert sorted(package.files) == sorted(minimal_files())


def test_validate_package_rejects_missing_h5p_json():
    problems = rejection(build(**{"h5p.json": None}))

    assert ("h5p_json.missing", "h5p.json") in rules_and_files(problems)


@pytest.mark.parametrize(
    "overrides",
    [
        {"title": "x" * 256},
        {"language": None},
        {"mainLibrary": "H5P.Other"},
        {"embedTypes": ["div", "object"]},
        {"preloadedDependencies": []},
    ],
)
def test_validate_package_rejects_bad_h5p_json_field(overrides):
    problems = rejection(build(**{"h5p.json": json.dumps(h5p_json(**overrides))}))

    assert ("h5p_json.field", "h5p.json") in rules_and_files(problems)


def test_validate_package_rejects_missing_content_json():
    problems = rejection(build(**{"content/content.json": None}))

    assert rules_and_files(problems) == {("content_json.missing", "content/content.json")}


def test_validate_package_rejects_missing_preloaded_dependency():
    lib = library_json(
        preloadedDependencies=[{"machineName": "FontAwesome", "majorVersion": 4, "minorVersion": 5}]
    )

    problems = rejection(build(**{f"{LIB}/library.json": json.dumps(lib)}))

    assert rules_and_files(problems) == {("dependency.missing", f"{LIB}/library.json")}


def test_validate_package_accepts_folder_named_by_machine_name_alone():
    files = {name.replace(LIB, "H5P.Greeting"): body for name, body in minimal_files().items()}

    package = validate_package(build_zip(files))

    assert list(package.libraries) == ["H5P.Greeting"]


def test_validate_package_rejects_missing_preloaded_js():
    problems = rejection(build(**{f"{LIB}/greeting.js": None}))

    assert rules_and_files(problems) == {("library.file_missing", f"{LIB}/greeting.js")}


def test_validate_package_rejects_unparseable_semantics_and_language():
    problems = rejection(
        build(**{f"{LIB}/semantics.json": "[", f"{LIB}/language/fr.json": "{'a': 1}"})
    )

    assert rules_and_files(problems) == {
        ("library.json_invalid", f"{LIB}/semantics.json"),
        ("library.json_invalid", f"{LIB}/language/fr.json"),
    }


def test_validate_package_rejects_newer_core_api():
    lib = library_json(coreApi={"majorVersion": 1, "minorVersion": 29})

    problems = rejection(build(**{f"{LIB}/library.json": json.dumps(lib)}))

    assert rules_and_files(problems) == {("library.core_api", f"{LIB}/library.json")}


def test_extract_entries_yields_every_file():
    data = build()
    package = validate_package(data)

    extracted = dict(extract_entries(data, package))

    assert sorted(extracted) == sorted(package.files)
    assert extracted[f"{LIB}/greeting.css"] == b".greeting {}"


def test_extract_entries_stops_past_file_cap():
    data = with_files({"content/a.txt": "a" * 300_000})
    package = validate_package(data)
    extracted = []

    with pytest.raises(H5PValidationError) as excinfo:
        for name, _ in extract_entries(data, package, limits=H5PLimits(max_file_bytes=200_000)):
            extracted.append(name)

    assert rules_and_files(excinfo.value.problems) == {("zip.file_too_large", "content/a.txt")}
    assert "content/a.txt" not in extracted


def test_extract_entries_stops_past_total_cap():
    data = with_files({"content/a.txt": "a" * 300_000})
    package = validate_package(data)

    with pytest.raises(H5PValidationError) as excinfo:
        list(extract_entries(data, package, limits=H5PLimits(max_total_bytes=250_000)))

    assert rules_and_files(excinfo.value.problems) == {("zip.total_too_large", "content/a.txt")}


def test_extract_entries_refuses_another_archive():
    package = validate_package(build())
    other = with_files({"content/a.txt": "a"})

    with pytest.raises(H5PValidationError) as excinfo:
        list(extract_entries(other, dataclasses.replace(package)))

    assert rules_and_files(excinfo.value.problems) == {("zip.corrupt", "")}
