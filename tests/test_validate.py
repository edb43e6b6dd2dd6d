"""``worker-codegen validate``: every problem at once, where it is, as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.checks import check_contract
from generator.cli import main
from generator.jsonread import JSONSyntaxError, parse
from generator.lint import lint_contract
from generator.refs import Unresolved, resolve
from generator.schemas import read_contract

REPO = Path(__file__).resolve().parent.parent
DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def run(*arguments: str | Path) -> Result:
    return CliRunner().invoke(main, [str(argument) for argument in arguments])


def message(title: str = "PingMessage", **extra: object) -> dict[str, object]:
    return {
        "$schema": DRAFT_07,
        "title": title,
        "description": "Checks that the workers answer.",
        "type": "object",
        "properties": {"target": {"description": "Who to ping.", "type": "string"}},
        **extra,
    }


def write(folder: Path, name: str, document: object) -> None:
    text = json.dumps(document, indent=2)
    (folder / name).write_text(text + "\n", encoding="utf-8")


class TestTheReader:
    def test_it_agrees_with_the_standard_library_on_the_contract(self) -> None:
        for path in sorted((REPO / "message_schemas").glob("*.json")):
            text = path.read_text(encoding="utf-8")
            assert parse(text, max_depth=64).value == json.loads(text), path.name

    def test_it_records_where_each_value_starts(self) -> None:
        text = '{\n  "a": [1, {"b": "x"}],\n\t"c~/d": null\n}'

        positions = parse(text, max_depth=64).positions

        assert positions == {
            "": (1, 1),
            "/a": (2, 8),
            "/a/0": (2, 9),
            "/a/1": (2, 12),
            "/a/1/b": (2, 18),
            "/c~0~1d": (3, 10),
        }

    @pytest.mark.parametrize(
        ("text", "offset", "message"),
        [
            ('{"a": 1,}', 8, "invalid JSON: trailing comma before '}'"),
            ("[1 2]", 3, "invalid JSON: expected ',' or ']' after an array item"),
            ('{"a" 1}', 5, "invalid JSON: expected ':' after the key 'a'"),
            ("{'a': 1}", 1, "invalid JSON: keys are written in double quotes in JSON"),
            ('{"a": tru}', 6, "invalid JSON: expected a JSON value (an object, "
             "array, string, number, true, false or null)"),
            ('{"a": -Infinity}', 6, "invalid JSON: -Infinity is not a JSON number; "
             "JSON has no such value"),
            ('{"a": 1e400}', 6, "invalid JSON: the number 1e400 is too large"),
            ('{"a": "b', 6, "invalid JSON: the string is never closed with '\"'"),
            ("{} {}", 3, "invalid JSON: extra text after the end of the top-level "
             "value"),
            ("  ", 0, "invalid JSON: the file is empty; a schema is a JSON object"),
            ('{"a":', 5, "invalid JSON: the file ends where a value was expected"),
        ],
    )  # fmt: skip
    def test_it_says_what_is_wrong_and_where(
        self, text: str, offset: int, message: str
    ) -> None:
        with pytest.raises(JSONSyntaxError) as caught:
            parse(text, max_depth=64)

        assert (caught.value.offset, caught.value.message) == (offset, message)

    def test_nesting_is_counted_to_the_limit(self) -> None:
        assert parse("[[[]]]", max_depth=3).value == [[[]]]
        with pytest.raises(JSONSyntaxError, match="nested deeper than 2 levels"):
            parse("[[[]]]", max_depth=2)


def test_the_repository_contract_has_no_errors() -> None:
    result = run("validate", "--quiet", "--schemas", REPO / "message_schemas")

    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_all_problems_are_reported_at_once_in_file_order(folder: Path) -> None:
    write(folder, "b.json", message("BMessage", required=["nope"]))
    write(folder, "a.json", {**message("AMessage"), "$schema": "draft-04"})
    (folder / "c.json").write_text("{", encoding="utf-8")

    result = run("validate", "--quiet", "--schemas", "schemas")

    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "schemas/a.json:2:14: /$schema: unsupported $schema 'draft-04'; "
        "worker-codegen reads draft-07 (http://json-schema.org/draft-07/schema#) "
        "or 2020-12 (https://json-schema.org/draft/2020-12/schema)",
        "schemas/b.json:13:5: /required/0: required names 'nope', which is not "
        "among the properties; fix the spelling, add the property, or drop it "
        "from required",
        "schemas/c.json:1:2: invalid JSON: the file ends inside an object; "
        "close it with '}'",
        "schemas: 3 errors, 0 warnings; generate would refuse this contract",
    ]


def test_json_format_carries_every_finding(folder: Path) -> None:
    write(folder, "ping.json", message(required=["nope"]))
    write(folder, "pong.json", message("PongMessage", description=""))

    result = run("validate", "--schemas", "schemas", "--format", "json")

    assert (result.exit_code, result.stderr) == (2, "")
    assert json.loads(result.stdout) == {
        "schemas": "schemas",
        "errors": 1,
        "warnings": 1,
        "findings": [
            {
                "file": "schemas/ping.json",
                "line": 13,
                "column": 5,
                "pointer": "/required/0",
                "severity": "error",
                "rule": "",
                "message": "required names 'nope', which is not among the "
                "properties; fix the spelling, add the property, or drop it from "
                "required",
            },
            {
                "file": "schemas/pong.json",
                "line": 1,
                "column": 1,
                "pointer": "",
                "severity": "warning",
                "rule": "missing-description",
                "message": "the message has no description; add one saying what "
                "it asks the workers to do, since it becomes the method's docstring",
            },
        ],
    }


def test_json_format_reports_a_missing_folder(folder: Path) -> None:
    result = run("validate", "--schemas", "nowhere", "--format", "json")

    assert result.exit_code == 2
    assert json.loads(result.stdout)["findings"][0]["message"] == (
        "no such folder; pass the schema folder as --schemas DIR"
    )


def test_a_clean_contract_says_so_on_stdout(folder: Path) -> None:
    write(folder, "ping.json", message())

    result = run("validate", "--schemas", "schemas")

    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "schemas: 0 errors, 0 warnings\n"


class TestSharedDefinitions:
    def test_a_ref_to_a_file_beside_the_messages_is_allowed(self, folder: Path) -> None:
        address = {"type": "object", "properties": {"city": {"type": "string"}}}
        write(
            folder, "_common.json", {"$schema": DRAFT_07, "definitions": {"A": address}}
        )
        ping = message()
        ping["properties"] = {"home": {"$ref": "_common.json#/definitions/A"}}
        write(folder, "ping.json", ping)

        result = run("validate", "--quiet", "--schemas", "schemas")

        assert (result.exit_code, result.stderr) == (0, "")

    def test_a_shared_file_is_not_a_message(self, folder: Path) -> None:
        write(folder, "_common.json", {"$schema": DRAFT_07, "definitions": {}})
        write(folder, "ping.json", message())

        source = read_contract(folder)

        assert [s.name for s in source.messages] == ["ping.json"]
        assert [s.name for s in source.schemas] == ["_common.json", "ping.json"]

    def test_only_shared_files_is_still_an_empty_contract(self, folder: Path) -> None:
        write(folder, "_common.json", {"$schema": DRAFT_07, "definitions": {}})

        result = run("validate", "--quiet", "--schemas", "schemas")

        assert result.exit_code == 2
        assert result.stderr.splitlines()[0] == (
            "schemas: no message schemas (*.json) in this folder; add one per "
            "message type, e.g. file-download-request.json"
        )


class TestRefs:
    @pytest.mark.parametrize(
        ("ref", "problem"),
        [
            ("http://127.0.0.1:9/x.json", "is a URL"),
            ("file:///etc/passwd", "is a URL"),
            ("//example.com/x.json", "is a URL"),
            ("/etc/passwd", "is an absolute path"),
            ("..%2F..%2Fetc%2Fpasswd", "points outside the schema folder"),
            ("sub/x.json", "points into a subfolder"),
            ("#anchor", "plain-name fragment"),
            ("#/properties/target/type", "points at a str, not at a schema"),
        ],
    )
    def test_refs_that_leave_the_folder_are_never_followed(
        self, folder: Path, ref: str, problem: str
    ) -> None:
        write(folder, "ping.json", message())
        source = read_contract(folder)

        with pytest.raises(Unresolved, match=problem):
            resolve(source, source.schemas[0], ref)

    def test_recursion_through_an_object_is_allowed(self, folder: Path) -> None:
        node = {
            "type": "object",
            "properties": {
                "children": {"type": "array", "items": {"$ref": "#/definitions/Node"}}
            },
        }
        ping = message(definitions={"Node": node})
        ping["properties"] = {
            "tree": {"$ref": "#/definitions/Node"},
            "me": {"$ref": "#"},
        }
        write(folder, "ping.json", ping)

        result = run("validate", "--quiet", "--schemas", "schemas")

        assert (result.exit_code, result.stderr) == (0, "")


KEYWORDS = ["type", "properties", "required", "items", "$ref", "allOf", "anyOf",
            "additionalProperties", "definitions", "title", "description", "enum",
            "$id", "patternProperties", "not", "if"]  # fmt: skip
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(KEYWORDS) | st.text(max_size=4), inner, max_size=4
        )
    ),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_the_reader_agrees_or_explains(text: str) -> None:
    try:
        expected = json.loads(text)
    except ValueError:
        expected = JSONSyntaxError
    try:
        found = parse(text, max_depth=64).value
    except JSONSyntaxError:
        found = JSONSyntaxError
    if found is not JSONSyntaxError:
        assert found == expected


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYWORDS), json_values, max_size=6))
def test_any_schema_gets_messages_never_a_crash(
    tmp_path_factory: pytest.TempPathFactory, document: dict[str, object]
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "VERSION").write_text("1.0.0\n", encoding="utf-8")
    write(folder, "ping.json", {"$schema": DRAFT_07, **document})

    source = read_contract(folder)
    found = [*check_contract(source), *lint_contract(source)]

    assert all(isinstance(diagnostic.message, str) for diagnostic in found)


def test_required_recursion_through_a_nullable_object_is_allowed(folder: Path) -> None:
    step = {
        "type": ["object", "null"],
        "properties": {"next": {"$ref": "#/definitions/Step"}},
        "required": ["next"],
    }
    ping = message(definitions={"Step": step})
    ping["properties"] = {"route": {"$ref": "#/definitions/Step"}}
    write(folder, "ping.json", ping)

    result = run("validate", "--quiet", "--schemas", "schemas")

    assert (result.exit_code, result.stderr) == (0, "")
