"""``worker-codegen check``: exit 0 in sync, 1 stale, 2 on a bad schema; never writes.

Each test generates a small contract (the ``refs`` golden case: two messages
and a shared definitions file) into a temporary folder, changes one thing,
and runs ``check`` through click's runner. A last test times ``check`` on the
real 68-message contract.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main

REPO = Path(__file__).resolve().parent.parent
TEMPLATES = REPO / "templates"
SMALL = Path(__file__).resolve().parent / "golden" / "refs" / "schemas"
CHECK_LIMIT_SECONDS = 30.0


@pytest.fixture
def contract(tmp_path: Path) -> tuple[Path, Path]:
    """A schema folder and an output folder generated from it."""
    schemas, out = tmp_path / "schemas", tmp_path / "out"
    shutil.copytree(SMALL, schemas)
    assert _run("generate", schemas, out).exit_code == 0
    return schemas, out


def _run(command: str, schemas: Path, out: Path) -> Result:
    arguments = [command, "--schemas", str(schemas), "--out", str(out)]
    return CliRunner().invoke(main, [*arguments, "--templates", str(TEMPLATES)])


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_in_sync_exits_0(contract: tuple[Path, Path]) -> None:
    schemas, out = contract
    before = _snapshot(out)

    result = _run("check", schemas, out)

    assert result.exit_code == 0, result.output
    assert "generated files in" in result.output and "match" in result.output
    assert _snapshot(out) == before


def test_a_changed_schema_exits_1_with_a_diff(contract: tuple[Path, Path]) -> None:
    schemas, out = contract
    path = schemas / "order-placed.json"
    schema = json.loads(path.read_text("utf-8"))
    schema["description"] = "Placed by a customer, now documented."
    path.write_text(json.dumps(schema, indent=2), encoding="utf-8")
    before = _snapshot(out)

    result = _run("check", schemas, out)

    assert result.exit_code == 1, result.output
    assert "models/order_placed.py (on disk)" in result.output
    assert "+    Placed by a customer, now documented." in result.output
    assert f"run `worker-codegen generate --schemas {schemas} --out {out}`" in (
        result.output
    )
    assert _snapshot(out) == before


def test_a_deleted_output_file_exits_1_as_missing(contract: tuple[Path, Path]) -> None:
    schemas, out = contract
    (out / "python" / "worker_backend_client" / "models" / "_common.py").unlink()
    before = _snapshot(out)

    result = _run("check", schemas, out)

    assert result.exit_code == 1, result.output
    assert "missing: " in result.output
    assert "models/_common.py" in result.output
    assert _snapshot(out) == before


def test_a_removed_schema_exits_1_listing_its_files_as_extra(
    contract: tuple[Path, Path],
) -> None:
    schemas, out = contract
    (schemas / "customer-moved.json").unlink()
    before = _snapshot(out)

    result = _run("check", schemas, out)

    assert result.exit_code == 1, result.output
    extra = [line for line in result.output.splitlines() if line.startswith("extra:")]
    assert any("models/customer_moved.py" in line for line in extra), result.output
    assert any("schemas/customer-moved.json" in line for line in extra)
    assert _snapshot(out) == before


def test_a_bad_schema_exits_2_naming_the_problem(contract: tuple[Path, Path]) -> None:
    schemas, out = contract
    path = schemas / "order-placed.json"
    schema = json.loads(path.read_text("utf-8"))
    schema["properties"]["lines"]["$dynamicRef"] = "#meta"
    path.write_text(json.dumps(schema, indent=2), encoding="utf-8")
    before = _snapshot(out)

    result = _run("check", schemas, out)

    assert result.exit_code == 2, result.output
    assert "order-placed.json" in result.output
    assert "/properties/lines/$dynamicRef" in result.output
    assert "keyword '$dynamicRef' is not supported" in result.output
    assert _snapshot(out) == before


def test_check_on_the_real_contract_is_quick(tmp_path: Path) -> None:
    """CI runs check on every push; the figure is printed with ``pytest -s``."""
    schemas, out = REPO / "message_schemas", tmp_path / "out"
    assert _run("generate", schemas, out).exit_code == 0

    started = time.monotonic()
    result = _run("check", schemas, out)
    elapsed = time.monotonic() - started

    assert result.exit_code == 0, result.output
    print(f"\nworker-codegen check on the 68-message contract: {elapsed:.2f}s")
    assert elapsed < CHECK_LIMIT_SECONDS
