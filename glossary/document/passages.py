"""Each language's passages in a text, and their sentences, as the detector finds them.

Users lay out parallel text in many ways: one paragraph per language, several
paragraphs each, one sentence a line with or without blank lines between the
languages, or the languages line by line in turn. The text is cut into
paragraphs with their languages (``blocks.segment``); a paragraph whose lines
are in different languages is cut into runs of lines of one language. Where
most lines of a passage end with a stop, a line end also ends a sentence, so a
headline without a stop stays a sentence of its own. A sentence cut by a page
break (no final stop, then a lowercase word after the blank line) is mended,
and an abstract's label (Abstract:, Аңдатпа:, Аннотация:) is no sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from glossary.document.blocks import segment
from glossary.document.frontmatter import ABSTRACT_LABEL
from glossary.document.sentences import continues, split

MIXED_SHARE = 0.2  # a paragraph is cut into lines when a second language has this share of it
LINE_STOPS = 0.6  # the share of a passage's lines ending with a stop that makes each line count
_STOP_AT_END = re.compile(r"[.!?…:;][»”“’\"')\]]*\s*$")

Line = tuple[int, str]  # line number (1-based) and its text, stripped


@dataclass(frozen=True)
class Passage:
    """Consecutive lines of one language."""

    lang: str
    lines: tuple[Line, ...]

    @property
    def start(self) -> int:
        return self.lines[0][0]

    @property
    def end(self) -> int:
        return self.lines[-1][0]

    @property
    def text(self) -> str:
        return " ".join(text for _, text in self.lines)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a passage with the lines it starts and ends on."""

    text: str
    start: int
    end: int


def _runs(lines: list[Line], langs: list[str]) -> list[Passage]:
    """Neighbouring lines of one language, as passages."""
    out: list[Passage] = []
    for line, lang in zip(lines, langs, strict=True):
        if out and out[-1].lang == lang:
            out[-1] = Passage(lang, out[-1].lines + (line,))
        else:
            out.append(Passage(lang, (line,)))
    return out


def _cut(lines: list[Line], lang: str) -> list[Passage]:
    """A paragraph as one passage, or as runs of lines when its lines are in different languages.
    """
    if len(lines) < 2:
        return [Passage(lang, tuple(lines))]
    found = segment("\n".join(text for _, text in lines), "line")
    weight: dict[str, int] = {}
    for block in found:
        weight[block.lang] = weight.get(block.lang, 0) + len(block.text)
    weight.pop("und", None)
    total = sum(weight.values())
    if len([w for w in weight.values() if w >= MIXED_SHARE * total]) < 2:
        return [Passage(lang, tuple(lines))]
    return _runs(lines, [block.lang for block in found])


def _unlabelled(lines: list[Line]) -> list[Line]:
    """A paragraph's lines without the label that may open it (Abstract:, Аңдатпа:): a label is
    no sentence, and a label alone is no passage."""
    if lines and ABSTRACT_LABEL.match(lines[0][1]):
        first = ABSTRACT_LABEL.sub("", lines[0][1], count=1).strip()
        lines = ([(lines[0][0], first)] if first else []) + lines[1:]
    return lines


def passages(text: str) -> list[Passage]:
    """The passages of ``text`` in document order, each with its language ("und" ones left out)."""
    lines = text.splitlines()
    out: list[Passage] = []
    for block in segment(text, "paragraph"):
        numbered = [(n, lines[n - 1].strip()) for n in range(block.start, block.end + 1)]
        numbered = _unlabelled([line for line in numbered if line[1]])
        if numbered:
            out += _cut(numbered, block.lang)
    return [p for p in out if p.lang != "und"]


def _line_by_line(passage: Passage) -> bool:
    """Whether each line of ``passage`` ends a sentence: most of its lines end with a stop."""
    ended = sum(1 for _, text in passage.lines if _STOP_AT_END.search(text))
    return len(passage.lines) > 1 and ended >= LINE_STOPS * len(passage.lines)


def _pieces(passage: Passage) -> list[tuple[str, list[int]]]:
    """The pieces of ``passage`` a sentence never crosses, with the line each character is on."""
    groups: list[list[Line]] = [[]]
    by_line = _line_by_line(passage)
    for number, text in passage.lines:
        if by_line and groups[-1] and not continues(groups[-1][-1][1], text):
            groups.append([])
        groups[-1].append((number, text))
    out = []
    for group in groups:
        joined = " ".join(text for _, text in group)
        where = [number for number, text in group for _ in range(len(text) + 1)]
        out.append((joined, where))
    return out


def sentences(passage: Passage) -> list[Sentence]:
    """The sentences of one passage with their lines."""
    out = []
    for joined, where in _pieces(passage):
        for a, b in split(joined, 0, len(joined)):
            piece = joined[a:b]
            a += len(piece) - len(piece.lstrip())
            b = a + len(piece.strip())
            if b > a:
                out.append(Sentence(joined[a:b], where[a], where[b - 1]))
    return out


def language_sentences(found: list[Passage]) -> dict[str, list[Sentence]]:
    """Each language's sentences in document order; a sentence a page break cut is mended."""
    out: dict[str, list[Sentence]] = {}
    previous = ""
    for passage in found:
        mine = sentences(passage)
        have = out.setdefault(passage.lang, [])
        if mine and have and previous == passage.lang and continues(have[-1].text, mine[0].text):
            first = mine.pop(0)
            have[-1] = Sentence(have[-1].text + " " + first.text, have[-1].start, first.end)
        have += mine
        previous = passage.lang
    return out
