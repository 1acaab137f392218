"""Text that can be stored and shown again: the one check every app runs on text coming in.

Two kinds of character break a person's records rather than just looking odd:

- U+0000 (NUL): PostgreSQL refuses it in text and JSON columns, so saving is a 500;
- a lone surrogate (U+D800 to U+DFFF, not part of a pair): it can arrive only as a JSON
  escape such as "\\ud800", cannot be encoded as UTF-8, and so breaks every later page or
  download that shows it.

Both are refused where text comes in, with a message naming the field. JSON documents are
also refused when nested deeper than a limit: Python's parser and every recursive walk over
the result would otherwise stop with a RecursionError (a 500); and when a number is beyond
what a float holds (`1e400` parses to infinity, `10**400` to an int that no float can take),
which would stop every later calculation with a score (an OverflowError, a 500).

`courses` is the lowest app that holds people's words, so this lives here and the apps above
(`certifications`, `trauma_training`, `cms`) import it.
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# Deep enough for any real statement, state document or H5P content (their extensions nest a
# few levels), far below Python's recursion limit.
MAX_JSON_DEPTH = 64

_BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")
# The largest number a float (a score, a duration) can hold; JSON numbers beyond it are refused.
_LARGEST_NUMBER = sys.float_info.max


class TextRefused(ValueError):
    """Text or a JSON document that cannot be stored. `path` names where (a JSON path such as
    `object.definition.name.en-US`, or "" for the whole text); `problem` says what."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path} {problem}" if path else problem)
        self.path = path
        self.problem = problem


def text_problem(text: str) -> str | None:
    """What makes `text` unstorable ("contains a NUL character (U+0000)" or "contains a lone
    surrogate (U+D800)"), or None when it is fine."""
    found = _BAD_CHARACTER.search(text)
    if found is None:
        return None
    character = found.group()
    if character == "\x00":
        return "contains a NUL character (U+0000)"
    return f"contains a lone surrogate (U+{ord(character):04X})"


# Right-to-left embedding, override and isolate controls: inside a name shown to others they
# reorder the text around them, so "Rekha" could read as another name. (Zero-width joiners are
# not among them: Bengali, Hindi and Telugu spellings need those.)
_DIRECTION_CONTROLS = frozenset(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))


def has_letter_or_digit(text: str) -> bool:
    """Whether `text` shows anything: a name of spaces and invisible characters shows nothing."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


def has_direction_control(text: str) -> bool:
    """Whether `text` holds a control that reorders the text around it."""
    return any(ch in _DIRECTION_CONTROLS for ch in text)


def _child(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def json_problem(value: Any, *, max_depth: int = MAX_JSON_DEPTH, path: str = "") -> None:
    """Raise TextRefused for the first string (object key or value) in the decoded JSON
    `value` that `text_problem` refuses, a number no float holds, or nesting deeper than
    `max_depth` objects and arrays. Walks with its own stack, never recursion, so any input
    gets an answer."""
    stack: list[tuple[Any, str, int]] = [(value, path, 0)]
    while stack:
        item, where, depth = stack.pop()
        kind = type(item)
        if kind is str:
            problem = text_problem(item)
            if problem:
                raise TextRefused(where, problem)
        elif kind is float or kind is int:
            if not (math.isfinite(item) if kind is float else abs(item) <= _LARGEST_NUMBER):
                raise TextRefused(where, "is a number too large to store")
        elif kind is dict or kind is list:
            if depth >= max_depth:
                # The whole document is named: the path down there is just max_depth steps.
                raise TextRefused(path, f"is nested more than {max_depth} levels deep")
            if kind is dict:
                for key, child in item.items():
                    problem = text_problem(key) if type(key) is str else None
                    if problem:
                        raise TextRefused(where, f"has a property name that {problem}")
                    stack.append((child, _child(where, key), depth + 1))
            else:
                for index, child in enumerate(item):
                    stack.append((child, _child(where, index), depth + 1))


def json_parse(data: str | bytes, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Decode a JSON document and check it with `json_problem`. NaN and Infinity, which
    Python's parser would accept, are not JSON and are refused.

    Raises ValueError (not JSON: json.JSONDecodeError or UnicodeDecodeError) or TextRefused
    (a string that cannot be stored, or too deep, also when the parser itself gives up)."""

    def refuse(constant):
        raise ValueError(constant)

    try:
        value = json.loads(data, parse_constant=refuse)
    except RecursionError:
        raise TextRefused("", f"is nested more than {max_depth} levels deep") from None
    json_problem(value, max_depth=max_depth)
    return value


def json_bytes(value: Any, **options) -> bytes:
    """`value` as UTF-8 JSON; readable characters are written as they are, but a document
    holding a lone surrogate (a record stored before such input was refused) is written with
    ASCII escapes instead of failing, so nothing already saved becomes unreadable."""
    try:
        return json.dumps(value, ensure_ascii=False, **options).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True, **options).encode("ascii")


@deconstructible
class StorableTextValidator:
    """A form or model field validator refusing a lone surrogate (Django's own
    ProhibitNullCharactersValidator, which every forms.CharField has, refuses NUL)."""

    message = _("This text contains a character that cannot be saved. Please remove it.")
    code = "unstorable_text"

    def __call__(self, value: Any) -> None:
        if isinstance(value, str) and text_problem(value):
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StorableTextValidator)


def storable_text_check(value: str) -> None:
    """Raise ValidationError (one plain message) unless `value` can be stored: no NUL, no
    lone surrogate. For services that take text straight from a request."""
    StorableTextValidator()(value)
