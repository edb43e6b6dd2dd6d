"""A strict JSON reader that remembers where every value starts.

The standard library's ``json`` keeps the last of two equal keys, accepts
``NaN`` and lone UTF-16 surrogates, and forgets positions once it has parsed.
A contract author needs to hear about all of those, at a line and a column,
so this reader refuses them and records the position of every value by its
JSON pointer. Strings are decoded by the standard library's own scanner.
"""

from __future__ import annotations

import bisect
import json.decoder
import re
from collections.abc import Callable
from dataclasses import dataclass
from json import JSONDecodeError
from typing import Any

from generator.walk import escape

# A number as RFC 8259 spells it; the same pattern the standard library uses.
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_LITERALS = {"true": True, "false": False, "null": None}
_SURROGATE = re.compile(r"[\ud800-\udfff]")

Positions = dict[str, tuple[int, int]]

# (text, index after the opening quote, strict) -> (value, index after the end).
# The standard library's own string scanner; its stubs do not declare it.
_scanstring: Callable[[str, int, bool], tuple[str, int]] = vars(json.decoder)[
    "scanstring"
]


class JSONSyntaxError(Exception):
    """The text is not JSON this reader accepts; ``offset`` is where it goes wrong.

    A syntax error has no ``pointer`` and its message starts "invalid JSON".
    Well-formed JSON that is still refused (the second of two equal keys, an
    object nested past the limit) carries the pointer of the value concerned.
    """

    def __init__(self, message: str, offset: int, pointer: str = "") -> None:
        if not pointer:
            message = f"invalid JSON: {message}"
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.pointer = pointer


@dataclass(frozen=True)
class Parsed:
    """A JSON document and the (line, column) of each value, by JSON pointer."""

    value: Any
    positions: Positions


def parse(text: str, *, max_depth: int) -> Parsed:
    """Parse ``text``; raise JSONSyntaxError with a 0-based character offset."""
    reader = _Reader(text, max_depth)
    return Parsed(reader.document(), reader.positions)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return line + 1, offset - start + 1


class _Reader:
    def __init__(self, text: str, max_depth: int) -> None:
        self.text = text
        self.max_depth = max_depth
        self.positions: Positions = {}
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def document(self) -> Any:
        start = self._skip(0)
        if start == len(self.text):
            raise JSONSyntaxError("the file is empty; a schema is a JSON object", 0)

        value, end = self._value(start, "", 1)
        end = self._skip(end)
        if end != len(self.text):
            raise JSONSyntaxError(
                "extra text after the end of the top-level value", end
            )
        return value

    def _value(self, at: int, pointer: str, depth: int) -> tuple[Any, int]:
        self._record(pointer, at)
        char = self.text[at : at + 1]

        if char in ("{", "["):
            if depth > self.max_depth:
                raise JSONSyntaxError(
                    f"nested deeper than {self.max_depth} levels, the limit; move "
                    "inner schemas to definitions and use $ref",
                    at,
                    pointer,
                )
            if char == "{":
                return self._object(at, pointer, depth)
            return self._array(at, pointer, depth)

        if char == '"':
            return self._string(at)

        number = _NUMBER.match(self.text, at)
        if number:
            return _number(number.group(0), at), number.end()

        for word, value in _LITERALS.items():
            if self.text.startswith(word, at):
                return value, at + len(word)

        raise JSONSyntaxError(self._not_a_value(at), at)

    def _object(self, at: int, pointer: str, depth: int) -> tuple[Any, int]:
        members: dict[str, Any] = {}
        index = self._skip(at + 1)
        if self.text.startswith("}", index):
            return members, index + 1

        while True:
            if not self.text.startswith('"', index):
                raise JSONSyntaxError(self._not_a_key(index), index)
            key_at = index
            key, index = self._string(index)
            member = f"{pointer}/{escape(key)}"
            if key in members:
                raise JSONSyntaxError(
                    f"duplicate key {key!r} in one object; JSON readers keep only "
                    "the last one, so remove or rename one of them",
                    key_at,
                    member,
                )

            index = self._skip(index)
            if not self.text.startswith(":", index):
                raise JSONSyntaxError(f"expected ':' after the key {key!r}", index)
            members[key], index = self._value(self._skip(index + 1), member, depth + 1)

            index = self._skip(index)
            if self.text.startswith("}", index):
                return members, index + 1
            if not self.text.startswith(",", index):
                raise JSONSyntaxError(
                    "expected ',' or '}' after an object member", index
                )
            index = self._skip(index + 1)
            if self.text.startswith("}", index):
                raise JSONSyntaxError("trailing comma before '}'", index)

    def _array(self, at: int, pointer: str, depth: int) -> tuple[Any, int]:
        items: list[Any] = []
        index = self._skip(at + 1)
        if self.text.startswith("]", index):
            return items, index + 1

        while True:
            item, index = self._value(index, f"{pointer}/{len(items)}", depth + 1)
            items.append(item)

            index = self._skip(index)
            if self.text.startswith("]", index):
                return items, index + 1
            if not self.text.startswith(",", index):
                raise JSONSyntaxError("expected ',' or ']' after an array item", index)
            index = self._skip(index + 1)
            if self.text.startswith("]", index):
                raise JSONSyntaxError("trailing comma before ']'", index)

    def _string(self, at: int) -> tuple[str, int]:
        try:
            value, end = _scanstring(self.text, at + 1, True)
        except JSONDecodeError as error:
            raise JSONSyntaxError(_string_problem(error.msg), error.pos) from None

        lone = _SURROGATE.search(value)
        if lone:
            raise JSONSyntaxError(
                f"the string holds \\u{ord(lone.group(0)):04x}, half of a UTF-16 "
                "surrogate pair without its other half; write the character itself",
                at,
            )
        return value, end

    def _skip(self, at: int) -> int:
        match = _WHITESPACE.match(self.text, at)
        return match.end() if match else at

    def _record(self, pointer: str, offset: int) -> None:
        line = bisect.bisect_right(self._line_starts, offset)
        self.positions[pointer] = (line, offset - self._line_starts[line - 1] + 1)

    def _not_a_value(self, at: int) -> str:
        rest = self.text[at : at + 9]
        if rest.startswith(("//", "/*")):
            return "comments are not allowed in JSON"
        for word in ("NaN", "Infinity", "-Infinity"):
            if rest.startswith(word):
                return f"{word} is not a JSON number; JSON has no such value"
        if rest.startswith("'"):
            return "strings are written in double quotes in JSON"
        if not rest:
            return "the file ends where a value was expected"
        return (
            "expected a JSON value (an object, array, string, number, true, "
            "false or null)"
        )

    def _not_a_key(self, at: int) -> str:
        rest = self.text[at : at + 2]
        if rest.startswith(("//", "/*")):
            return "comments are not allowed in JSON"
        if not rest:
            return "the file ends inside an object; close it with '}'"
        if rest.startswith("'"):
            return "keys are written in double quotes in JSON"
        return "expected a key in double quotes"


def _number(text: str, at: int) -> int | float:
    try:
        value = float(text) if any(char in text for char in ".eE") else int(text)
    except ValueError:  # more digits than Python converts
        value = float("inf")
    if value in (float("inf"), float("-inf")):
        raise JSONSyntaxError(f"the number {text[:20]} is too large", at)
    return value


def _string_problem(message: str) -> str:
    if message.startswith("Unterminated string"):
        return "the string is never closed with '\"'"
    if message.startswith("Invalid control character"):
        return (
            "a raw control character (such as a tab or a line break) inside a "
            "string; write it as an escape, e.g. \\t or \\n"
        )
    if message.startswith("Invalid \\escape"):
        return "an unknown escape in a string; write a backslash as \\\\"
    return message
