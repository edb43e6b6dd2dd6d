"""The message types of the contract and the payload model of each."""

from __future__ import annotations

from enum import Enum

from worker_backend_client._payload import Payload
from worker_backend_client.models import (
    AwkwardNamesMessage,
)


class MessageType(str, Enum):
    """One member per message type; the value is the type's wire name."""

    AWKWARD_NAMES = "awkward-names"

    def __str__(self) -> str:
        return self.value


PAYLOAD_MODELS: dict[MessageType, type[Payload]] = {
    MessageType.AWKWARD_NAMES: AwkwardNamesMessage,
}
