"""Gale and Church's dynamic programme for sentence alignment, run in a band around the diagonal.

Comparing every sentence of one text with every sentence of the other costs
time and memory in the product of their lengths: minutes for a book. A
translation stays near the diagonal, so only the cells within ``band``
sentences of it are filled: time and memory grow with the length times the
band. The diagonal follows the texts' character lengths (where a sentence
would fall in the other text if both were spread evenly), not their sentence
counts, so a run of short sentences on one side does not pull it away. When
the best path comes within ``EDGE`` of the band's edge, it may have been cut
off there (a left-out paragraph shifts it): the band is doubled (up to
``MAX_BAND``) and the programme run again, until the path keeps clear of the
edges or the band covers everything.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Bead = tuple[tuple[int, ...], tuple[int, ...]]
Fraction = Callable[[float], None]  # told the share of the work done, 0.0 to 1.0

FIRST_BAND = 10  # sentences either side of the diagonal in the first run
EDGE = 2  # a path this close to the band's edge may have been cut off by it
# The band is never wider than this either side: texts that are not translations of each other
# would otherwise widen it to the whole table (time and memory growing with the square).
MAX_BAND = 320
REPORT_EVERY = 64  # rows of the programme between two progress reports
TELLING = "#@"  # anchors whose absence on one side tells: numbers and concepts
LOOSE = "≈"  # anchors that only ever lower the cost: long words by skeleton
_ROOT2 = math.sqrt(2)
_FLOOR = 1e-300


@dataclass(frozen=True)
class Model:
    """The costs of a bead: its shape's prior, its lengths (Gale and Church) and its anchors."""

    shapes: dict[tuple[int, int], float]  # (sentences of a, sentences of b) -> prior probability
    variance: float  # of a translation's length per character of its source
    shared: float  # taken off for each anchor both sides have
    weak: float  # taken off for each loanword skeleton both sides have
    unshared: float  # added for each number or concept one side lacks


class Side:
    """One text as the programme reads it: lengths and anchors of every run of 1 to 3 sentences."""

    def __init__(self, lengths: Sequence[float], marks: Sequence[frozenset[str]]) -> None:
        self.size = len(lengths)
        self.sums: dict[int, list[float]] = {0: [0.0] * (self.size + 1)}
        self.marks: dict[int, list[frozenset[str]]] = {0: [frozenset()] * (self.size + 1)}
        self.telling: dict[int, list[int]] = {0: [0] * (self.size + 1)}
        for width in (1, 2, 3):
            self.sums[width] = [float(sum(lengths[i : i + width])) for i in range(self.size)]
            self.marks[width] = [frozenset().union(*marks[i : i + width]) for i in range(self.size)]
            self.telling[width] = [sum(1 for key in m if key[0] in TELLING)
                                   for m in self.marks[width]]
        self.total = float(sum(lengths))


class Shares:
    """Splits one progress report into ``parts`` equal, successive parts."""

    def __init__(self, progress: Fraction | None, parts: int) -> None:
        self.progress, self.parts = progress, parts

    def part(self, number: int) -> Fraction | None:
        """The report for part ``number`` (0-based): its 0–1 mapped onto its slice of the whole."""
        progress, parts = self.progress, self.parts
        if progress is None:
            return None
        return lambda done: progress(min(1.0, (number + done) / parts))


def length_cost(la: float, lb: float, ratio: float, variance: float) -> float:
    """Gale and Church's −log P(lengths): ``lb`` against ``la`` times ``ratio``."""
    if la == 0 or lb == 0:
        return 0.0  # a sentence left out: its prior alone, whatever its length
    mean = (la + lb / ratio) / 2
    delta = abs(lb - la * ratio) / math.sqrt(max(mean, 1.0) * variance)
    return -math.log(max(math.erfc(delta / _ROOT2), _FLOOR))


def shared_cost(both: frozenset[str], model: Model) -> float:
    """What the anchors ``both`` sides have take off a bead's cost: their own worth, and the
    penalty for a missing number or concept that each of them would otherwise have drawn twice.
    """
    cost = 0.0
    for key in both:
        if key[0] in TELLING:
            cost -= 2 * model.unshared
        cost -= model.weak if key[0] == LOOSE else model.shared
    return cost


def bead_cost(shape: tuple[int, int], lengths: tuple[float, float],
              marks: tuple[frozenset[str], frozenset[str]], ratio: float, model: Model) -> float:
    """The cost of one bead of ``shape`` whose sides have ``lengths`` and anchors ``marks``
    (infinite for a shape the model does not have).
    """
    if shape not in model.shapes:
        return math.inf
    a, b = marks
    telling = sum(1 for key in a if key[0] in TELLING) + sum(1 for key in b if key[0] in TELLING)
    cost = -math.log(model.shapes[shape]) + model.unshared * telling
    cost += length_cost(lengths[0], lengths[1], ratio, model.variance)
    return cost + (shared_cost(a & b, model) if a and b else 0.0)


def diagonal(a: Side, b: Side) -> list[int]:
    """For each row (sentences of ``a`` taken), the column where the texts' characters agree."""
    lengths_b = b.sums[1]
    out, j, done_b = [], 0, 0.0
    done_a = 0.0
    for i in range(a.size + 1):
        share = done_a / a.total if a.total else i / max(a.size, 1)
        while j < b.size and (done_b + lengths_b[j] / 2) / max(b.total, 1e-9) < share:
            done_b += lengths_b[j]
            j += 1
        out.append(j if b.total else round(share * b.size))
        if i < a.size:
            done_a += a.sums[1][i]
    out[-1] = b.size
    return out


def band(centre: list[int], widths: list[int], columns: int) -> tuple[list[int], list[int]]:
    """The first and last column of each row: its width either side of the centre, joined up."""
    low = [max(0, c - w) for c, w in zip(centre, widths, strict=True)]
    high = [min(columns, c + w) for c, w in zip(centre, widths, strict=True)]
    low[0], high[-1] = 0, columns
    for i in range(len(centre) - 1):  # the next row must be reachable from this one
        high[i] = max(high[i], low[i + 1])
        low[i + 1] = min(low[i + 1], high[i])
    return low, high


Rows = tuple[list[int], list[int]]  # the first and last column of each row of the band
Tables = tuple[list[list[float]], list[list[int]]]  # the band's costs and the shapes that won them
Step = tuple[int, int, float, int]  # sentences of a, of b, −log prior, the shape's number


def _from_above(i: int, shape: Step, a: Side, b: Side, ratio: float, model: Model, rows: Rows,
                tables: Tables) -> None:
    """Row ``i`` reached by one shape from an earlier row (``di`` > 0)."""
    di, dj, prior, code = shape
    low, high = rows
    costs, backs = tables
    pi = i - di
    above, first_above = costs[pi], low[pi]
    row, back, first = costs[i], backs[i], low[i]
    la, marks_a = a.sums[di][pi], a.marks[di][pi]
    fixed = prior + model.unshared * a.telling[di][pi]
    sums_b, marks_b, telling_b = b.sums[dj], b.marks[dj], b.telling[dj]
    unshared, variance = model.unshared, model.variance
    erfc, log, sqrt = math.erfc, math.log, math.sqrt
    for j in range(max(first, first_above + dj), min(high[i], high[pi] + dj) + 1):
        cost = above[j - dj - first_above]
        if cost == math.inf:
            continue
        pj = j - dj
        cost += fixed + unshared * telling_b[pj]
        lb = sums_b[pj]
        if lb and la:
            delta = abs(lb - la * ratio) / sqrt(max((la + lb / ratio) / 2, 1.0) * variance)
            cost -= log(max(erfc(delta / _ROOT2), _FLOOR))
            if marks_a and marks_b[pj]:
                both = marks_a & marks_b[pj]
                if both:
                    cost += shared_cost(both, model)
        if cost < row[j - first]:
            row[j - first], back[j - first] = cost, code


def _along(i: int, shapes: list[Step], b: Side, model: Model, first: int, tables: Tables) -> None:
    """Row ``i`` reached within itself, left to right, by the shapes that take no sentence of
    ``a`` (sentences of ``b`` left out).
    """
    row, back = tables[0][i], tables[1][i]
    for j in range(first + 1, first + len(row)):
        for _, dj, prior, code in shapes:
            if j - dj < first:
                continue
            cost = row[j - dj - first] + prior + model.unshared * b.telling[dj][j - dj]
            if cost < row[j - first]:
                row[j - first], back[j - first] = cost, code


def _fill(a: Side, b: Side, ratio: float, model: Model, rows: Rows, progress: Fraction | None
          ) -> Tables:
    """The cheapest cost of reaching every cell of the band, and the shape that reached it."""
    low, high = rows
    shapes = [(di, dj, -math.log(p), code)
              for code, ((di, dj), p) in enumerate(model.shapes.items())]
    above = [s for s in shapes if s[0] > 0]
    along = [s for s in shapes if s[0] == 0]
    tables: Tables = ([], [])
    for i in range(a.size + 1):
        tables[0].append([math.inf] * (high[i] - low[i] + 1))
        tables[1].append([-1] * (high[i] - low[i] + 1))
        if i == 0:
            tables[0][0][0] = 0.0
        for shape in above:
            if i >= shape[0]:
                _from_above(i, shape, a, b, ratio, model, rows, tables)
        _along(i, along, b, model, low[i], tables)
        if progress is not None and i % REPORT_EVERY == 0:
            progress(i / (a.size + 1))
    return tables


def _trace(backs: list[list[int]], low: list[int], model: Model, columns: int
           ) -> tuple[list[Bead], list[tuple[int, int]]]:
    """The beads of the cheapest path, in order, and the cells it passes through."""
    shapes = list(model.shapes)
    beads: list[Bead] = []
    path = []
    i, j = len(backs) - 1, columns
    while i or j:
        path.append((i, j))
        di, dj = shapes[backs[i][j - low[i]]]
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    return beads[::-1], path


def _widened(path: list[tuple[int, int]], rows: Rows, widths: list[int], columns: int) -> bool:
    """Doubles the band around each place where the path runs along an edge of the band that is
    not an edge of the table; False when there is none.
    """
    low, high = rows
    near = [i for i, j in path
            if (low[i] > 0 and j - low[i] < EDGE) or (high[i] < columns and high[i] - j < EDGE)]
    grown = list(widths)
    for i in near:
        reach = min(2 * widths[i], MAX_BAND)
        for row in range(max(0, i - reach), min(len(widths), i + reach + 1)):
            grown[row] = max(grown[row], reach)
    changed = grown != widths
    widths[:] = grown
    return changed


def align_banded(a: Side, b: Side, ratio: float, model: Model, progress: Fraction | None = None
                 ) -> tuple[list[Bead], float]:
    """The cheapest beads linking ``a`` to ``b`` under ``model``, and their cost, found in a band
    around the diagonal that is widened where the path comes near its edges, until it keeps clear.
    """
    centre, widths = diagonal(a, b), [FIRST_BAND] * (a.size + 1)
    while True:
        low, high = band(centre, widths, b.size)
        costs, backs = _fill(a, b, ratio, model, (low, high), progress)
        beads, path = _trace(backs, low, model, b.size)
        if not _widened(path, (low, high), widths, b.size):
            return beads, costs[-1][b.size - low[-1]]
