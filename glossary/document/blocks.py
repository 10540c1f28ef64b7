"""Split a document into blocks (paragraphs, lines or sentences), each with its language and line
range.

Names alone (author lines, one-word headings) say little about their
language, so such a block takes the language of the next block that is
clear (the affiliation after the authors), else of the one before.
Neighbouring blocks of one language form runs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from glossary.document.sentences import split
from glossary.language.langid import Detection, detect
from glossary.language.script import KAZAKH_LETTERS

GRANULARITIES = ("paragraph", "line", "sentence")
_INITIAL_OR_NAME = re.compile(r"^(?:[^\W\d_]\.)+$|^[^\W\d_]+$")
Piece = tuple[str, int, int]  # text, first line, last line


@dataclass(frozen=True)
class Block:
    """A piece of a document: its text, lines (1-based, inclusive) and language."""

    text: str
    start: int
    end: int
    lang: str
    confidence: float
    probabilities: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of ``glossary detect --json``."""
        return {
            "start_line": self.start,
            "end_line": self.end,
            "lang": self.lang,
            "confidence": self.confidence,
            "probabilities": self.probabilities,
            "text": self.text,
        }


@dataclass(frozen=True)
class Run:
    """Neighbouring blocks of one language."""

    lang: str
    start: int
    end: int
    blocks: tuple[Block, ...]


def _paragraphs(lines: list[str]) -> list[list[tuple[int, str]]]:
    """The non-empty paragraphs of ``lines``, each as (line number, stripped line) pairs."""
    paragraphs, current = [], []
    for i, line in enumerate(lines + [""], 1):
        if line.strip():
            current.append((i, line.strip()))
        elif current:
            paragraphs.append(current)
            current = []
    return paragraphs


def _sentences_of(numbered: list[tuple[int, str]]) -> list[Piece]:
    """The sentences of one paragraph, each with the lines it starts and ends on."""
    joined, starts = "", []
    for number, line in numbered:
        starts.append((len(joined), number))
        joined += line + " "
    text = joined.strip()
    out, offset = [], 0
    for a, b in split(text, 0, len(text)):
        sentence = text[a:b]
        begin = joined.index(sentence, offset)
        offset = begin + len(sentence)
        first = max(n for pos, n in starts if pos <= begin)
        last = max(n for pos, n in starts if pos < offset)
        out.append((sentence.strip(), first, last))
    return out


def _pieces(text: str, granularity: str) -> list[Piece]:
    """(text, first line, last line) of every non-empty paragraph, line or sentence."""
    lines = text.splitlines()
    if granularity == "line":
        return [(line.strip(), i, i) for i, line in enumerate(lines, 1) if line.strip()]
    paragraphs = _paragraphs(lines)
    if granularity == "paragraph":
        return [(" ".join(t for _, t in p), p[0][0], p[-1][0]) for p in paragraphs]
    return [piece for numbered in paragraphs for piece in _sentences_of(numbered)]


def names_only(text: str) -> bool:
    """True for a block of names and initials only: its own letters cannot tell its language."""
    words = [w.strip(",;:*()") for w in text.split()]
    words = [w for w in words if w]
    return bool(words) and KAZAKH_LETTERS.isdisjoint(text) and all(
        _INITIAL_OR_NAME.match(w) and (w[0].isupper()) for w in words
    )


def _borrowed(found: list[tuple[Piece, Detection]], weak: list[bool], i: int) -> Detection:
    """The detection a names-only block takes: the next clear block's, else the previous one's."""
    def clear(j: int) -> bool:
        return not weak[j] and found[j][1].lang != "und"

    after = [found[j][1] for j in range(i + 1, len(found)) if clear(j)]
    before = [found[j][1] for j in range(i - 1, -1, -1) if clear(j)]
    return (after or before or [found[i][1]])[0]


def segment(text: str, granularity: str = "paragraph") -> list[Block]:
    """The blocks of ``text`` in document order, each with its language."""
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {', '.join(GRANULARITIES)}")
    found = [(piece, detect(piece[0])) for piece in _pieces(text, granularity)]
    weak = [names_only(piece[0]) and d.lang != "und" for piece, d in found]
    blocks = []
    for i, ((t, a, b), d) in enumerate(found):
        if weak[i]:
            d = _borrowed(found, weak, i)
        blocks.append(Block(t, a, b, d.lang, d.confidence, d.probabilities))
    return blocks


def runs(blocks: list[Block]) -> list[Run]:
    """Neighbouring blocks of one language, grouped."""
    out: list[list[Block]] = []
    for block in blocks:
        if out and out[-1][-1].lang == block.lang:
            out[-1].append(block)
        else:
            out.append([block])
    return [Run(group[0].lang, group[0].start, group[-1].end, tuple(group)) for group in out]


def by_language(text: str) -> dict[str, list[str]]:
    """Each language's paragraphs of ``text``, in document order; languages sorted, und left out."""
    found: dict[str, list[str]] = {}
    for block in segment(text, "paragraph"):
        if block.lang != "und":
            found.setdefault(block.lang, []).append(block.text)
    return dict(sorted(found.items()))
