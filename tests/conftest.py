"""Shared fixtures: the test backend and a runner for both clients.

pyproject's pytest ``pythonpath`` puts ``generated/python`` first on the path,
so the tests exercise the committed client.
"""

from __future__ import annotations

from collections.abc import Iterator

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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/*/expected from the generator instead of comparing.",
    )
