"""Payloads the contract forbids are refused before any request is made."""

from __future__ import annotations

from typing import Any

import pytest
from backend import Backend
from clients import ClientRunner
from payloads import message, required_payload
from worker_backend_client import (
    BackendLoggingEventMessage,
    InvalidJobIdError,
    PayloadValidationError,
    UnknownMessageTypeError,
    WorkerClientError,
)

TYPE = "backend-logging-event"
NAN = float("nan")
INF = float("inf")


def base() -> dict[str, Any]:
    """A valid payload: the required fields of backend-logging-event."""
    return required_payload(message(TYPE))


def by_method(payload: Any) -> Any:
    return lambda client: client.backend_logging_event(payload)


def by_queue(payload: Any) -> Any:
    return lambda client: client.send_to_queue(TYPE, payload)


SENDERS = pytest.mark.parametrize(
    "send", [by_method, by_queue], ids=["method", "queue"]
)


@SENDERS
@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"message": None}, "$.message"),
        ({"userId": None}, "$.userId"),
        ({"user_id": None}, "$.userId"),
        ({"durationMs": NAN}, "$.durationMs"),
        ({"durationMs": -INF}, "$.durationMs"),
        ({"durationMs": True}, "$.durationMs"),
        ({"durationMs": "12.5"}, "$.durationMs"),
        ({"httpStatusCode": "1"}, "$.httpStatusCode"),
        ({"httpStatusCode": 1.5}, "$.httpStatusCode"),
        ({"httpStatusCode": True}, "$.httpStatusCode"),
        ({"level": 3}, "$.level"),
        ({"metadata": ["not", "an", "object"]}, "$.metadata"),
        ({"metadata": {"ratio": NAN}}, "$.metadata.ratio"),
        ({"metadata": {1: "key is not a string"}}, "$.metadata"),
        ({"x-extra": INF}, "$.x-extra"),
        ({"x-extra": {"a", "set"}}, "$.x-extra"),
        ({"userId": "u-1", "user_id": "u-2"}, "$.userId"),
    ],
    ids=[
        "null-for-required-string",
        "null-for-optional-string",
        "null-by-python-name",
        "nan",
        "infinity",
        "bool-for-number",
        "string-for-number",
        "string-for-integer",
        "fraction-for-integer",
        "bool-for-integer",
        "integer-for-string",
        "array-for-object",
        "nan-in-open-object",
        "non-string-key",
        "infinity-in-unknown-key",
        "set-in-unknown-key",
        "both-names-of-one-field",
    ],
)
def test_a_forbidden_value_is_refused_before_any_io(
    backend: Backend,
    clients: ClientRunner,
    send: Any,
    changes: dict[Any, Any],
    path: str,
) -> None:
    payload = {**base(), **changes}

    with pytest.raises(PayloadValidationError) as raised:
        clients.run(send(payload))

    assert path in [where for where, _ in raised.value.problems]
    assert isinstance(raised.value, WorkerClientError)
    assert raised.value.message_type == TYPE
    assert backend.requests == []


@SENDERS
def test_a_missing_required_field_is_refused(
    backend: Backend, clients: ClientRunner, send: Any
) -> None:
    payload = base()
    del payload["eventType"]

    with pytest.raises(PayloadValidationError, match="eventType"):
        clients.run(send(payload))

    assert backend.requests == []


@SENDERS
@pytest.mark.parametrize("payload", [["a", "list"], "text", None, 7])
def test_a_payload_that_is_not_a_mapping_is_refused(
    backend: Backend, clients: ClientRunner, send: Any, payload: Any
) -> None:
    with pytest.raises(PayloadValidationError):
        clients.run(send(payload))

    assert backend.requests == []


@pytest.mark.parametrize(
    "changes",
    [
        {"durationMs": NAN},
        {"x-extra": INF},
        {"x-extra": [1.0, NAN]},
        {"metadata": {"ratio": INF}},
    ],
    ids=["nan-field", "infinity-extra", "nan-in-extra-list", "infinity-nested-extra"],
)
def test_a_model_holding_a_non_json_number_is_refused(
    backend: Backend, clients: ClientRunner, changes: dict[str, Any]
) -> None:
    # Pydantic takes NaN and infinity; JSON has no such numbers, so the client
    # must refuse them rather than send something else (such as null).
    model = BackendLoggingEventMessage.model_validate({**base(), **changes})

    with pytest.raises(PayloadValidationError):
        clients.run(by_method(model))

    assert backend.requests == []


@pytest.mark.parametrize(
    ("typo", "nearest"),
    [
        ("file-download-requets", "file-download-request"),
        ("FILE_DOWNLOAD_REQUEST", None),
        ("thumbnail-generation", "thumbnail-generation-request"),
        ("", None),
    ],
)
def test_an_unknown_message_type_is_refused_naming_the_nearest(
    backend: Backend, clients: ClientRunner, typo: str, nearest: str | None
) -> None:
    with pytest.raises(UnknownMessageTypeError) as raised:
        clients.run(lambda client: client.send_to_queue(typo, {"modelId": "m-1"}))

    assert isinstance(raised.value, WorkerClientError)
    assert repr(typo) in str(raised.value)
    if nearest is not None:
        assert nearest in raised.value.suggestions
        assert nearest in str(raised.value)
    assert backend.requests == []


@pytest.mark.parametrize("job_id", ["", 42, None])
def test_a_job_id_that_is_not_a_non_empty_string_is_refused(
    backend: Backend, clients: ClientRunner, job_id: Any
) -> None:
    with pytest.raises(InvalidJobIdError, match="job_id") as raised:
        clients.run(lambda client: client.get_job_status(job_id))

    assert isinstance(raised.value, WorkerClientError)
    assert backend.requests == []
