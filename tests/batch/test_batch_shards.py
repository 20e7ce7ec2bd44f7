"""Shards are cut in input order and carry the read errors met while they were filled."""

from __future__ import annotations

import pytest

from dealgraph.batch.shards import iter_shards
from dealgraph.errors import InputError
from dealgraph.model import Document


def doc(i: int) -> Document:
    return Document(id=f"d{i}", text="x")


def test_shards_keep_order_and_errors_ride_along() -> None:
    stream = [
        doc(0),
        InputError("bad-1", "r"),
        doc(1),
        doc(2),
        InputError("bad-2", "r"),
        doc(3),
        InputError("bad-3", "r"),
    ]
    shards = list(iter_shards(stream, 2))
    assert [[d.id for d in s.docs] for s in shards] == [["d0", "d1"], ["d2", "d3"], []]
    assert [[e.doc for e in s.read_errors] for s in shards] == [["bad-1"], ["bad-2"], ["bad-3"]]


def test_trailing_errors_make_a_shard_of_their_own() -> None:
    shards = list(iter_shards([doc(0), doc(1), InputError("bad", "r")], 2))
    assert [s.index for s in shards] == [0, 1]
    assert shards[1].docs == [] and [e.doc for e in shards[1].read_errors] == ["bad"]


def test_shard_size_must_be_positive() -> None:
    with pytest.raises(ValueError):
        list(iter_shards([], 0))
