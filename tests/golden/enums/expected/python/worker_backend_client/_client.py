"""The clients: one method per message type of the contract, sync and async.

Both keep one pooled HTTP connection for their lifetime; use them as context
managers, or call ``close()`` (``aclose()``) when done.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any

import anyio
import httpx

from worker_backend_client._errors import ConnectionFailedError, RequestTimeoutError
from worker_backend_client._payload import Payload
from worker_backend_client._responses import JobResponse, JobStatus
from worker_backend_client._transport import (
    DEFAULT_TIMEOUT,
    ResponseModel,
    Settings,
    job_body,
    job_path,
    log_exchange,
    read_answer,
    status_path,
)
from worker_backend_client.message_types import MessageType
from worker_backend_client.models import (
    EnumSampleMessage,
)


class WorkerClient:
    """A client of the worker backend.

    ``base_url`` falls back to ``WORKER_BACKEND_URL`` and ``api_key`` to
    ``WORKER_BACKEND_API_KEY``. ``timeout`` is in seconds and bounds every
    request. ``transport`` replaces the network, for tests.
    """

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        *,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._settings = Settings.resolve(base_url, api_key, timeout)
        self._http = httpx.Client(
            base_url=self._settings.base_url,
            headers=self._settings.headers(),
            timeout=self._settings.timeout,
            transport=transport,
        )

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def timeout(self) -> float:
        return self._settings.timeout

    def __repr__(self) -> str:
        return f"WorkerClient(base_url={self.base_url!r})"

    def __enter__(self) -> WorkerClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool; the client cannot send after this."""
        self._http.close()

    def send_to_queue(
        self, message_type: MessageType | str, payload: Payload | Mapping[str, Any]
    ) -> JobResponse:
        """Enqueue a job of ``message_type``, validating ``payload`` first."""
        known, body = job_body(message_type, payload)
        return self._request("POST", job_path(known), JobResponse, body)

    def get_job_status(self, job_id: str) -> JobStatus:
        """The state of a job enqueued earlier, by the id its receipt gave."""
        return self._request("GET", status_path(job_id), JobStatus)

    def _request(
        self,
        method: str,
        path: str,
        model: type[ResponseModel],
        body: bytes | None = None,
    ) -> ResponseModel:
        started = time.monotonic()
        deadline = started + self._settings.timeout
        try:
            with self._http.stream(method, path, content=body) as response:
                # httpx bounds each wait; the deadline bounds the whole exchange,
                # so a server that trickles its answer is cut off as well.
                chunks = []
                for chunk in response.iter_bytes():
                    if time.monotonic() > deadline:
                        raise RequestTimeoutError()
                    chunks.append(chunk)
        except httpx.TimeoutException as error:
            raise RequestTimeoutError() from error
        except httpx.TransportError as error:
            raise ConnectionFailedError(
                f"Could not reach the worker backend at {self.base_url}: {error}"
            ) from error

        log_exchange(response, time.monotonic() - started)
        return read_answer(response, b"".join(chunks), model)

    def enum_sample(self, data: EnumSampleMessage | Mapping[str, Any]) -> JobResponse:
        """Enumerations and constants.

        Sends a ``enum-sample`` message; ``data`` is a
        :class:`~worker_backend_client.models.EnumSampleMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.ENUM_SAMPLE, data)


class AsyncWorkerClient:
    """The asyncio (or trio) twin of :class:`WorkerClient`, method for method."""

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._settings = Settings.resolve(base_url, api_key, timeout)
        self._http = httpx.AsyncClient(
            base_url=self._settings.base_url,
            headers=self._settings.headers(),
            timeout=self._settings.timeout,
            transport=transport,
        )

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def timeout(self) -> float:
        return self._settings.timeout

    def __repr__(self) -> str:
        return f"AsyncWorkerClient(base_url={self.base_url!r})"

    async def __aenter__(self) -> AsyncWorkerClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool; the client cannot send after this."""
        await self._http.aclose()

    async def send_to_queue(
        self, message_type: MessageType | str, payload: Payload | Mapping[str, Any]
    ) -> JobResponse:
        """Enqueue a job of ``message_type``, validating ``payload`` first."""
        known, body = job_body(message_type, payload)
        return await self._request("POST", job_path(known), JobResponse, body)

    async def get_job_status(self, job_id: str) -> JobStatus:
        """The state of a job enqueued earlier, by the id its receipt gave."""
        return await self._request("GET", status_path(job_id), JobStatus)

    async def _request(
        self,
        method: str,
        path: str,
        model: type[ResponseModel],
        body: bytes | None = None,
    ) -> ResponseModel:
        started = time.monotonic()
        try:
            with anyio.fail_after(self._settings.timeout):
                response = await self._http.request(method, path, content=body)
        except (TimeoutError, httpx.TimeoutException) as error:
            raise RequestTimeoutError() from error
        except httpx.TransportError as error:
            raise ConnectionFailedError(
                f"Could not reach the worker backend at {self.base_url}: {error}"
            ) from error

        log_exchange(response, time.monotonic() - started)
        return read_answer(response, response.content, model)

    async def enum_sample(
        self, data: EnumSampleMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Enumerations and constants.

        Sends a ``enum-sample`` message; ``data`` is a
        :class:`~worker_backend_client.models.EnumSampleMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.ENUM_SAMPLE, data)
