"""The ``worker-codegen`` command line."""

from __future__ import annotations

import difflib
import logging
import sys
import time
from pathlib import Path

import click

from generator import pipeline
from generator.errors import EXIT_STALE, GeneratorError
from generator.output import produced, read_tree, write_tree

DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

schemas_option = click.option(
    "--schemas",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("message_schemas"),
    show_default=True,
    help="Folder of message schemas, one <message-type>.json each, and VERSION.",
)
out_option = click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("generated"),
    show_default=True,
    help="Folder the targets are written to; the Python package lands in OUT/python.",
)
templates_option = click.option(
    "--templates",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=DEFAULT_TEMPLATES,
    help="Folder of templates, one subfolder per target language.",
)


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Say what each step does.")
def main(verbose: bool) -> None:
    """Generate typed clients and their docs from message contracts."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


@main.command()
@schemas_option
@out_option
@templates_option
def generate(schemas: Path, out: Path, templates: Path) -> None:
    """Write the Python client package and its README.

    Example: worker-codegen generate --schemas message_schemas --out generated
    """
    started = time.monotonic()
    with _reported():
        contract = pipeline.load(schemas)
        output = pipeline.generate_python(contract, templates)
        summary = write_tree(out, output.target, output.files)

    click.echo(
        f"{len(contract.messages)} messages: {summary.written} files written to "
        f"{out / output.target}, {summary.changed} changed, {summary.removed} removed "
        f"in {time.monotonic() - started:.1f}s"
    )


@main.command()
@schemas_option
@out_option
@templates_option
def check(schemas: Path, out: Path, templates: Path) -> None:
    """Exit 1 if the generated files on disk differ from what the schemas give.

    Writes nothing. Example: worker-codegen check
    """
    with _reported():
        contract = pipeline.load(schemas)
        output = pipeline.generate_python(contract, templates)

    on_disk = read_tree(out, output.target)
    listed = set(produced(out, output.target))
    root = out / output.target

    changed = sorted(
        n for n in output.files if n in on_disk and on_disk[n] != output.files[n]
    )
    missing = sorted(n for n in output.files if n not in on_disk)
    extra = sorted(n for n in listed if n not in output.files and (root / n).exists())

    for name in changed:
        click.echo(_diff(root / name, on_disk[name], output.files[name]), nl=False)
    for name in missing:
        click.echo(f"missing: {root / name}")
    for name in extra:
        click.echo(f"extra: {root / name} (its schema is gone)")

    if changed or missing or extra:
        count = len(changed) + len(missing) + len(extra)
        click.echo(
            f"{count} generated files are out of date with {schemas}; "
            f"run `worker-codegen generate --schemas {schemas} --out {out}`",
            err=True,
        )
        sys.exit(EXIT_STALE)

    click.echo(f"{len(output.files)} generated files in {root} match {schemas}")


def _diff(path: Path, old: bytes, new: bytes) -> str:
    lines = difflib.unified_diff(
        old.decode("utf-8", "replace").splitlines(keepends=True),
        new.decode("utf-8", "replace").splitlines(keepends=True),
        fromfile=f"{path} (on disk)",
        tofile=f"{path} (from schemas)",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


class _reported:
    """Show a GeneratorError in one place, with its own exit code."""

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, exc_type: object, error: BaseException | None, tb: object
    ) -> None:
        if isinstance(error, GeneratorError):
            click.echo(error.show(), err=True)
            sys.exit(error.exit_code)
