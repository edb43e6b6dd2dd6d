"""Golden cases: one contract per feature family and the exact tree it gives.

``tests/golden/<case>/schemas/`` is the input, ``expected/python/`` the
generated package, ``probes.json`` payloads to send through it. A mismatch
fails with a unified diff; ``pytest --update-golden`` rewrites the expected
trees from the current generator (then review them with ``git diff``).

Beyond the text, every expected tree must type-check with ``mypy --strict``,
and its client must accept exactly the probes its schemas accept, send them to
a server on 127.0.0.1 unchanged, and give them back unchanged through the
payload models.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from backend import Backend
from referencing import Registry, Resource

from generator import pipeline
from generator.errors import ContractError

REPO = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
TEMPLATES = REPO / "templates"
RUNNER = Path(__file__).resolve().parent / "client_runner.py"
CASES = sorted(path.parent.name for path in GOLDEN.glob("*/schemas"))


def expected_tree(case: str) -> Path:
    return GOLDEN / case / "expected" / "python"


@cache
def generated(case: str) -> dict[str, bytes]:
    contract = pipeline.load(GOLDEN / case / "schemas")
    return pipeline.generate_python(contract, TEMPLATES).files


def read_tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def rewrite(root: Path, files: dict[str, bytes]) -> None:
    shutil.rmtree(root, ignore_errors=True)
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def tree_differences(expected: dict[str, bytes], actual: dict[str, bytes]) -> str:
    """A unified diff per changed file, then the files only one side has."""
    report = []
    for name in sorted(expected.keys() & actual.keys()):
        if expected[name] != actual[name]:
            report.extend(
                difflib.unified_diff(
                    expected[name].decode("utf-8", "replace").splitlines(True),
                    actual[name].decode("utf-8", "replace").splitlines(True),
                    fromfile=f"expected/{name}",
                    tofile=f"generated/{name}",
                )
            )
    report += [
        f"missing from the output: {n}\n"
        for n in sorted(expected.keys() - actual.keys())
    ]
    report += [
        f"not in expected/: {n}\n" for n in sorted(actual.keys() - expected.keys())
    ]
    return "".join(line if line.endswith("\n") else line + "\n" for line in report)


def test_there_is_a_case_per_feature_family() -> None:
    assert set(CASES) >= {
        "combinators",
        "constraints",
        "enums",
        "hostile-text",
        "maps",
        "names",
        "nesting",
        "refs",
        "scalars",
    }


@pytest.mark.parametrize("case", CASES)
def test_output_matches_the_expected_tree(
    case: str, request: pytest.FixtureRequest
) -> None:
    if request.config.getoption("--update-golden"):
        rewrite(expected_tree(case), generated(case))

    expected = read_tree(expected_tree(case))
    assert expected, f"no expected tree for {case}; run pytest --update-golden"
    differences = tree_differences(expected, generated(case))
    assert not differences, (
        f"golden case {case!r} differs (pytest --update-golden rewrites it):\n"
        + differences
    )


def _mypy(tree: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-sqlite-cache"]
        + ["--cache-dir", str(cache)]
        + ["worker_backend_client"],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def mypy_seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A mypy cache of the dependencies (pydantic, httpx...), for every case.

    The generated package itself is dropped from it: every case has a package
    of the same name, and mypy would trust a cached module whose size and
    time happen to match.
    """
    seed = tmp_path_factory.mktemp("mypy-seed")
    _mypy(expected_tree(CASES[0]), seed)
    cached = list(seed.glob("*/worker_backend_client"))
    assert cached, f"no cached worker_backend_client in {seed}"
    for package in cached:
        shutil.rmtree(package)
    return seed


@pytest.mark.parametrize("case", CASES)
def test_expected_tree_type_checks_strictly(
    case: str, mypy_seed: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "mypy-cache"
    shutil.copytree(mypy_seed, cache)
    checked = _mypy(expected_tree(case), cache)
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize("case", CASES)
def test_expected_tree_passes_ruff(case: str) -> None:
    checked = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=expected_tree(case),
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize("case", CASES)
def test_client_sends_exactly_what_the_schemas_accept(
    case: str, backend: Backend, tmp_path: Path
) -> None:
    probes = json.loads((GOLDEN / case / "probes.json").read_text("utf-8"))
    is_valid = _validity(GOLDEN / case / "schemas")
    results = _run_client(case, probes, tmp_path, send_to=backend.url)

    bodies = iter(request.json() for request in backend.requests)
    for probe, result in zip(probes, results, strict=True):
        wire = probe.get("wire", probe["payload"])
        shown = json.dumps(probe["payload"], ensure_ascii=False)
        assert result["accepted"] == is_valid(probe["message"], wire), (
            f"{probe['message']} {shown}: {result.get('detail', 'accepted')}"
        )
        if result["accepted"]:
            assert next(bodies) == wire, shown
            assert result["model"] == "same", f"{shown}: {result.get('detail')}"
        else:
            assert result["model"] == "refused", f"{shown} got through a model"
    assert next(bodies, None) is None, "a refused payload reached the server"

    # Each message is probed with both a payload it takes and one it refuses.
    outcomes = {
        (p["message"], r["accepted"]) for p, r in zip(probes, results, strict=True)
    }
    messages = {p["message"] for p in probes}
    assert outcomes == {(m, ok) for m in messages for ok in (True, False)}


def test_two_messages_share_one_class_for_a_shared_definition() -> None:
    files = generated("refs")
    models = {
        name: data.decode("utf-8")
        for name, data in files.items()
        if name.startswith("worker_backend_client/models/")
    }
    defined = [name for name, text in models.items() if "class CommonAddress(" in text]
    assert defined == ["worker_backend_client/models/_common.py"]
    for message in ("order_placed", "customer_moved"):
        text = models[f"worker_backend_client/models/{message}.py"]
        assert "_common.CommonAddress" in text
        assert "class " + "Address" not in text.replace("CommonAddress", "")
    assert "worker_backend_client/schemas/_common.json" in files


def test_removing_a_message_renames_no_class_of_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "schemas"
    shutil.copytree(GOLDEN / "refs" / "schemas", folder)
    (folder / "customer-moved.json").unlink()

    fewer = pipeline.generate_python(pipeline.load(folder), TEMPLATES).files
    for module in ("_common.py", "order_placed.py"):
        name = f"worker_backend_client/models/{module}"
        assert fewer[name] == generated("refs")[name], name


def test_names_that_collide_once_converted_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "schemas"
    shutil.copytree(GOLDEN / "names" / "schemas", folder)
    path = folder / "awkward-names.json"
    schema = json.loads(path.read_text("utf-8"))
    schema["properties"]["foo_bar"] = {"type": "string"}
    schema["properties"]["fooBar"] = {"type": "string"}
    path.write_text(json.dumps(schema, indent=2), encoding="utf-8")

    with pytest.raises(ContractError) as refused:
        pipeline.load(folder)
    assert "'foo_bar' and 'fooBar' both become the Python field 'foo_bar'" in str(
        refused.value
    )


D7 = "http://json-schema.org/draft-07/schema#"
D2020 = "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize(
    ("dialect", "schema", "pointer", "said"),
    [
        (D2020, {"$anchor": "here"}, "/$anchor", "keyword '$anchor' is not supported"),
        (D2020, {"$dynamicRef": "#m"}, "/$dynamicRef", "keyword '$dynamicRef' is not"),
        (D7, {"minimun": 1}, "/minimun", "keyword 'minimun' is not supported"),
        (D7, {"prefixItems": []}, "/prefixItems", "it is not a draft-07 keyword"),
        (D2020, {"$id": "other.json"}, "/$id", "only the top-level '$id'"),
        (D2020, {"$schema": D2020}, "/$schema", "only allowed at the top"),
        (D7, {"$ref": "#/definitions/a", "maxItems": 1}, "/$ref", "beside '$ref'"),
        (D2020, {"pattern": "^\\p{L}$"}, "/pattern", "not a regular expression"),
        (D7, {"dependencies": {"a": {"minimun": 1}}}, "/dependencies/a/minimun", ""),
    ],
)
def test_an_unsupported_keyword_is_refused_by_name_file_and_pointer(
    tmp_path: Path, dialect: str, schema: dict[str, Any], pointer: str, said: str
) -> None:
    folder = tmp_path / "schemas"
    folder.mkdir()
    (folder / "VERSION").write_text("1.0.0\n", encoding="utf-8")
    message = {
        "$schema": dialect,
        "title": "OddMessage",
        "type": "object",
        "definitions": {"a": {"type": "array"}},
        "properties": {"x": schema},
    }
    (folder / "odd.json").write_text(json.dumps(message), encoding="utf-8")

    with pytest.raises(ContractError) as refused:
        pipeline.load(folder)
    found = [
        d for d in refused.value.diagnostics if d.pointer == "/properties/x" + pointer
    ]
    assert found, refused.value.show()
    assert said in found[0].message
    assert found[0].file.endswith("odd.json")


def _validity(schemas: Path) -> Any:
    """``(message type, payload) -> bool`` by jsonschema, refs resolved locally."""
    documents = {
        path.name: json.loads(path.read_text("utf-8"))
        for path in sorted(schemas.glob("*.json"))
    }
    registry: Registry[Any] = Registry().with_resources(
        (name, Resource.from_contents(document)) for name, document in documents.items()
    )

    def is_valid(message_type: str, payload: Any) -> bool:
        schema = documents[f"{message_type}.json"]
        validator = jsonschema.validators.validator_for(schema)(
            schema, registry=registry
        )
        return bool(validator.is_valid(payload))

    return is_valid


def _run_client(
    case: str, probes: list[dict[str, Any]], tmp_path: Path, *, send_to: str
) -> list[dict[str, Any]]:
    probes_file = tmp_path / "probes.json"
    probes_file.write_text(json.dumps(probes), encoding="utf-8")
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    run = subprocess.run(
        [sys.executable, str(RUNNER), str(expected_tree(case)), str(probes_file)]
        + ["--send", send_to],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    assert run.returncode == 0, run.stderr
    results: list[dict[str, Any]] = json.loads(run.stdout)
    return results
