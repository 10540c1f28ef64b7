"""Find concepts by any of their terms, in any of the three languages.

Queries and terms are compared after ``textnorm.fold`` (case, quotes, ё/е,
hyphen/space). An exact match on a preferred term ranks first, then on any
other term, then concepts whose term contains every word of the query.
"""
from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from glossary.model import Concept, Term, Termbase
from glossary.textnorm import fold, words

RANKS = {"exact": 0, "words": 2}


@dataclass(frozen=True)
class Match:
    """A concept found for a query, and how: which term, in which language."""

    concept: Concept
    how: str
    lang: str
    term: Term

    @property
    def rank(self) -> tuple[int, int, str]:
        preferred = 0 if self.term.status == "preferred" else 1
        return (RANKS[self.how], preferred, self.concept.id)

    def explain(self) -> dict[str, str]:
        """The ``match`` field of ``--json``."""
        return {"type": self.how, "lang": self.lang, "term": self.term.text}


class Index:
    """Folded term text to the (concept, language, term) that carry it."""

    def __init__(self, termbase: Termbase) -> None:
        self.termbase = termbase
        self.by_text: dict[str, list[tuple[Concept, str, Term]]] = defaultdict(list)
        for concept in termbase.concepts():
            for lang, term in concept.all_terms():
                self.by_text[fold(term.text)].append((concept, lang, term))

    def lookup(self, query: str, langs: Sequence[str] | None = None) -> list[Match]:
        """The concepts ``query`` names, best first, one match per concept."""
        key = fold(query)
        if not key:
            return []
        found: list[Match] = []
        for concept, lang, term in self.by_text.get(key, ()):
            found.append(Match(concept, "exact", lang, term))
        wanted = set(words(query))
        if wanted:
            for text, owners in self.by_text.items():
                if text != key and wanted <= set(words(text)):
                    found.extend(Match(c, "words", lang, t) for c, lang, t in owners)
        best: dict[str, Match] = {}
        for match in found:
            if langs and match.lang not in langs:
                continue
            if match.concept.id not in best or match.rank < best[match.concept.id].rank:
                best[match.concept.id] = match
        return sorted(best.values(), key=lambda m: m.rank)

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """Up to ``limit`` terms that look like ``query``, for a "did you mean"."""
        key = fold(query)
        close = difflib.get_close_matches(key, list(self.by_text), n=limit, cutoff=0.6)
        return [self.by_text[text][0][2].text for text in close]
