"""The contract as the templates see it: messages, their names and their fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.schemas import ContractSource, SchemaFile


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
    version: str
    messages: tuple[Message, ...]

    def wire_names(self) -> list[str]:
        """Every property name in the contract, once, sorted."""
        names = {field.wire_name for m in self.messages for field in m.walk_fields()}
        return sorted(names)


def build_contract(source: ContractSource) -> Contract:
    messages = tuple(_message(schema) for schema in source.schemas)
    return Contract(source.version, messages)


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


def _fields(schema: dict[str, Any], *, parent: str) -> tuple[Field, ...]:
    """The properties of an object schema, or of the objects its arrays hold."""
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        return _fields(schema["items"], parent=f"{parent}[]")

    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    return tuple(
        _field(name, subschema, parent=parent, required=name in required)
        for name, subschema in properties.items()
    )


def _field(
    wire_name: str, schema: dict[str, Any], *, parent: str, required: bool
) -> Field:
    path = f"{parent}.{wire_name}" if parent else wire_name
    return Field(
        wire_name=wire_name,
        python_name=naming.field_name(wire_name),
        path=path,
        type=describe_type(schema),
        required=required,
        description=schema.get("description", ""),
        fields=_fields(schema, parent=path),
    )


def describe_type(schema: dict[str, Any] | bool) -> str:
    """A short, readable name for what a schema accepts."""
    if schema is True or schema == {}:
        return "any"

    if not isinstance(schema, dict):
        return "nothing"

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

    return str(kind) if kind else "any"
