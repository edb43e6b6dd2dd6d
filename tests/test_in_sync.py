"""The committed ``generated/`` is exactly what the schemas and templates give."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from payloads import REPO

from generator.cli import main

SCHEMAS = REPO / "message_schemas"
COMMITTED = REPO / "generated"


def worker_codegen(*arguments: str | Path) -> Result:
    return CliRunner().invoke(main, [str(argument) for argument in arguments])


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by relative path, tool caches left out."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not _is_cache(path.relative_to(root))
    }


def _is_cache(relative: Path) -> bool:
    return any(part.startswith(".") or part == "__pycache__" for part in relative.parts)


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    result = worker_codegen("generate", "--schemas", SCHEMAS, "--out", out)
    assert result.exit_code == 0, result.output
    return out


def test_check_passes_on_the_repository() -> None:
    result = worker_codegen("check", "--schemas", SCHEMAS, "--out", COMMITTED)

    assert result.exit_code == 0, result.output
    assert "match" in result.output


def test_generate_reproduces_the_committed_tree_byte_for_byte(
    regenerated: Path,
) -> None:
    fresh, committed = tree(regenerated), tree(COMMITTED)

    assert sorted(fresh) == sorted(committed)
    differing = [name for name in fresh if fresh[name] != committed[name]]
    assert differing == []
    assert len([name for name in fresh if name.endswith(".json")]) >= 68


def test_check_fails_on_a_stale_tree(regenerated: Path, tmp_path: Path) -> None:
    stale = tmp_path / "generated"
    shutil.copytree(regenerated, stale)
    client = stale / "python" / "worker_backend_client" / "_client.py"
    client.write_text(client.read_text(encoding="utf-8") + "# edited by hand\n")
    (stale / "python" / "README.md").unlink()

    result = worker_codegen("check", "--schemas", SCHEMAS, "--out", stale)

    assert result.exit_code == 1, result.output
    assert "-# edited by hand" in result.output
    assert "missing:" in result.output
    assert "README.md" in result.output
