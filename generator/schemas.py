"""Reading the contract folder: the message schemas and the contract's version."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from generator.errors import ContractError, Diagnostic

VERSION_FILE = "VERSION"

# The dialects a message schema may declare in ``$schema``, by the URI it uses.
DIALECTS: dict[str, type[jsonschema.protocols.Validator]] = {
    "http://json-schema.org/draft-07/schema#": jsonschema.Draft7Validator,
    "http://json-schema.org/draft-07/schema": jsonschema.Draft7Validator,
    "https://json-schema.org/draft/2020-12/schema": jsonschema.Draft202012Validator,
}


@dataclass(frozen=True)
class SchemaFile:
    """One message schema as read from disk."""

    name: str  # the file name, e.g. ``file-download-request.json``
    document: dict[str, Any]

    @property
    def message_type(self) -> str:
        return self.name.removesuffix(".json")

    @property
    def validator_class(self) -> type[jsonschema.protocols.Validator]:
        return DIALECTS[self.document["$schema"]]


@dataclass(frozen=True)
class ContractSource:
    """Everything read from a contract folder, in a fixed order."""

    folder: Path
    version: str
    schemas: tuple[SchemaFile, ...]


def read_contract(folder: Path) -> ContractSource:
    """Read and check every ``*.json`` in ``folder``; raise on the first bad batch."""
    if not folder.is_dir():
        raise ContractError(
            [Diagnostic(str(folder), "no such folder; pass --schemas DIR")]
        )

    version = _read_version(folder)
    schemas: list[SchemaFile] = []
    problems: list[Diagnostic] = []

    # Sorted by code point so that every machine reads the files in one order.
    for path in sorted(folder.glob("*.json"), key=lambda p: p.name):
        document, found = _read_schema(path)
        problems.extend(found)
        if document is not None:
            schemas.append(SchemaFile(path.name, document))

    if not schemas and not problems:
        problems.append(
            Diagnostic(str(folder), "no *.json message schemas in this folder")
        )
    if problems:
        raise ContractError(problems)

    return ContractSource(folder, version, tuple(schemas))


def _read_version(folder: Path) -> str:
    path = folder / VERSION_FILE
    try:
        version = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise ContractError(
            [
                Diagnostic(
                    str(path),
                    "missing; create it with the contract's version, e.g. 1.0.0",
                )
            ]
        ) from None
    if not version:
        raise ContractError(
            [Diagnostic(str(path), "empty; write a version, e.g. 1.0.0")]
        )
    return version


def _read_schema(path: Path) -> tuple[dict[str, Any] | None, list[Diagnostic]]:
    shown = str(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        return None, [Diagnostic(shown, f"not UTF-8 text ({error.reason})")]
    except json.JSONDecodeError as error:
        return None, [
            Diagnostic(
                shown, f"invalid JSON: {error.msg}", "", error.lineno, error.colno
            )
        ]

    if not isinstance(document, dict):
        return None, [Diagnostic(shown, "the top level must be a JSON object")]

    dialect = document.get("$schema")
    if dialect not in DIALECTS:
        known = ", ".join(sorted(DIALECTS))
        return None, [
            Diagnostic(
                shown,
                f"unsupported or missing $schema {dialect!r}; use one of: {known}",
                "/$schema" if "$schema" in document else "",
            )
        ]

    validator_class = DIALECTS[dialect]
    meta = validator_class(validator_class.META_SCHEMA)
    errors = sorted(meta.iter_errors(document), key=lambda e: list(e.absolute_path))
    problems = [
        Diagnostic(
            shown,
            f"violates the {dialect} meta-schema: {error.message}",
            _pointer(error.absolute_path),
        )
        for error in _one_per_place(errors)
    ]
    return (None if problems else document), problems


def _one_per_place(
    errors: list[jsonschema.ValidationError],
) -> list[jsonschema.ValidationError]:
    """The most relevant error at each JSON pointer, not every branch of an anyOf."""
    by_place: dict[str, list[jsonschema.ValidationError]] = {}
    for error in errors:
        by_place.setdefault(_pointer(error.absolute_path), []).append(error)
    chosen = [best_match(group) for group in by_place.values()]
    return [error for error in chosen if error is not None]


def _pointer(path: Any) -> str:
    parts = (str(part).replace("~", "~0").replace("/", "~1") for part in path)
    return "".join(f"/{part}" for part in parts)
