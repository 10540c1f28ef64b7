"""Progress bars: on a terminal only, after a while, never when quiet."""
from __future__ import annotations

import io

from glossary.cli import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(monkeypatch, quiet: bool, after: float) -> str:
    err = Terminal()
    monkeypatch.setattr("sys.stderr", err)
    monkeypatch.setattr(progress, "SHOW_AFTER", after)
    monkeypatch.setattr(progress, "_quiet", quiet)
    bar = progress.Progress("checking")
    for done in range(1, 11):
        bar(done, 10)
    bar.close()
    return err.getvalue()


def test_a_bar_shows_on_a_terminal_for_long_work_only(monkeypatch):
    assert "checking" in run(monkeypatch, quiet=False, after=0.0)
    assert run(monkeypatch, quiet=False, after=60.0) == ""  # short work stays silent
    assert run(monkeypatch, quiet=True, after=0.0) == ""  # --quiet, --json


def test_not_on_a_pipe(monkeypatch):
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    monkeypatch.setattr(progress, "SHOW_AFTER", 0.0)
    bar = progress.Progress("x")
    bar(1, 2)
    bar.close()
    assert err.getvalue() == ""
