"""The payload models, one module per message; the payload classes re-exported."""

from worker_backend_client.models.awkward_names import AwkwardNamesMessage

__all__ = [
    "AwkwardNamesMessage",
]
