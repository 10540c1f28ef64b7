"""The README's examples are what the commands print and what the library returns.

Every ``console`` block is run: each ``$ glossary ...`` line (or ``$ echo TEXT | glossary ...``)
in a scratch folder that holds the seeds and docs/, its output compared with the lines shown after it. A
line ``...`` stands for one or more lines left out; a line ending in `` ...`` for a line cut
short there. Every ``pycon`` block runs as a doctest.
"""
from __future__ import annotations

import doctest
import re
import shlex
from pathlib import Path

import pytest

from tests.tools import invoke

ROOT = Path(__file__).parent.parent
README = ROOT / "README.md"
_BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def examples() -> list[tuple[str, list[str]]]:
    """(command line, lines shown after it) of every console block of the README."""
    found = []
    for block in _BLOCK.findall(README.read_text(encoding="utf-8")):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, *shown = chunk.rstrip("\n").split("\n")
            found.append((command, shown))
    return found


def matches(shown: list[str], actual: list[str]) -> bool:
    """True when ``actual`` is ``shown`` with ``...`` lines standing for one or more lines."""
    if not shown:
        return not actual
    head, rest = shown[0], shown[1:]
    if head == "...":
        return any(matches(rest, actual[i:]) for i in range(1, len(actual) + 1))
    if not actual:
        return False
    same = actual[0].startswith(head[:-4]) if head.endswith(" ...") else actual[0] == head
    return same and matches(rest, actual[1:])


@pytest.mark.parametrize("command, shown", examples(), ids=[c for c, _ in examples()])
def test_console_example(command, shown, tmp_path, monkeypatch):
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    (tmp_path / "docs").symlink_to(ROOT / "docs")
    monkeypatch.chdir(tmp_path)
    stdin = None
    if command.startswith("echo "):
        echoed, command = command.split(" | ", 1)
        stdin = shlex.split(echoed)[1] + "\n"
    words = shlex.split(command)
    assert words[0] == "glossary"
    result = invoke(words[1:], input=stdin)
    assert result.exit_code in (0, 1), result.output
    actual = result.output.rstrip("\n").split("\n") if result.output.strip() else []
    assert matches(shown, actual), "\n".join(["shown:", *shown, "printed:", *actual])


def test_matching_rules():
    assert matches(["a", "...", "d"], ["a", "b", "c", "d"])
    assert not matches(["a", "...", "d"], ["a", "d"])
    assert matches(["a long line ..."], ["a long line that goes on"])
    assert not matches(["a", "b"], ["a", "b", "c"])


def test_python_examples(monkeypatch):
    monkeypatch.chdir(ROOT)
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```pycon\n(.*?)```", text, re.S)
    assert blocks, "the README has Python examples"
    parser = doctest.DocTestParser()
    test = parser.get_doctest("\n".join(blocks), {}, "README.md", str(README), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0
