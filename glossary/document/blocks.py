"""Split a document into blocks (paragraphs, lines or sentences), each with its language and line range.

Names alone (author lines, one-word headings) say little about their
language, so such a block takes the language of the next block that is
clear (the affiliation after the authors), else of the one before.
Neighbouring blocks of one language form runs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from glossary.language.langid import Detection, detect

GRANULARITIES = ("paragraph", "line", "sentence")
# After a stop, closing quotes of any style (» ” “ ’ " '), then opening ones (« “ ” „ ‘ ' "): Kazakh
# and Russian news close with “ and open with ” as often as the other way round.
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?P<close>[»”“’\"')]*)\s+(?=[«“”„‘'\"(]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])")
_ABBREVIATION = re.compile(r"(?<![\w.])(?:[^\W\d_]|[^\W\d_]\.[^\W\d_]|гг|т\.д|т\.б|т\.е|e\.g|i\.e|cf|vs|etc|No|Dr|Prof|проф|им)\.$", re.IGNORECASE)
_INITIAL_OR_NAME = re.compile(r"^(?:[^\W\d_]\.)+$|^[^\W\d_]+$")


@dataclass(frozen=True)
class Block:
    """A piece of a document: its text, lines (1-based, inclusive) and language."""

    text: str
    start: int
    end: int
    lang: str
    confidence: float
    probabilities: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Run:
    """Neighbouring blocks of one language."""

    lang: str
    start: int
    end: int
    blocks: tuple[Block, ...]


def _pieces(text: str, granularity: str) -> list[tuple[str, int, int]]:
    """(text, first line, last line) of every non-empty paragraph, line or sentence."""
    lines = text.splitlines()
    if granularity == "line":
        return [(line.strip(), i, i) for i, line in enumerate(lines, 1) if line.strip()]
    paragraphs, current = [], []
    for i, line in enumerate(lines + [""], 1):
        if line.strip():
            current.append((i, line.strip()))
        elif current:
            paragraphs.append((" ".join(t for _, t in current), current[0][0], current[-1][0], current))
            current = []
    if granularity == "paragraph":
        return [(t, a, b) for t, a, b, _ in paragraphs]
    out = []
    for _, _, _, numbered in paragraphs:
        joined, starts = "", []
        for number, line in numbered:
            starts.append((len(joined), number))
            joined += line + " "
        offset = 0
        for a, b in _sentences(joined.strip(), 0, len(joined.strip())):
            sentence = joined.strip()[a:b]
            begin = joined.index(sentence, offset)
            offset = begin + len(sentence)
            first = max(n for pos, n in starts if pos <= begin)
            last = max(n for pos, n in starts if pos < offset)
            out.append((sentence.strip(), first, last))
    return out


_PARAGRAPH = re.compile(r"(?:[^\S\n]*\S[^\n]*(?:\n|$))+")


def _sentences(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[begin:end]`` as offsets; not after an initial (J. Nye) or a short abbreviation (г., т.б.)."""
    out, start = [], begin
    for gap in _SENTENCE_END.finditer(text, begin, end):
        if _ABBREVIATION.search(text, max(begin, gap.start() - 8), gap.start()):
            continue
        out.append((start, gap.end("close")))  # the closing quotes end the sentence they close
        start = gap.end()
    out.append((start, end))
    return out


def _continues(before: str, after: str) -> bool:
    """True when ``after`` carries on the sentence ``before`` (no final stop, then a lowercase word)."""
    before, after = before.rstrip(), after.lstrip()
    return bool(before and after) and before[-1] not in ".!?…:;»”\"" and after[0].islower()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence of ``text``.

    A sentence crosses a blank line only when it clearly carries on (a page
    break: no final stop before, a lowercase word after).
    """
    out = []
    for paragraph in _PARAGRAPH.finditer(text):
        for a, b in _sentences(text, paragraph.start(), paragraph.end()):
            if out and out[-1][1] <= paragraph.start() and _continues(text[out[-1][0]:out[-1][1]], text[a:b]):
                a = out.pop()[0]  # a page break inside a sentence
            out.append((a, b))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip())) for a, b in out if text[a:b].strip()]


def _weak(text: str) -> bool:
    """True for a block of names and initials only: its own letters cannot tell its language."""
    from glossary.language.langid import KAZAKH_LETTERS

    words = [w.strip(",;:*()") for w in text.split()]
    words = [w for w in words if w]
    return bool(words) and KAZAKH_LETTERS.isdisjoint(text) and all(
        _INITIAL_OR_NAME.match(w) and (w[0].isupper()) for w in words
    )


def segment(text: str, granularity: str = "paragraph") -> list[Block]:
    """The blocks of ``text`` in document order, each with its language."""
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {', '.join(GRANULARITIES)}")
    pieces = _pieces(text, granularity)
    found: list[tuple[str, int, int, Detection]] = [(t, a, b, detect(t)) for t, a, b in pieces]
    weak = [_weak(t) and d.lang != "und" for t, _, _, d in found]
    blocks = []
    for i, (t, a, b, d) in enumerate(found):
        if weak[i]:
            strong = [found[j][3] for j in range(i + 1, len(found)) if not weak[j] and found[j][3].lang != "und"][:1]
            strong = strong or [found[j][3] for j in range(i - 1, -1, -1) if not weak[j] and found[j][3].lang != "und"][:1]
            if strong:
                d = strong[0]
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
