"""Lint rules: what the generator can build but a reader of the client would regret.

Each rule yields warnings named after it; ``--strict`` turns them into errors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from generator import naming
from generator.errors import WARNING, Diagnostic
from generator.schemas import ContractSource, SchemaFile
from generator.walk import escape, subschemas

# How objects that list properties should treat keys they do not list: the
# value of ``additional-properties`` in ``[tool.worker-codegen]``.
CONVENTIONS = ("closed", "open", "either")

Finding = tuple[str, str]  # (JSON pointer, message)
Rule = Callable[[SchemaFile, str], Iterator[Finding]]

_CAMEL_CASE = re.compile(r"^[a-z][a-zA-Z0-9]*$")
_COMPOSITION = ("$ref", "allOf", "anyOf", "oneOf")


def lint_contract(
    source: ContractSource,
    *,
    additional_properties: str = "either",
    ignore: frozenset[str] = frozenset(),
) -> list[Diagnostic]:
    """Every warning for the contract, in file order, but those of ``ignore``."""
    warnings: list[Diagnostic] = []
    for schema in source.schemas:
        for rule, check in RULES.items():
            if rule in ignore:
                continue
            warnings.extend(
                schema.diagnostic(pointer, message, severity=WARNING, rule=rule)
                for pointer, message in check(schema, additional_properties)
            )
    return warnings


def _missing_description(schema: SchemaFile, convention: str) -> Iterator[Finding]:
    if schema.is_message and not _described(schema.document):
        yield (
            "",
            "the message has no description; add one saying what it asks the "
            "workers to do, since it becomes the method's docstring",
        )
    for pointer, name, value in _properties(schema.document):
        if isinstance(value, dict) and "$ref" not in value and not _described(value):
            yield (
                pointer,
                f"field {name!r} has no description; add one, since it becomes "
                "the field's documentation",
            )


def _title_mismatch(schema: SchemaFile, convention: str) -> Iterator[Finding]:
    title = schema.document.get("title")
    expected = naming.default_class_name(schema.message_type)
    if not schema.is_message or not isinstance(title, str):
        return
    if title != expected and naming.is_class_name(title):
        yield (
            "/title",
            f"title {title!r} does not match the file name; name the class "
            f"{expected!r}, or rename the file to match",
        )


def _field_name_case(schema: SchemaFile, convention: str) -> Iterator[Finding]:
    for pointer, name, _ in _properties(schema.document):
        if not _CAMEL_CASE.fullmatch(name):
            yield (
                pointer,
                f"field name {name!r} is not camelCase like the rest of the wire "
                f"format; it becomes {naming.field_name(name)!r} in Python",
            )


def _empty_object(schema: SchemaFile, convention: str) -> Iterator[Finding]:
    for pointer, node in subschemas(schema.document):
        if node.get("type") != "object" or _shaped(node):
            continue
        yield (
            pointer,
            "an object with no properties: list its properties, or make it a map "
            'with "additionalProperties": {<schema of the values>}',
        )


def _additional_properties(schema: SchemaFile, convention: str) -> Iterator[Finding]:
    setting = f'[tool.worker-codegen] additional-properties = "{convention}"'
    for pointer, node in subschemas(schema.document):
        if not isinstance(node.get("properties"), dict):
            continue
        closed = node.get("additionalProperties") is False
        if convention == "closed" and not closed:
            yield (
                pointer,
                "the object accepts keys it does not list, but the convention "
                f'({setting}) is closed; add "additionalProperties": false',
            )
        elif convention == "open" and closed:
            yield (
                f"{pointer}/additionalProperties",
                "the object refuses keys it does not list, but the convention "
                f"({setting}) is open; remove additionalProperties: false",
            )


RULES: dict[str, Rule] = {
    "missing-description": _missing_description,
    "title-mismatch": _title_mismatch,
    "field-name-case": _field_name_case,
    "empty-object": _empty_object,
    "additional-properties": _additional_properties,
}


def _properties(document: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(pointer, name, schema) of every property of every object in ``document``."""
    for pointer, node in subschemas(document):
        properties = node.get("properties")
        for name, value in properties.items() if isinstance(properties, dict) else []:
            yield f"{pointer}/properties/{escape(name)}", name, value


def _described(node: dict[str, Any]) -> bool:
    description = node.get("description")
    return isinstance(description, str) and bool(description.strip())


def _shaped(node: dict[str, Any]) -> bool:
    """Whether an object schema says anything about the keys it holds.

    ``"additionalProperties": true`` (or a schema) says on purpose that any
    key is welcome; ``false`` with no properties allows only ``{}``.
    """
    return bool(
        node.get("properties")
        or node.get("patternProperties")
        or node.get("additionalProperties", False) is not False
        or any(keyword in node for keyword in _COMPOSITION)
    )
