"""Every message of the contract, sent through both clients to a real server.

Each message goes out three ways (a dict in wire names, a dict in Python
names, a model instance) and must reach the server as the same wire JSON.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from backend import Backend, Recorded
from payloads import (
    EXTRA_KEY,
    EXTRA_VALUE,
    Message,
    full_payload,
    message,
    messages,
    required_payload,
    to_python_names,
)
from worker_backend_client import (
    AsyncWorkerClient,
    FileDownloadRequestMessage,
    JobResponse,
    MessageType,
    WorkerClient,
)
from worker_backend_client.message_types import PAYLOAD_MODELS
from worker_backend_client.models.file_download_request import (
    FileDownloadRequestMessageStorageLocation,
)

API_KEY = "test-key-7f3a"
FORMS = ("wire-dict", "python-dict", "model")

MESSAGES = pytest.mark.parametrize("found", messages(), ids=lambda found: found.type)


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    # Module scope: one event loop for the module, so one async client serves all.
    return "asyncio"


@pytest.fixture(scope="module")
def sync_client(_running_backend: Backend) -> Iterator[WorkerClient]:
    with WorkerClient(_running_backend.url, api_key=API_KEY) as client:
        yield client


@pytest.fixture(scope="module")
async def async_client(_running_backend: Backend) -> AsyncIterator[AsyncWorkerClient]:
    async with AsyncWorkerClient(_running_backend.url, api_key=API_KEY) as client:
        yield client


def as_form(found: Message, wire: dict[str, Any], form: str) -> Any:
    python = to_python_names(found.schema, wire)
    if form == "wire-dict":
        return wire
    if form == "python-dict":
        return python
    return PAYLOAD_MODELS[MessageType(found.type)].model_validate(python)


def the_one_request(backend: Backend) -> Recorded:
    assert len(backend.requests) == 1, backend.requests
    return backend.requests[0]


def assert_job_sent(
    backend: Backend, found: Message, wire: dict[str, Any], receipt: JobResponse
) -> None:
    request = the_one_request(backend)
    assert request.method == "POST"
    assert request.path == f"/api/jobs/{found.type}"
    assert request.header("Content-Type") == "application/json"
    assert request.header("Authorization") == f"Bearer {API_KEY}"
    assert request.json() == wire

    assert isinstance(receipt, JobResponse)
    assert receipt.success is True
    assert receipt.job_id == backend.issued_job_ids[-1]
    assert receipt.message_name == found.type
    assert receipt.queue == f"{found.type}-queue"


def test_the_contract_has_68_messages() -> None:
    assert len(messages()) == 68


@MESSAGES
@pytest.mark.parametrize("form", FORMS)
def test_sync_client_sends(
    backend: Backend, sync_client: WorkerClient, found: Message, form: str
) -> None:
    wire = full_payload(found)

    receipt = getattr(sync_client, found.method)(as_form(found, wire, form))

    assert_job_sent(backend, found, wire, receipt)


@MESSAGES
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.anyio
async def test_async_client_sends(
    backend: Backend, async_client: AsyncWorkerClient, found: Message, form: str
) -> None:
    wire = full_payload(found)

    receipt = await getattr(async_client, found.method)(as_form(found, wire, form))

    assert_job_sent(backend, found, wire, receipt)


@MESSAGES
def test_unset_fields_are_left_out(
    backend: Backend, sync_client: WorkerClient, found: Message
) -> None:
    wire = required_payload(found)
    model = as_form(found, wire, "model")

    receipt = sync_client.send_to_queue(found.type, model)

    assert_job_sent(backend, found, wire, receipt)


@MESSAGES
@pytest.mark.anyio
async def test_async_send_to_queue_by_enum(
    backend: Backend, async_client: AsyncWorkerClient, found: Message
) -> None:
    wire = required_payload(found)

    receipt = await async_client.send_to_queue(MessageType(found.type), wire)

    assert_job_sent(backend, found, wire, receipt)


@pytest.mark.parametrize("form", FORMS)
def test_unknown_keys_in_nested_objects_pass_through(
    backend: Backend, sync_client: WorkerClient, form: str
) -> None:
    found = message("file-download-request")
    wire = full_payload(found)
    wire["storageLocation"][EXTRA_KEY] = EXTRA_VALUE
    wire["credentials"]["sessionToken"] = "session-token-1"

    receipt = sync_client.file_download_request(as_form(found, wire, form))

    assert_job_sent(backend, found, wire, receipt)
    sent = the_one_request(backend).json()
    assert sent["storageLocation"][EXTRA_KEY] == EXTRA_VALUE
    assert sent["credentials"]["sessionToken"] == "session-token-1"


@pytest.mark.parametrize("form", FORMS)
def test_falsy_values_the_caller_set_are_sent(
    backend: Backend, sync_client: WorkerClient, form: str
) -> None:
    found = message("file-download-request")
    wire = {
        "modelId": "",
        "autoEnqueueChildren": False,
        "generate360Views": False,
        "storageLocation": {"storageConnectionId": "", "path": ""},
    }
    wire = {**required_payload(found), **wire}

    receipt = sync_client.file_download_request(as_form(found, wire, form))

    assert_job_sent(backend, found, wire, receipt)


def test_a_model_built_by_keyword_sends_only_what_was_given(
    backend: Backend, sync_client: WorkerClient
) -> None:
    model = FileDownloadRequestMessage(
        model_id="model-9",
        storage_location=FileDownloadRequestMessageStorageLocation(
            storage_connection_id="conn-1", path="models/a b.stl"
        ),
    )

    sync_client.file_download_request(model)

    assert the_one_request(backend).json() == {
        "modelId": "model-9",
        "storageLocation": {"storageConnectionId": "conn-1", "path": "models/a b.stl"},
    }
