"""Whether the two sides of a segment that ``glossary check`` aligned may not translate each other:
the text ends there mid-sentence (an excerpt, an unfinished translation), the target leaves out
every number the source gives, or it is much shorter than the source. A term missing there is
more likely the alignment's doing than the translator's, so it is information (``loose``), not a
warning. Units of a translation tool's file are translations of each other by construction and
are never loose.
"""
from __future__ import annotations

import re

from glossary.aids.report import Segment

# Characters per language relative to English (NTREX-128, development part: kk 1.05, ru 1.11):
# the same sentence is that much longer in it.
LENGTH = {"en": 1.0, "kk": 1.05, "ru": 1.11}
SHORT = 0.6  # a target under this share of the source's length leaves much of it out
LONG_ENOUGH = 60  # characters: shorter sources vary too much in length to judge
_NUMBER = re.compile(r"\d+")
_ENDS = re.compile(r"[.!?…:;»“”\"')\]]\s*$")  # a sentence's end, or a quotation's or bracket's


def numbers(text: str) -> set[str]:
    """The runs of digits of a text (1,000 and 1 000 alike: {"1", "000"})."""
    return set(_NUMBER.findall(text))


def cut(text: str) -> bool:
    """Whether a text stops mid-sentence (no full stop, question or exclamation mark, closing
    quotation mark or bracket at its end)."""
    return bool(text.strip()) and not _ENDS.search(text)


def loose(segments: list[Segment], langs: tuple[str, str]) -> dict[int, str]:
    """Per segment index, why its target may not translate its source (see the module's
    docstring), for the segments of two aligned texts; the last segment is cut when the target
    text stops mid-sentence there."""
    found: dict[int, str] = {}
    last = max((i for i, s in enumerate(segments) if s.source and s.target), default=-1)
    for i, segment in enumerate(segments):
        if segment.unit or not (segment.source and segment.target):
            continue
        given = numbers(segment.source)
        ratio = (len(segment.target) / LENGTH.get(langs[1], 1.0)) / (
            len(segment.source) / LENGTH.get(langs[0], 1.0))
        if i == last and cut(segment.target):
            found[i] = "stops mid-sentence"
        elif given and not given & numbers(segment.target):
            found[i] = "has none of the source's numbers"
        elif ratio < SHORT and len(segment.source) >= LONG_ENOUGH:
            found[i] = f"is {round(100 * ratio)}% as long as the source"
    return found


def source_cut(segments: list[Segment]) -> int | None:
    """The index of the last segment when the source text stops mid-sentence there: the
    target's terms beyond its end have no source to come from."""
    last = max((i for i, s in enumerate(segments) if s.source and s.target), default=-1)
    if last < 0 or segments[last].unit:
        return None
    return last if cut(segments[last].source) else None
