"""The client's pre-send check agrees with the official JSON-Schema-Test-Suite.

Each test-suite schema becomes the ``value`` property of one message; all of
them go into one contract folder and one ``generate`` call. Every instance is
then sent as ``{"value": instance}`` through the generated client's encode
path, which must accept it exactly when the suite says it is valid. A valid
instance must also survive the payload model: built from it and encoded back,
it gives the same JSON.

A schema the generator refuses (an unsupported keyword) is out of scope; the
refusal itself must name the keyword and where it is.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator import naming, pipeline
from generator.checks import check_contract
from generator.errors import Diagnostic
from generator.output import write_tree
from generator.schemas import ContractSource, SchemaFile

REPO = Path(__file__).resolve().parent.parent
SUITE = REPO.parent / "shared" / "reference" / "json-schema-test-suite" / "tests"
TEMPLATES = REPO / "templates"
RUNNER = Path(__file__).resolve().parent / "client_runner.py"

DIALECTS = {
    "draft7": "http://json-schema.org/draft-07/schema#",
    "draft2020-12": "https://json-schema.org/draft/2020-12/schema",
}
WRAPPER_ROOT = "#/properties/value"

pytestmark = pytest.mark.skipif(
    not SUITE.is_dir(), reason=f"the JSON-Schema-Test-Suite is not at {SUITE}"
)


@dataclass(frozen=True, eq=False)
class Group:
    """One schema of the suite and the instances it is tested with."""

    draft: str
    keyword: str  # the suite's file name: the keyword the group tests
    index: int
    description: str
    schema: Any
    tests: list[dict[str, Any]]

    @property
    def message_type(self) -> str:
        prefix = "d7" if self.draft == "draft7" else "d2020"
        return (
            f"{prefix}-{naming.snake_case(self.keyword).replace('_', '-')}-{self.index}"
        )

    def message(self) -> dict[str, Any]:
        """The group's schema as the ``value`` property of a message."""
        schema = self.schema
        hoisted: dict[str, Any] = {}
        if isinstance(schema, dict):
            schema = {k: v for k, v in schema.items() if k != "$schema"}
            for keyword in ("definitions", "$defs"):
                if keyword in schema:
                    hoisted[keyword] = schema.pop(keyword)
        return {
            "$schema": DIALECTS[self.draft],
            "title": naming.pascal_case(self.message_type) + "Message",
            "type": "object",
            "properties": {"value": _rebase(schema)},
            "required": ["value"],
            **_rebase(hoisted),
        }


def _rebase(node: Any) -> Any:
    """Point the group's ``#...`` references at its new place in the message."""
    if isinstance(node, list):
        return [_rebase(item) for item in node]
    if not isinstance(node, dict):
        return node

    rebased = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and value.startswith("#"):
            pointer = value[1:]
            if not pointer.startswith(("/definitions", "/$defs")):
                value = WRAPPER_ROOT + pointer
        rebased[key] = _rebase(value)
    return rebased


def suite_groups() -> list[Group]:
    groups = []
    for draft in DIALECTS:
        for path in sorted((SUITE / draft).glob("*.json")):
            for index, group in enumerate(json.loads(path.read_text("utf-8"))):
                groups.append(
                    Group(
                        draft,
                        path.stem,
                        index,
                        group["description"],
                        group["schema"],
                        group["tests"],
                    )
                )
    return groups


def refusals(group: Group) -> list[Diagnostic]:
    """What the generator's checks say about the group's message."""
    schema = SchemaFile(f"{group.message_type}.json", group.message())
    return check_contract(ContractSource(Path("suite"), "1.0.0", (schema,)))


@dataclass
class Tally:
    tests: int = 0
    refused: int = 0
    agree: int = 0
    model_same: int = 0
    valid: int = 0
    invalid: int = 0
    model_refused: int = 0


@pytest.fixture(scope="module")
def agreement(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Generate one client for every in-scope group and run every instance."""
    folder = tmp_path_factory.mktemp("suite")
    schemas = folder / "schemas"
    schemas.mkdir()
    (schemas / "VERSION").write_text("1.0.0\n", encoding="utf-8")

    in_scope, refused = [], {}
    for group in suite_groups():
        problems = refusals(group)
        if problems:
            refused[group] = problems
            continue
        in_scope.append(group)
        text = json.dumps(group.message(), indent=2, ensure_ascii=False)
        (schemas / f"{group.message_type}.json").write_text(text, encoding="utf-8")

    output = pipeline.generate_python(pipeline.load(schemas), TEMPLATES)
    write_tree(folder / "out", output.target, output.files)

    probes = [
        {"message": group.message_type, "payload": {"value": test["data"]}}
        for group in in_scope
        for test in group.tests
    ]
    probes_file = folder / "probes.json"
    probes_file.write_text(json.dumps(probes), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(RUNNER), str(folder / "out" / "python"), str(probes_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    results = iter(json.loads(run.stdout))
    outcomes = [
        (group, test, next(results)) for group in in_scope for test in group.tests
    ]
    return {
        "outcomes": outcomes,
        "refused": refused,
        "tree": folder / "out" / "python",
    }


def test_the_client_accepts_exactly_the_valid_instances(
    agreement: dict[str, Any],
) -> None:
    wrong = [
        f"{group.draft}/{group.keyword}.json #{group.index} {group.description!r}: "
        f"{test['description']!r} is {'valid' if test['valid'] else 'invalid'} "
        f"but the client {'accepted' if result['accepted'] else 'refused'} it"
        f"{': ' + result.get('detail', '') if not result['accepted'] else ''}"
        for group, test, result in agreement["outcomes"]
        if result["accepted"] != test["valid"]
    ]
    _print_table(agreement)
    assert not wrong, "\n".join(wrong)


def test_models_give_every_valid_instance_back_unchanged(
    agreement: dict[str, Any],
) -> None:
    wrong = [
        f"{group.draft}/{group.keyword}.json #{group.index} {test['description']!r}: "
        f"the model {result['model']} it: {result.get('detail', '')[:300]}"
        for group, test, result in agreement["outcomes"]
        if test["valid"] and result["accepted"] and result["model"] != "same"
    ]
    assert not wrong, "\n".join(wrong)


def test_no_invalid_instance_gets_through_a_payload_model(
    agreement: dict[str, Any],
) -> None:
    """Pydantic would coerce ``"1"`` to ``1``; the models convert nothing."""
    wrong = [
        f"{group.draft}/{group.keyword}.json #{group.index} {test['description']!r}"
        for group, test, result in agreement["outcomes"]
        if not test["valid"] and result.get("model") != "refused"
    ]
    assert not wrong, "\n".join(wrong)


def test_a_refusal_names_the_keyword_and_where_it_is(
    agreement: dict[str, Any],
) -> None:
    pointer = re.compile(r"^/properties/value(/|$)|^/(definitions|\$defs)/")
    for group, problems in agreement["refused"].items():
        for problem in problems:
            assert problem.file == f"{group.message_type}.json"
            assert pointer.match(problem.pointer), problem
            assert re.search(r"'[^']+'", problem.message), problem


def test_the_generated_models_type_check_strictly(
    agreement: dict[str, Any], tmp_path: Path
) -> None:
    """Every in-scope suite schema gives models mypy --strict accepts."""
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path)]
        + ["worker_backend_client"],
        cwd=agreement["tree"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout[-5000:] + checked.stderr


def test_every_supported_keyword_is_exercised(agreement: dict[str, Any]) -> None:
    """Guards the figure: in-scope cases exist for each supported keyword file."""
    seen = Counter(group.keyword for group, _, _ in agreement["outcomes"])
    for keyword in (
        "additionalProperties",
        "allOf",
        "anyOf",
        "const",
        "enum",
        "items",
        "maximum",
        "minLength",
        "multipleOf",
        "oneOf",
        "pattern",
        "patternProperties",
        "properties",
        "ref",
        "required",
        "type",
        "uniqueItems",
    ):
        assert seen[keyword] >= 5, keyword


def _print_table(agreement: dict[str, Any]) -> None:
    """The per-keyword figure; shown with ``pytest -s``.

    ``agree``: instances the client judges as the suite does, of those in
    scope. ``model same``: valid instances that come back unchanged through
    the payload model. ``via model``: invalid instances still refused when
    made into a payload model first (pydantic coerces some, e.g. ``"1"``).
    """
    tallies: dict[tuple[str, str], Tally] = {}
    for group, test, result in agreement["outcomes"]:
        tally = tallies.setdefault((group.keyword, group.draft), Tally())
        tally.tests += 1
        tally.agree += result["accepted"] == test["valid"]
        if test["valid"]:
            tally.valid += 1
            tally.model_same += result.get("model") == "same"
        else:
            tally.invalid += 1
            tally.model_refused += result.get("model") == "refused"
    for group in agreement["refused"]:
        tally = tallies.setdefault((group.keyword, group.draft), Tally())
        tally.tests += len(group.tests)
        tally.refused += len(group.tests)

    lines = [
        f"{'keyword':<24} {'draft':<13} {'tests':>5} {'refused':>7} "
        f"{'agree':>11} {'model same':>11} {'via model':>11}"
    ]
    totals = Tally()
    for (keyword, draft), tally in sorted(tallies.items()):
        scope = tally.tests - tally.refused
        lines.append(
            f"{keyword:<24} {draft:<13} {tally.tests:>5} {tally.refused:>7} "
            f"{tally.agree:>5}/{scope:<5} {tally.model_same:>5}/{tally.valid:<5} "
            f"{tally.model_refused:>5}/{tally.invalid:<5}"
        )
        for name in vars(totals):
            setattr(totals, name, getattr(totals, name) + getattr(tally, name))
    scope = totals.tests - totals.refused
    lines.append(
        f"{'all':<24} {'':<13} {totals.tests:>5} {totals.refused:>7} "
        f"{totals.agree:>5}/{scope:<5} {totals.model_same:>5}/{totals.valid:<5} "
        f"{totals.model_refused:>5}/{totals.invalid:<5}"
    )
    print("\n" + "\n".join(lines))
