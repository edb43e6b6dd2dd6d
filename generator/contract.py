"""The contract as the templates see it: messages, their names and their fields."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.schemas import ContractSource, SchemaFile
from generator.walk import subschemas, unescape


@dataclass(frozen=True)
class Field:
    """One property of a message payload, or of an object nested inside it."""

    wire_name: str
    python_name: str
    path: str  # dotted wire path from the payload, ``[]`` for array items
    type: str  # as the docs show it: ``string``, ``array of object``, ...
    required: bool
    description: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Message:
    """One message type of the contract, with every name derived from it."""

    type: str  # ``file-download-request``: the file name and the URL segment
    constant: str  # ``FILE_DOWNLOAD_REQUEST``: the MessageType member
    method: str  # ``file_download_request``: the client method
    module: str  # ``file_download_request``: the models module
    class_name: str  # ``FileDownloadRequestMessage``: the schema's title
    description: str
    fields: tuple[Field, ...]
    schema: dict[str, Any]

    @property
    def summary(self) -> str:
        """The description's first line, for one-line listings and docstrings."""
        return self.description.strip().split("\n", 1)[0].strip()

    def walk_fields(self) -> list[Field]:
        """Every field, nested ones included, depth first in schema order."""
        found: list[Field] = []
        pending = list(reversed(self.fields))
        while pending:
            field = pending.pop()
            found.append(field)
            pending.extend(reversed(field.fields))
        return found


@dataclass(frozen=True)
class Contract:
    """The messages, and the files of shared definitions they refer to."""

    version: str
    messages: tuple[Message, ...]
    shared: tuple[SchemaFile, ...] = ()

    def documents(self) -> dict[str, dict[str, Any]]:
        """Every schema file by name, shared definitions included, sorted."""
        found = {f"{m.type}.json": m.schema for m in self.messages}
        found.update((shared.name, shared.document) for shared in self.shared)
        return dict(sorted(found.items()))

    def wire_names(self) -> list[str]:
        """Every property name in the contract, once, sorted."""
        names = {
            name
            for document in self.documents().values()
            for _, node in subschemas(document)
            for name in _mapping(node.get("properties"))
        }
        return sorted(names)


def build_contract(source: ContractSource) -> Contract:
    messages = tuple(_message(s) for s in source.schemas if s.is_message)
    shared = tuple(s for s in source.schemas if not s.is_message)
    return Contract(source.version, messages, shared)


def _message(schema: SchemaFile) -> Message:
    document = schema.document
    message_type = schema.message_type
    return Message(
        type=message_type,
        constant=naming.constant_name(message_type),
        method=naming.method_name(message_type),
        module=naming.module_name(message_type),
        class_name=document["title"],
        description=document.get("description", ""),
        fields=_fields(document, parent=""),
        schema=document,
    )


def _fields(schema: Any, *, parent: str) -> tuple[Field, ...]:
    """The properties of an object schema, or of the objects its arrays hold.

    A ``$ref`` is not followed: the docs name the definition instead, which
    keeps recursive definitions finite.
    """
    if not isinstance(schema, dict):
        return ()
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        return _fields(schema["items"], parent=f"{parent}[]")

    properties = _mapping(schema.get("properties"))
    required = set(schema.get("required", []))
    return tuple(
        _field(name, subschema, parent=parent, required=name in required)
        for name, subschema in properties.items()
    )


def _field(wire_name: str, schema: Any, *, parent: str, required: bool) -> Field:
    path = f"{parent}.{wire_name}" if parent else wire_name
    description = schema.get("description", "") if isinstance(schema, dict) else ""
    return Field(
        wire_name=wire_name,
        python_name=naming.field_name(wire_name),
        path=path,
        type=describe_type(schema),
        required=required,
        description=description,
        fields=_fields(schema, parent=path),
    )


def describe_type(schema: dict[str, Any] | bool) -> str:
    """A short, readable name for what a schema accepts."""
    if schema is True or schema == {}:
        return "any"

    if not isinstance(schema, dict):
        return "nothing"

    if "$ref" in schema:
        return _ref_name(str(schema["$ref"]))
    if "const" in schema:
        return f"constant {_json(schema['const'])}"
    if "enum" in schema:
        return "one of " + ", ".join(_json(value) for value in schema["enum"])
    for keyword, joiner in (("anyOf", " or "), ("oneOf", " or "), ("allOf", " and ")):
        if keyword in schema and "type" not in schema:
            return joiner.join(describe_type(branch) for branch in schema[keyword])

    kind = schema.get("type")
    if isinstance(kind, list):
        return " or ".join(describe_type({**schema, "type": one}) for one in kind)

    if kind == "array":
        items = schema.get("items")
        return (
            f"array of {describe_type(items)}" if isinstance(items, dict) else "array"
        )

    if kind == "object" and not schema.get("properties"):
        values = schema.get("additionalProperties")
        if isinstance(values, dict) and values:
            return f"map of string to {describe_type(values)}"

    if kind == "string" and isinstance(schema.get("format"), str):
        return f"string ({schema['format']})"
    return str(kind) if kind else "any"


def _ref_name(ref: str) -> str:
    """``_common.json#/$defs/Address`` -> ``Address``; ``#`` -> the file."""
    file, _, pointer = ref.partition("#")
    last = pointer.rstrip("/").rsplit("/", 1)[-1]
    return unescape(last) or file or "this message"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
