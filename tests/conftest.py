"""Shared fixtures: the test backend, a runner for both clients, a contract folder.

pyproject's pytest ``pythonpath`` puts ``generated/python`` first on the path,
so the tests exercise the committed client.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from backend import Backend
from clients import KINDS, ClientRunner


@pytest.fixture(scope="session")
def _running_backend() -> Iterator[Backend]:
    backend = Backend().start()
    yield backend
    backend.stop()


@pytest.fixture
def backend(_running_backend: Backend) -> Backend:
    """The test backend, with an empty request log and script."""
    _running_backend.reset()
    return _running_backend


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=KINDS)
def clients(request: pytest.FixtureRequest, backend: Backend) -> ClientRunner:
    """Runs calls through the sync client, then (second run) the async one."""
    return ClientRunner(request.param, backend.url)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty contract folder (VERSION only), also the working directory."""
    monkeypatch.chdir(tmp_path)
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    (schemas / "VERSION").write_text("1.0.0\n", encoding="utf-8")
    return schemas


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/*/expected from the generator instead of comparing.",
    )
