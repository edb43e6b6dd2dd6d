"""Checks that a contract's schemas can become one client, beyond their meta-schema."""

from __future__ import annotations

from collections.abc import Iterator

from generator import naming
from generator.errors import Diagnostic
from generator.schemas import ContractSource, SchemaFile
from generator.walk import escape, subschemas


def check_contract(source: ContractSource) -> list[Diagnostic]:
    """Every problem that would stop generation, in file order."""
    problems: list[Diagnostic] = []
    for schema in source.schemas:
        problems.extend(_check_names(schema))
        problems.extend(_check_objects(schema))
    problems.extend(_check_collisions(source.schemas))
    return problems


def _check_names(schema: SchemaFile) -> Iterator[Diagnostic]:
    if not naming.is_message_type(schema.message_type):
        yield Diagnostic(
            schema.name,
            f"file name {schema.message_type!r} is not a kebab-case message type "
            "(lower-case words joined by '-'); rename the file, "
            "e.g. file-download-request.json",
        )

    title = schema.document.get("title")
    if not isinstance(title, str) or not naming.is_class_name(title):
        expected = naming.default_class_name(schema.message_type)
        yield Diagnostic(
            schema.name,
            f"title {title!r} is not a valid class name (PascalCase letters and "
            f"digits); set it to e.g. {expected!r}",
            "/title" if "title" in schema.document else "",
        )

    if schema.document.get("type") != "object":
        yield Diagnostic(
            schema.name,
            'a message payload must be an object; set "type": "object"',
            "/type" if "type" in schema.document else "",
        )


def _check_objects(schema: SchemaFile) -> Iterator[Diagnostic]:
    for pointer, node in subschemas(schema.document):
        properties = node.get("properties", {})
        for index, name in enumerate(node.get("required", [])):
            if properties and name not in properties:
                yield Diagnostic(
                    schema.name,
                    f"required names {name!r}, which is not among the properties; "
                    "fix the spelling, add the property, or drop it from required",
                    f"{pointer}/required/{index}",
                )

        seen: dict[str, str] = {}
        for name in properties:
            python = naming.field_name(name)
            if python in seen:
                yield Diagnostic(
                    schema.name,
                    f"properties {seen[python]!r} and {name!r} both become the "
                    f"Python field {python!r}; rename one of them",
                    f"{pointer}/properties/{escape(name)}",
                )
            seen.setdefault(python, name)


def _check_collisions(schemas: tuple[SchemaFile, ...]) -> Iterator[Diagnostic]:
    """Two messages may not share a constant, a method or a payload class."""
    owners: dict[tuple[str, str], str] = {}
    for schema in schemas:
        names = {
            "constant": naming.constant_name(schema.message_type),
            "method": naming.method_name(schema.message_type),
            "class": str(schema.document.get("title")),
        }
        for kind, name in names.items():
            other = owners.setdefault((kind, name), schema.name)
            if other != schema.name:
                yield Diagnostic(
                    schema.name,
                    f"its {kind} name {name!r} is already taken by {other}; "
                    "rename one of the two",
                    "/title" if kind == "class" else "",
                )
        if names["method"] in naming.RESERVED_METHOD_NAMES:
            yield Diagnostic(
                schema.name,
                f"method name {names['method']!r} is taken by the client itself; "
                "rename the message",
            )
