"""The payload models, one module per message; the payload classes re-exported."""

from worker_backend_client.models.scalar_latest import ScalarLatestMessage
from worker_backend_client.models.scalar_sample import ScalarSampleMessage

__all__ = [
    "ScalarLatestMessage",
    "ScalarSampleMessage",
]
