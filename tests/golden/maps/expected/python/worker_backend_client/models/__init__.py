"""The payload models, one module per message; the payload classes re-exported."""

from worker_backend_client.models.map_sample import MapSampleMessage

__all__ = [
    "MapSampleMessage",
]
