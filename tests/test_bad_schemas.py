"""Every mistake a contract author can make ends in its own exact message.

Each case is a folder ``tests/bad_schemas/<case>/`` (a schema folder, VERSION
included) and ``<case>.expected``: what ``worker-codegen validate --quiet``
prints on stderr for it. ``pytest --update-golden`` rewrites the expected
files; read the diff before you commit it.

``generate`` and ``check`` must refuse the same case with the same lines and
write nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.schemas import MAX_FILE_BYTES

HERE = Path(__file__).parent / "bad_schemas"
CASES = sorted(path.name for path in HERE.iterdir() if path.is_dir())


def run(*arguments: str) -> Result:
    return CliRunner().invoke(main, list(arguments))


@pytest.fixture
def contract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch folder to run in, with no pyproject.toml settings above it."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def copy_case(case: str, into: Path) -> str:
    shutil.copytree(HERE / case, into / case)
    return case


def test_every_case_has_its_expected_message() -> None:
    expected = sorted(path.stem for path in HERE.glob("*.expected"))
    assert expected == CASES


@pytest.mark.parametrize("case", CASES)
def test_validate_says_exactly_what_is_wrong(
    case: str, contract: Path, request: pytest.FixtureRequest
) -> None:
    result = run("validate", "--quiet", "--schemas", copy_case(case, contract))

    expected = HERE / f"{case}.expected"
    if request.config.getoption("--update-golden"):
        expected.write_text(result.stderr, encoding="utf-8")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", ["generate", "check"])
def test_generate_and_check_refuse_with_the_same_lines(
    case: str, command: str, contract: Path
) -> None:
    folder = copy_case(case, contract)
    validated = run("validate", "--quiet", "--schemas", folder)

    result = run(command, "--schemas", folder, "--out", "out")

    problems = validated.stderr.splitlines()[:-1]
    assert result.exit_code == 2
    assert result.stderr.splitlines()[:-1] == problems
    assert result.stderr.splitlines()[-1].endswith("nothing was written.")
    assert not (contract / "out").exists()


def test_a_missing_folder(contract: Path) -> None:
    result = run("validate", "--schemas", "nowhere")

    assert result.exit_code == 2
    assert result.stderr == (
        "nowhere: no such folder; pass the schema folder as --schemas DIR\n"
        "nowhere: 1 error, 0 warnings; generate would refuse this contract\n"
    )


def test_a_file_given_as_the_folder(contract: Path) -> None:
    (contract / "ping.json").write_text("{}", encoding="utf-8")

    result = run("generate", "--schemas", "ping.json")

    assert result.exit_code == 2
    assert "Directory 'ping.json' is a file." in result.stderr


def test_a_file_over_the_size_limit(contract: Path) -> None:
    folder = copy_case("stray-file", contract)
    (contract / folder / "README.md").unlink()
    padding = " " * MAX_FILE_BYTES
    (contract / folder / "big.json").write_text(f"{{{padding}}}", encoding="utf-8")

    result = run("validate", "--quiet", "--schemas", folder)

    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        f"{folder}/big.json: the file is 1,048,578 bytes, over the limit of "
        "1,048,576 bytes (1 MiB); split it, moving shared parts to a "
        "_definitions.json file"
    )


def test_hidden_files_are_not_stray(contract: Path) -> None:
    folder = copy_case("stray-file", contract)
    (contract / folder / "README.md").rename(contract / folder / ".notes")

    result = run("validate", "--quiet", "--schemas", folder)

    assert (result.exit_code, result.stderr) == (0, "")
