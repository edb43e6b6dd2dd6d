"""The payload models, one module per message; the payload classes re-exported."""

from worker_backend_client.models.enum_sample import EnumSampleMessage

__all__ = [
    "EnumSampleMessage",
]
