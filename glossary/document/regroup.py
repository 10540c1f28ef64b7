"""Second thoughts on groups of three languages: merges split and sentences moved where all three
pairs of languages say so.

The third language joins the closest pair's units with one comparison each:
when it left a sentence out, a short neighbour makes a 1:2 link cheaper than
a 1:1 and a 0:1, and two triples become one 2:2:1 unit; when the pair itself
merged over a left-out sentence, the third language cannot undo it. Here each
group is weighed as three beads, one per pair of languages (its sentences in
each language, their lengths and anchors), each with that pair's length
ratio. A group with two or more sentences in some language is compared with
its splits into as many groups, the other languages' sentences placed in
order, each at most once; two neighbouring groups are compared with the same
groups after a sentence moves from one to the other, where the other lacks
that language. The cheaper stands; on a tie, the finer grouping.
"""
from __future__ import annotations

from itertools import combinations, product

from glossary.document.banded import Model, Side, bead_cost

Group = dict[str, tuple[int, ...]]


class Weigher:
    """The cost of a group as one bead per pair of languages, each pair with its length ratio."""

    def __init__(self, sides: dict[str, Side], groups: list[Group], model: Model) -> None:
        self.sides, self.model = sides, model
        langs = list(sides)
        ones = [g for g in groups if all(len(g[lang]) == 1 for lang in langs)]
        self.ratios = {}
        for p, q in combinations(langs, 2):
            lp = sum(sides[p].sums[1][g[p][0]] for g in ones) or sides[p].total
            lq = sum(sides[q].sums[1][g[q][0]] for g in ones) or sides[q].total
            self.ratios[p, q] = lq / lp if lp and lq else 1.0

    def _bead(self, pair: tuple[str, str], first: tuple[int, ...], second: tuple[int, ...]
              ) -> float:
        (p, q), sides = pair, self.sides
        lengths = (sum(sides[p].sums[1][i] for i in first),
                   sum(sides[q].sums[1][j] for j in second))
        marks = (frozenset().union(*(sides[p].marks[1][i] for i in first)),
                 frozenset().union(*(sides[q].marks[1][j] for j in second)))
        return bead_cost((len(first), len(second)), lengths, marks, self.ratios[pair], self.model)

    def pair(self, pair: tuple[str, str], group: Group) -> float:
        """One pair's cost of a group; equal numbers of sentences may also link one by one."""
        first, second = group[pair[0]], group[pair[1]]
        if not first and not second:
            return 0.0
        cost = self._bead(pair, first, second)
        if len(first) == len(second) > 1:
            cost = min(cost, sum(self._bead(pair, (i,), (j,)) for i, j in zip(first, second,
                                                                                strict=True)))
        return cost

    def cost(self, groups: list[Group]) -> float:
        """The cost of ``groups`` as a run: every pair's bead in each."""
        return sum(self.pair(pair, g) for g in groups for pair in self.ratios)


def splits(group: Group) -> list[list[Group]]:
    """The ways to cut a group into as many groups as its largest language has sentences: that
    language's sentences one a group, every other language's placed in order, at most one a group.
    """
    most = max(len(items) for items in group.values())
    if most < 2:
        return []
    choices = []
    for lang, items in group.items():
        if len(items) == most:
            choices.append([(lang, tuple(range(most)))])
        else:
            choices.append([(lang, places) for places in combinations(range(most), len(items))])
    out = []
    for picked in product(*choices):
        cut: list[Group] = [{lang: () for lang in group} for _ in range(most)]
        for lang, places in picked:
            for sentence, place in zip(group[lang], places, strict=True):
                cut[place][lang] = (sentence,)
        out.append(cut)
    return out


def _split(groups: list[Group], weigh: Weigher) -> list[Group]:
    """Each group, or its cheapest split where that costs no more."""
    out: list[Group] = []
    for group in groups:
        best, kept = weigh.cost([group]), [group]
        for cut in splits(group):
            cost = weigh.cost(cut)
            if cost <= best:
                best, kept = cost, cut
        out += kept
    return out


def _moves(first: Group, second: Group) -> list[tuple[Group, Group]]:
    """The two groups after one sentence moves across their border into the one lacking its
    language."""
    out = []
    for lang in first:
        if first[lang] and not second[lang]:
            out.append(({**first, lang: first[lang][:-1]}, {**second, lang: first[lang][-1:]}))
        if second[lang] and not first[lang]:
            out.append(({**first, lang: second[lang][:1]}, {**second, lang: second[lang][1:]}))
    return [(a, b) for a, b in out if any(a.values()) and any(b.values())]


def _move(groups: list[Group], weigh: Weigher) -> list[Group]:
    """Neighbouring groups with a sentence moved across their border where that costs less."""
    out = list(groups)
    for i in range(len(out) - 1):
        best, kept = weigh.cost(out[i : i + 2]), (out[i], out[i + 1])
        for moved in _moves(out[i], out[i + 1]):
            cost = weigh.cost(list(moved))
            if cost < best:
                best, kept = cost, moved
        out[i], out[i + 1] = kept
    return [g for g in out if any(g.values())]


def regroup(groups: list[Group], sides: dict[str, Side], model: Model) -> list[Group]:
    """``groups`` with merges split and sentences moved where the three pairs' beads cost less."""
    weigh = Weigher(sides, groups, model)
    return _move(_split(groups, weigh), weigh)
