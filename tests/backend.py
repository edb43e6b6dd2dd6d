"""A real HTTP server on 127.0.0.1 that stands in for the worker backend.

It records every request as it arrived (method, raw path, headers, body bytes,
the client's port) and answers from a script of :class:`Reply` objects, one per
request in order. With the script empty it answers like the backend: a job
receipt for ``POST /api/jobs/<type>`` and a job status for ``GET``.
"""

from __future__ import annotations

import json
import socket
import threading
from collections import deque
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

JOBS_PREFIX = "/api/jobs/"


@dataclass(frozen=True)
class Recorded:
    """One request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    client_port: int

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Reply:
    """What the server answers to one request.

    ``json`` is encoded as the body unless ``body`` gives raw bytes. ``delay`` is
    seconds to wait before answering; ``trickle`` is seconds between body bytes
    sent one at a time after the headers.
    """

    status: int = 200
    json: Any = None
    body: bytes | None = None
    reason: str | None = None
    delay: float = 0.0
    trickle: float = 0.0

    def encoded(self) -> bytes:
        if self.body is not None:
            return self.body
        return json.dumps(self.json).encode("utf-8")


class Backend:
    """The server, its request log and its script; see the module docstring."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.issued_job_ids: list[str] = []
        self._script: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="test-backend",
            daemon=True,
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def start(self) -> Backend:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def reset(self) -> None:
        """Forget the requests and the script, for the next test."""
        with self._lock:
            self.requests.clear()
            self.issued_job_ids.clear()
            self._script.clear()

    def script(self, *replies: Reply) -> None:
        """Answer the next requests with ``replies``, in order."""
        with self._lock:
            self._script.extend(replies)

    def sleep(self, seconds: float) -> None:
        """Wait, but no longer than until the server stops."""
        self._stopping.wait(seconds)

    def record(self, request: Recorded) -> Reply:
        with self._lock:
            self.requests.append(request)
            if self._script:
                return self._script.popleft()
            return self._default_reply(request)

    def _default_reply(self, request: Recorded) -> Reply:
        if not request.path.startswith(JOBS_PREFIX):
            return Reply(404, {"error": f"no route for {request.path}"})

        name = request.path.removeprefix(JOBS_PREFIX)
        if request.method == "GET":
            return Reply(200, job_status(name))

        job_id = f"job-{len(self.issued_job_ids) + 1}"
        self.issued_job_ids.append(job_id)
        return Reply(201, job_receipt(job_id, name))


def job_receipt(job_id: str, message_type: str) -> dict[str, Any]:
    """The backend's answer to an enqueued job, in its camelCase JSON."""
    return {
        "success": True,
        "jobId": job_id,
        "messageName": message_type,
        "queue": f"{message_type}-queue",
    }


def job_status(job_id: str) -> dict[str, Any]:
    """The backend's answer to a status query, in its camelCase JSON."""
    return {
        "jobId": job_id,
        "name": "file-download-request",
        "queue": "file-download-request-queue",
        "state": "active",
        "data": {"modelId": "model-1", "nested": {"tags": ["a", "b"]}},
        "returnvalue": None,
        "progress": 42.5,
        "timestamp": 1764700000000,
    }


def _handler_for(backend: Backend) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # HTTP/1.1 keeps connections open, so connection reuse is observable.
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            # Without this, delayed ACKs add 40 ms to every keep-alive exchange.
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            self._answer()

        def log_message(self, format: str, *args: Any) -> None:
            """Keep the test output quiet."""

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            request = Recorded(
                method=self.command,
                path=self.path,
                headers={name.lower(): value for name, value in self.headers.items()},
                body=self.rfile.read(length),
                client_port=self.client_address[1],
            )
            reply = backend.record(request)
            try:
                self._send(reply)
            except (BrokenPipeError, ConnectionResetError):
                # The client gave up (a timeout test); nothing left to answer.
                self.close_connection = True

        def _send(self, reply: Reply) -> None:
            if reply.delay:
                backend.sleep(reply.delay)

            body = reply.encoded()
            reason = reply.reason or _phrase(reply.status)
            self.send_response_only(reply.status, reason)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()

            if not reply.trickle:
                self.wfile.write(body)
                return
            for index in range(len(body)):
                self.wfile.write(body[index : index + 1])
                self.wfile.flush()
                backend.sleep(reply.trickle)

    return Handler


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
