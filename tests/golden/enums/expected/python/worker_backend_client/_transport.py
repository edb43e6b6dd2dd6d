"""What the sync and async clients share: settings, requests and answers."""

from __future__ import annotations

import difflib
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
import pydantic

from worker_backend_client._errors import (
    ConfigurationError,
    HTTPStatusError,
    InvalidJobIdError,
    UnexpectedResponseError,
    UnknownMessageTypeError,
)
from worker_backend_client._payload import Payload
from worker_backend_client._wire import encode
from worker_backend_client.message_types import PAYLOAD_MODELS, MessageType

logger = logging.getLogger("worker_backend_client")

DEFAULT_TIMEOUT = 30.0
URL_VARIABLE = "WORKER_BACKEND_URL"
API_KEY_VARIABLE = "WORKER_BACKEND_API_KEY"

ResponseModel = TypeVar("ResponseModel", bound=pydantic.BaseModel)


@dataclass(frozen=True)
class Settings:
    base_url: str
    api_key: str | None
    timeout: float

    @classmethod
    def resolve(
        cls, base_url: str | None, api_key: str | None, timeout: float
    ) -> Settings:
        """Fill what the caller left out from the environment, or refuse."""
        url = base_url or os.environ.get(URL_VARIABLE)
        if not url:
            raise ConfigurationError(
                f"No worker backend URL: pass base_url=... or set {URL_VARIABLE}."
            )

        key = api_key if api_key is not None else os.environ.get(API_KEY_VARIABLE)
        if timeout <= 0:
            raise ConfigurationError(f"timeout must be above 0 seconds, got {timeout}")

        return cls(url.rstrip("/"), key or None, float(timeout))

    def headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers

    def __repr__(self) -> str:
        # The key stays out of reprs, and so out of logs and tracebacks.
        key = "set" if self.api_key else "unset"
        return f"Settings(base_url={self.base_url!r}, api_key={key}, timeout={self.timeout})"


def job_body(
    message_type: MessageType | str, payload: Payload | Mapping[str, Any]
) -> tuple[MessageType, bytes]:
    """Resolve the message type and encode the payload, before any I/O."""
    known = _message_type(message_type)
    return known, encode(known.value, payload, PAYLOAD_MODELS[known])


def job_path(message_type: MessageType) -> str:
    return f"/api/jobs/{message_type.value}"


def status_path(job_id: str) -> str:
    if not isinstance(job_id, str) or not job_id:
        raise InvalidJobIdError(f"job_id must be a non-empty string, got {job_id!r}")
    return f"/api/jobs/{quote(job_id, safe='')}"


def read_answer(
    response: httpx.Response, body: bytes, model: type[ResponseModel]
) -> ResponseModel:
    """Parse a 2xx answer into ``model``; raise for anything else."""
    if not response.is_success:
        raise HTTPStatusError(response.status_code, _reason(response, body), body)

    try:
        return model.model_validate_json(body)
    except pydantic.ValidationError as error:
        raise UnexpectedResponseError(
            f"{response.request.method} {response.request.url.path} answered "
            f"{response.status_code} with a body that is not a {model.__name__}: "
            f"{error.errors(include_url=False)}"
        ) from None


def log_exchange(response: httpx.Response, elapsed: float) -> None:
    logger.debug(
        "%s %s -> %d in %.0f ms",
        response.request.method,
        response.request.url.path,
        response.status_code,
        elapsed * 1000,
    )


def _message_type(message_type: MessageType | str) -> MessageType:
    try:
        return MessageType(message_type)
    except ValueError:
        known = [member.value for member in MessageType]
        nearest = difflib.get_close_matches(str(message_type), known, n=3, cutoff=0.5)
        raise UnknownMessageTypeError(str(message_type), nearest) from None


def _reason(response: httpx.Response, body: bytes) -> str:
    """The backend's own words if its JSON body has them, else the status phrase."""
    try:
        answer = json.loads(body)
    except ValueError:
        answer = None

    if isinstance(answer, dict):
        for key in ("error", "message"):
            if isinstance(answer.get(key), str) and answer[key]:
                return str(answer[key])
    return response.reason_phrase
