"""Checking ``$ref``: each resolves inside the schema folder, and no cycle is empty.

A reference may name a JSON pointer in its own file (``#/definitions/Address``)
or a file directly in the schema folder, optionally with a pointer
(``_common.json#/definitions/Address``). Nothing else is followed: URLs are
never fetched and paths that leave the folder are never read, so a schema
cannot make the generator touch the network or the rest of the disk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import get_close_matches
from typing import Any
from urllib.parse import unquote

from generator.errors import Diagnostic
from generator.schemas import SCHEMA_SUFFIX, ContractSource, SchemaFile
from generator.walk import (
    SCHEMA_LISTS,
    SCHEMA_MAPS,
    SCHEMA_VALUES,
    subschemas,
    unescape,
)

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_DEFINITIONS = ("$defs", "definitions")


@dataclass(frozen=True)
class Target:
    """Where a ``$ref`` lands: a file of the folder and a pointer into it."""

    file: str
    pointer: str

    def __str__(self) -> str:
        return f"{self.file}#{self.pointer}"


class Unresolved(Exception):
    """A ``$ref`` that cannot be followed; the message says why and what to do."""


def check_refs(source: ContractSource) -> Iterator[Diagnostic]:
    """Every ``$ref`` that does not resolve, then every cycle with no object in it."""
    targets: set[Target] = set()
    for schema in source.schemas:
        for pointer, ref in _references(schema.document):
            try:
                targets.add(resolve(source, schema, ref))
            except Unresolved as problem:
                yield schema.diagnostic(f"{pointer}/$ref", str(problem))

    yield from _empty_cycles(source, targets)
    yield from _required_cycles(source, targets)


def resolve(source: ContractSource, schema: SchemaFile, ref: str) -> Target:
    """Where ``ref``, written in ``schema``, lands; raise Unresolved if nowhere."""
    file_part, _, fragment = ref.partition("#")
    file_part = unquote(file_part)

    if _SCHEME.match(file_part) or file_part.startswith("//"):
        raise Unresolved(
            f"$ref {ref!r} is a URL; worker-codegen never fetches anything, so "
            "copy the definition into a file in the schema folder, e.g. "
            "_common.json, and refer to that"
        )
    if file_part.startswith(("/", "\\")):
        raise Unresolved(
            f"$ref {ref!r} is an absolute path; a $ref may only name a file in "
            "the schema folder, e.g. _common.json#/definitions/Address"
        )

    name = file_part.removeprefix("./")
    if ".." in re.split(r"[/\\]", name):
        raise Unresolved(
            f"$ref {ref!r} points outside the schema folder, which is never read; "
            "move the definition into a file in the folder"
        )
    if "/" in name or "\\" in name:
        raise Unresolved(
            f"$ref {ref!r} points into a subfolder; only files directly in the "
            "schema folder are read, so move the file up beside the messages"
        )

    target = _file(source, schema, name, ref)
    return Target(target.name, _pointer(target, unquote(fragment), ref))


def _file(
    source: ContractSource, schema: SchemaFile, name: str, ref: str
) -> SchemaFile:
    if not name:
        return schema
    found = source.find(name)
    if found is not None:
        return found

    on_disk = source.folder / name
    if name.endswith(SCHEMA_SUFFIX) and on_disk.is_file():
        raise Unresolved(
            f"$ref {ref!r} names {name}, which could not be read; fix the problems "
            "reported for it"
        )
    names = [s.name for s in source.schemas]
    raise Unresolved(
        f"$ref {ref!r} names {name}, which is not a schema file in "
        f"{source.folder}{_did_you_mean(name, names)}"
    )


def _pointer(schema: SchemaFile, fragment: str, ref: str) -> str:
    if fragment and not fragment.startswith("/"):
        raise Unresolved(
            f"$ref {ref!r} uses a plain-name fragment; worker-codegen follows only "
            "JSON pointers, e.g. #/definitions/Address"
        )

    node: Any = schema.document
    walked = ""
    for token in fragment.split("/")[1:]:
        key = unescape(token)
        node, problem = _step(node, key)
        if problem:
            where = f"{schema.name}#{walked}" if walked else schema.name
            raise Unresolved(
                f"$ref {ref!r} does not resolve: {problem} in {where}"
                f"{_did_you_mean(key, _keys(node))}"
            )
        walked += f"/{token}"

    if not isinstance(node, dict | bool):
        kind = type(node).__name__
        raise Unresolved(f"$ref {ref!r} points at a {kind}, not at a schema")
    return fragment


def _step(node: Any, key: str) -> tuple[Any, str]:
    if isinstance(node, dict):
        if key in node:
            return node[key], ""
        return node, f"no {key!r}"
    if isinstance(node, list) and key.isdigit() and int(key) < len(node):
        return node[int(key)], ""
    return node, f"nothing at {key!r}"


def _keys(node: Any) -> list[str]:
    return list(node) if isinstance(node, dict) else []


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = get_close_matches(word, choices, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def _references(document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for pointer, node in subschemas(document):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield pointer, ref


def _empty_cycles(source: ContractSource, targets: set[Target]) -> Iterator[Diagnostic]:
    """Cycles of ``$ref`` that never pass through a property of an object.

    ``Node.children: array of Node`` is a class that refers to itself, which the
    models express; ``A = B, B = A`` or ``L = array of L`` has no class to hold
    the recursion, so the generator would emit a model that means nothing.
    """
    edges = {t: list(_bare_refs(source, t)) for t in sorted(targets, key=str)}
    return _cycles(
        source,
        edges,
        "$ref cycle with no object property in it: {path}; the generator cannot "
        "express a type made only of itself, so put the recursion inside an "
        "object's properties",
    )


def _required_cycles(
    source: ContractSource, targets: set[Target]
) -> Iterator[Diagnostic]:
    """Objects that, through required properties, require themselves.

    ``Node`` requiring ``next: Node`` has no finite instance: every payload
    would have to nest forever, so no client call could ever be valid.
    """
    edges = {t: list(_required_refs(source, t)) for t in sorted(targets, key=str)}
    return _cycles(
        source,
        edges,
        "required properties refer back to where they start: {path}; no finite "
        "payload has them all, so make one of them optional or nullable",
    )


def _cycles(
    source: ContractSource, edges: dict[Target, list[Target]], message: str
) -> Iterator[Diagnostic]:
    """One diagnostic per cycle in ``edges``, at its first target in sort order."""
    reported: set[frozenset[Target]] = set()
    for start in edges:
        cycle = _cycle_from(start, edges)
        if cycle is None or frozenset(cycle) in reported:
            continue
        reported.add(frozenset(cycle))

        first = min(cycle, key=str)
        path = " -> ".join(str(t) for t in [*_rotate(cycle, first), first])
        schema = source.find(first.file)
        assert schema is not None
        yield schema.diagnostic(first.pointer, message.format(path=path))


def _required_refs(source: ContractSource, target: Target) -> Iterator[Target]:
    """Objects ``target`` requires directly, by a required property's ``$ref``."""
    schema = source.find(target.file)
    assert schema is not None
    node = _at(schema.document, target.pointer)
    if not isinstance(node, dict) or not isinstance(node.get("required"), list):
        return
    properties = node.get("properties")
    for name in node["required"]:
        value = properties.get(name) if isinstance(properties, dict) else None
        if not isinstance(value, dict) or not isinstance(value.get("$ref"), str):
            continue
        try:
            found = resolve(source, schema, value["$ref"])
        except Unresolved:
            continue
        if _is_object(source, found):
            yield found


def _is_object(source: ContractSource, target: Target) -> bool:
    """Whether a target accepts only objects (so never null, never an empty list)."""
    schema = source.find(target.file)
    assert schema is not None
    node = _at(schema.document, target.pointer)
    return isinstance(node, dict) and node.get("type") == "object"


def _bare_refs(source: ContractSource, target: Target) -> Iterator[Target]:
    """Targets ``target`` refers to other than through an object's properties."""
    schema = source.find(target.file)
    assert schema is not None
    node = _at(schema.document, target.pointer)
    for ref in _structural_refs(node):
        try:
            yield resolve(source, schema, ref)
        except Unresolved:
            continue


def _structural_refs(node: Any) -> Iterator[str]:
    if not isinstance(node, dict):
        return
    if isinstance(node.get("$ref"), str):
        yield node["$ref"]

    for keyword in SCHEMA_MAPS:
        if keyword in _DEFINITIONS or keyword == "properties":
            continue
        values = node.get(keyword)
        for value in values.values() if isinstance(values, dict) else []:
            yield from _structural_refs(value)
    for keyword in (*SCHEMA_VALUES, *SCHEMA_LISTS):
        value = node.get(keyword)
        for item in value if isinstance(value, list) else [value]:
            yield from _structural_refs(item)


def _at(document: Any, pointer: str) -> Any:
    node = document
    for token in pointer.split("/")[1:]:
        node, _ = _step(node, unescape(token))
    return node


def _cycle_from(
    start: Target, edges: dict[Target, list[Target]]
) -> list[Target] | None:
    path: list[Target] = []
    on_path: set[Target] = set()
    explored: set[Target] = set()

    def visit(node: Target) -> list[Target] | None:
        if node in on_path:
            return path[path.index(node) :]
        if node in explored:
            return None
        explored.add(node)
        path.append(node)
        on_path.add(node)
        for following in edges.get(node, []):
            found = visit(following)
            if found is not None:
                return found
        path.pop()
        on_path.discard(node)
        return None

    return visit(start)


def _rotate(cycle: list[Target], first: Target) -> list[Target]:
    index = cycle.index(first)
    return cycle[index:] + cycle[:index]
