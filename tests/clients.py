"""Run one call through the sync or the async client, the same way for both.

A call is a function of the client: ``lambda client: client.get_job_status("1")``.
For the async client it returns a coroutine, which is awaited inside a fresh
event loop, so a test can be written once and parametrized over both kinds.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from worker_backend_client import AsyncWorkerClient, WorkerClient

KINDS = ("sync", "async")


@dataclass(frozen=True)
class ClientRunner:
    kind: str
    base_url: str | None

    def run(self, call: Callable[[Any], Any], **options: Any) -> Any:
        """Build a client with ``options``, make ``call`` with it, close it."""
        options.setdefault("base_url", self.base_url)
        if self.kind == "sync":
            with WorkerClient(**options) as client:
                return call(client)

        async def main() -> Any:
            async with AsyncWorkerClient(**options) as client:
                return await call(client)

        return asyncio.run(main())

    def build(self, **options: Any) -> WorkerClient | AsyncWorkerClient:
        """Only construct a client (configuration tests)."""
        kind = WorkerClient if self.kind == "sync" else AsyncWorkerClient
        return kind(**options)
