"""What can go wrong, as exceptions that know their exit code and how to show it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

EXIT_OK = 0
EXIT_STALE = 1
EXIT_BAD_INPUT = 2

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in one schema file.

    ``pointer`` is a JSON pointer into the file (``""`` for the whole document);
    ``line`` and ``column`` are 1-based and 0 when unknown. A warning names the
    lint ``rule`` that raised it.
    """

    file: str
    message: str
    pointer: str = ""
    line: int = 0
    column: int = 0
    severity: str = ERROR
    rule: str = ""

    def __str__(self) -> str:
        location = self.file
        if self.line:
            location += f":{self.line}:{self.column}"
        where = f"{self.pointer}: " if self.pointer else ""
        kind = "warning: " if self.severity == WARNING else ""
        rule = f" [{self.rule}]" if self.rule else ""
        return f"{location}: {where}{kind}{self.message}{rule}"

    @property
    def place(self) -> tuple[str, int, int, str, str]:
        """The order findings are shown in: by file, then by position."""
        return (self.file, self.line, self.column, self.pointer, self.message)

    def as_error(self) -> Diagnostic:
        """This finding as an error, for ``--strict``."""
        return replace(self, severity=ERROR)

    def to_json(self) -> dict[str, Any]:
        """The finding for ``validate --format json``, location first."""
        keys = ("file", "line", "column", "pointer", "severity", "rule", "message")
        found = asdict(self)
        return {key: found[key] for key in keys}


class GeneratorError(Exception):
    """Base of every error the generator reports to its user."""

    exit_code = EXIT_BAD_INPUT

    def show(self) -> str:
        return str(self)


class ContractError(GeneratorError):
    """The schemas cannot be turned into a client; each diagnostic says why."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(diagnostic) for diagnostic in diagnostics))

    def show(self) -> str:
        count = len(self.diagnostics)
        noun = "problem" if count == 1 else "problems"
        lines = [str(diagnostic) for diagnostic in self.diagnostics]
        lines.append(f"{count} {noun} in the contract; nothing was written.")
        return "\n".join(lines)


class GenerationError(GeneratorError):
    """A later step (models, templates, formatter) failed; nothing was written."""


class SettingsError(GeneratorError):
    """``[tool.worker-codegen]`` in pyproject.toml is not what the generator reads."""


class BusyError(GeneratorError):
    """Another ``generate`` holds the output folder; this one wrote nothing."""
