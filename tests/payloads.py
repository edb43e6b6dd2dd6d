"""Deterministic, realistic payloads built from the message schemas.

Values are chosen by JSON type and property name, every property is filled
(nested objects and arrays included), and each payload is checked with
jsonschema before a test uses it, so a payload the builder gets wrong fails
here rather than in the client under test.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from generator import naming

REPO = Path(__file__).resolve().parent.parent
SCHEMAS = REPO / "message_schemas"

# A key no schema names: open objects must carry it to the wire unchanged.
EXTRA_KEY = "x-trace-note"
EXTRA_VALUE = {"origin": "test-suite", "hops": [1, 2]}

Schema = dict[str, Any]


@dataclass(frozen=True)
class Message:
    type: str
    schema: Schema

    @property
    def method(self) -> str:
        return naming.method_name(self.type)

    @property
    def class_name(self) -> str:
        return str(self.schema["title"])


@cache
def messages() -> tuple[Message, ...]:
    """Every message of the contract, in file-name order."""
    return tuple(
        Message(path.stem, json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(SCHEMAS.glob("*.json"))
    )


def message(message_type: str) -> Message:
    return next(found for found in messages() if found.type == message_type)


def full_payload(found: Message) -> dict[str, Any]:
    """Every property set, plus :data:`EXTRA_KEY` at the top; wire names."""
    payload = build(found.schema, "payload", only_required=False)
    payload[EXTRA_KEY] = EXTRA_VALUE
    return checked(found, payload)


def required_payload(found: Message) -> dict[str, Any]:
    """Only what the schema requires, at every level; wire names."""
    return checked(found, build(found.schema, "payload", only_required=True))


def checked(found: Message, payload: dict[str, Any]) -> dict[str, Any]:
    validator_class = jsonschema.validators.validator_for(found.schema)
    validator_class(found.schema).validate(payload)
    return payload


def build(schema: Schema | bool, name: str, *, only_required: bool) -> Any:
    """A value for ``schema``, for a property called ``name``."""
    if not isinstance(schema, dict):
        return f"{name} value"
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]

    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(item for item in kind if item != "null")

    if kind == "object":
        return _object(schema, only_required=only_required)
    if kind == "array":
        items = schema.get("items", {"type": "string"})
        return [
            build(items, f"{name} {index}", only_required=only_required)
            for index in range(2)
        ]
    return _scalar(kind, name, schema.get("format"))


def to_python_names(schema: Schema | bool, value: Any) -> Any:
    """``value`` with every property the schema names spelled the Python way.

    Keys a schema does not name (open-object data, map keys) stay as they are.
    """
    if not isinstance(schema, dict):
        return value

    if isinstance(value, dict):
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        return {
            (naming.field_name(key) if key in properties else key): to_python_names(
                properties.get(key, extra), item
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [to_python_names(schema.get("items", True), item) for item in value]
    return value


def _object(schema: Schema, *, only_required: bool) -> dict[str, Any]:
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    value = {
        key: build(sub, key, only_required=only_required)
        for key, sub in properties.items()
        if key in required or not only_required
    }

    extra = schema.get("additionalProperties")
    if not properties and not only_required and extra is not False:
        # A map: two entries of whatever its values are.
        for key in ("first", "second"):
            value[key] = build(
                True if extra is None else extra, key, only_required=False
            )
    return value


def _scalar(kind: str, name: str, format: str | None) -> Any:
    if kind == "integer":
        return 7
    if kind == "number":
        return 12.5
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return _string(name, format)


def _string(name: str, format: str | None) -> str:
    lowered = name.lower()
    if format == "date-time" or name.endswith("At") or lowered.endswith("time"):
        return "2026-01-02T03:04:05Z"
    if format == "date" or lowered.endswith("date"):
        return "2026-01-02"
    if format in ("uri", "url") or "url" in lowered:
        return f"https://example.com/{naming.snake_case(name)}"
    if format == "email" or "email" in lowered:
        return "someone@example.com"
    if format == "uuid":
        return "0b7e3a52-6a4e-4e3e-9d2c-6f1c1b3a9e01"
    if lowered.endswith("id"):
        return f"{naming.snake_case(name)}-0001"
    return f"{name} value"
