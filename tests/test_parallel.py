from __future__ import annotations

from glossary.parallel import batched_map


def _square(batch: list[int]) -> list[int]:
    return [n * n for n in batch]


def test_results_keep_input_order_in_workers_and_alone():
    items = list(range(5000))
    assert list(batched_map(_square, items, batch=97, parallel_from=10)) == [n * n for n in items]
    assert list(batched_map(_square, items, batch=97, parallel_from=10**9)) == [
        n * n for n in items
    ]
