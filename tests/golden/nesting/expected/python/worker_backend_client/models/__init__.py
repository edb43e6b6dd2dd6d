"""The payload models, one module per message; the payload classes re-exported."""

from worker_backend_client.models.deep_tree import DeepTreeMessage
from worker_backend_client.models.tuple_sample import TupleSampleMessage

__all__ = [
    "DeepTreeMessage",
    "TupleSampleMessage",
]
