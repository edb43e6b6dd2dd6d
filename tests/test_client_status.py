"""``get_job_status``: the request it makes and the ``JobStatus`` it parses."""

from __future__ import annotations

import pytest
from backend import Backend, Reply, job_status
from clients import ClientRunner
from worker_backend_client import JobStatus, UnexpectedResponseError


@pytest.mark.parametrize(
    ("job_id", "path"),
    [
        ("job-1", "/api/jobs/job-1"),
        ("a/b c", "/api/jobs/a%2Fb%20c"),
        ("../../admin", "/api/jobs/..%2F..%2Fadmin"),
        ("q?x=1#frag", "/api/jobs/q%3Fx%3D1%23frag"),
        ("100%", "/api/jobs/100%25"),
        ("größe", "/api/jobs/gr%C3%B6%C3%9Fe"),
    ],
)
def test_the_job_id_is_percent_encoded_into_the_path(
    backend: Backend, clients: ClientRunner, job_id: str, path: str
) -> None:
    status = clients.run(lambda client: client.get_job_status(job_id), api_key="k-1")

    request = backend.requests[0]
    assert len(backend.requests) == 1
    assert (request.method, request.path) == ("GET", path)
    assert request.header("Authorization") == "Bearer k-1"
    assert request.body == b""
    assert status.job_id == path.removeprefix("/api/jobs/")


def test_the_status_is_parsed_from_camel_case(
    backend: Backend, clients: ClientRunner
) -> None:
    answer = {
        **job_status("job-9"),
        "state": "completed",
        "returnvalue": {"thumbnailUrl": "https://cdn.example.com/t.webp"},
        "progress": 100,
    }
    backend.script(Reply(200, answer))

    status = clients.run(lambda client: client.get_job_status("job-9"))

    assert isinstance(status, JobStatus)
    assert status.job_id == "job-9"
    assert status.name == answer["name"]
    assert status.queue == answer["queue"]
    assert status.state == "completed"
    assert status.data == answer["data"]
    assert status.returnvalue == {"thumbnailUrl": "https://cdn.example.com/t.webp"}
    assert status.progress == 100
    assert status.timestamp == answer["timestamp"]


def test_optional_status_fields_may_be_absent(
    backend: Backend, clients: ClientRunner
) -> None:
    answer = job_status("job-3")
    del answer["returnvalue"], answer["progress"]
    backend.script(Reply(200, answer))

    status = clients.run(lambda client: client.get_job_status("job-3"))

    assert (status.returnvalue, status.progress) == (None, None)


@pytest.mark.parametrize(
    "state", ["waiting", "active", "completed", "failed", "delayed"]
)
def test_every_documented_state_is_accepted(
    backend: Backend, clients: ClientRunner, state: str
) -> None:
    backend.script(Reply(200, {**job_status("job-1"), "state": state}))

    status = clients.run(lambda client: client.get_job_status("job-1"))

    assert status.state == state


def test_an_undocumented_state_is_an_unexpected_response(
    backend: Backend, clients: ClientRunner
) -> None:
    backend.script(Reply(200, {**job_status("job-1"), "state": "stuck"}))

    with pytest.raises(UnexpectedResponseError, match="JobStatus"):
        clients.run(lambda client: client.get_job_status("job-1"))
