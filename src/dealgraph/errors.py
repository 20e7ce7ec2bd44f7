"""The small exception tree of dealgraph."""

from __future__ import annotations


class DealgraphError(Exception):
    """Base of every error dealgraph raises on purpose."""


class InputError(DealgraphError):
    """A document could not be read: it names the document and the reason."""

    def __init__(self, doc: str, reason: str) -> None:
        super().__init__(f"{doc}: {reason}")
        self.doc = doc
        self.reason = reason


class UsageError(DealgraphError):
    """The command was called wrongly; the message says how to call it."""


class StoreError(DealgraphError):
    """The database could not be opened, migrated or written."""
