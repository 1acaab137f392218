"""Property-based tests of the package validator: whatever is inside an uploaded `.h5p`, the
answer is a validated package or an H5PValidationError naming rule and file, never another
exception (an admin 500, an import_h5p traceback)."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.h5p.validation import H5PValidationError, validate_package
from tests.courses.h5p.helpers import greeting_package, zip_bytes

PROPERTIES = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["\x00", "\ud800", "H5P.Greeting", "1", "div"])
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=12,
)
JSON_FILES = ("h5p.json", "content/content.json", "H5P.Greeting/library.json")
MANIFEST_KEYS = (
    "title",
    "language",
    "mainLibrary",
    "embedTypes",
    "preloadedDependencies",
    "machineName",
    "majorVersion",
    "minorVersion",
    "patchVersion",
    "runnable",
    "preloadedJs",
    "preloadedCss",
    "coreApi",
)


def _outcome(package: bytes) -> None:
    try:
        validate_package(package)
    except H5PValidationError as refused:
        assert refused.problems
        for problem in refused.problems:
            assert problem.rule
            assert f"(rule {problem.rule})" in problem.message


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


@PROPERTIES
@given(name=st.sampled_from(JSON_FILES), value=JSON_VALUES)
def test_validate_package_any_json_file_is_valid_or_refused(name, value):
    _outcome(greeting_package(extra={name: json.dumps(value)}))


@PROPERTIES
@given(name=st.sampled_from(JSON_FILES), raw=st.binary(max_size=300))
def test_validate_package_any_bytes_as_json_file_are_valid_or_refused(name, raw):
    _outcome(greeting_package(extra={name: raw}))


@PROPERTIES
@given(
    name=st.sampled_from(("h5p.json", "H5P.Greeting/library.json")),
    key=st.sampled_from(MANIFEST_KEYS),
    value=JSON_VALUES,
)
def test_validate_package_any_manifest_field_is_valid_or_refused(name, key, value):
    package = greeting_package()
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        files = {info.filename: archive.read(info) for info in archive.infolist()}
    manifest = json.loads(files[name])
    manifest[key] = value
    files[name] = json.dumps(manifest).encode()
    _outcome(zip_bytes(files))


@PROPERTIES
@given(raw=st.binary(max_size=400))
def test_validate_package_any_bytes_are_valid_or_refused(raw):
    _outcome(raw)


@pytest.mark.parametrize("name", [*JSON_FILES, "H5P.Greeting/semantics.json"])
@pytest.mark.parametrize("depth", [100, 5000])
def test_validate_package_deeply_nested_json_is_a_named_problem(name, depth):
    with pytest.raises(H5PValidationError) as refused:
        validate_package(greeting_package(extra={name: _deep(depth)}))
    unsafe = [p for p in refused.value.problems if p.rule == "json.unsafe"]
    assert [(p.file, p.message) for p in unsafe] == [
        (name, f"'{name}' cannot be used: is nested more than 64 levels deep (rule json.unsafe)")
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [("\\u0000", "a NUL character (U+0000)"), ("\\ud800", "a lone surrogate (U+D800)")],
)
def test_validate_package_unstorable_text_in_h5p_json_is_a_named_problem(text, problem):
    manifest = (
        '{"title": "Hi' + text + '", "language": "und", "mainLibrary": "H5P.Greeting", '
        '"embedTypes": ["div"], "preloadedDependencies": [{"machineName": "H5P.Greeting", '
        '"majorVersion": "1", "minorVersion": "0"}]}'
    )
    with pytest.raises(H5PValidationError) as refused:
        validate_package(greeting_package(extra={"h5p.json": manifest}))
    assert [p.message for p in refused.value.problems] == [
        f"'h5p.json' cannot be used: title contains {problem} (rule json.unsafe)"
    ]
