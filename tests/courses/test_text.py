"""The one check on incoming text (`courses.text`): NUL and lone surrogates refused with the
JSON path that holds them, nesting limited without recursion, and stored bad rows still
written out (escaped) rather than lost."""

import json

import pytest
from django.core.exceptions import ValidationError

from courses.text import (
    MAX_JSON_DEPTH,
    TextRefused,
    json_bytes,
    json_parse,
    json_problem,
    storable_text_check,
    text_problem,
)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("fine ✓ नमस्ते", None),
        ("a\x00b", "contains a NUL character (U+0000)"),
        ("\ud800", "contains a lone surrogate (U+D800)"),
        ("x\udfff", "contains a lone surrogate (U+DFFF)"),
    ],
)
def test_text_problem_names_the_character(text, problem):
    assert text_problem(text) == problem


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            '{"verb": {"display": {"en-US": "\\ud800"}}}',
            "verb.display.en-US contains a lone surrogate (U+D800)",
        ),
        ('{"a": [1, {"b": "x\\u0000"}]}', "a[1].b contains a NUL character (U+0000)"),
        ('{"a": {"\\u0000": 1}}', "a has a property name that contains a NUL character (U+0000)"),
        ('"\\udc00"', "contains a lone surrogate (U+DC00)"),
    ],
)
def test_json_parse_refuses_unstorable_strings_naming_the_path(document, message):
    with pytest.raises(TextRefused) as refused:
        json_parse(document)
    assert str(refused.value) == message


def test_json_parse_accepts_a_surrogate_pair():
    assert json_parse('{"emoji": "\\ud83d\\ude00"}') == {"emoji": "😀"}


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 1000, 100_000])
def test_json_parse_refuses_deep_nesting_without_recursion_error(depth):
    with pytest.raises(TextRefused) as refused:
        json_parse("[" * depth + "]" * depth)
    assert refused.value.problem == f"is nested more than {MAX_JSON_DEPTH} levels deep"


def test_json_parse_accepts_nesting_up_to_the_limit():
    document = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    assert json_parse(document) is not None


@pytest.mark.parametrize("number", ["1e309", "-1e400", "2" + "0" * 308])
def test_json_parse_refuses_a_number_no_float_holds_naming_the_path(number):
    with pytest.raises(TextRefused) as refused:
        json_parse(f'{{"result": {{"score": {{"raw": {number}}}}}}}')
    assert str(refused.value) == "result.score.raw is a number too large to store"


def test_json_parse_accepts_the_largest_numbers_a_float_holds():
    document = '{"a": 1.7976931348623157e308, "b": -' + "1" + "0" * 307 + ', "c": 1e-400}'
    assert json_parse(document) == {"a": 1.7976931348623157e308, "b": -(10**307), "c": 0.0}


def test_json_parse_refuses_nan_as_not_json():
    with pytest.raises(ValueError, match="^NaN$"):
        json_parse('{"a": NaN}')


def test_json_problem_walks_a_deep_python_value_without_recursion():
    value: list = []
    for _level in range(5000):
        value = [value]
    with pytest.raises(TextRefused):
        json_problem(value)


def test_json_bytes_escapes_a_stored_lone_surrogate_instead_of_failing():
    written = json_bytes({"name": "\ud800", "ok": "নমস্কার"})
    assert (
        written == b'{"name": "\\ud800", "ok": "\\u09a8\\u09ae\\u09b8\\u09cd\\u0995\\u09be\\u09b0"}'
    )
    assert json.loads(written) == {"name": "\ud800", "ok": "নমস্কার"}
    assert json_bytes({"ok": "নমস্কার"}) == '{"ok": "নমস্কার"}'.encode()


@pytest.mark.parametrize("text", ["a\x00", "\ud800"])
def test_storable_text_check_refuses_with_a_plain_message(text):
    with pytest.raises(ValidationError) as refused:
        storable_text_check(text)
    assert refused.value.messages == [
        "This text contains a character that cannot be saved. Please remove it."
    ]
