"""Send payloads through a generated client in a process of its own.

Every generated tree has the package name ``worker_backend_client``, so a test
that exercises several trees runs each in a subprocess:

    python tests/client_runner.py TREE PROBES.json [--send URL | --cost ROUNDS]
    python tests/client_runner.py TREE - --property EXAMPLES OUT.json [I/N]

``TREE`` is a generated ``python/`` folder; ``PROBES.json`` is a list of
``{"message": type, "payload": JSON}``, with ``"wire"`` when the payload
uses Python field names and so goes out spelled differently. For each probe
the script prints, as one JSON list on stdout:

- ``accepted``: whether the client's encode path (the check it runs before
  sending) took the payload as a mapping, and ``sent`` the body it produced;
  ``None`` when it crashed instead of answering;
- ``model``: for an accepted payload, ``"same"`` when building the payload
  model from it and encoding the model gives the payload back, ``"rejected"``
  when the model refused it, ``"changed"`` when it came back different;
  ``detail`` says how. For a refused payload, ``"refused"`` or ``"sent"``:
  whether building the model first and encoding that gets it through.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import pydantic


def same_json(left: Any, right: Any) -> bool:
    """Equal as JSON values: ``1 == 1.0``, but ``True`` is not ``1``."""
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    if isinstance(left, int | float) and isinstance(right, int | float):
        return left == right
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(
            same_json(left[key], right[key]) for key in left
        )
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(same_json, left, right))
    return type(left) is type(right) and left == right


def run(
    tree: Path, probes: list[dict[str, Any]], send_to: str | None = None
) -> list[dict[str, Any]]:
    """Encode each probe; with ``send_to``, send it there with the sync client."""
    sys.path.insert(0, str(tree))
    from worker_backend_client import PayloadValidationError, WorkerClient
    from worker_backend_client._wire import encode
    from worker_backend_client.message_types import PAYLOAD_MODELS, MessageType

    client = WorkerClient(send_to) if send_to else None
    results = []
    for probe in probes:
        message = MessageType(probe["message"])
        model = PAYLOAD_MODELS[message]
        payload = probe["payload"]
        result: dict[str, Any] = {}
        try:
            body = encode(message.value, payload, model)
            if client is not None:
                client.send_to_queue(message, payload)
        except PayloadValidationError as error:
            result.update(accepted=False, detail=str(error))
            result.update(model=_through_model(message.value, payload, model, encode))
        except Exception as error:  # a crash agrees with neither answer
            result.update(accepted=None, detail=f"{type(error).__name__}: {error}")
        else:
            result.update(accepted=True, sent=json.loads(body))
            wire = probe.get("wire", payload)
            result.update(_round_trip(message.value, payload, wire, model, encode))
        results.append(result)
    return results


def _through_model(message_type: str, payload: Any, model: Any, encode: Any) -> str:
    """What becomes of a payload the client refused, if it is made a model first.

    ``"refused"`` when pydantic or the check refuses it too; ``"sent"`` when
    pydantic's coercion (``"1"`` to ``1``) turned it into a valid one.
    """
    try:
        encode(message_type, model.model_validate(payload), model)
    except Exception:
        return "refused"
    return "sent"


def _round_trip(
    message_type: str, payload: Any, wire: Any, model: Any, encode: Any
) -> dict[str, Any]:
    try:
        built = model.model_validate(payload)
    except (pydantic.ValidationError, TypeError, ValueError) as error:
        return {"model": "rejected", "detail": f"{type(error).__name__}: {error}"}
    try:
        back = json.loads(encode(message_type, built, model))
    except Exception as error:  # the model dumped something the schema refuses
        return {"model": "changed", "detail": f"{type(error).__name__}: {error}"}
    if not same_json(back, wire):
        return {"model": "changed", "detail": json.dumps(back)}
    return {"model": "same"}


def cost(tree: Path, probes: list[dict[str, Any]], rounds: int) -> float:
    """Microseconds one encode call takes, averaged over every probe."""
    sys.path.insert(0, str(tree))
    from worker_backend_client._wire import encode
    from worker_backend_client.message_types import PAYLOAD_MODELS, MessageType

    calls = [
        (MessageType(p["message"]), p["payload"]) for p in probes for _ in range(2)
    ]
    for message, payload in calls:  # warm the validator cache
        encode(message.value, payload, PAYLOAD_MODELS[message])

    started = time.perf_counter()
    for _ in range(rounds):
        for message, payload in calls:
            encode(message.value, payload, PAYLOAD_MODELS[message])
    return (time.perf_counter() - started) / (rounds * len(calls)) * 1e6


def properties(
    tree: Path, examples: int, shard: tuple[int, int] = (0, 1)
) -> list[dict[str, Any]]:
    """Hypothesis over every message schema of the tree: valid in, same out.

    Each instance that hypothesis-jsonschema draws from a message's schema,
    and that jsonschema finds valid, must be accepted by the client, sent as
    it is, and come back unchanged through the payload model. Returns one
    failure per message that broke that. ``shard`` ``(i, n)`` takes every n-th
    message from the i-th, so that n processes can share the work.
    """
    sys.path.insert(0, str(tree))
    from referencing import Registry, Resource
    from worker_backend_client.message_types import PAYLOAD_MODELS, MessageType

    folder = tree / "worker_backend_client" / "schemas"
    schemas = {
        path.name: json.loads(path.read_text("utf-8"))
        for path in sorted(folder.glob("*.json"))
    }
    registry: Registry[Any] = Registry().with_resources(
        (name, Resource.from_contents(schema)) for name, schema in schemas.items()
    )
    messages = [name for name in schemas if not name.startswith("_")]
    failures = []
    for name in messages[shard[0] :: shard[1]]:
        message_type = name.removesuffix(".json")
        model = PAYLOAD_MODELS[MessageType(message_type)]
        failure = _property(message_type, model, schemas, registry, examples)
        if failure:
            failures.append(failure)
    return failures


def _property(
    message_type: str,
    model: Any,
    schemas: dict[str, Any],
    registry: Any,
    examples: int,
) -> dict[str, Any] | None:
    import jsonschema
    from hypothesis import HealthCheck, Verbosity, assume, given, settings
    from hypothesis_jsonschema import from_schema
    from worker_backend_client._wire import encode

    schema = schemas[f"{message_type}.json"]
    validator = jsonschema.validators.validator_for(schema)(schema, registry=registry)
    failing: list[Any] = []

    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
        verbosity=Verbosity.quiet,
    )
    @given(from_schema(inline_refs(schema, schemas)))
    def check(payload: Any) -> None:
        # hypothesis-jsonschema does not know every 2020-12 keyword
        # (prefixItems), so it can draw an invalid instance; skip those.
        assume(validator.is_valid(payload))
        failing[:] = [payload]
        sent = json.loads(encode(message_type, payload, model))
        assert same_json(sent, payload), f"sent as {sent!r}"
        outcome = _round_trip(message_type, payload, payload, model, encode)
        assert outcome["model"] == "same", outcome.get("detail")
        failing.clear()

    try:
        check()
    except Exception as error:
        return {
            "message": message_type,
            "error": f"{type(error).__name__}: {error}"[:2000],
            "payload": failing[0] if failing else None,
        }
    return None


def inline_refs(schema: Any, schemas: dict[str, Any], depth: int = 0) -> Any:
    """Replace references to other files by what they point at.

    hypothesis-jsonschema resolves ``#/...`` within one document only; a
    reference inside the inlined part is rewritten to name its own file.
    """
    if isinstance(schema, list):
        return [inline_refs(item, schemas, depth) for item in schema]
    if not isinstance(schema, dict):
        return schema
    ref = schema.get("$ref")
    if isinstance(ref, str) and not ref.startswith("#") and depth < 20:
        file, _, pointer = ref.partition("#")
        target: Any = schemas[file]
        for token in filter(None, pointer.split("/")):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        return inline_refs(_name_file(target, file), schemas, depth + 1)
    return {key: inline_refs(value, schemas, depth) for key, value in schema.items()}


def _name_file(schema: Any, file: str) -> Any:
    if isinstance(schema, list):
        return [_name_file(item, file) for item in schema]
    if not isinstance(schema, dict):
        return schema
    return {
        key: (
            file + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _name_file(value, file)
        )
        for key, value in schema.items()
    }


if __name__ == "__main__":
    tree, probes_file = Path(sys.argv[1]), Path(sys.argv[2])
    probes = [] if sys.argv[2] == "-" else json.loads(probes_file.read_text("utf-8"))
    option = sys.argv[3] if len(sys.argv) > 3 else ""
    if option == "--cost":
        print(json.dumps(cost(tree, probes, rounds=int(sys.argv[4]))))
    elif option == "--property":
        index, count = (int(n) for n in (sys.argv[6:] or ["0/1"])[0].split("/"))
        found = properties(tree, examples=int(sys.argv[4]), shard=(index, count))
        Path(sys.argv[5]).write_text(json.dumps(found), encoding="utf-8")
    elif option == "--send":
        print(json.dumps(run(tree, probes, send_to=sys.argv[4])))
    else:
        print(json.dumps(run(tree, probes)))
