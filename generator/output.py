"""Writing a generated tree so that a failure never leaves it half-written.

The new tree is built in a staging folder beside the target and swapped in
with two renames. Files the generator produced are listed in a manifest, so a
later run removes the ones it no longer produces and keeps anything else a
person put there.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "worker-codegen-manifest.json"


@dataclass(frozen=True)
class WriteSummary:
    written: int
    changed: int
    removed: int


def write_tree(out: Path, target: str, files: dict[str, bytes]) -> WriteSummary:
    """Replace ``out/target`` with ``files``, keeping files it did not produce."""
    out.mkdir(parents=True, exist_ok=True)
    destination = out / target
    produced_before = _read_manifest(out).get(target, [])

    staging = Path(tempfile.mkdtemp(prefix=f".{target}-staging-", dir=out))
    try:
        fresh = staging / target
        for name, data in files.items():
            path = fresh / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)

        _keep_foreign_files(destination, fresh, set(produced_before) | set(files))
        summary = _summarize(destination, files, produced_before)

        if destination.exists():
            destination.rename(staging / "previous")
        fresh.rename(destination)
        _write_manifest(out, target, sorted(files))
    finally:
        shutil.rmtree(staging, ignore_errors=True)

    return summary


def read_tree(out: Path, target: str) -> dict[str, bytes]:
    """The files of ``out/target`` the manifest says the generator produced."""
    root = out / target
    return {
        name: (root / name).read_bytes()
        for name in _read_manifest(out).get(target, [])
        if (root / name).is_file()
    }


def produced(out: Path, target: str) -> list[str]:
    return list(_read_manifest(out).get(target, []))


def _keep_foreign_files(old: Path, new: Path, ours: set[str]) -> None:
    if not old.is_dir():
        return
    for path in sorted(old.rglob("*")):
        name = path.relative_to(old).as_posix()
        if path.is_file() and name not in ours:
            copy = new / name
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy)


def _summarize(old: Path, files: dict[str, bytes], before: list[str]) -> WriteSummary:
    changed = sum(
        1
        for name, data in files.items()
        if not (old / name).is_file() or (old / name).read_bytes() != data
    )
    removed = len(set(before) - set(files))
    return WriteSummary(written=len(files), changed=changed, removed=removed)


def _read_manifest(out: Path) -> dict[str, list[str]]:
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {str(k): [str(name) for name in v] for k, v in manifest["targets"].items()}


def _write_manifest(out: Path, target: str, names: list[str]) -> None:
    targets = _read_manifest(out)
    targets[target] = names
    text = json.dumps({"generator": "worker-codegen", "targets": targets}, indent=2)

    # Written beside and renamed over, so a reader never sees half a manifest.
    temporary = out / f".{MANIFEST}.tmp"
    temporary.write_text(text + "\n", encoding="utf-8")
    os.replace(temporary, out / MANIFEST)
