"""From a contract folder to the bytes of every generated file, in memory."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.checks import check_contract
from generator.contract import Contract, Message, build_contract
from generator.errors import ContractError
from generator.formatting import format_python
from generator.models import generate_models
from generator.rendering import render_tree
from generator.schemas import read_contract

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

    for message in contract.messages:
        files[f"{PACKAGE}/schemas/{message.type}.json"] = _schema_json(message)

    files = format_python(files, config=files["pyproject.toml"])
    logger.info(
        "generated %d files for %d messages", len(files), len(contract.messages)
    )

    encoded = {name: text.encode("utf-8") for name, text in sorted(files.items())}
    return Output(TARGET, encoded, contract)


def _context(contract: Contract) -> dict[str, Any]:
    messages = contract.messages
    exports = [
        "AsyncWorkerClient",
        "ConfigurationError",
        "ConnectionFailedError",
        "HTTPStatusError",
        "JobResponse",
        "JobState",
        "JobStatus",
        "MessageType",
        "Payload",
        "PayloadValidationError",
        "RequestTimeoutError",
        "UnexpectedResponseError",
        "UnknownMessageTypeError",
        "WorkerClient",
        "WorkerClientError",
        *(message.class_name for message in messages),
    ]
    return {
        "version": contract.version,
        "messages": messages,
        "exports": sorted(exports),
        "example": _example(messages),
    }


def _example(messages: tuple[Message, ...]) -> dict[str, Any]:
    """The message the README's usage examples send, with a valid payload."""
    message = next((m for m in messages if m.fields), messages[0])
    return {
        "method": message.method,
        "constant": message.constant,
        "payload": example_value(message.schema),
    }


def example_value(schema: Any) -> Any:
    """A small value valid under ``schema``: required fields only."""
    if not isinstance(schema, dict):
        return None
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]

    kind = schema.get("type")
    if isinstance(kind, list):
        kind = kind[0]
    if kind == "object":
        properties = schema.get("properties", {})
        return {
            name: example_value(properties.get(name, {}))
            for name in schema.get("required", [])
        }
    return {
        "string": "example",
        "integer": 1,
        "number": 1.5,
        "boolean": True,
        "array": [],
        "null": None,
    }.get(str(kind), "example")


def _schema_json(message: Message) -> str:
    """The schema as shipped in the package: the author's document, re-indented."""
    return json.dumps(message.schema, indent=2, ensure_ascii=False) + "\n"
