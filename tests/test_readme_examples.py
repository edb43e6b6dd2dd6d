"""The generated README's Python examples run, against the test backend.

Each ```python block runs in its own interpreter with ``WORKER_BACKEND_URL``
pointing at the test server. The requests it must make are read from its own
code: one POST per message method or ``send_to_queue`` call and one GET per
``get_job_status``, except calls inside a ``try`` that catches a validation
error, which must send nothing.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from backend import JOBS_PREFIX, Backend
from payloads import REPO, message, messages
from worker_backend_client import MessageType

README = REPO / "generated" / "python" / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
REFUSALS = {"PayloadValidationError", "UnknownMessageTypeError", "WorkerClientError"}

METHODS = {found.method: found.type for found in messages()}


def examples() -> list[str]:
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def test_the_readme_has_sync_and_async_examples() -> None:
    code = "\n".join(examples())

    assert "WorkerClient(" in code
    assert "AsyncWorkerClient(" in code


@pytest.mark.parametrize(
    "code", examples(), ids=[f"block-{n}" for n in range(1, len(examples()) + 1)]
)
def test_the_example_runs(backend: Backend, code: str, tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    environment = {
        **os.environ,
        "WORKER_BACKEND_URL": backend.url,
        "WORKER_BACKEND_API_KEY": "readme-key",
        "PYTHONPATH": str(README.parent),
    }

    run = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert run.returncode == 0, run.stderr
    assert [(r.method, r.path) for r in backend.requests] == expected_requests(
        code, backend
    )
    for request in backend.requests:
        assert request.header("Authorization") == "Bearer readme-key"
        if request.method == "POST":
            found = message(request.path.removeprefix(JOBS_PREFIX))
            jsonschema.validate(request.json(), found.schema)


def expected_requests(code: str, backend: Backend) -> list[tuple[str, str]]:
    """The requests ``code`` should have made, given the job ids handed out."""
    calls = _ExpectedCalls()
    calls.visit(ast.parse(code))

    job_ids = iter(backend.issued_job_ids)
    return [
        (method, f"{JOBS_PREFIX}{target if method == 'POST' else next(job_ids)}")
        for method, target in calls.found
    ]


class _ExpectedCalls(ast.NodeVisitor):
    """Client calls in source order: ``("POST", message type)`` or ``("GET", "")``."""

    def __init__(self) -> None:
        self.found: list[tuple[str, str]] = []
        self._refused = 0

    def visit_Try(self, node: ast.Try) -> None:
        caught = {
            name.id
            for handler in node.handlers
            for name in ast.walk(handler.type or ast.Tuple(elts=[]))
            if isinstance(name, ast.Name)
        }
        refusing = bool(caught & REFUSALS)
        self._refused += refusing
        for statement in node.body:
            self.visit(statement)
        self._refused -= refusing
        for handler in node.handlers:
            self.visit(handler)
        for statement in [*node.orelse, *node.finalbody]:
            self.visit(statement)

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        if not isinstance(node.func, ast.Attribute) or self._refused:
            return

        name = node.func.attr
        if name == "get_job_status":
            self.found.append(("GET", ""))
        elif name in METHODS:
            self.found.append(("POST", METHODS[name]))
        elif name == "send_to_queue":
            self.found.append(("POST", _message_type(node.args[0])))


def _message_type(argument: ast.expr) -> str:
    if isinstance(argument, ast.Constant):
        return str(argument.value)
    assert isinstance(argument, ast.Attribute), ast.dump(argument)
    return MessageType[argument.attr].value
