"""The command line: help, settings from pyproject.toml, how much it says and where."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main

REPO = Path(__file__).resolve().parent.parent
SUMMARY = re.compile(
    r"^1 messages: (\d+) files written to (\S+), (\d+) changed, (\d+) removed "
    r"in \d+\.\ds$"
)
PING = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "title": "PingMessage",
    "description": "Checks that the workers answer.",
    "type": "object",
    "properties": {"target": {"type": "string"}, "hops": {"type": "integer"}},
}


def run(*arguments: str) -> Result:
    return CliRunner().invoke(main, list(arguments))


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with one message in ``contract/`` and no settings yet.

    The message has two fields without a description: two lint warnings.
    """
    monkeypatch.chdir(tmp_path)
    contract = tmp_path / "contract"
    contract.mkdir()
    (contract / "VERSION").write_text("1.0.0\n", encoding="utf-8")
    (contract / "ping.json").write_text(json.dumps(PING, indent=2), encoding="utf-8")
    return tmp_path


def settings(project: Path, text: str) -> None:
    (project / "pyproject.toml").write_text(
        f"[project]\nname = 'demo'\n\n[tool.worker-codegen]\n{text}", encoding="utf-8"
    )


@pytest.mark.parametrize("command", ["validate", "generate", "check"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")

    assert result.exit_code == 0
    example = result.stdout.split("Example:", 1)[1]
    assert example.split()[:2] == ["worker-codegen", command]


def test_the_top_level_help_names_the_exit_codes() -> None:
    result = run("--help")

    assert "Exit codes: 0 success, 1 generated output is stale" in result.stdout


def test_folders_default_to_the_pyproject_settings(project: Path) -> None:
    settings(project, 'schemas = "contract"\nout = "build"\n')

    result = run("generate", "--quiet")

    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert (project / "build" / "python" / "README.md").is_file()


def test_settings_are_found_from_a_subfolder(project: Path, monkeypatch) -> None:
    settings(project, 'schemas = "contract"\n')
    (project / "docs").mkdir()
    monkeypatch.chdir(project / "docs")

    result = run("validate", "--quiet")

    assert (result.exit_code, result.stderr) == (0, "")


def test_an_option_wins_over_the_settings(project: Path) -> None:
    settings(project, 'schemas = "nowhere"\n')

    result = run("validate", "--quiet", "--schemas", "contract")

    assert (result.exit_code, result.stderr) == (0, "")


def test_without_settings_the_defaults_apply(project: Path) -> None:
    result = run("validate")

    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        "message_schemas: no such folder; pass the schema folder as --schemas DIR"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            'schema = "contract"\n',
            "[tool.worker-codegen] has an unknown key 'schema'; the keys are: "
            "schemas, out, templates, additional-properties, lint-ignore",
        ),
        (
            'additional-properties = "shut"\n',
            "[tool.worker-codegen] additional-properties is 'shut'; use one of: "
            "'closed', 'open', 'either'",
        ),
        (
            'lint-ignore = ["no-docs"]\n',
            "[tool.worker-codegen] lint-ignore must list lint rules, not "
            "['no-docs']; the rules are: missing-description, title-mismatch, "
            "field-name-case, empty-object, additional-properties",
        ),
        ("out = 3\n", "[tool.worker-codegen] out must be a folder path"),
        ("out = \n", "not valid TOML: "),
    ],
)
def test_bad_settings_are_refused(project: Path, text: str, message: str) -> None:
    settings(project, text)

    result = run("validate")

    assert result.exit_code == 2
    assert result.stderr.startswith(f"{project / 'pyproject.toml'}: {message}")


def test_generate_prints_one_summary_line(project: Path) -> None:
    first = run("generate", "--schemas", "contract", "--out", "out")
    again = run("generate", "--schemas", "contract", "--out", "out")

    assert first.exit_code == again.exit_code == 0
    written, where, changed, removed = SUMMARY.match(first.stdout).groups()
    assert (where, changed, removed) == ("out/python", written, "0")
    assert SUMMARY.match(again.stdout).groups() == (written, "out/python", "0", "0")


def test_warnings_are_counted_unless_verbose(project: Path) -> None:
    quiet = run("validate", "--schemas", "contract", "--quiet")
    normal = run("check", "--schemas", "contract", "--out", "out")
    verbose = run("check", "--schemas", "contract", "--out", "out", "--verbose")

    assert (quiet.stdout, quiet.stderr) == ("", "")
    assert normal.stderr.splitlines()[0] == (
        "2 lint warnings in contract; `worker-codegen validate` lists them, and "
        "--strict makes them errors"
    )
    listed = [line for line in verbose.stderr.splitlines() if "warning:" in line]
    assert len(listed) == 2
    assert all(line.startswith("contract/ping.json:") for line in listed)


def test_quiet_and_verbose_together_are_a_usage_error(project: Path) -> None:
    result = run("validate", "--quiet", "--verbose")

    assert result.exit_code == 2
    assert "--quiet and --verbose contradict each other" in result.stderr


def test_check_results_go_to_stdout_and_its_verdict_to_stderr(project: Path) -> None:
    assert run("generate", "--schemas", "contract", "--out", "out").exit_code == 0
    readme = project / "out" / "python" / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "edited\n", "utf-8")

    result = run("check", "--schemas", "contract", "--out", "out")

    assert result.exit_code == 1
    assert result.stdout.startswith("--- out/python/README.md (on disk)\n")
    assert result.stderr.splitlines()[-1] == (
        "1 generated files are out of date with contract; run "
        "`worker-codegen generate --schemas contract --out out`"
    )


def test_validate_json_goes_to_stdout_only(project: Path) -> None:
    result = run("validate", "--schemas", "contract", "--format", "json")

    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(result.stdout)["warnings"] == 2
