"""The same contract gives the same bytes, whatever the run, machine or checkout.

The contract is the real one plus every golden case (shared definitions,
enums, unions and all), copied into a temporary folder. Each variant runs
``python -m generator generate`` in a subprocess of its own, the variants two
at a time, and must produce a tree byte-identical to the baseline's.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TEMPLATES = REPO / "templates"
GOLDEN = Path(__file__).resolve().parent / "golden"


def contract_files() -> dict[str, bytes]:
    """Every input file by name: message_schemas/ and the golden cases' schemas."""
    files = {
        path.name: path.read_bytes() for path in (REPO / "message_schemas").iterdir()
    }
    for path in sorted(GOLDEN.glob("*/schemas/*.json")):
        assert path.name not in files, f"two inputs named {path.name}"
        files[path.name] = path.read_bytes()
    return files


def write_in_order(folder: Path, files: dict[str, bytes], order: list[str]) -> Path:
    folder.mkdir(parents=True)
    for name in order:
        (folder / name).write_bytes(files[name])
    return folder


def crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


@dataclass
class Variant:
    """One way of running generate: its inputs, environment and directory."""

    name: str
    prepare: Callable[[Path, dict[str, bytes]], Path]
    environment: dict[str, str] = field(default_factory=dict)
    elsewhere: bool = False
    crlf_templates: bool = False


def _sorted_copy(root: Path, files: dict[str, bytes]) -> Path:
    return write_in_order(root / "schemas", files, sorted(files))


def _shuffled_copy(root: Path, files: dict[str, bytes]) -> Path:
    order = sorted(files)
    random.Random(20261203).shuffle(order)
    return write_in_order(root / "schemas", files, order)


def _reversed_copy(root: Path, files: dict[str, bytes]) -> Path:
    return write_in_order(root / "schemas", files, sorted(files, reverse=True))


def _crlf_copy(root: Path, files: dict[str, bytes]) -> Path:
    converted = {name: crlf(data) for name, data in files.items()}
    assert all(b"\r\n" in data for data in converted.values())
    return write_in_order(root / "schemas", converted, sorted(files))


VARIANTS = [
    Variant("baseline", _sorted_copy, {"PYTHONHASHSEED": "0"}),
    Variant("second run", _sorted_copy, {"PYTHONHASHSEED": "0"}),
    Variant("hash seed 1", _sorted_copy, {"PYTHONHASHSEED": "1"}),
    Variant("hash seed 4242", _sorted_copy, {"PYTHONHASHSEED": "4242"}),
    Variant("shuffled files", _shuffled_copy),
    Variant("reversed files", _reversed_copy),
    Variant("other directory", _sorted_copy, elsewhere=True),
    Variant("CRLF line endings", _crlf_copy),
    Variant("CRLF checkout", _crlf_copy, crlf_templates=True),
]


def _templates(root: Path, variant: Variant) -> Path:
    """The repository's templates, or a copy of them with CRLF line endings."""
    if not variant.crlf_templates:
        return TEMPLATES
    copy = root / "templates"
    for path in sorted(TEMPLATES.rglob("*")):
        if path.is_file():
            target = copy / path.relative_to(TEMPLATES)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(crlf(path.read_bytes()))
    return copy


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    """Every variant's generated tree, two generate processes at a time."""
    files = contract_files()
    pending: list[tuple[Variant, Path, subprocess.Popen[str]]] = []
    trees: dict[str, dict[str, bytes]] = {}
    for index, variant in enumerate(VARIANTS):
        root = tmp_path_factory.mktemp(f"variant{index}")
        schemas = variant.prepare(root, files)
        cwd = root / "elsewhere" if variant.elsewhere else REPO
        cwd.mkdir(exist_ok=True)
        command = [sys.executable, "-m", "generator", "generate"]
        command += ["--schemas", str(schemas), "--out", str(root / "out")]
        command += ["--templates", str(_templates(root, variant))]
        environment = {**os.environ, "PYTHONPATH": str(REPO), **variant.environment}
        process = subprocess.Popen(
            command,
            cwd=cwd,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        pending.append((variant, root, process))
        if len(pending) == 2 or index == len(VARIANTS) - 1:
            for waited, waited_root, running in pending:
                output, _ = running.communicate()
                assert running.returncode == 0, f"{waited.name}: {output}"
                # The manifest beside python/ is compared too.
                trees[waited.name] = _tree(waited_root / "out")
            pending.clear()
    return trees


@pytest.mark.parametrize("variant", [v.name for v in VARIANTS[1:]])
def test_output_is_byte_identical(
    outputs: dict[str, dict[str, bytes]], variant: str
) -> None:
    baseline, other = outputs["baseline"], outputs[variant]
    assert sorted(other) == sorted(baseline)
    changed = [name for name in baseline if baseline[name] != other[name]]
    assert not changed, f"{variant} changes {changed}"


def test_the_baseline_covers_the_whole_contract(
    outputs: dict[str, dict[str, bytes]],
) -> None:
    shipped = [
        name
        for name in outputs["baseline"]
        if name.startswith("python/worker_backend_client/schemas/")
    ]
    assert len(shipped) == len(contract_files()) - 1  # all but VERSION
    assert "python/worker_backend_client/models/_common.py" in outputs["baseline"]
    assert "worker-codegen-manifest.json" in outputs["baseline"]
