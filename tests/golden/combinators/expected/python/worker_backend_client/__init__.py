"""Typed client for the Mesh-Sync worker backend, generated from its message contract.

Contract version 1.0.0: 1 message types.
"""

from worker_backend_client._client import AsyncWorkerClient, WorkerClient
from worker_backend_client._errors import (
    ConfigurationError,
    ConnectionFailedError,
    HTTPStatusError,
    InvalidJobIdError,
    PayloadValidationError,
    RequestTimeoutError,
    UnexpectedResponseError,
    UnknownMessageTypeError,
    WorkerClientError,
)
from worker_backend_client._payload import Payload
from worker_backend_client._responses import JobResponse, JobState, JobStatus
from worker_backend_client.message_types import MessageType
from worker_backend_client.models import (
    UnionSampleMessage,
)

__version__ = "1.0.0"

__all__ = [
    "AsyncWorkerClient",
    "ConfigurationError",
    "ConnectionFailedError",
    "HTTPStatusError",
    "InvalidJobIdError",
    "JobResponse",
    "JobState",
    "JobStatus",
    "MessageType",
    "Payload",
    "PayloadValidationError",
    "RequestTimeoutError",
    "UnexpectedResponseError",
    "UnionSampleMessage",
    "UnknownMessageTypeError",
    "WorkerClient",
    "WorkerClientError",
]
