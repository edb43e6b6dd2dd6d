"""Reading the contract folder: the message schemas and the contract's version.

Every file is read as strict UTF-8 JSON with the position of each value kept,
then checked against the meta-schema of the dialect it declares. Problems are
collected, not raised one at a time, so that one run reports all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from generator.errors import ContractError, Diagnostic
from generator.jsonread import JSONSyntaxError, Positions, line_column, parse
from generator.walk import escape

VERSION_FILE = "VERSION"
SCHEMA_SUFFIX = ".json"
# A file whose name starts with this holds definitions that messages share
# through ``$ref``; it is not a message of its own.
SHARED_PREFIX = "_"

# Limits on one schema file, so that a mistake cannot exhaust memory or the stack.
MAX_FILE_BYTES = 1_048_576
MAX_DEPTH = 64

# The dialects a message schema may declare in ``$schema``, by the URI it uses.
DIALECTS: dict[str, type[jsonschema.protocols.Validator]] = {
    "http://json-schema.org/draft-07/schema#": jsonschema.Draft7Validator,
    "http://json-schema.org/draft-07/schema": jsonschema.Draft7Validator,
    "https://json-schema.org/draft/2020-12/schema": jsonschema.Draft202012Validator,
    "https://json-schema.org/draft/2020-12/schema#": jsonschema.Draft202012Validator,
}
DIALECT_NAMES = {
    uri: "draft-07" if "draft-07" in uri else "2020-12" for uri in DIALECTS
}
SUGGESTED_DIALECT = "http://json-schema.org/draft-07/schema#"
SUPPORTED_DIALECTS = (
    f"draft-07 ({SUGGESTED_DIALECT}) or 2020-12 "
    "(https://json-schema.org/draft/2020-12/schema)"
)

_JSON_KINDS: dict[type, str] = {
    list: "array",
    str: "string",
    bool: "boolean",
    int: "number",
    float: "number",
    type(None): "null",
}
_JSON_TYPES = ("array", "boolean", "integer", "null", "number", "object", "string")
# A release number as PEP 440 spells it, without epochs or local parts.
_VERSION = re.compile(
    r"[0-9]+(\.[0-9]+)*((a|b|rc)[0-9]+)?(\.post[0-9]+)?(\.dev[0-9]+)?"
)


@dataclass(frozen=True)
class SchemaFile:
    """One schema file as read from disk, with where each of its values starts."""

    name: str  # the file name, e.g. ``file-download-request.json``
    document: dict[str, Any]
    positions: Positions = field(default_factory=dict, compare=False, repr=False)
    shown: str = ""  # the path as messages show it, e.g. ``message_schemas/x.json``

    @property
    def message_type(self) -> str:
        return self.name.removesuffix(SCHEMA_SUFFIX)

    @property
    def is_message(self) -> bool:
        """False for a shared definitions file such as ``_common.json``."""
        return not self.name.startswith(SHARED_PREFIX)

    @property
    def validator_class(self) -> type[jsonschema.protocols.Validator]:
        return DIALECTS[self.document["$schema"]]

    def diagnostic(
        self, pointer: str, message: str, *, severity: str = "error", rule: str = ""
    ) -> Diagnostic:
        """A problem at ``pointer`` in this file, with the line and column of it."""
        line, column = self.positions.get(pointer, (0, 0))
        return Diagnostic(
            self.shown or self.name,
            message,
            pointer,
            line,
            column,
            severity=severity,
            rule=rule,
        )


@dataclass(frozen=True)
class ContractSource:
    """Everything read from a contract folder, in a fixed order.

    ``schemas`` holds every file that was read cleanly, shared definitions
    included; ``problems`` holds what stopped the others from being read.
    """

    folder: Path
    version: str
    schemas: tuple[SchemaFile, ...]
    problems: tuple[Diagnostic, ...] = ()

    @property
    def messages(self) -> tuple[SchemaFile, ...]:
        return tuple(schema for schema in self.schemas if schema.is_message)

    def find(self, name: str) -> SchemaFile | None:
        return next((s for s in self.schemas if s.name == name), None)


def read_contract(folder: Path) -> ContractSource:
    """Read every schema in ``folder``; raise only when there is no folder to read."""
    if not folder.is_dir():
        what = "is a file, not a folder" if folder.exists() else "no such folder"
        hint = "pass the schema folder as --schemas DIR"
        raise ContractError([Diagnostic(str(folder), f"{what}; {hint}")])

    version, problems = _read_version(folder)
    schemas: list[SchemaFile] = []
    message_files = 0

    try:
        entries = list(folder.iterdir())
    except OSError as error:
        raise ContractError(
            [Diagnostic(str(folder), f"cannot be listed: {error.strerror}")]
        ) from None

    # Sorted by code point so that every machine reads the files in one order.
    for path in sorted(entries, key=lambda p: p.name):
        if path.name.startswith(".") or path.name == VERSION_FILE:
            continue
        if path.suffix != SCHEMA_SUFFIX or not path.is_file():
            problems.append(_stray(path))
            continue

        if not path.name.startswith(SHARED_PREFIX):
            message_files += 1
        schema, found = read_schema(path, shown=str(path))
        problems.extend(found)
        if schema is not None:
            schemas.append(schema)

    if not message_files:
        problems.append(
            Diagnostic(
                str(folder),
                "no message schemas (*.json) in this folder; add one per message "
                "type, e.g. file-download-request.json",
            )
        )
    return ContractSource(folder, version, tuple(schemas), tuple(problems))


def read_schema(
    path: Path, *, shown: str
) -> tuple[SchemaFile | None, list[Diagnostic]]:
    """One schema file, or why it cannot be used."""
    text = _read_text(path, shown)
    if isinstance(text, Diagnostic):
        return None, [text]

    try:
        parsed = parse(text, max_depth=MAX_DEPTH)
    except JSONSyntaxError as error:
        line, column = line_column(text, error.offset)
        return None, [Diagnostic(shown, error.message, error.pointer, line, column)]

    if not isinstance(parsed.value, dict):
        kind = _JSON_KINDS[type(parsed.value)]
        return None, [
            Diagnostic(
                shown,
                f"the top level is a JSON {kind}; a schema "
                'file holds one JSON object, {"$schema": ..., "type": "object", ...}',
                "",
                1,
                1,
            )
        ]

    schema = SchemaFile(path.name, parsed.value, parsed.positions, shown)
    problems = list(_check_dialect(schema))
    return (None if problems else schema), problems


def _read_text(path: Path, shown: str) -> str | Diagnostic:
    """The file's text, or why it is not UTF-8 text of a reasonable size."""
    try:
        size = path.stat().st_size
        data = b"" if size > MAX_FILE_BYTES else path.read_bytes()
    except OSError as error:
        return Diagnostic(shown, f"cannot be read: {error.strerror}")

    if size > MAX_FILE_BYTES:
        return Diagnostic(
            shown,
            f"the file is {size:,} bytes, over the limit of {MAX_FILE_BYTES:,} bytes "
            "(1 MiB); split it, moving shared parts to a _definitions.json file",
        )

    if data.startswith(b"\xef\xbb\xbf"):
        return Diagnostic(
            shown,
            "the file starts with a UTF-8 byte-order mark; save it as UTF-8 "
            "without a BOM",
            "",
            1,
            1,
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Diagnostic(shown, "the file is UTF-16 text; save it as UTF-8", "", 1, 1)

    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        bad = data[error.start : error.start + 1].hex()
        return Diagnostic(
            shown,
            f"not UTF-8 text: byte 0x{bad} cannot start or continue a character; "
            "save the file as UTF-8",
            "",
            line,
            column,
        )


def _check_dialect(schema: SchemaFile) -> Iterator[Diagnostic]:
    dialect = schema.document.get("$schema")
    if "$schema" not in schema.document:
        yield schema.diagnostic(
            "",
            f'no "$schema", so the dialect is unknown; add "$schema": '
            f'"{SUGGESTED_DIALECT}" (supported: {SUPPORTED_DIALECTS})',
        )
        return
    if not isinstance(dialect, str) or dialect not in DIALECTS:
        yield schema.diagnostic(
            "/$schema",
            f"unsupported $schema {dialect!r}; worker-codegen reads "
            f"{SUPPORTED_DIALECTS}",
        )
        return

    name = DIALECT_NAMES[dialect]
    for error in _one_per_place(_meta_validator(dialect).iter_errors(schema.document)):
        pointer = _pointer(error.absolute_path)
        yield schema.diagnostic(pointer, _meta_message(error, name))


@cache
def _meta_validator(dialect: str) -> jsonschema.protocols.Validator:
    validator_class = DIALECTS[dialect]
    return validator_class(validator_class.META_SCHEMA)


def _meta_message(error: jsonschema.ValidationError, dialect: str) -> str:
    path = list(error.absolute_path)
    if path and path[-1] == "type" and _is_bad_type(error.instance):
        expected = ", ".join(_JSON_TYPES)
        bad = [t for t in _as_list(error.instance) if t not in _JSON_TYPES]
        shown = repr(bad[0]) if bad else repr(error.instance)
        return f"{shown} is not a JSON Schema type; expected one of {expected}"
    return f"not valid under the {dialect} meta-schema: {error.message}"


def _is_bad_type(value: Any) -> bool:
    return any(item not in _JSON_TYPES for item in _as_list(value))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _one_per_place(
    errors: Iterator[jsonschema.ValidationError],
) -> list[jsonschema.ValidationError]:
    """The most relevant error at each JSON pointer, not every branch of an anyOf."""
    by_place: dict[str, list[jsonschema.ValidationError]] = {}
    for error in errors:
        by_place.setdefault(_pointer(error.absolute_path), []).append(error)
    chosen = [best_match(by_place[place]) for place in sorted(by_place)]
    return [error for error in chosen if error is not None]


def _pointer(path: Any) -> str:
    return "".join(f"/{escape(str(part))}" for part in path)


def _read_version(folder: Path) -> tuple[str, list[Diagnostic]]:
    path = folder / VERSION_FILE
    shown = str(path)
    try:
        version = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return "", [
            Diagnostic(
                shown,
                "missing; create it holding the contract's version, e.g. 1.0.0",
            )
        ]
    except UnicodeDecodeError:
        return "", [Diagnostic(shown, "not UTF-8 text; write a version, e.g. 1.0.0")]

    if not _VERSION.fullmatch(version):
        return "", [
            Diagnostic(
                shown,
                f"{version!r} is not a version such as 1.0.0 or 2.1.0rc1; it "
                "becomes the generated package's version",
            )
        ]
    return version, []


def _stray(path: Path) -> Diagnostic:
    kind = "folder" if path.is_dir() else "file"
    return Diagnostic(
        str(path),
        f"a {kind} that is not a schema (*.json) or VERSION; the schema folder "
        "holds only the contract, so move it elsewhere (or rename it to "
        "<message-type>.json if it is a message)",
    )
