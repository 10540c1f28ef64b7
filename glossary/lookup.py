"""Find concepts by any of their terms, in any form, script or romanization.

Queries are folded (``textnorm.fold``) and looked up in the forms index. Ranks,
best first: exact term, inflected or other-spelling form, romanization under a
named scheme, ad hoc romanization, every query word in a term, fuzzy (typos).
Kazakh endings are stripped here (``kazakh.analyses``), the only morphology
done at lookup time; it needs no dictionary.
"""
from __future__ import annotations

import marshal
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from glossary import romanize
from glossary.textnorm import fold

if TYPE_CHECKING:
    from glossary.model import Concept

RANKS = {"exact": 0, "form": 1, "romanization": 2, "plain": 2, "loose": 3, "words": 4, "fuzzy": 5}
FUZZY_MATCH = 88  # a fuzzy score at least this is a match; below it only a suggestion
FUZZY_SUGGEST = 60


class Match:
    """A concept found for a query, and how: which term, in which language, through what.

    ``record`` is the concept's JSON form (``glossary.jsonfmt``), as the index
    stores it; ``concept`` builds the model object from it on demand. A plain
    class, not a dataclass: building one at import costs every lookup a millisecond.
    """

    __slots__ = ("record", "how", "lang", "term", "detail", "score")

    def __init__(self, record: dict[str, Any], how: str, lang: str, term: str, detail: str = "", score: float = 100.0):
        self.record, self.how, self.lang, self.term, self.detail, self.score = record, how, lang, term, detail, score

    def __repr__(self) -> str:
        return f"Match({self.id!r}, {self.how!r}, {self.lang!r}, {self.term!r}, {self.detail!r}, {self.score})"

    @property
    def id(self) -> str:
        """The concept's id."""
        return self.record["id"]

    @property
    def concept(self) -> Concept:
        """The matched concept as a model object."""
        from glossary.jsonfmt import concept_from_dict

        return concept_from_dict(self.record)

    @property
    def rank(self) -> tuple[int, float, int, str]:
        terms = self.record["terms"].get(self.lang, ())
        preferred = 0 if any(t["text"] == self.term and t["status"] == "preferred" for t in terms) else 1
        return (RANKS[self.how], -self.score, preferred, self.id)

    def explain(self) -> dict[str, Any]:
        """The ``match`` field of ``--json``."""
        data: dict[str, Any] = {"type": self.how, "lang": self.lang, "term": self.term}
        if self.detail:
            data["detail"] = self.detail
        if self.how == "fuzzy":
            data["score"] = round(self.score, 1)
        return data

    def describe(self) -> str:
        """How it matched, in words."""
        text = f'{self.how} match on {self.lang} "{self.term}"'
        if self.detail:
            text += f" via {self.detail}"
        if self.how == "fuzzy":
            text += f" (score {self.score:.0f})"
        return text


class Index:
    """Lookup over a forms index (see ``glossary.index``)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._records: dict[str, dict[str, Any]] = {}
        self._endings: frozenset[str] | None = None

    def kazakh_endings(self) -> frozenset[str]:
        """The Kazakh ending chains, as stored in the index when it was built."""
        if self._endings is None:
            (data,) = self.db.execute("SELECT value FROM meta WHERE key = 'kk_endings'").fetchone()
            self._endings = frozenset(marshal.loads(data))
        return self._endings

    def record(self, concept_id: str) -> dict[str, Any]:
        """The JSON form of a concept (``glossary.jsonfmt``), as stored in the index."""
        if concept_id not in self._records:
            (data,) = self.db.execute("SELECT data FROM concepts WHERE id = ?", (concept_id,)).fetchone()
            self._records[concept_id] = marshal.loads(data)
        return self._records[concept_id]

    def _rows(self, key: str, kinds: Sequence[str] | None = None):
        rows = self.db.execute("SELECT kind, concept, lang, term, detail FROM keys WHERE key = ?", (key,))
        return [r for r in rows if kinds is None or r[0] in kinds]

    def _candidates(self, key: str) -> list[tuple[str, str, str, str, str]]:
        """Rows matching the whole query: as typed, romanized, or with Kazakh endings stripped.

        Kazakh endings are only stripped when nothing else matched or the query
        has letters only Kazakh uses: a Russian form found in the index needs no analysis.
        """
        found = list(self._rows(key, ("exact", "form", "plain") if romanize.has_cyrillic(key) else None))
        if romanize.has_latin(key):
            found += [r for r in self._rows(romanize.strip_marks(key)) if r[0] == "romanization"]
            for loose in {romanize.loose_ru(key), romanize.loose_kk(key)}:
                found += [r for r in self._rows(loose) if r[0] == "loose"]
        if romanize.has_cyrillic(key):
            plain = romanize.plain_kk(key)
            found += [r for r in self._rows(plain) if r[0] == "plain"]
            if not found or romanize.has_kazakh_letters(key):
                found += self._kazakh_forms(key)
        return found

    def _kazakh_forms(self, key: str) -> list[tuple[str, str, str, str, str]]:
        """Kazakh terms whose last word, with endings, is the query's last word (or last two: ҰҚШҰ ға)."""
        from glossary import kazakh

        parts = key.split(" ")
        attempts = [(parts[:-1], parts[-1])]
        if len(parts) >= 2:
            attempts.append((parts[:-2], parts[-2] + parts[-1]))
        found = []
        for head, last in attempts:
            for stem, label in kazakh.analyses(last, self.kazakh_endings()):
                for row in self._rows(" ".join(head + [stem]), ("exact",)):
                    if row[2] == "kk":
                        found.append(("form", row[1], "kk", row[3], f"{label}: {key}"))
        return found

    def _word_matches(self, key: str, strict: bool) -> list[tuple[str, str, str, str, str]]:
        """Terms that contain every word of the query, each in some form or spelling.

        ``strict`` (the whole query already matched) skips Kazakh analysis of Russian-looking words.
        """
        from glossary.index import query_words

        endings = self.kazakh_endings() if romanize.has_kazakh_letters(key) or not strict else None
        found = None
        for word in set(key.split(" ")):
            variants = sorted(query_words(word, endings))
            marks = ",".join("?" * len(variants))
            sql = f"SELECT concept, lang, term FROM words WHERE word IN ({marks})"
            rows = set(self.db.execute(sql, variants))
            found = rows if found is None else found & rows
        return [("words", c, lang, term, "every word of the query") for c, lang, term in sorted(found or ())]

    def lookup(self, query: str, langs: Sequence[str] | None = None) -> list[Match]:
        """The concepts ``query`` names, best first, one match per concept."""
        key = fold(query)
        if not key:
            return []
        rows = self._candidates(key)
        rows += self._word_matches(key, strict=bool(rows))
        matches = [
            Match(self.record(c), kind, lang, term, detail, 100.0 - len(term.split()) if kind == "words" else 100.0)
            for kind, c, lang, term, detail in rows
        ]
        if not matches:
            matches = [m for m in self._fuzzy(key) if m.score >= FUZZY_MATCH]
        best: dict[str, Match] = {}
        for match in matches:
            if langs and match.lang not in langs:
                continue
            if match.id not in best or match.rank < best[match.id].rank:
                best[match.id] = match
        return sorted(best.values(), key=lambda m: m.rank)

    def _fuzzy(self, key: str, limit: int = 5) -> list[Match]:
        """Terms within typing distance of the query (as typed, or as a loose romanization)."""
        from rapidfuzz import fuzz, process

        queries = {key}
        if romanize.has_latin(key):
            queries |= {romanize.loose_ru(key), romanize.loose_kk(key)}
        choices: dict[str, tuple[str, str, str]] = {}
        rows = self.db.execute("SELECT key, concept, lang, term FROM keys WHERE kind IN ('exact', 'form', 'loose')")
        for k, c, lang, term in rows:
            choices.setdefault(k, (c, lang, term))
        best: dict[tuple[str, str, str], tuple[float, str]] = {}
        for query in queries:
            for text, score, _ in process.extract(query, list(choices), scorer=fuzz.ratio, limit=limit * 3, score_cutoff=FUZZY_SUGGEST):
                owner = choices[text]
                if owner not in best or score > best[owner][0]:
                    best[owner] = (score, text)
        matches = [
            Match(self.record(c), "fuzzy", lang, term, f"close to {text}", score)
            for (c, lang, term), (score, text) in best.items()
        ]
        return sorted(matches, key=lambda m: m.rank)[: limit * 2]

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """Up to ``limit`` terms that look like ``query``, for a "did you mean"."""
        seen: list[str] = []
        for match in self._fuzzy(fold(query), limit):
            if match.term not in seen:
                seen.append(match.term)
        return seen[:limit]
