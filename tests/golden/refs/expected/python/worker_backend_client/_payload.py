"""The base class of every payload model."""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, RootModel, ValidationInfo, field_validator


class Payload(BaseModel):
    """A message payload or an object nested in one.

    Fields take their Python names (``model_id``) or their wire names
    (``modelId``). Keys the schema does not name are kept and sent as given,
    because the contract's objects are open unless a schema closes them.

    A value is taken only if it already is of the field's JSON type: pydantic
    alone would turn ``"1"`` or ``True`` into ``1``, or ``1`` into ``True``,
    where the schema refuses them.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        # Dumps keep NaN and infinity as floats (not null), so the check before
        # sending refuses them instead of sending a value the caller never gave.
        ser_json_inf_nan="constants",
    )

    @field_validator("*", mode="before", check_fields=False)
    @classmethod
    def _no_conversion(cls, value: Any, info: ValidationInfo) -> Any:
        field = cls.model_fields.get(info.field_name or "")
        if field is not None and not _fits(value, field.annotation):
            raise ValueError(
                f"{value!r} does not fit {_shown(field.annotation)} as it is; "
                "payload values are never converted, so pass the JSON value itself"
            )
        return value


def _fits(value: Any, annotation: Any) -> bool:
    """Whether ``value`` is already of a JSON type that ``annotation`` takes."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, arg) for arg in args)
    if origin is typing.Literal:
        return any(_same_json(value, arg) for arg in args)
    if origin is list:
        return isinstance(value, list) and all(_fits(item, args[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict) and all(
            _fits(item, args[1]) for item in value.values()
        )
    if annotation is type(None):
        return value is None
    if annotation is bool:
        return isinstance(value, bool)
    if annotation is int:
        if isinstance(value, float):
            return value.is_integer()
        return isinstance(value, int) and not isinstance(value, bool)
    if annotation is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if annotation is str:
        return isinstance(value, str)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return isinstance(value, annotation) or any(
            _same_json(value, member.value) for member in annotation
        )
    if isinstance(annotation, type) and issubclass(annotation, RootModel):
        root = annotation.model_fields["root"].annotation
        return isinstance(value, annotation) or _fits(value, root)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return isinstance(value, (Mapping, annotation))
    return True  # Any, or a type pydantic checks exactly on its own


def _same_json(value: Any, other: Any) -> bool:
    """Equal as JSON values: ``1 == 1.0``, but ``True`` is neither ``1`` nor ``1.0``."""
    if isinstance(value, bool) or isinstance(other, bool):
        return type(value) is type(other) and value == other
    return bool(value == other)


def _shown(annotation: Any) -> str:
    return getattr(annotation, "__name__", None) or str(annotation)
