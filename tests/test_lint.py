"""Lint rules: warnings by default, errors with ``--strict``, settings in pyproject."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from generator.cli import main
from generator.lint import RULES, lint_contract
from generator.schemas import read_contract

DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def run(*arguments: str) -> Result:
    return CliRunner().invoke(main, list(arguments))


def clean() -> dict[str, Any]:
    return {
        "$schema": DRAFT_07,
        "title": "PingMessage",
        "description": "Checks that the workers answer.",
        "type": "object",
        "properties": {
            "target": {"description": "Who to ping.", "type": "string"},
            "options": {
                "description": "How to ping.",
                "type": "object",
                "properties": {"hops": {"description": "At most.", "type": "integer"}},
            },
        },
    }


def lint(folder: Path, document: object, **settings: str) -> list[str]:
    (folder / "ping.json").write_text(json.dumps(document, indent=2), "utf-8")
    source = read_contract(folder)
    return [f"{w.pointer} [{w.rule}]" for w in lint_contract(source, **settings)]


def test_a_clean_message_has_no_warnings(folder: Path) -> None:
    assert lint(folder, clean()) == []


def test_a_message_and_fields_without_description(folder: Path) -> None:
    document = clean()
    del document["description"]
    del document["properties"]["options"]["properties"]["hops"]["description"]

    assert lint(folder, document) == [
        " [missing-description]",
        "/properties/options/properties/hops [missing-description]",
    ]


def test_a_title_that_does_not_match_the_file_name(folder: Path) -> None:
    assert lint(folder, {**clean(), "title": "PingRequest"}) == [
        "/title [title-mismatch]"
    ]


def test_a_field_name_that_is_not_camel_case(folder: Path) -> None:
    document = clean()
    document["properties"]["dry_run"] = {"description": "No-op.", "type": "boolean"}

    assert lint(folder, document) == ["/properties/dry_run [field-name-case]"]


def test_an_object_with_no_properties(folder: Path) -> None:
    document = clean()
    properties = document["properties"]
    properties["extra"] = {"description": "Anything.", "type": "object"}
    properties["labels"] = {
        "description": "A map is fine.",
        "type": "object",
        "additionalProperties": {"type": "string"},
    }

    assert lint(folder, document) == ["/properties/extra [empty-object]"]


def test_open_objects_where_the_convention_is_closed(folder: Path) -> None:
    document = clean()
    document["additionalProperties"] = False

    warnings = lint(folder, document, additional_properties="closed")

    assert warnings == ["/properties/options [additional-properties]"]


def test_closed_objects_where_the_convention_is_open(folder: Path) -> None:
    document = {**clean(), "additionalProperties": False}

    warnings = lint(folder, document, additional_properties="open")

    assert warnings == ["/additionalProperties [additional-properties]"]


def test_no_convention_means_no_such_warning(folder: Path) -> None:
    assert lint(folder, {**clean(), "additionalProperties": False}) == []


def test_ignored_rules_are_not_checked(folder: Path) -> None:
    (folder / "ping.json").write_text(json.dumps({**clean(), "title": "Ping"}))

    warnings = lint_contract(read_contract(folder), ignore=frozenset(RULES))

    assert warnings == []


def test_warnings_do_not_fail_validate_but_strict_does(folder: Path) -> None:
    document = {**clean(), "title": "Ping"}
    (folder / "ping.json").write_text(json.dumps(document, indent=2))
    line = (
        "schemas/ping.json:3:12: /title: {}title 'Ping' does not match the file "
        "name; name the class 'PingMessage', or rename the file to match "
        "[title-mismatch]"
    )

    relaxed = run("validate", "--schemas", "schemas")
    strict = run("validate", "--schemas", "schemas", "--strict")

    assert relaxed.exit_code == 0
    assert relaxed.stderr == line.format("warning: ") + "\n"
    assert relaxed.stdout == "schemas: 0 errors, 1 warning\n"
    assert strict.exit_code == 2
    assert strict.stderr.splitlines() == [
        line.format(""),
        "schemas: 1 error, 0 warnings; generate would refuse this contract",
    ]


def test_strict_generate_refuses_and_writes_nothing(folder: Path) -> None:
    (folder / "ping.json").write_text(json.dumps({**clean(), "title": "Ping"}))

    result = run("generate", "--schemas", "schemas", "--out", "out", "--strict")

    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "1 problem in the contract; nothing was written."
    )
    assert not Path("out").exists()


def test_the_convention_is_read_from_pyproject(folder: Path) -> None:
    Path("pyproject.toml").write_text(
        '[tool.worker-codegen]\nadditional-properties = "closed"\n'
        'lint-ignore = ["missing-description"]\n',
        encoding="utf-8",
    )
    document = clean()
    del document["description"]
    (folder / "ping.json").write_text(json.dumps(document), encoding="utf-8")

    result = run("validate", "--schemas", "schemas", "--format", "json")

    rules = [finding["rule"] for finding in json.loads(result.stdout)["findings"]]
    assert rules == ["additional-properties", "additional-properties"]
