"""The payload models, one module per message; the payload classes re-exported."""

from worker_backend_client.models.bounded_sample import BoundedSampleMessage

__all__ = [
    "BoundedSampleMessage",
]
