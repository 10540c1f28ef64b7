"""Sentences of a text: where each starts and ends, across line breaks and page breaks.

A sentence ends at a stop (. ! ? …) followed by a capital or a digit, but not
after an initial (J. Nye) or a short abbreviation (г., т.б., e.g.); closing
quotes after the stop belong to the sentence they close.
"""
from __future__ import annotations

import re

from glossary.language.script import CAPITALS

# After a stop, closing quotes of any style (» ” “ ’ " '), then opening ones (« “ ” „ ‘ ' "): Kazakh
# and Russian news close with “ and open with ” as often as the other way round.
_SENTENCE_END = re.compile(
    rf"(?<=[.!?…])(?P<close>[»”“’\"')]*)\s+(?=[«“”„‘'\"(]*[{CAPITALS}0-9])"
)
# Titles before a name (Mr. Adams, Sen. Feinstein, St. Martin's, Св. Мартина) never end a sentence.
_TITLES = r"Mr|Mrs|Ms|Messrs|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Hon|St|проф|Св"
_ABBREVIATION = re.compile(
    r"(?<![\w.'’])(?:[^\W\d_]|[^\W\d_]\.[^\W\d_]|гг|т\.д|т\.б|т\.е|e\.g|i\.e|cf|vs|etc|No|им|"
    + _TITLES + r")\.$",
    re.IGNORECASE,
)
_ABBREVIATION_REACH = 8  # characters before a stop that may hold an abbreviation
_PARAGRAPH = re.compile(r"(?:[^\S\n]*\S[^\n]*(?:\n|$))+")


def split(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[begin:end]`` as offsets, the last one running to ``end``."""
    out, start = [], begin
    for gap in _SENTENCE_END.finditer(text, begin, end):
        if _ABBREVIATION.search(text, max(begin, gap.start() - _ABBREVIATION_REACH), gap.start()):
            continue
        out.append((start, gap.end("close")))  # the closing quotes end the sentence they close
        start = gap.end()
    out.append((start, end))
    return out


def continues(before: str, after: str) -> bool:
    """True when ``after`` carries on the sentence ``before`` (no final stop, then a lowercase
    word).
    """
    before, after = before.rstrip(), after.lstrip()
    return bool(before and after) and before[-1] not in ".!?…:;»”\"" and after[0].islower()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence of ``text``.

    A sentence crosses a blank line only when it clearly carries on (a page
    break: no final stop before, a lowercase word after).
    """
    out: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(text):
        for a, b in split(text, paragraph.start(), paragraph.end()):
            after_break = out and out[-1][1] <= paragraph.start()
            if after_break and continues(text[out[-1][0] : out[-1][1]], text[a:b]):
                a = out.pop()[0]  # a page break inside a sentence
            out.append((a, b))
    return [_trimmed(text, a, b) for a, b in out if text[a:b].strip()]


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """The offsets of ``text[a:b]`` without its surrounding spaces."""
    piece = text[a:b]
    return a + len(piece) - len(piece.lstrip()), a + len(piece.rstrip())
