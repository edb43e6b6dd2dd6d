"""From a contract folder to the bytes of every generated file, in memory."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource

from generator.checks import check_contract
from generator.contract import Contract, Message, build_contract
from generator.errors import ContractError
from generator.formatting import format_python
from generator.models import generate_models
from generator.rendering import render_tree
from generator.schemas import read_contract
from generator.walk import unescape

logger = logging.getLogger(__name__)

PACKAGE = "worker_backend_client"
TARGET = "python"


@dataclass(frozen=True)
class Output:
    """The generated tree of one target: ``{path under out/TARGET: bytes}``."""

    target: str
    files: dict[str, bytes]
    contract: Contract


def load(schemas: Path) -> Contract:
    """Read, check and model the contract; raise ContractError on any problem."""
    source = read_contract(schemas)
    problems = check_contract(source)
    if problems:
        raise ContractError(problems)
    return build_contract(source)


def generate_python(contract: Contract, templates: Path) -> Output:
    """Every file of the Python package, formatted, as bytes."""
    files = render_tree(templates / TARGET, _context(contract))

    for module, source in generate_models(contract).items():
        files[f"{PACKAGE}/models/{module}"] = source

    for name, document in contract.documents().items():
        files[f"{PACKAGE}/schemas/{name}"] = _schema_json(document)

    files = format_python(files, config=files["pyproject.toml"])
    logger.info(
        "generated %d files for %d messages", len(files), len(contract.messages)
    )

    encoded = {name: text.encode("utf-8") for name, text in sorted(files.items())}
    return Output(TARGET, encoded, contract)


def _context(contract: Contract) -> dict[str, Any]:
    return {
        "version": contract.version,
        "messages": contract.messages,
        "example": _example(contract),
    }


def _example(contract: Contract) -> dict[str, Any]:
    """The message the README's usage examples send, with a valid payload.

    The first message whose example payload its schema accepts, or failing
    that the first message with fields.
    """
    documents = contract.documents()
    registry: Registry[Any] = Registry().with_resources(
        (name, Resource.from_contents(document)) for name, document in documents.items()
    )
    candidates = [m for m in contract.messages if m.fields] or list(contract.messages)
    examples = [(m, example_value(m.schema, documents, m.schema)) for m in candidates]
    message, payload = next(
        (found for found in examples if _accepts(found[0], found[1], registry)),
        examples[0],
    )
    return {"method": message.method, "constant": message.constant, "payload": payload}


def _accepts(message: Message, payload: Any, registry: Registry[Any]) -> bool:
    validator_class = jsonschema.validators.validator_for(message.schema)
    return bool(validator_class(message.schema, registry=registry).is_valid(payload))


def example_value(
    schema: Any,
    documents: dict[str, Any] | None = None,
    document: Any = None,
    depth: int = 0,
) -> Any:
    """A small value for ``schema``: required fields only, ``examples`` first.

    ``$ref`` is followed within ``document`` or into ``documents`` by file
    name; the value is a best effort and may still break a pattern.
    """
    if not isinstance(schema, dict) or depth > 16:
        return None
    if isinstance(schema.get("$ref"), str):
        target, document = _follow(schema["$ref"], documents or {}, document)
        return example_value(target, documents, document, depth + 1)
    for keyword in ("const", "default"):
        if keyword in schema:
            return schema[keyword]
    for keyword in ("examples", "enum", "anyOf", "oneOf"):
        if isinstance(schema.get(keyword), list) and schema[keyword]:
            first = schema[keyword][0]
            if keyword in ("examples", "enum"):
                return first
            return example_value(first, documents, document, depth + 1)

    kind = schema.get("type")
    if isinstance(kind, list):
        kind = kind[0]
    if kind == "object" or "properties" in schema or "allOf" in schema:
        value: dict[str, Any] = {}
        for branch in schema.get("allOf", []):
            found = example_value(branch, documents, document, depth + 1)
            value.update(found if isinstance(found, dict) else {})
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            value[name] = example_value(
                properties.get(name, {}), documents, document, depth + 1
            )
        return value
    return {
        "string": "example",
        "integer": 1,
        "number": 1.5,
        "boolean": True,
        "array": [],
        "null": None,
    }.get(str(kind), "example")


def _follow(ref: str, documents: dict[str, Any], document: Any) -> tuple[Any, Any]:
    """The subschema a ``$ref`` names, and the document it lies in."""
    file, _, pointer = ref.partition("#")
    if file:
        document = documents.get(file)
    target = document
    for token in filter(None, pointer.split("/")):
        target = target.get(unescape(token)) if isinstance(target, dict) else None
    return target, document


def _schema_json(document: dict[str, Any]) -> str:
    """The schema as shipped in the package: the author's document, re-indented."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
