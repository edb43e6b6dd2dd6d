"""Errors raised by the client, all under :class:`WorkerClientError`."""

from __future__ import annotations


class WorkerClientError(Exception):
    """Base of every error this package raises."""


class ConfigurationError(WorkerClientError):
    """The client was built without what it needs, such as the backend's URL."""


class UnknownMessageTypeError(WorkerClientError, ValueError):
    """A message type the contract does not define; nothing was sent."""

    def __init__(self, message_type: str, suggestions: list[str]) -> None:
        self.message_type = message_type
        self.suggestions = suggestions
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"Unknown message type {message_type!r}.{hint}")


class InvalidJobIdError(WorkerClientError, ValueError):
    """A job id that cannot name a job (empty, or not a string); nothing was sent."""


class PayloadValidationError(WorkerClientError, ValueError):
    """The payload breaks its message schema; nothing was sent.

    ``problems`` holds one ``(json_path, reason)`` pair per violation, where the
    path names the offending value with wire names (``$.storageLocation.path``).
    """

    def __init__(self, message_type: str, problems: list[tuple[str, str]]) -> None:
        self.message_type = message_type
        self.problems = problems
        listed = "\n".join(f"  {path}: {reason}" for path, reason in problems)
        super().__init__(f"Invalid {message_type} payload:\n{listed}")


class HTTPStatusError(WorkerClientError):
    """The backend answered with a status outside 2xx."""

    def __init__(self, status_code: int, reason: str, body: bytes) -> None:
        self.status_code = status_code
        self.reason = reason
        self.body = body
        super().__init__(f"HTTP {status_code}: {reason}")


class RequestTimeoutError(WorkerClientError):
    """The backend did not answer within the client's timeout."""

    def __init__(self) -> None:
        super().__init__("Request timeout")


class ConnectionFailedError(WorkerClientError):
    """The backend could not be reached at all (refused, reset, DNS)."""


class UnexpectedResponseError(WorkerClientError):
    """The backend answered 2xx with a body that is not the documented JSON."""
