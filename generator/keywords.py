"""Which JSON Schema keywords a contract may use, and refusing the others.

The generated client checks every payload with jsonschema before it sends it,
so a keyword is supported when two things hold: the models datamodel-code-generator
makes from it accept every value the schema accepts, and the shipped schema can
be resolved without fetching anything. Keywords outside that set are refused at
generate time, by name, file and JSON pointer, rather than dropped in silence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.errors import Diagnostic
from generator.schemas import SchemaFile
from generator.walk import escape, subschemas

DRAFT_07 = "http://json-schema.org/draft-07/schema"
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"

# Documentation only: they change no value the client accepts.
ANNOTATIONS = frozenset(
    {
        "$comment",
        "default",
        "deprecated",
        "description",
        "examples",
        "readOnly",
        "title",
        "writeOnly",
    }
)

# Both dialects: the types, the models' structure, and the constraints.
COMMON = frozenset(
    {
        "$defs",
        "$ref",
        "additionalProperties",
        "allOf",
        "anyOf",
        "const",
        "contains",
        "contentEncoding",
        "contentMediaType",
        "definitions",
        "else",
        "enum",
        "exclusiveMaximum",
        "exclusiveMinimum",
        "format",
        "if",
        "items",
        "maxItems",
        "maxLength",
        "maxProperties",
        "maximum",
        "minItems",
        "minLength",
        "minProperties",
        "minimum",
        "multipleOf",
        "not",
        "oneOf",
        "pattern",
        "patternProperties",
        "properties",
        "propertyNames",
        "required",
        "then",
        "type",
        "uniqueItems",
    }
)

SUPPORTED: dict[str, frozenset[str]] = {
    DRAFT_07: ANNOTATIONS | COMMON | {"additionalItems", "dependencies"},
    DRAFT_2020_12: ANNOTATIONS
    | COMMON
    | {
        "contentSchema",
        "dependentRequired",
        "dependentSchemas",
        "maxContains",
        "minContains",
        "prefixItems",
        "unevaluatedItems",
        "unevaluatedProperties",
    },
}

# Why a keyword is refused, for the ones an author is likely to reach for.
REASONS = {
    "$anchor": "refer to definitions by JSON pointer ($ref: '#/$defs/Name')",
    "$dynamicAnchor": "dynamic references cannot become static model classes",
    "$dynamicRef": "dynamic references cannot become static model classes",
    "$id": "only the document's own file name is allowed, at the top level",
    "$recursiveAnchor": "recursive references are not supported",
    "$recursiveRef": "recursive references are not supported",
    "$vocabulary": "only the standard vocabularies are supported",
    "additionalItems": "it belongs to draft-07; in 2020-12 use items after prefixItems",
    "dependencies": "it belongs to draft-07; in 2020-12 use dependentRequired",
    "unevaluatedItems": "it belongs to 2020-12; in draft-07 use additionalItems",
    "unevaluatedProperties": (
        "it belongs to 2020-12; in draft-07 use additionalProperties"
    ),
}

# ``#``, ``#/json/pointer``, or the same after a schema file beside this one.
_REF = re.compile(r"^(?:[A-Za-z0-9_][A-Za-z0-9_.-]*\.json)?(?:#(?:/.*)?)?$")


def unsupported_keywords(schema: SchemaFile) -> Iterator[Diagnostic]:
    """A diagnostic for every keyword of ``schema`` the generator cannot honour."""
    dialect = _dialect(schema.document.get("$schema"))

    for pointer, node in _nodes(schema.document, ""):
        for keyword, value in node.items():
            top = pointer == ""
            problem = _problem(keyword, value, node, schema.name, dialect, top=top)
            if problem:
                yield Diagnostic(schema.name, problem, f"{pointer}/{escape(keyword)}")


def _problem(
    keyword: str,
    value: Any,
    node: dict[str, Any],
    file_name: str,
    dialect: str,
    *,
    top: bool,
) -> str | None:
    """What is wrong with one keyword of one subschema, if anything."""
    if keyword == "$schema":
        return None if top else _nested_schema()
    if keyword == "$id":
        return _check_id(value, file_name, top=top)
    if keyword not in SUPPORTED[dialect]:
        return _refusal(keyword, dialect)
    if keyword == "$ref":
        return _check_ref(value, node, dialect)
    if keyword == "pattern":
        return _check_pattern(value)
    if keyword == "patternProperties" and isinstance(value, dict):
        return next(filter(None, map(_check_pattern, value)), None)
    return None


def _nodes(schema: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every subschema, including those under keywords the walker skips."""
    for where, node in subschemas(schema, pointer):
        yield where, node

        dependencies = node.get("dependencies")
        if isinstance(dependencies, dict):
            for name, value in dependencies.items():
                yield from _nodes(value, f"{where}/dependencies/{escape(name)}")
        if isinstance(node.get("contentSchema"), dict):
            yield from _nodes(node["contentSchema"], f"{where}/contentSchema")


def _dialect(uri: Any) -> str:
    return DRAFT_07 if str(uri).startswith(DRAFT_07) else DRAFT_2020_12


def _refusal(keyword: str, dialect: str) -> str:
    name = "draft-07" if dialect == DRAFT_07 else "2020-12"
    if keyword in REASONS:
        why = REASONS[keyword]
    elif keyword in SUPPORTED[DRAFT_07] | SUPPORTED[DRAFT_2020_12]:
        why = f"it is not a {name} keyword"
    else:
        why = "it is not a JSON Schema keyword, so validation would ignore it"
    return (
        f"keyword {keyword!r} is not supported by worker-codegen ({why}); "
        "remove it or express the rule with a supported keyword "
        "(README: Supported JSON Schema keywords)"
    )


def _nested_schema() -> str:
    return (
        "keyword '$schema' is only allowed at the top of the file; "
        "one file is one dialect, so remove it here"
    )


def _check_id(value: Any, file_name: str, *, top: bool) -> str | None:
    if top and value == file_name:
        return None
    return (
        f"keyword '$id' with {value!r} is not supported: only the top-level "
        f"'$id': {file_name!r} (the file's own name) is allowed, because refs "
        "resolve by file name; remove it"
    )


def _check_pattern(pattern: Any) -> str | None:
    """The client runs patterns with Python's ``re``, as jsonschema does."""
    try:
        re.compile(str(pattern))
    except re.error as error:
        return (
            f"pattern {pattern!r} is not a regular expression the client can run "
            f"({error}); JSON Schema patterns are ECMA-262, and the client uses "
            r"Python's re: replace constructs such as \p{...} with character "
            "classes"
        )
    return None


def _check_ref(value: Any, node: dict[str, Any], dialect: str) -> str | None:
    if not isinstance(value, str) or not _REF.match(value):
        return (
            f"'$ref' {value!r} is not supported: refer to '#/...' in this file or "
            "to 'name.json#/...' beside it; nothing is ever fetched"
        )

    beside = sorted(set(node) - ANNOTATIONS - {"$ref"})
    if dialect == DRAFT_07 and beside:
        return (
            f"keywords beside '$ref' ({', '.join(beside)}) are ignored by "
            "draft-07; move them and the $ref into an allOf"
        )
    return None
