"""Turning a payload into the JSON body the backend receives, checked first.

The check is the message's own JSON Schema, shipped in ``schemas/``, so what
the client refuses is exactly what the contract forbids: pydantic alone would
coerce ``"1"`` to ``1`` or drop a ``null`` it should refuse.
"""

from __future__ import annotations

import functools
import json
import math
import types
import typing
from collections.abc import Mapping
from importlib import resources
from typing import Any

import jsonschema
from pydantic import BaseModel
from referencing import Registry, Resource

from worker_backend_client._errors import PayloadValidationError
from worker_backend_client._payload import Payload


def encode(
    message_type: str, payload: Payload | Mapping[str, Any], model: type[Payload]
) -> bytes:
    """Validate ``payload`` against the message's schema and return the body."""
    wire = to_wire(message_type, payload, model)

    problems = _non_json_values(wire, "$")
    if not problems:
        problems = [
            (_json_path(error.absolute_path), error.message)
            for error in sorted(
                _validator(message_type).iter_errors(wire),
                key=lambda error: (_json_path(error.absolute_path), error.message),
            )
        ]
    if problems:
        raise PayloadValidationError(message_type, problems)

    text = json.dumps(wire, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def to_wire(
    message_type: str, payload: Payload | Mapping[str, Any], model: type[Payload]
) -> Any:
    """The payload with wire (schema) names as keys and unset fields left out."""
    if isinstance(payload, BaseModel):
        return _dump(payload)

    if isinstance(payload, Mapping):
        try:
            return _wire_object(payload, model, "$")
        except _DuplicateKeyError as error:
            reason = "given by both its Python and its wire name; keep one"
            raise PayloadValidationError(message_type, [(str(error), reason)]) from None

    kind = type(payload).__name__
    reason = f"expected a {model.__name__} or a mapping, got {kind}"
    raise PayloadValidationError(message_type, [("$", reason)])


def _dump(model: BaseModel) -> Any:
    return model.model_dump(mode="json", by_alias=True, exclude_unset=True)


class _DuplicateKeyError(Exception):
    """Two keys of one mapping name the same field; the argument is its path."""


def _wire_object(
    data: Mapping[Any, Any], model: type[BaseModel], path: str
) -> dict[Any, Any]:
    fields = _fields_by_key(model)
    wire: dict[Any, Any] = {}
    for key, value in data.items():
        # A key the model does not know is open-object data: sent as given.
        wire_name, annotation = fields.get(key, (key, None))
        if wire_name in wire:
            raise _DuplicateKeyError(f"{path}.{wire_name}")
        wire[wire_name] = _wire_value(value, annotation, f"{path}.{wire_name}")
    return wire


@functools.cache
def _fields_by_key(model: type[BaseModel]) -> dict[str, tuple[str, Any]]:
    """``{Python or wire name: (wire name, annotation)}`` for each field."""
    fields = {}
    for name, info in model.model_fields.items():
        wire_name = info.alias or name
        fields[name] = fields[wire_name] = (wire_name, info.annotation)
    return fields


def _wire_value(value: Any, annotation: Any, path: str) -> Any:
    if isinstance(value, BaseModel):
        return _dump(value)
    if annotation is None or not isinstance(value, (Mapping, list)):
        return value  # a scalar, or data the model does not describe: as given

    model = _model_in(annotation)
    if model is not None and isinstance(value, Mapping):
        return _wire_object(value, model, path)

    bare = _optional_of(annotation)
    origin, args = typing.get_origin(bare), typing.get_args(bare)
    if origin is list and isinstance(value, list):
        return [
            _wire_value(item, args[0], f"{path}[{index}]")
            for index, item in enumerate(value)
        ]
    if origin is dict and isinstance(value, dict):
        return {
            key: _wire_value(item, args[1], f"{path}.{key}")
            for key, item in value.items()
        }
    return value


def _optional_of(annotation: Any) -> Any:
    """``list[Item] | None`` -> ``list[Item]``; any other annotation unchanged."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The one model class an annotation names (``Address | None`` -> Address)."""
    if isinstance(annotation, type) and issubclass(annotation, Payload):
        return annotation

    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        found = [_model_in(arg) for arg in typing.get_args(annotation)]
        models = [model for model in found if model is not None]
        if len(models) == 1:
            return models[0]
    return None


def _non_json_values(value: Any, path: str) -> list[tuple[str, str]]:
    """Values JSON cannot carry, which the schema check would let through."""
    if isinstance(value, dict):
        problems = []
        for key, item in value.items():
            if not isinstance(key, str):
                problems.append((path, f"key {key!r} is not a string"))
            else:
                problems.extend(_non_json_values(item, f"{path}.{key}"))
        return problems

    if isinstance(value, list):
        problems = []
        for index, item in enumerate(value):
            problems.extend(_non_json_values(item, f"{path}[{index}]"))
        return problems

    if isinstance(value, float) and not math.isfinite(value):
        return [(path, f"{value!r} is not a JSON number")]

    if value is None or isinstance(value, (str, int, float)):
        return []
    return [(path, f"a {type(value).__name__} is not a JSON value")]


@functools.cache
def _validator(message_type: str) -> jsonschema.protocols.Validator:
    schema = _schemas()[f"{message_type}.json"]
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema, registry=_registry())


@functools.cache
def _registry() -> Registry[Any]:
    """Every shipped schema under its file name, so ``_common.json#/...`` resolves.

    Nothing is ever fetched: a reference outside the package fails to resolve.
    """
    return Registry().with_resources(
        (name, Resource.from_contents(schema)) for name, schema in _schemas().items()
    )


@functools.cache
def _schemas() -> dict[str, Any]:
    folder = resources.files(__package__).joinpath("schemas")
    return {
        entry.name: json.loads(entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda entry: entry.name)
        if entry.name.endswith(".json")
    }


def _json_path(path: typing.Iterable[Any]) -> str:
    text = "$"
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text
