"""The payload models, one module per message; the payload classes re-exported."""

from worker_backend_client.models.union_sample import UnionSampleMessage

__all__ = [
    "UnionSampleMessage",
]
