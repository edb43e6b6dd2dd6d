"""The message types of the contract and the payload model of each."""

from __future__ import annotations

from enum import Enum

from worker_backend_client._payload import Payload
from worker_backend_client.models import (
    DeepTreeMessage,
    TupleSampleMessage,
)


class MessageType(str, Enum):
    """One member per message type; the value is the type's wire name."""

    DEEP_TREE = "deep-tree"
    TUPLE_SAMPLE = "tuple-sample"

    def __str__(self) -> str:
        return self.value


PAYLOAD_MODELS: dict[MessageType, type[Payload]] = {
    MessageType.DEEP_TREE: DeepTreeMessage,
    MessageType.TUPLE_SAMPLE: TupleSampleMessage,
}
