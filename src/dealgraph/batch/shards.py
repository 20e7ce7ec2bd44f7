"""Cutting the document stream into numbered shards, in input order.

Reading happens in the client, so a shard is a plain list of small picklable
Documents plus the read errors met while it was filled. Numbering depends only on
the inputs and the shard size, which is what lets a rerun recognise the shards it
already finished (the part file for shard *k* is the output for the same documents).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..errors import InputError
from ..model import Document

DEFAULT_SHARD_SIZE = 500


@dataclass
class Shard:
    """Shard *index*: up to ``shard_size`` documents and the read errors met among them."""

    index: int
    docs: list[Document] = field(default_factory=list)
    read_errors: list[InputError] = field(default_factory=list)


def iter_shards(outcomes: Iterable[Document | InputError], shard_size: int) -> Iterator[Shard]:
    """Shards of *shard_size* documents; read errors ride with the shard being filled.

    A shard is closed as soon as it holds *shard_size* documents, so errors that follow
    belong to the next one; trailing errors make a last shard of their own (with no
    documents) so that they are reported exactly once, like every other shard's.
    """
    if shard_size <= 0:
        raise ValueError(f"shard_size must be positive, not {shard_size}")
    current = Shard(0)
    for outcome in outcomes:
        if isinstance(outcome, InputError):
            current.read_errors.append(outcome)
            continue
        current.docs.append(outcome)
        if len(current.docs) == shard_size:
            yield current
            current = Shard(current.index + 1)
    if current.docs or current.read_errors:
        yield current
