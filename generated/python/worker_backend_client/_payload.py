"""The base class of every payload model."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Payload(BaseModel):
    """A message payload or an object nested in one.

    Fields take their Python names (``model_id``) or their wire names
    (``modelId``). Keys the schema does not name are kept and sent as given,
    because the contract's objects are open unless a schema closes them.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
    )
