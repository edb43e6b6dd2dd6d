"""The payload models, one module per message; the payload classes re-exported."""

from worker_backend_client.models.customer_moved import CustomerMovedMessage
from worker_backend_client.models.order_placed import OrderPlacedMessage

__all__ = [
    "CustomerMovedMessage",
    "OrderPlacedMessage",
]
