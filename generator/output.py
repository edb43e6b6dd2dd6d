"""Writing a generated tree so that a failure never leaves it half-written.

The new tree and the new manifest are built in a staging folder beside the
target, then swapped in:

1. ``out/target`` is renamed into the staging folder (as ``previous``);
2. the new tree is renamed to ``out/target``;
3. the staged manifest replaces ``out/worker-codegen-manifest.json``.

Step 3 is the commit: until it happens the staging folder still holds its
``manifest.json``, and a run that finds such a folder (because the process
was killed) undoes steps 2 and 1 before doing anything else. So after a crash
at any point, the next run starts from the tree as it was before.

The manifest lists the files the generator produced, so a later run removes
the ones it no longer produces and keeps anything else a person put there.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.errors import GenerationError
from generator.lock import exclusive

logger = logging.getLogger(__name__)

MANIFEST = "worker-codegen-manifest.json"

# Names inside a staging folder.
_NEW = "new"
_PREVIOUS = "previous"
_NO_PREVIOUS = "no-previous"  # there was no tree to move aside
_DISCARD = "discard"
_STAGED_MANIFEST = "manifest.json"

# For the crash tests: "<checkpoint>:<signal>", e.g. "swapped:KILL", makes the
# process send itself that signal when it reaches the checkpoint.
SIGNAL_HOOK = "WORKER_CODEGEN_SIGNAL_AT"


@dataclass(frozen=True)
class WriteSummary:
    written: int
    changed: int
    removed: int


def write_tree(out: Path, target: str, files: dict[str, bytes]) -> WriteSummary:
    """Replace ``out/target`` with ``files``, keeping files it did not produce."""
    out.mkdir(parents=True, exist_ok=True)
    with exclusive(out):
        _checkpoint("locked")
        recover(out, target)
        return _write(out, target, files)


def recover(out: Path, target: str) -> None:
    """Undo what an interrupted run left half done; remove its staging folders."""
    for staging in interrupted(out, target):
        logger.warning("undoing an interrupted generate run left in %s", staging)
        _roll_back(staging, out / target)
    for staging in _staging_folders(out, target):
        shutil.rmtree(staging, ignore_errors=True)


def interrupted(out: Path, target: str) -> list[Path]:
    """Staging folders of runs killed before they committed."""
    return [
        staging
        for staging in _staging_folders(out, target)
        if (staging / _STAGED_MANIFEST).exists()
    ]


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


def _write(out: Path, target: str, files: dict[str, bytes]) -> WriteSummary:
    destination = out / target
    manifest = _read_manifest(out)
    before = manifest.get(target, [])
    _refuse_overwriting(destination, files, before)
    summary = _summarize(destination, files, before)

    staging = Path(tempfile.mkdtemp(prefix=_staging_prefix(target), dir=out))
    try:
        _stage(staging, destination, files, set(before) | set(files))
        manifest[target] = sorted(files)
        _write_atomically(staging / _STAGED_MANIFEST, _manifest_text(manifest))
        _checkpoint("staged")
        _swap(staging, destination, out / MANIFEST)
    except BaseException:
        _roll_back(staging, destination)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)

    return summary


def _stage(
    staging: Path, destination: Path, files: dict[str, bytes], ours: set[str]
) -> None:
    fresh = staging / _NEW
    fresh.mkdir()
    for index, (name, data) in enumerate(files.items()):
        path = fresh / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if index == len(files) // 2:
            _checkpoint("writing")
    _keep_foreign_files(destination, fresh, ours)


def _swap(staging: Path, destination: Path, manifest: Path) -> None:
    if destination.exists():
        destination.rename(staging / _PREVIOUS)
    else:
        (staging / _NO_PREVIOUS).mkdir()
    _checkpoint("moved-aside")

    (staging / _NEW).rename(destination)
    _checkpoint("swapped")

    os.replace(staging / _STAGED_MANIFEST, manifest)
    _checkpoint("committed")


def _roll_back(staging: Path, destination: Path) -> None:
    """Put back the tree a run moved aside, unless it already committed.

    Every step can be repeated, so a run killed while rolling back leaves a
    folder the next run rolls back in turn.
    """
    if not (staging / _STAGED_MANIFEST).exists():
        return

    moved_aside = (staging / _PREVIOUS).exists() or (staging / _NO_PREVIOUS).exists()
    if moved_aside and not (staging / _NEW).exists() and destination.exists():
        destination.rename(staging / _DISCARD)
    if (staging / _PREVIOUS).exists():
        (staging / _PREVIOUS).rename(destination)
    if (staging / _NO_PREVIOUS).exists():
        (staging / _NO_PREVIOUS).rmdir()

    (staging / _STAGED_MANIFEST).unlink()


def _refuse_overwriting(
    destination: Path, files: dict[str, bytes], before: list[str]
) -> None:
    """Never replace a file the generator did not write, unless it is identical."""
    ours = set(before)
    clashes = [
        destination / name
        for name, data in files.items()
        if name not in ours
        and (destination / name).is_file()
        and (destination / name).read_bytes() != data
    ]
    if clashes:
        listed = "\n".join(f"  {path}" for path in clashes)
        raise GenerationError(
            f"generate would overwrite files it did not write (they are not in "
            f"{MANIFEST}):\n{listed}\nmove them out of {destination}, or delete "
            "them if they are old generated files; nothing was written"
        )


def _keep_foreign_files(old: Path, new: Path, ours: set[str]) -> None:
    if not old.is_dir():
        return
    for path in sorted(old.rglob("*")):
        name = path.relative_to(old).as_posix()
        if name in ours:
            continue
        copy = new / name
        if path.is_dir() and not path.is_symlink():
            copy.mkdir(parents=True, exist_ok=True)
        else:
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy, follow_symlinks=False)


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
    except (ValueError, UnicodeDecodeError) as error:
        raise GenerationError(
            f"{out / MANIFEST} is not valid JSON ({error}); restore it from version "
            "control, or delete it and the files it listed, then generate again"
        ) from None
    return {str(k): [str(name) for name in v] for k, v in manifest["targets"].items()}


def _manifest_text(targets: dict[str, list[str]]) -> str:
    document = {"generator": "worker-codegen", "targets": dict(sorted(targets.items()))}
    return json.dumps(document, indent=2) + "\n"


def _write_atomically(path: Path, text: str) -> None:
    """Written beside and renamed over, so a reader never sees half a file."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _staging_prefix(target: str) -> str:
    return f".{target}-staging-"


def _staging_folders(out: Path, target: str) -> list[Path]:
    return sorted(out.glob(f"{_staging_prefix(target)}*"))


def _checkpoint(name: str) -> None:
    hook = os.environ.get(SIGNAL_HOOK, "")
    at, _, signal_name = hook.partition(":")
    if at == name:
        os.kill(os.getpid(), signal.Signals[f"SIG{signal_name}"])
