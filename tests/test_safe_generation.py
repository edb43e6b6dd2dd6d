"""``generate`` never loses work: a failure or a kill leaves the output as it was.

The kill tests run ``worker-codegen generate`` in a subprocess that sends
itself SIGKILL (or SIGSTOP) at a named checkpoint of the output swap, through
the ``WORKER_CODEGEN_SIGNAL_AT`` hook in ``generator/output.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.errors import BusyError, GenerationError
from generator.lock import exclusive
from generator.output import MANIFEST, SIGNAL_HOOK, recover, write_tree

REPO = Path(__file__).resolve().parent.parent
MESSAGES = ("file-download-request", "file-download-completed")
CHECKPOINTS = ("locked", "writing", "staged", "moved-aside", "swapped", "committed")
FOREIGN = "NOTES.md"


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by relative path."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def generate_in_subprocess(
    schemas: Path, out: Path, *, hook: str = ""
) -> subprocess.Popen[str]:
    env = {**os.environ, SIGNAL_HOOK: hook}
    command = [sys.executable, "-m", "generator", "generate"]
    return subprocess.Popen(
        [*command, "--schemas", str(schemas), "--out", str(out)],
        cwd=out.parent,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(*arguments: str | Path) -> Result:
    return CliRunner().invoke(main, [str(argument) for argument in arguments])


def contract(folder: Path, *, edited: bool) -> Path:
    """Two messages; the edited contract changes one, drops one and adds one."""
    folder.mkdir()
    shutil.copy(REPO / "message_schemas" / "VERSION", folder)
    names = ("file-download-request", "model-discovery-scan-request")
    for name in names if edited else MESSAGES:
        shutil.copy(REPO / "message_schemas" / f"{name}.json", folder)
    if edited:
        path = folder / "file-download-request.json"
        document = json.loads(path.read_text(encoding="utf-8"))
        document["properties"]["priority"] = {
            "description": "How soon to download.",
            "type": "integer",
        }
        path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An output folder from the old contract, and what the new one gives."""
    root = tmp_path_factory.mktemp("trees")
    paths = {
        "old_schemas": contract(root / "old_schemas", edited=False),
        "new_schemas": contract(root / "new_schemas", edited=True),
    }
    for name in ("old", "new"):
        result = run(
            "generate", "--schemas", paths[f"{name}_schemas"], "--out", root / name
        )
        assert result.exit_code == 0, result.output
    (root / "old" / "python" / FOREIGN).write_text("kept by hand\n", encoding="utf-8")
    (root / "new" / "python" / FOREIGN).write_text("kept by hand\n", encoding="utf-8")
    return {**paths, "old": root / "old", "new": root / "new"}


@pytest.fixture
def out(trees: dict[str, Path], tmp_path: Path) -> Path:
    """A copy of the old output, for one test to write over."""
    return Path(shutil.copytree(trees["old"], tmp_path / "generated"))


@pytest.mark.parametrize("checkpoint", CHECKPOINTS)
def test_a_kill_at_any_point_leaves_the_output_whole(
    checkpoint: str, trees: dict[str, Path], out: Path
) -> None:
    """Killed before the commit: the old tree; after it: the new one.

    Between moving the old tree aside and committing, the folder is not yet
    whole; the recovery every run starts with (``recover``) makes it so.
    """
    before = tree(out)

    process = generate_in_subprocess(
        trees["new_schemas"], out, hook=f"{checkpoint}:KILL"
    )
    process.communicate(timeout=60)
    recover(out, "python")

    assert process.returncode == -signal.SIGKILL
    assert tree(out) == (tree(trees["new"]) if checkpoint == "committed" else before)


def test_the_next_generate_recovers_and_finishes(
    trees: dict[str, Path], out: Path
) -> None:
    killed = generate_in_subprocess(trees["new_schemas"], out, hook="swapped:KILL")
    killed.communicate(timeout=60)
    assert killed.returncode == -signal.SIGKILL
    assert any(out.glob(".python-staging-*"))

    result = run("generate", "--schemas", trees["new_schemas"], "--out", out)

    assert result.exit_code == 0, result.output
    assert tree(out) == tree(trees["new"])


def test_a_kill_from_outside_during_the_write(
    trees: dict[str, Path], out: Path
) -> None:
    """Kill at moments after the staging folder appears: old or new, never a mix."""
    old, new = tree(out), tree(trees["new"])
    for delay in (0.0, 0.005, 0.02):
        process = generate_in_subprocess(trees["new_schemas"], out)
        while process.poll() is None and not any(out.glob(".python-staging-*")):
            time.sleep(0.0005)
        time.sleep(delay)
        process.kill()
        process.communicate(timeout=60)

        recover(out, "python")
        assert tree(out) in (old, new)
        shutil.rmtree(out)
        shutil.copytree(trees["old"], out)


def test_a_second_generate_is_refused_while_one_runs(
    trees: dict[str, Path], out: Path
) -> None:
    first = generate_in_subprocess(trees["new_schemas"], out, hook="staged:STOP")
    _, status = os.waitpid(first.pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status)

    second = generate_in_subprocess(trees["new_schemas"], out)
    _, error = second.communicate(timeout=60)
    os.kill(first.pid, signal.SIGCONT)
    first.communicate(timeout=60)

    assert second.returncode == 2
    assert error.splitlines()[-1] == (
        f"{out} is being written by another `worker-codegen generate`; nothing "
        "was written. Wait for it to finish, then run again"
    )
    assert first.returncode == 0
    assert tree(out) == tree(trees["new"])


def test_generate_runs_started_together_do_not_corrupt(
    trees: dict[str, Path], out: Path
) -> None:
    processes = [generate_in_subprocess(trees["new_schemas"], out) for _ in range(3)]
    codes = []
    for process in processes:
        process.communicate(timeout=60)
        codes.append(process.returncode)

    assert set(codes) <= {0, 2} and 0 in codes
    assert tree(out) == tree(trees["new"])


def test_the_lock_is_held_per_folder(tmp_path: Path) -> None:
    with exclusive(tmp_path), pytest.raises(BusyError), exclusive(tmp_path):
        pass
    with exclusive(tmp_path):  # released on leaving
        pass


def test_a_failure_during_the_swap_puts_the_old_tree_back(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree(out)
    replace = os.replace

    def fail_on_the_manifest(source: Path, target: Path) -> None:
        if Path(target).name == MANIFEST:  # the commit: the tree is already swapped
            raise OSError("disk full")
        replace(source, target)

    monkeypatch.setattr(os, "replace", fail_on_the_manifest)
    with pytest.raises(OSError, match="disk full"):
        write_tree(out, "python", {"README.md": b"new\n"})

    assert tree(out) == before


@pytest.mark.parametrize(
    ("template", "text", "messages"),
    [
        pytest.param(
            "broken.md.jinja",
            "{{ nowhere.to_be }}\n",
            ["template broken.md.jinja", "'nowhere' is undefined"],
            id="template-error",
        ),
        pytest.param(
            "broken.py.jinja",
            "def broken(:\n",
            ["ruff check failed on the generated code"],
            id="formatter-failure",
        ),
    ],
)
def test_a_failing_step_writes_nothing(
    trees: dict[str, Path],
    out: Path,
    tmp_path: Path,
    template: str,
    text: str,
    messages: list[str],
) -> None:
    templates = Path(shutil.copytree(REPO / "templates", tmp_path / "templates"))
    (templates / "python" / template).write_text(text)
    before = tree(out)

    result = run(
        "generate",
        "--schemas",
        trees["new_schemas"],
        "--out",
        out,
        "--templates",
        templates,
    )

    assert result.exit_code == 2
    for message in messages:
        assert message in result.stderr
    assert tree(out) == before


def test_removing_a_schema_removes_only_its_files(
    trees: dict[str, Path], out: Path
) -> None:
    schemas = trees["old_schemas"].parent / "one_removed"
    shutil.copytree(trees["old_schemas"], schemas, dirs_exist_ok=True)
    (schemas / "file-download-completed.json").unlink()
    by_hand = out / "python" / "worker_backend_client" / "models" / "local.py"
    by_hand.write_text("# mine\n", encoding="utf-8")
    foreign = (by_hand, out / "python" / FOREIGN)
    foreign_before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in foreign}
    before = set(tree(out))

    result = run("generate", "--schemas", schemas, "--out", out)

    assert result.exit_code == 0, result.output
    gone = before - set(tree(out))
    assert gone == {
        "python/worker_backend_client/models/file_download_completed.py",
        "python/worker_backend_client/schemas/file-download-completed.json",
    }
    assert "2 removed" in result.stdout
    for path, (data, mtime) in foreign_before.items():
        assert (path.read_bytes(), path.stat().st_mtime_ns) == (data, mtime)
    listed = json.loads((out / MANIFEST).read_text())["targets"]["python"]
    assert "worker_backend_client/models/local.py" not in listed


def test_a_file_it_did_not_write_is_never_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, "python", {"a.py": b"a = 1\n"})
    (out / "python" / "b.py").write_text("mine = True\n", encoding="utf-8")
    before = tree(out)

    with pytest.raises(GenerationError, match="would overwrite files it did not write"):
        write_tree(out, "python", {"a.py": b"a = 2\n", "b.py": b"b = 2\n"})

    assert tree(out) == before


def test_schema_text_is_data_never_template_source(tmp_path: Path) -> None:
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    (schemas / "VERSION").write_text("1.0.0\n")
    hostile = "Runs {{ 7 * 191 }} and {% for x in range(3) %}x{% endfor %} {# no #}."
    document = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "PingMessage",
        "description": hostile,
        "type": "object",
        "properties": {"target": {"description": hostile, "type": "string"}},
    }
    (schemas / "ping.json").write_text(json.dumps(document), encoding="utf-8")

    result = run("generate", "--schemas", schemas, "--out", tmp_path / "out")

    assert result.exit_code == 0, result.output
    root = tmp_path / "out" / "python"
    readme = (root / "README.md").read_text(encoding="utf-8")
    client = (root / "worker_backend_client" / "_client.py").read_text("utf-8")
    assert hostile in readme and hostile in client
    assert "1337" not in readme + client and "xxx" not in readme + client
