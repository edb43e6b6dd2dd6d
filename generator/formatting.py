"""Formatting and linting the generated Python with ruff, in one pass over the tree."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from ruff.__main__ import find_ruff_bin

from generator.errors import GenerationError


def format_python(files: dict[str, str], *, config: str) -> dict[str, str]:
    """Return ``files`` with every ``.py`` fixed and formatted by ruff.

    Markdown files are formatted too: ruff formats their Python code blocks.

    ``config`` is the ``pyproject.toml`` text whose ``[tool.ruff]`` applies; the
    generated package carries the same one, so ruff there agrees with ruff here.
    """
    python = {
        name: text for name, text in files.items() if name.endswith((".py", ".md"))
    }
    with tempfile.TemporaryDirectory(prefix="worker-codegen-ruff-") as scratch:
        root = Path(scratch)
        (root / "pyproject.toml").write_text(config, encoding="utf-8")
        for name, text in python.items():
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")

        _ruff(root, "check", "--fix", "--quiet")
        _ruff(root, "format", "--quiet")

        formatted = {name: (root / name).read_text(encoding="utf-8") for name in python}
    return {**files, **formatted}


def _ruff(root: Path, *arguments: str) -> None:
    command = [
        find_ruff_bin(),
        *arguments,
        "--no-cache",
        "--config",
        str(root / "pyproject.toml"),
        str(root),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise GenerationError(
            f"ruff {arguments[0]} failed on the generated code; this is a bug in "
            f"worker-codegen or its templates:\n{output}"
        )
