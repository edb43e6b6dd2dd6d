"""What the backend answers, parsed from its camelCase JSON."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel

JobState = Literal["waiting", "active", "completed", "failed", "delayed"]


class _Response(BaseModel):
    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        extra="allow",
        frozen=True,
    )


class JobResponse(_Response):
    """The backend's receipt for an enqueued job."""

    success: bool
    job_id: str
    message_name: str
    queue: str


class JobStatus(_Response):
    """A job's state in its BullMQ queue."""

    job_id: str
    name: str
    queue: str
    state: JobState
    data: Any
    returnvalue: Any = None
    progress: float | None = None
    timestamp: int
