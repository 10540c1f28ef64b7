"""Align sentences of two or three languages: Gale–Church lengths plus anchors, in linear time.

A *bead* links consecutive sentences of one side to consecutive sentences of
the other: 1:1, 1:2, 2:1, 1:3, 3:1, 2:2, and 1:0 or 0:1 for a sentence with no
counterpart, so nothing is forced into 1:1. Its cost is Gale and Church's
length cost (character lengths, the ratio chosen per pair of texts) plus
anchors (``glossary.document.anchors``): numbers, glossary concepts and names
both sides share lower the cost; a number or a concept on one side only
raises it (a name does not: transliteration varies, Louisiana and Луизиана
part at s and з); long words with the same skeleton (coronavirus,
коронавирус) only lower it. The programme runs in a band around the diagonal
(``glossary.document.banded``), so time grows about linearly with the length.

Of three languages, the closest two are aligned first and the third joins
their linked pairs (``glossary.document.join``).
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from glossary.document.anchors import anchors, skeleton
from glossary.document.banded import Bead, Fraction, Model, Shares, Side, align_banded

__all__ = ["Bead", "Group", "align_many", "align_pair", "anchors", "skeleton"]

# Bead shapes and their prior probabilities (Gale and Church 1993, with 1:3 and 3:1 added; 1:0
# made likelier and 2:2 rarer on NTREX's development part, 2026-12-01).
SHAPES = {
    (1, 1): 0.86,
    (1, 0): 0.02,
    (0, 1): 0.02,
    (2, 1): 0.045,
    (1, 2): 0.045,
    (2, 2): 0.003,
    (3, 1): 0.01,
    (1, 3): 0.01,
}
VARIANCE = 9.0  # Gale and Church's 6.8, widened on NTREX's development part
SHARED = 2.5  # cost taken off for each anchor both sides have
WEAK = 1.0  # cost taken off for each loanword skeleton both sides have
UNSHARED = 1.0  # cost added for each number or concept one side lacks
# how far (in log) two languages' length ratio strays from 1: en, kk, ru lie within 1.0–1.25
RATIO_SPREAD = 0.2
SAME_RATIO = 0.01  # ratios closer than this (in log) give the same alignment: tried once
PAIR = Model(SHAPES, VARIANCE, SHARED, WEAK, UNSHARED)

Group = dict[str, tuple[int, ...]]  # sentence indices per language
Progress = Callable[[int, int], None]  # told (sentences done, sentences in all), now and then


def fraction(progress: Progress | None, total: int) -> Fraction | None:
    """A ``Progress`` report as the programme makes it: the share done, 0.0 to 1.0."""
    if progress is None:
        return None
    return lambda share: progress(min(total, round(share * total)), total)


def ratio_cost(ratio: float) -> float:
    """−log of a log-normal prior on the length ratio of two languages, around 1."""
    return math.log(ratio) ** 2 / (2 * RATIO_SPREAD**2) if ratio > 0 else math.inf


def _tried(ratio: float, done: list[float]) -> bool:
    return any(abs(math.log(ratio / other)) < SAME_RATIO for other in done)


def align_sides(a: Side, b: Side, model: Model = PAIR, progress: Fraction | None = None
                ) -> tuple[list[Bead], float]:
    """The cheapest beads between two prepared texts, the length ratio chosen as ``align_pair``
    says.
    """
    ratio = b.total / a.total if a.total and b.total else 1.0
    share = Shares(progress, 3)
    beads, cost = align_banded(a, b, ratio, model, share.part(0))
    best, done = (cost + ratio_cost(ratio), beads, cost), [ratio]
    ones = [(a.sums[1][x[0]], b.sums[1][y[0]]) for x, y in beads if len(x) == len(y) == 1]
    others = [1.0]
    if ones and len(ones) < len(beads):
        others.append(sum(y for _, y in ones) / max(1.0, sum(x for x, _ in ones)))
    for number, other in enumerate(others, 1):
        if _tried(other, done):
            continue
        done.append(other)
        beads, cost = align_banded(a, b, other, model, share.part(number))
        best = min(best, (cost + ratio_cost(other), beads, cost), key=lambda found: found[0])
    if progress is not None:
        progress(1.0)
    return best[1], best[2]


def align_pair(
    a: Sequence[str],
    b: Sequence[str],
    anchors_a: Sequence[frozenset[str]] | None = None,
    anchors_b: Sequence[frozenset[str]] | None = None,
    progress: Progress | None = None,
) -> tuple[list[Bead], float]:
    """The cheapest beads linking sentences ``a`` to sentences ``b``, and their total cost.

    The length ratio of the two languages is not known ahead: it is chosen among the
    texts' own ratio, 1, and the ratio of the 1:1 links a first pass finds, by the
    alignment's cost plus how far the ratio strays from 1 (a sentence one side leaves
    out skews the texts' ratio, and a short text's ratio would absorb it into a 1:2 link).
    ``progress``, when given, is told now and then how many of the sentences are done.
    """
    side_a = Side([len(s) for s in a], anchors_a or [frozenset()] * len(a))
    side_b = Side([len(s) for s in b], anchors_b or [frozenset()] * len(b))
    return align_sides(side_a, side_b, PAIR, fraction(progress, len(a) + len(b)))


def align_many(sentences: dict[str, list[str]],
               concepts: Callable[[str], set[str]] | None = None,
               progress: Progress | None = None) -> list[Group]:
    """Groups of sentences, one entry per language (empty when it has no counterpart), in
    document order.

    The two languages whose texts align most cheaply (per sentence) are
    aligned first; the third is then aligned to their linked pairs, so the
    closest translations stay sentence by sentence and the third language
    joins where it has a counterpart; groups are then weighed again with all three pairs
    (``glossary.document.regroup``). ``progress``, when given, is told now and then how many of
    the sentences are done.
    """
    from glossary.document.join import align_three

    langs = [lang for lang, items in sentences.items() if items]
    marks = {lang: [anchors(s, concepts) for s in sentences[lang]] for lang in langs}
    if len(langs) < 2:
        return [{lang: (i,)} for lang in langs for i in range(len(sentences[lang]))]
    sides = {lang: Side([len(s) for s in sentences[lang]], marks[lang]) for lang in langs}
    share = fraction(progress, sum(side.size for side in sides.values()))
    if len(langs) == 2:
        x, y = langs
        beads, _ = align_sides(sides[x], sides[y], PAIR, share)
        return [{x: left, y: right} for left, right in beads]
    groups = align_three(sides, share)
    return [{lang: g.get(lang, ()) for lang in langs} for g in groups]
