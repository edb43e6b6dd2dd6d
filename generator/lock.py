"""One ``generate`` at a time per output folder.

The lock is an advisory ``flock`` on the output folder itself, so it leaves no
file behind and the system releases it when the process ends, however it ends.
A second run does not wait: it says who holds the folder and writes nothing.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.errors import BusyError

logger = logging.getLogger(__name__)


@contextmanager
def exclusive(folder: Path) -> Iterator[None]:
    """Hold ``folder`` for this process; raise BusyError if another holds it."""
    if sys.platform == "win32":
        logger.warning("no lock on %s: Windows has no flock", folder)
        yield
        return

    import fcntl

    descriptor = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BusyError(
                f"{folder} is being written by another `worker-codegen generate`; "
                "nothing was written. Wait for it to finish, then run again"
            ) from None
        yield
    finally:
        os.close(descriptor)
