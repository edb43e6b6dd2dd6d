"""The ``worker-codegen`` command line.

Results go to stdout and problems to stderr. Every command first runs the
same checks (``validate``), so a contract that ``validate`` passes is one
``generate`` and ``check`` accept.
"""

from __future__ import annotations

import difflib
import json
import logging
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click

from generator import pipeline
from generator.checks import check_contract
from generator.contract import Contract, build_contract
from generator.errors import (
    EXIT_BAD_INPUT,
    EXIT_STALE,
    ContractError,
    Diagnostic,
    GeneratorError,
)
from generator.lint import lint_contract
from generator.output import interrupted, produced, read_tree, write_tree
from generator.schemas import ContractSource, read_contract
from generator.settings import Settings, load_settings

F = TypeVar("F", bound=Callable[..., Any])

_SETTING = "[default: [tool.worker-codegen] {key} in pyproject.toml, else {default}]"


def _options(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    def apply(function: F) -> F:
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return apply


_folder = click.Path(path_type=Path, file_okay=False)
schemas_option = click.option(
    "--schemas",
    type=_folder,
    help="Folder of message schemas, one <message-type>.json each, and VERSION. "
    + _SETTING.format(key="schemas", default="message_schemas"),
)
out_option = click.option(
    "--out",
    type=_folder,
    help="Folder the targets are written to; the Python package lands in "
    "OUT/python. " + _SETTING.format(key="out", default="generated"),
)
templates_option = click.option(
    "--templates",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Folder of templates, one subfolder per target language. "
    + _SETTING.format(key="templates", default="the templates shipped with it"),
)
strict_option = click.option(
    "--strict", is_flag=True, help="Treat lint warnings as errors (exit 2)."
)
talk_options = _options(
    click.option("-q", "--quiet", is_flag=True, help="Print only errors."),
    click.option("-v", "--verbose", is_flag=True, help="Say what each step does."),
)


@dataclass(frozen=True)
class _Run:
    """What every command needs: the settings and how much to say."""

    settings: Settings
    quiet: bool
    verbose: bool

    def say(self, text: str) -> None:
        if not self.quiet:
            click.echo(text)


@click.group()
def main() -> None:
    """Generate a typed Python client and its docs from a message contract.

    \b
    Example:
      worker-codegen validate && worker-codegen generate

    Exit codes: 0 success, 1 generated output is stale (check), 2 bad input
    or usage. Options default to [tool.worker-codegen] in pyproject.toml.
    """


@main.command()
@schemas_option
@strict_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="json prints every finding as one JSON document on stdout, for editors "
    "and CI annotations.",
)
@talk_options
def validate(
    schemas: Path | None,
    strict: bool,
    output_format: str,
    quiet: bool,
    verbose: bool,
) -> None:
    """Check every schema and report all problems at once; write nothing.

    Each problem is one line, FILE:LINE:COLUMN: /json/pointer: what is wrong.
    Exit 0 when the contract is clean (warnings allowed unless --strict), 2 if not.

    \b
    Example:
      worker-codegen validate --schemas message_schemas --format json
    """
    with _reported():
        run = _start(quiet, verbose)
        folder = schemas or run.settings.schemas
        try:
            _, errors, warnings = _examine(folder, run, strict=strict)
        except ContractError as error:
            errors, warnings = error.diagnostics, []

    if output_format == "json":
        click.echo(json.dumps(_report(folder, errors, warnings), indent=2))
    else:
        _show_findings(run, folder, errors, warnings)
    if errors:
        sys.exit(EXIT_BAD_INPUT)


@main.command()
@schemas_option
@out_option
@templates_option
@strict_option
@talk_options
def generate(
    schemas: Path | None,
    out: Path | None,
    templates: Path | None,
    strict: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Check the schemas, then write the Python client package and its README.

    The new tree is swapped in only once every step has succeeded; if
    anything fails, or the process is killed, OUT is left as it was.

    \b
    Example:
      worker-codegen generate --schemas message_schemas --out generated
    """
    started = time.monotonic()
    with _reported():
        run = _start(quiet, verbose)
        out = out or run.settings.out
        contract = _load(schemas or run.settings.schemas, run, strict=strict)
        output = pipeline.generate_python(contract, templates or run.settings.templates)
        summary = write_tree(out, output.target, output.files)

    run.say(
        f"{len(contract.messages)} messages: {summary.written} files written to "
        f"{out / output.target}, {summary.changed} changed, {summary.removed} removed "
        f"in {time.monotonic() - started:.1f}s"
    )


@main.command()
@schemas_option
@out_option
@templates_option
@strict_option
@talk_options
def check(
    schemas: Path | None,
    out: Path | None,
    templates: Path | None,
    strict: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Exit 1 if the generated files on disk differ from what the schemas give.

    Prints a diff of each changed file and lists missing and extra ones.
    Writes nothing.

    \b
    Example:
      worker-codegen check --schemas message_schemas --out generated
    """
    with _reported():
        run = _start(quiet, verbose)
        schemas = schemas or run.settings.schemas
        out = out or run.settings.out
        contract = _load(schemas, run, strict=strict)
        output = pipeline.generate_python(contract, templates or run.settings.templates)

    on_disk = read_tree(out, output.target)
    listed = set(produced(out, output.target))
    root = out / output.target

    changed = sorted(
        n for n in output.files if n in on_disk and on_disk[n] != output.files[n]
    )
    missing = sorted(n for n in output.files if n not in on_disk)
    extra = sorted(n for n in listed if n not in output.files and (root / n).exists())

    for name in changed:
        run.say(_diff(root / name, on_disk[name], output.files[name]).rstrip("\n"))
    for name in missing:
        run.say(f"missing: {root / name}")
    for name in extra:
        run.say(f"extra: {root / name} (its schema is gone)")
    for staging in interrupted(out, output.target):
        click.echo(
            f"note: {staging} is left by an interrupted generate; the next "
            "generate puts the previous tree back first",
            err=True,
        )

    if changed or missing or extra:
        count = len(changed) + len(missing) + len(extra)
        click.echo(
            f"{count} generated files are out of date with {schemas}; "
            f"run `worker-codegen generate --schemas {schemas} --out {out}`",
            err=True,
        )
        sys.exit(EXIT_STALE)

    run.say(f"{len(output.files)} generated files in {root} match {schemas}")


def _start(quiet: bool, verbose: bool) -> _Run:
    if quiet and verbose:
        raise click.UsageError("--quiet and --verbose contradict each other")
    level = logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    return _Run(load_settings(Path.cwd()), quiet, verbose)


def _examine(
    schemas: Path, run: _Run, *, strict: bool
) -> tuple[ContractSource, list[Diagnostic], list[Diagnostic]]:
    """The contract as read, its errors and its warnings (errors, if strict)."""
    source = read_contract(schemas)
    errors = check_contract(source)
    warnings = lint_contract(
        source,
        additional_properties=run.settings.additional_properties,
        ignore=run.settings.lint_ignore,
    )
    if strict:
        both = [*errors, *(warning.as_error() for warning in warnings)]
        return source, sorted(both, key=_place), []
    return source, errors, warnings


def _load(schemas: Path, run: _Run, *, strict: bool) -> Contract:
    """What ``pipeline.load`` does, with the lint rules run and reported too."""
    source, errors, warnings = _examine(schemas, run, strict=strict)
    if errors:
        raise ContractError(errors)

    if run.verbose:
        for warning in warnings:
            click.echo(str(warning), err=True)
    elif warnings and not run.quiet:
        click.echo(
            f"{len(warnings)} lint warnings in {schemas}; `worker-codegen validate` "
            "lists them, and --strict makes them errors",
            err=True,
        )
    return build_contract(source)


def _show_findings(
    run: _Run, folder: Path, errors: list[Diagnostic], warnings: list[Diagnostic]
) -> None:
    shown = errors if run.quiet else sorted([*errors, *warnings], key=_place)
    for finding in shown:
        click.echo(str(finding), err=True)

    verdict = f"{folder}: {_count(errors, 'error')}, {_count(warnings, 'warning')}"
    if errors:
        click.echo(f"{verdict}; generate would refuse this contract", err=True)
    else:
        run.say(verdict)


def _report(
    folder: Path, errors: list[Diagnostic], warnings: list[Diagnostic]
) -> dict[str, Any]:
    findings = sorted([*errors, *warnings], key=_place)
    return {
        "schemas": str(folder),
        "errors": len(errors),
        "warnings": len(warnings),
        "findings": [finding.to_json() for finding in findings],
    }


def _place(finding: Diagnostic) -> tuple[str, int, int, str, str]:
    return finding.place


def _count(findings: list[Diagnostic], noun: str) -> str:
    return f"{len(findings)} {noun}{'' if len(findings) == 1 else 's'}"


def _diff(path: Path, old: bytes, new: bytes) -> str:
    lines = difflib.unified_diff(
        old.decode("utf-8", "replace").splitlines(keepends=True),
        new.decode("utf-8", "replace").splitlines(keepends=True),
        fromfile=f"{path} (on disk)",
        tofile=f"{path} (from schemas)",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


@contextmanager
def _reported() -> Iterator[None]:
    """Show a GeneratorError in one place, with its own exit code."""
    try:
        yield
    except GeneratorError as error:
        click.echo(error.show(), err=True)
        sys.exit(error.exit_code)
