"""Configuration: URL and key from arguments or the environment, and the pool."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from backend import Backend, Reply, job_receipt
from clients import ClientRunner
from worker_backend_client import (
    AsyncWorkerClient,
    ConfigurationError,
    WorkerClient,
    WorkerClientError,
)

URL_VARIABLE = "WORKER_BACKEND_URL"
KEY_VARIABLE = "WORKER_BACKEND_API_KEY"


def enqueue(client: Any) -> Any:
    return client.analytics_collection_request({"query": "benchy"})


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(URL_VARIABLE, raising=False)
    monkeypatch.delenv(KEY_VARIABLE, raising=False)


def test_no_key_means_no_authorization_header(
    backend: Backend, clients: ClientRunner
) -> None:
    clients.run(enqueue)
    clients.run(lambda client: client.get_job_status("job-1"))

    assert [request.header("Authorization") for request in backend.requests] == [
        None,
        None,
    ]
    assert backend.requests[0].header("Content-Type") == "application/json"


def test_a_key_is_sent_as_a_bearer_token(
    backend: Backend, clients: ClientRunner
) -> None:
    clients.run(enqueue, api_key="s3cr3t")

    assert backend.requests[0].header("Authorization") == "Bearer s3cr3t"


def test_url_and_key_come_from_the_environment(
    backend: Backend, clients: ClientRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(URL_VARIABLE, backend.url)
    monkeypatch.setenv(KEY_VARIABLE, "env-key")

    clients.run(enqueue, base_url=None)

    request = backend.requests[0]
    assert request.path == "/api/jobs/analytics-collection-request"
    assert request.header("Authorization") == "Bearer env-key"


def test_arguments_win_over_the_environment(
    backend: Backend, clients: ClientRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(URL_VARIABLE, "http://127.0.0.1:9/not-here")
    monkeypatch.setenv(KEY_VARIABLE, "env-key")

    clients.run(enqueue, base_url=backend.url, api_key="argument-key")

    assert backend.requests[0].header("Authorization") == "Bearer argument-key"


@pytest.mark.parametrize("client_class", [WorkerClient, AsyncWorkerClient])
def test_no_url_anywhere_is_a_configuration_error(client_class: type) -> None:
    with pytest.raises(ConfigurationError, match=URL_VARIABLE) as raised:
        client_class(api_key="k")

    assert isinstance(raised.value, WorkerClientError)


@pytest.mark.parametrize("client_class", [WorkerClient, AsyncWorkerClient])
@pytest.mark.parametrize("timeout", [0, -1.5])
def test_a_timeout_that_is_not_positive_is_refused(
    client_class: type, timeout: float
) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        client_class("http://127.0.0.1:9", timeout=timeout)


@pytest.mark.parametrize("suffix", ["", "/", "//"])
def test_a_trailing_slash_on_the_base_url_is_dropped(
    backend: Backend, clients: ClientRunner, suffix: str
) -> None:
    clients.run(enqueue, base_url=backend.url + suffix)
    clients.run(
        lambda client: client.get_job_status("job-1"), base_url=backend.url + suffix
    )

    assert [request.path for request in backend.requests] == [
        "/api/jobs/analytics-collection-request",
        "/api/jobs/job-1",
    ]


def test_a_base_url_with_a_path_keeps_it(
    backend: Backend, clients: ClientRunner
) -> None:
    backend.script(Reply(201, job_receipt("job-1", "analytics-collection-request")))

    clients.run(enqueue, base_url=f"{backend.url}/worker/")

    assert backend.requests[0].path == "/worker/api/jobs/analytics-collection-request"


def test_the_key_stays_out_of_the_repr(clients: ClientRunner) -> None:
    client = clients.build(base_url="http://127.0.0.1:9/", api_key="s3cr3t")

    assert "s3cr3t" not in repr(client)
    assert "http://127.0.0.1:9" in repr(client)
    assert client.base_url == "http://127.0.0.1:9"


def test_the_sync_client_reuses_one_connection(backend: Backend) -> None:
    with WorkerClient(backend.url) as client:
        for _ in range(3):
            enqueue(client)
        client.get_job_status("job-1")

    assert len(backend.requests) == 4
    assert len({request.client_port for request in backend.requests}) == 1


def test_the_async_client_reuses_one_connection(backend: Backend) -> None:
    async def main() -> None:
        async with AsyncWorkerClient(backend.url) as client:
            for _ in range(3):
                await enqueue(client)
            await client.get_job_status("job-1")

    asyncio.run(main())

    assert len(backend.requests) == 4
    assert len({request.client_port for request in backend.requests}) == 1


def test_two_clients_are_two_connections(backend: Backend) -> None:
    # The port tells connections apart, or the two tests above prove nothing.
    for _ in range(2):
        with WorkerClient(backend.url) as client:
            enqueue(client)

    assert len({request.client_port for request in backend.requests}) == 2
