"""Fuzzy lookup: a mistyped query corrected word by word against the termbase's vocabulary, and
kept only where the term found still looks like what was typed.

Comparing words with the vocabulary, rather than the query with every term, keeps a miss fast in
a large termbase. The corrected query must resemble what was typed, and a longer term holding
its words must resemble it as a whole (not in one word); a capitalised name is never corrected
into a word the term writes in lower case (Путин is not «пути» of Шёлкового пути).
"""
from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from glossary.forms.index import FUZZY_COMBINATIONS, FUZZY_SUGGEST
from glossary.forms.match import How, Match
from glossary.language.textnorm import fold

if TYPE_CHECKING:
    from glossary.forms.index import FormsIndex

RESEMBLES = 70  # the query against the corrected query, or against the whole longer term
RESEMBLES_PART = 80  # the query against as many consecutive words of the term


def resemblance(query: str, term: str) -> float:
    """How much the folded ``query`` looks like the folded ``term``: the whole term, or as many of
    its consecutive words as the query has (sfot powr, russian soft power), or a term word it
    begins (пекин, пекинский консенсус)."""
    from rapidfuzz import fuzz

    words = term.split(" ")
    n = len(query.split(" "))
    whole = fuzz.ratio(query, term)
    part = max((fuzz.ratio(query, " ".join(words[i : i + n])) for i in range(len(words) - n + 1)),
               default=0.0)
    begins = 100.0 if n == 1 and len(query) >= 4 and any(w.startswith(query) for w in words) else 0
    return max(whole, part * RESEMBLES / RESEMBLES_PART, begins)


def fuzzy(index: FormsIndex, query: str, limit: int = 5) -> list[Match]:
    """Terms within typing distance of ``query``, best first, each resembling it."""
    from rapidfuzz import fuzz, process

    key = fold(query)
    names = {fold(w) for w in re.findall(r"\w+", query) if w[:1].isupper()}
    vocabulary: list[str] | None = None
    options = []
    for word in key.split(" "):
        if index.hits(word):
            options.append([word])
            continue
        if vocabulary is None:
            vocabulary = [w for (w,) in index.db.execute(
                "SELECT DISTINCT word FROM units ORDER BY word")]
        close = process.extract(word, vocabulary, scorer=fuzz.ratio, limit=3,
                                score_cutoff=FUZZY_SUGGEST)
        options.append([w for w, _, _ in close] or [word])
    best: dict[str, Match] = {}
    for combo in itertools.islice(itertools.product(*options), FUZZY_COMBINATIONS):
        corrected = " ".join(combo)
        score = fuzz.ratio(key, corrected)
        if corrected == key or score < FUZZY_SUGGEST:
            continue
        changed = [new for old, new in zip(key.split(" "), combo, strict=True) if old != new]
        for how, c, lang, term, _, _ in index.candidates(corrected):
            alike = resemblance(key, fold(term)) if how == How.WORDS else score
            if alike < RESEMBLES or _lowered(changed, names, key, term):
                continue  # not alike (one word of a longer term); a name made a common word
            match = Match(index.record(c), How.FUZZY, lang, term, f"close to {corrected}", score,
                          how.rank)
            if c not in best or match.rank < best[c].rank:
                best[c] = match
    return sorted(best.values(), key=lambda m: m.rank)[: limit * 2]


def _lowered(changed: list[str], names: set[str], key: str, term: str) -> bool:
    """True when a capitalised word of the query was corrected into a word the term writes in
    lower case: a name turned into a common word."""
    if not names & set(key.split(" ")):
        return False
    written = {w.lower(): w for w in re.findall(r"\w+", term)}
    return any(new in written and written[new][:1].islower() for new in changed)
