"""Progress bars for long work: on standard error, only on a terminal, never with ``--quiet`` or
``--json`` (whose output a program reads), and only once the work has taken two seconds."""
from __future__ import annotations

import sys
import time
from typing import Any

import click

SHOW_AFTER = 2.0  # seconds of work before a bar appears: short work stays silent
_quiet = False


def quiet(value: bool = True) -> None:
    """Silence every bar of this run (``--quiet``, ``--json``)."""
    global _quiet
    _quiet = value


class Progress:
    """A bar fed as ``progress(done, total)``; shown when the work outlasts ``SHOW_AFTER``."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.started = time.monotonic()
        self.done = 0
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if _quiet or not sys.stderr.isatty():
            return
        if self.bar is None:
            if time.monotonic() - self.started < SHOW_AFTER or done >= total:
                return
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done
        if done >= total:
            self.close()

    def close(self) -> None:
        """End the bar (a finished or failed piece of work)."""
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
