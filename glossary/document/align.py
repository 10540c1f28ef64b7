"""Align sentences of two or three languages: Gale–Church lengths plus anchors.

A *bead* links consecutive sentences of one side to consecutive sentences of
the other: 1:1, 1:2, 2:1, 1:3, 3:1, 2:2, and 1:0 or 0:1 for a sentence with no
counterpart, so nothing is forced into 1:1. Its cost is Gale and Church's
length cost (character lengths, the ratio chosen per pair of texts) plus
anchors: numbers, glossary concepts and capitalised names
(compared by consonant skeleton across scripts) that both sides share lower
the cost; a number or a concept on one side only raises it (a name does
not: transliteration varies, Louisiana and Луизиана part at s and з); long
words with the same skeleton (coronavirus, коронавирус) only lower it. Of three languages, the
closest
two are aligned first and the third to their pairs.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from glossary.language.script import CAPITALS

Bead = tuple[tuple[int, ...], tuple[int, ...]]

# Bead shapes and their prior probabilities (Gale and Church 1993, with 1:3 and 3:1 added).
SHAPES = {
    (1, 1): 0.86,
    (1, 0): 0.01,
    (0, 1): 0.01,
    (2, 1): 0.045,
    (1, 2): 0.045,
    (2, 2): 0.01,
    (3, 1): 0.01,
    (1, 3): 0.01,
}
VARIANCE = 6.8
SHARED = 2.5  # cost taken off for each anchor both sides have
WEAK = 1.0  # cost taken off for each loanword skeleton both sides have
# how far (in log) two languages' length ratio strays from 1: en, kk, ru lie within 1.0–1.25
RATIO_SPREAD = 0.2
UNSHARED = 1.0  # cost added for each number or concept one side lacks
TELLING = "#@"  # the anchors whose absence on one side tells: numbers and concepts

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_LONG_WORD = re.compile(r"\b[^\W\d_]{7,}")
_NAME = re.compile(rf"(?<![\w.])[{CAPITALS}][\w’'-]{{3,}}")


def skeleton(word: str, size: int = 3) -> str:
    """A word's first ``size`` consonants in Latin, close across scripts (Moscow, Москвы, Мәскеу →
    msk).
    """
    from glossary.language import romanize

    latin = word.lower()
    if romanize.has_cyrillic(latin):
        latin = romanize.russian_word(romanize.plain_kk(latin), romanize.RUSSIAN_SCHEMES[0][1])
    latin = romanize.strip_marks(latin).replace("kh", "k").replace("ck", "k")
    latin = latin.translate(_CONSONANTS)
    return "".join(c for c in latin if c in "bdfgklmnprstvz")[:size]


_CONSONANTS = str.maketrans(
    {"c": "k", "q": "k", "w": "v", "x": "k", "j": "z", "ž": "z", "š": "s", "č": "k"}
)


def anchors(sentence: str, concepts: Callable[[str], set[str]] | None = None) -> frozenset[str]:
    """What a sentence shares with its translation whatever the language: numbers, concepts, names,
    loanwords.
    """
    found = {f"#{n.replace(',', '.')}" for n in _NUMBER.findall(sentence)}
    if concepts is not None:
        found |= {f"@{c}" for c in concepts(sentence)}
    first = re.match(r"\W*\w+", sentence)
    for match in _LONG_WORD.finditer(sentence):
        key = skeleton(match.group(), 4)
        if len(key) == 4:
            found.add(f"≈{key}")
    for match in _NAME.finditer(sentence):
        if first and match.start() < first.end():
            continue  # a sentence's first word is capitalised anyway
        key = skeleton(match.group())
        if len(key) >= 2:
            found.add(f"~{key}")
    return frozenset(found)


def _length_cost(la: int, lb: int, ratio: float) -> float:
    """Gale and Church's −log P(lengths), with the character ratio of the two texts."""
    if la == 0 or lb == 0:
        # a sentence left out: its prior alone, whatever its length (abstracts leave out long ones)
        return 0.0
    mean = (la + lb / ratio) / 2
    delta = (lb - la * ratio) / math.sqrt(max(mean, 1.0) * VARIANCE)
    return -math.log(max(math.erfc(abs(delta) / math.sqrt(2)), 1e-300))


def align_pair(
    a: Sequence[str],
    b: Sequence[str],
    anchors_a: Sequence[frozenset[str]] | None = None,
    anchors_b: Sequence[frozenset[str]] | None = None,
) -> tuple[list[Bead], float]:
    """The cheapest beads linking sentences ``a`` to sentences ``b``, and their total cost.

    The length ratio of the two languages is not known ahead: it is chosen among the
    texts' own ratio, 1, and the ratio of the 1:1 links a first pass finds, by the
    alignment's cost plus how far the ratio strays from 1 (a sentence one side leaves
    out skews the texts' ratio, and a short text's ratio would absorb it into a 1:2 link).
    """
    anchors_a = anchors_a or [frozenset()] * len(a)
    anchors_b = anchors_b or [frozenset()] * len(b)
    la, lb = [len(s) for s in a], [len(s) for s in b]
    ratio = (sum(lb) / sum(la)) if sum(la) and sum(lb) else 1.0
    beads, cost = _align(la, lb, anchors_a, anchors_b, ratio)
    ratios = {ratio, 1.0}
    ones = [(la[x[0]], lb[y[0]]) for x, y in beads if len(x) == len(y) == 1]
    if ones and len(ones) < len(beads):
        ratios.add(sum(y for _, y in ones) / max(1, sum(x for x, _ in ones)))
    best = (cost + _ratio_cost(ratio), beads, cost)
    for other in sorted(ratios - {ratio}):
        beads, cost = _align(la, lb, anchors_a, anchors_b, other)
        best = min(best, (cost + _ratio_cost(other), beads, cost), key=lambda found: found[0])
    return best[1], best[2]


def _ratio_cost(ratio: float) -> float:
    """−log of a log-normal prior on the length ratio of two languages, around 1."""
    return math.log(ratio) ** 2 / (2 * RATIO_SPREAD**2) if ratio > 0 else float("inf")


def _align(
    la: list[int],
    lb: list[int],
    anchors_a: Sequence[frozenset[str]],
    anchors_b: Sequence[frozenset[str]],
    ratio: float,
) -> tuple[list[Bead], float]:
    """Gale and Church's dynamic programme over sentence lengths ``la`` and ``lb``, with anchors."""
    inf = float("inf")
    cost = [[inf] * (len(lb) + 1) for _ in range(len(la) + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (len(lb) + 1) for _ in range(len(la) + 1)]
    cost[0][0] = 0.0
    for i in range(len(la) + 1):
        for j in range(len(lb) + 1):
            if cost[i][j] == inf:
                continue
            for (di, dj), prior in SHAPES.items():
                if i + di > len(la) or j + dj > len(lb):
                    continue
                share_a = frozenset().union(*anchors_a[i : i + di])
                share_b = frozenset().union(*anchors_b[j : j + dj])
                step = _length_cost(sum(la[i : i + di]), sum(lb[j : j + dj]), ratio) - math.log(
                    prior
                )
                unshared = sum(1 for key in share_a ^ share_b if key[0] in TELLING)
                both = share_a & share_b
                weak = sum(1 for key in both if key[0] == "≈")
                step += UNSHARED * unshared - SHARED * (len(both) - weak) - WEAK * weak
                if cost[i][j] + step < cost[i + di][j + dj]:
                    cost[i + di][j + dj] = cost[i][j] + step
                    back[i + di][j + dj] = (di, dj)
    beads: list[Bead] = []
    i, j = len(la), len(lb)
    while i or j:
        di, dj = back[i][j]  # type: ignore[misc]
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    return beads[::-1], cost[len(la)][len(lb)]


Group = dict[str, tuple[int, ...]]  # sentence indices per language


def _closest_pair(sentences: dict[str, list[str]], marks: dict[str, list[frozenset[str]]],
                  langs: list[str]) -> tuple[str, str, list[Bead]]:
    """The two languages whose texts align most cheaply per sentence, and their beads."""
    pairs = {}
    for a, x in enumerate(langs):
        for y in langs[a + 1 :]:
            beads, cost = align_pair(sentences[x], sentences[y], marks[x], marks[y])
            pairs[x, y] = (beads, cost / (len(sentences[x]) + len(sentences[y])))
    (x, y), (beads, _) = min(pairs.items(), key=lambda item: item[1][1])
    return x, y, beads


def _join(groups: list[Group], pair: tuple[str, str], z: str, sentences: dict[str, list[str]],
          marks: dict[str, list[frozenset[str]]]) -> list[Group]:
    """Language ``z`` aligned to the linked pairs of the two others, as new groups."""
    x, y = pair
    units = [" ".join(sentences[x if g[x] else y][i] for i in (g[x] or g[y])) for g in groups]
    unit_marks = [frozenset().union(*(marks[x][i] for i in g[x]), *(marks[y][j] for j in g[y]))
                  for g in groups]
    merged = []
    for left, right in align_pair(sentences[z], units, marks[z], unit_marks)[0]:
        group = {lang: tuple(i for u in right for i in groups[u][lang]) for lang in (x, y)}
        group[z] = left
        merged.append(group)
    return merged


def align_many(sentences: dict[str, list[str]],
               concepts: Callable[[str], set[str]] | None = None) -> list[Group]:
    """Groups of sentences, one entry per language (empty when it has no counterpart), in
    document order.

    The two languages whose texts align most cheaply (per sentence) are
    aligned first; the third is then aligned to their linked pairs, so the
    closest translations stay sentence by sentence and the third language
    joins where it has a counterpart.
    """
    langs = [lang for lang, items in sentences.items() if items]
    marks = {lang: [anchors(s, concepts) for s in sentences[lang]] for lang in langs}
    if len(langs) < 2:
        return [{lang: (i,)} for lang in langs for i in range(len(sentences[lang]))]
    x, y, beads = _closest_pair(sentences, marks, langs)
    groups: list[Group] = [{x: left, y: right} for left, right in beads]
    for z in (lang for lang in langs if lang not in (x, y)):
        groups = _join(groups, (x, y), z, sentences, marks)
    return [{lang: g.get(lang, ()) for lang in langs} for g in groups]
