"""The message types of the contract and the payload model of each."""

from __future__ import annotations

from enum import Enum

from worker_backend_client._payload import Payload
from worker_backend_client.models import (
    MapSampleMessage,
)


class MessageType(str, Enum):
    """One member per message type; the value is the type's wire name."""

    MAP_SAMPLE = "map-sample"

    def __str__(self) -> str:
        return self.value


PAYLOAD_MODELS: dict[MessageType, type[Payload]] = {
    MessageType.MAP_SAMPLE: MapSampleMessage,
}
