"""The payload models, one module per message; the payload classes re-exported."""

from worker_backend_client.models.hostile_text import HostileTextMessage

__all__ = [
    "HostileTextMessage",
]
