"""Settings from ``[tool.worker-codegen]`` in the nearest ``pyproject.toml``.

The file is looked for in the working directory and then in each parent, and
the first one found is the only one read. Paths in it are relative to the
folder that holds it; an option on the command line wins over the file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import SettingsError
from generator.lint import CONVENTIONS, RULES

PYPROJECT = "pyproject.toml"
TABLE = "worker-codegen"

# The templates shipped beside the generator, used unless a setting says otherwise.
BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@dataclass(frozen=True)
class Settings:
    schemas: Path = Path("message_schemas")
    out: Path = Path("generated")
    templates: Path = BUILTIN_TEMPLATES
    additional_properties: str = "either"
    lint_ignore: frozenset[str] = frozenset()
    origin: Path | None = None  # the pyproject.toml they came from


def load_settings(start: Path) -> Settings:
    """The settings for a run started in ``start``."""
    path = _find(start.resolve())
    if path is None:
        return Settings()

    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise SettingsError(f"{path}: not valid TOML: {error}") from None

    table = document.get("tool", {}).get(TABLE)
    if table is None:
        return Settings(origin=path)
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: [tool.{TABLE}] must be a table")
    return _parse(table, path)


def _find(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if (candidate / PYPROJECT).is_file():
            return candidate / PYPROJECT
    return None


def _parse(table: dict[str, Any], path: Path) -> Settings:
    known = ("schemas", "out", "templates", "additional-properties", "lint-ignore")
    for key in table:
        if key not in known:
            raise SettingsError(
                f"{path}: [tool.{TABLE}] has an unknown key {key!r}; "
                f"the keys are: {', '.join(known)}"
            )

    base = path.parent
    defaults = Settings()
    return Settings(
        schemas=_path(table, "schemas", base, path) or _near(base / defaults.schemas),
        out=_path(table, "out", base, path) or _near(base / defaults.out),
        templates=_path(table, "templates", base, path) or defaults.templates,
        additional_properties=_choice(table, path),
        lint_ignore=_rules(table, path),
        origin=path,
    )


def _path(table: dict[str, Any], key: str, base: Path, path: Path) -> Path | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise SettingsError(f"{path}: [tool.{TABLE}] {key} must be a folder path")
    return _near(base / value)


def _near(path: Path) -> Path:
    """``path`` relative to the working directory when it lies inside it."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _choice(table: dict[str, Any], path: Path) -> str:
    value = table.get("additional-properties", "either")
    if value not in CONVENTIONS:
        raise SettingsError(
            f"{path}: [tool.{TABLE}] additional-properties is {value!r}; "
            f"use one of: {', '.join(repr(c) for c in CONVENTIONS)}"
        )
    return str(value)


def _rules(table: dict[str, Any], path: Path) -> frozenset[str]:
    value = table.get("lint-ignore", [])
    unknown = [v for v in value if v not in RULES] if isinstance(value, list) else []
    if not isinstance(value, list) or unknown:
        raise SettingsError(
            f"{path}: [tool.{TABLE}] lint-ignore must list lint rules, "
            f"not {unknown or value!r}; the rules are: {', '.join(RULES)}"
        )
    return frozenset(value)
