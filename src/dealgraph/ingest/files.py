"""Reading a local file as bytes, bounded by the size limit, with errors as InputError."""

from __future__ import annotations

import os

from ..errors import InputError


def read_bytes(path: str, max_bytes: int) -> bytes:
    """The content of *path*, or InputError for a missing, unreadable or too large file.

    The size is checked before reading (cheap refusal of a 5 GB file) and again while
    reading, because FIFOs, /dev files and growing files report no useful size.
    """
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if size > max_bytes:
        raise InputError(path, f"larger than the limit of {max_bytes} bytes ({size} bytes)")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(path, f"larger than the limit of {max_bytes} bytes")
    return data
