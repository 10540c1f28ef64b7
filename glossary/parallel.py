"""Run a function over batches on every CPU, results in input order (so outputs stay deterministic).

Used for the work that grows with a termbase: reading its files and spelling
its words. Worker processes are forked, so what the parent has loaded (the
Russian dictionaries) is shared; elsewhere, or for small inputs, it runs in
one process.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def batched_map(
    func: Callable[[list[T]], list[R]], items: Sequence[T], batch: int, parallel_from: int
) -> Iterator[R]:
    """``func`` over ``items`` in batches of ``batch``; in worker processes once there are
    ``parallel_from`` items.
    """
    batches = [list(items[i : i + batch]) for i in range(0, len(items), batch)]
    workers = min(os.cpu_count() or 1, 8)
    if len(items) < parallel_from or workers < 2 or sys.platform != "linux":
        for chunk in batches:
            yield from func(chunk)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(workers, initializer=_ignore_interrupts) as pool:
        for results in pool.imap(func, batches):
            yield from results


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C is the parent's to handle (it ends the pool), not a traceback each."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
