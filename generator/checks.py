"""Checks that a contract's schemas can become one client, beyond their meta-schema.

Each check yields ``(pointer, message)`` for one schema file; the file's
positions turn that into a diagnostic with a line and a column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator import naming
from generator.errors import Diagnostic
from generator.keywords import unsupported_keywords
from generator.refs import check_refs
from generator.schemas import SHARED_PREFIX, ContractSource, SchemaFile
from generator.walk import escape, subschemas

Finding = tuple[str, str]  # (JSON pointer, message)

_SHARED_NAME = re.compile(rf"^{SHARED_PREFIX}[a-z][a-z0-9]*(-[a-z0-9]+)*\.json$")
# Keywords through which properties named in ``required`` may come from elsewhere.
_COMPOSITION = ("$ref", "allOf", "anyOf", "oneOf", "if", "dependentSchemas")


def check_contract(source: ContractSource) -> list[Diagnostic]:
    """Every problem that would stop generation, sorted by file and position."""
    problems = list(source.problems)
    for schema in source.schemas:
        checks = _check_message(schema) if schema.is_message else _check_shared(schema)
        for check in (checks, _check_objects(schema)):
            problems.extend(schema.diagnostic(*finding) for finding in check)
    problems.extend(_check_collisions(source.messages))

    # A $ref that cannot be followed is reported once, by what is wrong with it.
    refs = list(check_refs(source))
    taken = {(d.file, d.pointer) for d in refs}
    for schema in source.schemas:
        for found in unsupported_keywords(schema):
            located = schema.diagnostic(found.pointer, found.message)
            if (located.file, located.pointer) not in taken:
                problems.append(located)

    return sorted([*problems, *refs], key=lambda d: d.place)


def _check_message(schema: SchemaFile) -> Iterator[Finding]:
    if not naming.is_message_type(schema.message_type):
        kebab = "-".join(naming.words(schema.message_type)) or "file-download-request"
        yield (
            "",
            f"file name {schema.message_type!r} is not a kebab-case message type "
            f"(lower-case words joined by '-'); rename the file, e.g. {kebab}.json",
        )

    title = schema.document.get("title")
    expected = naming.default_class_name(schema.message_type)
    if "title" not in schema.document:
        yield (
            "",
            f"no title; set it to the payload's class name, e.g. {expected!r}",
        )
    elif not isinstance(title, str) or not naming.is_class_name(title):
        yield (
            "/title",
            f"title {title!r} is not a valid class name (PascalCase letters and "
            f"digits); set it to e.g. {expected!r}",
        )

    if schema.document.get("type") != "object":
        yield (
            "/type" if "type" in schema.document else "",
            'a message payload must be an object; set "type": "object"',
        )


def _check_shared(schema: SchemaFile) -> Iterator[Finding]:
    if not _SHARED_NAME.fullmatch(schema.name):
        yield (
            "",
            f"shared definitions file {schema.name!r} is not '_' and a kebab-case "
            "name; rename it, e.g. _common.json",
        )


def _check_objects(schema: SchemaFile) -> Iterator[Finding]:
    for pointer, node in subschemas(schema.document):
        properties = node.get("properties")
        if not isinstance(properties, dict):
            continue
        yield from _check_required(pointer, node, properties)
        yield from _check_field_names(pointer, properties)


def _check_required(
    pointer: str, node: dict[str, Any], properties: dict[str, Any]
) -> Iterator[Finding]:
    if any(keyword in node for keyword in _COMPOSITION):
        return
    patterns = node.get("patternProperties", {})
    for index, name in enumerate(node.get("required", [])):
        if name in properties or _matches_any(name, patterns):
            continue
        yield (
            f"{pointer}/required/{index}",
            f"required names {name!r}, which is not among the properties; "
            "fix the spelling, add the property, or drop it from required",
        )


def _matches_any(name: str, patterns: Any) -> bool:
    if not isinstance(patterns, dict):
        return False
    try:
        return any(re.search(pattern, name) for pattern in patterns)
    except re.error:  # an invalid pattern matches nothing
        return False


def _check_field_names(pointer: str, properties: dict[str, Any]) -> Iterator[Finding]:
    seen: dict[str, str] = {}
    for name in properties:
        python = naming.field_name(name)
        if python in seen:
            yield (
                f"{pointer}/properties/{escape(name)}",
                f"properties {seen[python]!r} and {name!r} both become the "
                f"Python field {python!r}; rename one of them",
            )
        seen.setdefault(python, name)


def _check_collisions(messages: tuple[SchemaFile, ...]) -> Iterator[Diagnostic]:
    """Two messages may not share a constant, a method or a payload class."""
    owners: dict[tuple[str, str], str] = {}
    for schema in messages:
        names = {
            "constant": naming.constant_name(schema.message_type),
            "method": naming.method_name(schema.message_type),
        }
        title = schema.document.get("title")
        if isinstance(title, str) and naming.is_class_name(title):
            names["class"] = title
        for kind, name in names.items():
            other = owners.setdefault((kind, name), schema.name)
            if other != schema.name:
                yield schema.diagnostic(
                    "/title" if kind == "class" else "",
                    f"its {kind} name {name!r} is already taken by {other}; "
                    "rename one of the two",
                )
        if names["method"] in naming.RESERVED_METHOD_NAMES:
            yield schema.diagnostic(
                "",
                f"method name {names['method']!r} is taken by the client itself; "
                "rename the message",
            )
