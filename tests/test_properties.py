"""Property tests: whatever a schema accepts, the client accepts and sends unchanged.

hypothesis-jsonschema draws instances from every message schema of the real
contract and of every golden case; each instance jsonschema finds valid must
pass the client's pre-send check, go out as the same JSON, and come back the
same through ``Model.model_validate``. Runs in a subprocess per generated
tree (they all import as ``worker_backend_client``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import payloads
import pytest

from generator import pipeline
from generator.output import write_tree

REPO = Path(__file__).resolve().parent.parent
TEMPLATES = REPO / "templates"
GOLDEN = Path(__file__).resolve().parent / "golden"
RUNNER = Path(__file__).resolve().parent / "client_runner.py"
CASES = sorted(path.parent.name for path in GOLDEN.glob("*/schemas"))

# Per message; derandomized, so every run draws the same instances. The
# contract's schemas are large and slow to draw from, so they get fewer.
EXAMPLES = 25
CONTRACT_EXAMPLES = 6
PROCESSES = 2
COST_ROUNDS = 20
COST_LIMIT_US = 2000  # per encode call, far above what it takes (see the report)


@pytest.fixture(scope="module")
def contract_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client generated from message_schemas/, outside the repository."""
    out = tmp_path_factory.mktemp("contract")
    output = pipeline.generate_python(
        pipeline.load(REPO / "message_schemas"), TEMPLATES
    )
    write_tree(out, output.target, output.files)
    return out / "python"


def test_contract_instances_go_out_unchanged(
    contract_tree: Path, tmp_path: Path
) -> None:
    failures = _properties(contract_tree, tmp_path, examples=CONTRACT_EXAMPLES)
    assert not failures, json.dumps(failures, indent=2, ensure_ascii=False)


@pytest.mark.parametrize("case", CASES)
def test_golden_instances_go_out_unchanged(case: str, tmp_path: Path) -> None:
    failures = _properties(
        GOLDEN / case / "expected" / "python", tmp_path, examples=EXAMPLES
    )
    assert not failures, json.dumps(failures, indent=2, ensure_ascii=False)


def test_validation_costs_little_per_message(
    contract_tree: Path, tmp_path: Path
) -> None:
    """One full payload per message type, encoded and checked many times."""
    probes = [
        {"message": message.type, "payload": payloads.full_payload(message)}
        for message in payloads.messages()
    ]
    probes_file = tmp_path / "probes.json"
    probes_file.write_text(json.dumps(probes), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(RUNNER), str(contract_tree), str(probes_file)]
        + ["--cost", str(COST_ROUNDS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr

    microseconds = json.loads(run.stdout)
    print(f"\nvalidation and encoding: {microseconds:.0f} µs per message")
    assert microseconds < COST_LIMIT_US


def _properties(tree: Path, tmp_path: Path, *, examples: int) -> list[dict[str, Any]]:
    """Run the property check in PROCESSES subprocesses, each a share of messages."""
    shards = [tmp_path / f"failures-{index}.json" for index in range(PROCESSES)]
    runs = [
        subprocess.Popen(
            [sys.executable, str(RUNNER), str(tree), "-", "--property", str(examples)]
            + [str(found), f"{index}/{PROCESSES}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for index, found in enumerate(shards)
    ]
    failures: list[dict[str, Any]] = []
    for run, found in zip(runs, shards, strict=True):
        output, _ = run.communicate()
        assert run.returncode == 0, output
        failures.extend(json.loads(found.read_text("utf-8")))
    return failures
