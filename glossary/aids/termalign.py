"""Whether the two sides of a segment that ``glossary check`` aligned may not translate each other,
for the segments of two texts (units of a translation tool's file translate each other by
construction and never are): the target text ends there mid-sentence, well short of the source's
last sentence (an excerpt, an unfinished translation: the source terms past that point have
nothing to stand against), or the target has no number where the source has some outside its
terms (a translation converts units and rounds, 650 pounds → 300 килограмм, but keeps numbers;
a sentence without any is most often another sentence). A term missing there is information
(``loose``), not a warning: more likely the alignment's doing than the translator's. A shorter
target alone is no sign: leaving a clause out is what makes a translation short.
"""
from __future__ import annotations

import re

from glossary.aids.annotation import Span
from glossary.aids.report import Segment

# Characters per language relative to English (NTREX-128, development part: kk 1.05, ru 1.11):
# the same sentence is that much longer in it.
LENGTH = {"en": 1.0, "kk": 1.05, "ru": 1.11}
# A text stopping mid-sentence is cut only when the other side runs on this much longer (both
# may end without a full stop, as a byline does: Chris Leslie is MP for Nottingham East; one
# may lack only its full stop).
CUT = 1.3
MARGIN = 0.85  # of the share of a side that the cut side covers: where its end surely lies
_NUMBER = re.compile(r"\d+")
_THOUSANDS = re.compile(r"(?<=\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))")
_SITE = re.compile(r"\w\.[a-z]{2,}/?\s*$")  # akorda.kz, https://tass.com/
_ENDS = re.compile(r"[.!?…:;»“”\"')\]]\s*$")  # a sentence's end, or a quotation's or bracket's
Loose = tuple[str, int]  # why, and the source offset from which it holds


def numbers(text: str, spans: list[Span] | None = None) -> set[str]:
    """The numbers of a text outside ``spans`` (COVID-19 is a name), thousands' separators aside
    (3,000, 3 000 and 3000 alike), each year also by its last two digits (1930s, 30-е годы)."""
    for span in spans or ():
        text = text[: span.start] + " " * (span.end - span.start) + text[span.end :]
    found = set(_NUMBER.findall(_THOUSANDS.sub("", text)))
    return found | {n[2:] for n in found if len(n) == 4 and n[:2] in ("19", "20")}


def cut(text: str) -> bool:
    """Whether a text stops mid-sentence (no full stop, question or exclamation mark, closing
    quotation mark or bracket at its end), not on a web address or a credit line's site (Photo:
    akorda.kz)."""
    return bool(text.strip()) and not _ENDS.search(text) and not _SITE.search(text)


def loose(segments: list[Segment], langs: tuple[str, str], terms: list[list[Span]],
          target_terms: list[list[Span]]) -> dict[int, Loose]:
    """Per segment index, why its target may not translate its source and from which source
    offset on (see the module's docstring); ``terms`` and ``target_terms``, each side's terms
    per segment."""
    found: dict[int, Loose] = {}
    last = _last(segments)
    for i, segment in enumerate(segments):
        if segment.unit or not (segment.source and segment.target):
            continue
        ratio = _ratio(segment, langs)
        if i == last and cut(segment.target) and ratio * CUT < 1:
            found[i] = ("stops mid-sentence", _end(terms[i], target_terms[i],
                                                   len(segment.source) * ratio * MARGIN))
        elif numbers(segment.source, terms[i]) and not numbers(segment.target):
            found[i] = ("has no number where the source has some", 0)
    return found


def _end(spans: list[Span], others: list[Span], guess: float) -> int:
    """Where a cut side's text surely ended on the side of ``spans``: after the last of them
    whose concept the cut side has (Kyrgyzstan, for a text cut after «Кыргызстаном,»), else
    at ``guess``, its share of the length."""
    theirs = {o.concept for o in others}
    return max((s.end for s in spans if s.concept in theirs), default=int(guess))


def why_loose(found: dict[int, Loose], i: int, start: int) -> str:
    """Why a missing term at ``start`` of source segment ``i`` may be the alignment's doing, or
    ""."""
    why, since = found.get(i, ("", 0))
    return why if start >= since else ""


def source_cut(segments: list[Segment], langs: tuple[str, str], terms: list[list[Span]],
               target_terms: list[list[Span]]) -> tuple[int, int] | None:
    """The last segment and the target offset past which its source has run out, when the
    source text stops mid-sentence there and the target runs on well beyond it: the target's
    terms past that point have no source to come from."""
    last = _last(segments)
    if last < 0 or segments[last].unit or not cut(segments[last].source):
        return None
    ratio = _ratio(segments[last], langs)
    if ratio <= CUT:
        return None
    return last, _end(target_terms[last], terms[last],
                      len(segments[last].target) / ratio / MARGIN)


def source_end(segments: list[Segment]) -> int | None:
    """The end of the segments a target term can be checked against: all of them, or, when the
    source text stops mid-sentence, those up to its last sentence (a target running on past it
    has nothing to stand against)."""
    last = max((i for i, s in enumerate(segments) if s.source), default=-1)
    return last + 1 if last >= 0 and cut(segments[last].source) else None


def unmatched(segments: list[Segment], terms: list[list[Span]]) -> list[tuple[int, Span]]:
    """The source terms (each concept once a segment) of the sentences of two texts that the
    target has no counterpart for: a sentence left out, or one the aligner could not place."""
    return [(i, span) for i, segment in enumerate(segments)
            if segment.source and not segment.target and not segment.unit
            for span in {s.concept: s for s in reversed(terms[i])}.values()]


def _last(segments: list[Segment]) -> int:
    return max((i for i, s in enumerate(segments) if s.source and s.target), default=-1)


def _ratio(segment: Segment, langs: tuple[str, str]) -> float:
    """The target's length as a share of the source's, each in English characters."""
    return (len(segment.target) / LENGTH.get(langs[1], 1.0)) / (
        len(segment.source) / LENGTH.get(langs[0], 1.0))
