"""Walking a JSON Schema by its keywords, with the JSON pointer of every subschema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

# Keywords whose value is a map of names to subschemas. In draft-07's
# ``dependencies`` a value may also be a list of names, which is not walked.
SCHEMA_MAPS = (
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
    "dependencies",
)
# Keywords whose value is one subschema.
SCHEMA_VALUES = (
    "additionalProperties",
    "items",
    "additionalItems",
    "contains",
    "propertyNames",
    "not",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
)
# Keywords whose value is a list of subschemas.
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


def subschemas(schema: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """``schema`` and every schema inside it, depth first, as (pointer, schema)."""
    if not isinstance(schema, dict):
        return

    yield pointer, schema
    for keyword in SCHEMA_MAPS:
        for name, value in _mapping(schema.get(keyword)).items():
            yield from subschemas(value, f"{pointer}/{keyword}/{escape(name)}")

    for keyword in SCHEMA_VALUES:
        value = schema.get(keyword)
        if isinstance(value, list):  # draft-07's array form of items
            for index, item in enumerate(value):
                yield from subschemas(item, f"{pointer}/{keyword}/{index}")
        else:
            yield from subschemas(value, f"{pointer}/{keyword}")

    for keyword in SCHEMA_LISTS:
        value = schema.get(keyword)
        for index, item in enumerate(value if isinstance(value, list) else []):
            yield from subschemas(item, f"{pointer}/{keyword}/{index}")


def escape(token: str) -> str:
    """One JSON pointer token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """The name one JSON pointer token stands for (RFC 6901)."""
    return token.replace("~1", "/").replace("~0", "~")


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
