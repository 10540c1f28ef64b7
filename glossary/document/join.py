"""Three languages aligned as one: the closest pair sentence by sentence, the third joining it.

Each pair of languages is aligned once (in a band, so in linear time); the
pair whose alignment costs least per sentence is the closest, and its beads
become *units*. The third language is then aligned to the units: a unit's
length is the mean of its two languages' lengths (brought to one scale), a
steadier measure than either, and its anchors are both languages' anchors.
The groups are then weighed again with all three pairs of languages
(``glossary.document.regroup``): a sentence keeps several units only where
its length against both other languages says a translator joined them;
where it matches one unit, the units beside it stay units of their own with
no counterpart in the third language.
"""
from __future__ import annotations

from itertools import combinations

from glossary.document.align import PAIR, Group, align_sides
from glossary.document.banded import Bead, Fraction, Model, Shares, Side
from glossary.document.regroup import regroup

JOIN = PAIR  # the third language against the closest pair's units
# When groups are weighed again, a sentence that takes in two of another language's must show it
# with its length against both other languages: a 2:1 bead is half as likely as a 1:0 one (set on
# NTREX's development part, 2026-12-01).
REGROUP_SHAPES = {**PAIR.shapes, (2, 1): 0.01, (1, 2): 0.01}
REGROUP = Model(REGROUP_SHAPES, PAIR.variance, PAIR.shared, PAIR.weak, PAIR.unshared)


def _pair_ratio(beads: list[Bead], x: Side, y: Side) -> float:
    """The length ratio of ``y`` to ``x`` over the beads where both have sentences."""
    lx = sum(x.sums[1][i] for left, right in beads if left and right for i in left)
    ly = sum(y.sums[1][j] for left, right in beads if left and right for j in right)
    return ly / lx if lx and ly else 1.0


def units(beads: list[Bead], x: Side, y: Side) -> Side:
    """The closest pair's beads as one text: each bead's length the mean of its two languages'
    (``y``'s brought to ``x``'s scale), its anchors both languages' anchors.
    """
    ratio = _pair_ratio(beads, x, y)
    lengths, marks = [], []
    for left, right in beads:
        lx = sum(x.sums[1][i] for i in left)
        ly = sum(y.sums[1][j] for j in right) / ratio
        lengths.append((lx + ly) / 2 if left and right else lx + ly)
        marks.append(frozenset().union(*(x.marks[1][i] for i in left),
                                       *(y.marks[1][j] for j in right)))
    return Side(lengths, marks)


def closest_pair(sides: dict[str, Side], progress: Fraction | None
                 ) -> tuple[str, str, list[Bead]]:
    """The two languages whose texts align most cheaply per sentence, and their beads."""
    share = Shares(progress, 3)
    found = {}
    for number, (x, y) in enumerate(combinations(sides, 2)):
        beads, cost = align_sides(sides[x], sides[y], PAIR, share.part(number))
        found[x, y] = (cost / (sides[x].size + sides[y].size), beads)
    (x, y), (_, beads) = min(found.items(), key=lambda item: item[1][0])
    return x, y, beads


def align_three(sides: dict[str, Side], progress: Fraction | None = None) -> list[Group]:
    """Groups of sentences of three languages (an empty tuple where one has no counterpart)."""
    share = Shares(progress, 4)
    x, y, beads = closest_pair(sides, _scaled(share, 0, 3))
    (z,) = [lang for lang in sides if lang not in (x, y)]
    joined, _ = align_sides(sides[z], units(beads, sides[x], sides[y]), JOIN, share.part(3))
    groups = []
    for left, right in joined:
        groups.append({x: tuple(i for u in right for i in beads[u][0]),
                       y: tuple(j for u in right for j in beads[u][1]), z: left})
    return regroup(groups, sides, REGROUP)


def _scaled(share: Shares, first: int, parts: int) -> Fraction | None:
    """The report for ``parts`` successive parts of ``share`` from ``first``, as one."""
    whole = share.part(first)
    if whole is None:
        return None
    return lambda done: whole(done * parts)
