"""What the clients raise when the backend says no, is slow, or is not there."""

from __future__ import annotations

import socket
import time
from typing import Any

import pytest
from backend import Backend, Reply, job_receipt
from clients import ClientRunner
from worker_backend_client import (
    ConnectionFailedError,
    HTTPStatusError,
    RequestTimeoutError,
    UnexpectedResponseError,
    WorkerClientError,
)

PAYLOAD = {"query": "benchy", "marketplace": "etsy"}


def enqueue(client: Any) -> Any:
    return client.analytics_collection_request(PAYLOAD)


def status(client: Any) -> Any:
    return client.get_job_status("job-1")


CALLS = pytest.mark.parametrize("call", [enqueue, status], ids=["post", "status"])


@CALLS
@pytest.mark.parametrize(
    ("reply", "text"),
    [
        (Reply(400, {"error": "query is required"}), "HTTP 400: query is required"),
        (Reply(422, {"message": "Validation failed"}), "HTTP 422: Validation failed"),
        (
            Reply(404, {"error": "", "message": "No such queue"}),
            "HTTP 404: No such queue",
        ),
        (
            Reply(409, {"error": "Duplicate job", "message": "ignored"}),
            "HTTP 409: Duplicate job",
        ),
        (Reply(500, {"error": "Redis unavailable"}), "HTTP 500: Redis unavailable"),
        (Reply(500, {"detail": "no known key"}), "HTTP 500: Internal Server Error"),
        (Reply(500, ["not", "an", "object"]), "HTTP 500: Internal Server Error"),
        (Reply(502, body=b"<html>bad gateway</html>"), "HTTP 502: Bad Gateway"),
        (Reply(503, body=b"", reason="Backend Busy"), "HTTP 503: Backend Busy"),
        (Reply(401, {"error": 17}), "HTTP 401: Unauthorized"),
    ],
    ids=[
        "error",
        "message",
        "empty-error-then-message",
        "error-before-message",
        "500",
        "500-no-known-key",
        "json-not-an-object",
        "not-json",
        "own-reason-phrase",
        "error-not-a-string",
    ],
)
def test_non_2xx_answers_raise_http_status_error(
    backend: Backend, clients: ClientRunner, call: Any, reply: Reply, text: str
) -> None:
    backend.script(reply)

    with pytest.raises(HTTPStatusError) as raised:
        clients.run(call)

    assert str(raised.value) == text
    assert raised.value.status_code == reply.status
    assert raised.value.body == reply.encoded()
    assert isinstance(raised.value, WorkerClientError)
    assert len(backend.requests) == 1


@CALLS
def test_a_2xx_answer_that_is_not_the_documented_json(
    backend: Backend, clients: ClientRunner, call: Any
) -> None:
    backend.script(Reply(200, {"jobId": 5}))

    with pytest.raises(UnexpectedResponseError) as raised:
        clients.run(call)

    assert isinstance(raised.value, WorkerClientError)


def test_a_2xx_answer_with_extra_keys_is_accepted(
    backend: Backend, clients: ClientRunner
) -> None:
    backend.script(Reply(200, {**job_receipt("job-77", "x"), "priority": 3}))

    receipt = clients.run(enqueue)

    assert receipt.job_id == "job-77"


@CALLS
def test_an_answer_slower_than_the_timeout(
    backend: Backend, clients: ClientRunner, call: Any
) -> None:
    backend.script(Reply(200, job_receipt("job-1", "x"), delay=3.0))

    started = time.monotonic()
    with pytest.raises(RequestTimeoutError) as raised:
        clients.run(call, timeout=0.3)

    assert str(raised.value) == "Request timeout"
    assert isinstance(raised.value, WorkerClientError)
    assert time.monotonic() - started < 2.0
    assert len(backend.requests) == 1


@CALLS
def test_a_trickling_answer_is_cut_off_at_the_timeout(
    backend: Backend, clients: ClientRunner, call: Any
) -> None:
    # Each byte comes well within the timeout; the whole body would take ~10 s.
    backend.script(Reply(200, job_receipt("job-1", "x"), trickle=0.1))

    started = time.monotonic()
    with pytest.raises(RequestTimeoutError, match="^Request timeout$"):
        clients.run(call, timeout=0.5)

    assert time.monotonic() - started < 2.5


def test_an_answer_within_the_timeout_succeeds(
    backend: Backend, clients: ClientRunner
) -> None:
    backend.script(Reply(201, job_receipt("job-5", "x"), delay=0.1))

    receipt = clients.run(enqueue, timeout=2.0)

    assert receipt.job_id == "job-5"


@CALLS
def test_a_refused_connection(clients: ClientRunner, call: Any) -> None:
    url = f"http://127.0.0.1:{unused_port()}"

    with pytest.raises(ConnectionFailedError) as raised:
        clients.run(call, base_url=url)

    assert url in str(raised.value)
    assert isinstance(raised.value, WorkerClientError)


def unused_port() -> int:
    """A port nothing listens on: bound once by the OS, then released."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
