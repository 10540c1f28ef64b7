"""``FormsIndex``: find concepts by any of their terms, in any form, script or romanization.

The one class that reads the forms index (``glossary.forms.store``): lookup,
annotate, check and extract call its methods and never write SQL. Queries are
folded (``textnorm.fold``) and matched word by word; ranks, best first, are
those of ``How``. Kazakh endings are stripped here (``kazakh.analyses``), the
only morphology done at lookup time; it needs no dictionary.
"""
from __future__ import annotations

import marshal
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence, Sized
from typing import Any

from glossary.forms.match import Hit, Hits, How, Match, agreeing, best_per_concept
from glossary.language.russian import ANY
from glossary.language.script import has_cyrillic, has_kazakh_letters, has_latin
from glossary.language.textnorm import fold

FUZZY_MATCH = 88  # a fuzzy score at least this is a match; below it only a suggestion
FUZZY_SUGGEST = 60  # a close word of the vocabulary scores at least this (glossary.forms.fuzzy)
FUZZY_COMBINATIONS = 27  # corrected queries tried at most (three words of three choices)
WORD_MATCHES = 100  # terms that hold every word of the query, listed at most
Phrase = tuple[How, str, str, str, str]  # how, concept, lang, term, detail
# a phrase and, for WORDS, the term's length in words
Candidate = tuple[How, str, str, str, str, int]


def _placeholders(items: Sized) -> str:
    return ",".join("?" * len(items))


class FormsIndex:
    """Lookup over a forms index: one connection, its queries, and the concepts' records."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._records: dict[str, dict[str, Any]] = {}
        self._endings: frozenset[str] | None = None
        self._latin: frozenset[str] | None = None

    @classmethod
    def open(cls, termbase: str | os.PathLike[str], rebuild: bool = False, memory: bool = True,
             notice: Callable[[str], None] | None = None,
             progress: Callable[[int, int], None] | None = None) -> FormsIndex:
        """The index of the termbase at ``termbase``, built into the cache first when missing,
        stale or damaged (``notice`` hears of a damaged one, ``progress`` of a build's units)."""
        from glossary.forms.store import connect

        return cls(connect(termbase, rebuild, memory, notice, progress))

    @classmethod
    def default(cls) -> FormsIndex:
        """The index of the termbase in use (``$GLOSSARY_TERMBASE``, else the shipped one)."""
        from glossary.termbase.paths import default_termbase

        return cls.open(default_termbase())

    def latin_endings(self) -> frozenset[str]:
        """The Kazakh ending chains typed in Latin letters (``romanize.latin_endings``), as
        stored in the index when it was built (computing them costs a lookup 20 ms)."""
        if self._latin is None:
            (data,) = self.db.execute("SELECT value FROM meta WHERE key = 'kk_latin'").fetchone()
            self._latin = frozenset(marshal.loads(data))
        return self._latin

    def kazakh_endings(self) -> frozenset[str]:
        """The Kazakh ending chains, as stored in the index when it was built."""
        if self._endings is None:
            (data,) = self.db.execute("SELECT value FROM meta WHERE key = 'kk_endings'").fetchone()
            self._endings = frozenset(marshal.loads(data))
        return self._endings

    def record(self, concept_id: str) -> dict[str, Any]:
        """The JSON form of a concept (``Concept.to_dict``), as stored in the index."""
        if concept_id not in self._records:
            (data,) = self.db.execute(
                "SELECT data FROM concepts WHERE id = ?", (concept_id,)
            ).fetchone()
            self._records[concept_id] = marshal.loads(data)
        return self._records[concept_id]

    def of_state(self, state: str) -> list[str]:
        """The concepts whose ``state`` is ``state`` (its capital, its office holders), by id."""
        sql = "SELECT id FROM concepts WHERE state = ? ORDER BY id"
        return [concept for (concept,) in self.db.execute(sql, (state,))]

    def longest_term(self) -> int:
        """The most words a term has: how far a text is scanned for one term."""
        (longest,) = self.db.execute("SELECT COALESCE(MAX(n), 1) FROM terms").fetchone()
        return int(longest)

    def concepts_by_head(self, lang: str, head: str) -> list[str]:
        """Concepts with a term of ``lang`` of two or more words whose last word is ``head``
        (folded), shortest first.
        """
        sql = ("SELECT concept, MIN(n) FROM terms WHERE lang = ? AND key LIKE ? "
               "AND derived = 0 GROUP BY concept ORDER BY MIN(n), concept")
        return [concept for concept, _ in self.db.execute(sql, (lang, f"% {head}"))]

    def statistics(self) -> dict[str, Any]:
        """How many concepts and spellings the index holds, and its file ("" when in memory)."""
        (spellings,) = self.db.execute("SELECT count(*) FROM spellings").fetchone()
        (concepts,) = self.db.execute("SELECT count(*) FROM concepts").fetchone()
        files = [row[2] for row in self.db.execute("PRAGMA database_list") if row[1] == "main"]
        return {"concepts": concepts, "spellings": spellings, "file": files[0] if files else ""}

    def hits(
        self, word: str, endings: frozenset[str] | None = None, kinds: Iterable[How] | None = None
    ) -> Hits:
        """The units a folded word may be: as typed, romanized, in Russian letters, or (with
        ``endings``) a Kazakh stem.

        ``kinds`` keeps only hits of those kinds (a running text wants no romanizations).
        """
        wanted, stems = _wanted(word, endings, self.latin_endings)
        sql = (
            "SELECT key, unit, kind, mask, schemes, form, label FROM spellings "
            f"WHERE key IN ({_placeholders(wanted)})"
        )
        hits: Hits = {}
        for key, unit, kind, mask, schemes, form, label in self.db.execute(sql, list(wanted)):
            if kind in wanted[key]:
                hits.setdefault(unit, []).append(
                    Hit(How(kind), mask, schemes, form or key, label, False)
                )
            if kind in stems.get(key, {}):  # a Kazakh stem, in the spelling its ending was cut from
                how = How.FORM if kind == How.EXACT else How(kind)
                hits.setdefault(unit, []).append(
                    Hit(how, ANY, schemes, word if how == How.FORM else form or key,
                        stems[key][kind], True))
        if kinds is not None:
            allowed = set(kinds)
            hits = {
                unit: kept
                for unit, found in hits.items()
                if (kept := [h for h in found if h.how in allowed])
            }
        return hits

    def phrases(self, hits: list[Hits], derived: bool = False) -> list[Phrase]:
        """Terms of exactly these words, each in a form that agrees with the others; with
        ``derived``, the concepts' derived words instead (American for the United States)."""
        if not all(hits):
            return []
        places: dict[int, list[int]] | None = None
        for pos, units in enumerate(hits):
            sql = (
                f"SELECT term, unit FROM places WHERE pos = ? AND unit IN ({_placeholders(units)})"
            )
            found = {}
            for term, unit in self.db.execute(sql, [pos, *units]):
                if places is None or term in places:
                    found[term] = (places[term] if places else []) + [unit]
            places = found
        if not places:
            return []
        sql = (
            "SELECT id, concept, lang, text, key FROM terms "
            f"WHERE n = ? AND derived = ? AND id IN ({_placeholders(places)})"
        )
        rows = []
        for term, concept, lang, text, key in self.db.execute(sql, [len(hits), int(derived),
                                                                    *places]):
            best = agreeing(lang, key, [hits[pos][unit] for pos, unit in enumerate(places[term])])
            if best:
                rows.append((best[0], concept, lang, text, best[1]))
        return rows

    def _word_matches(self, hits: list[Hits], limit: int = WORD_MATCHES) -> list[Candidate]:
        """Terms that contain every word of the query, each in some form or spelling; shortest
        first.
        """
        if not all(hits):
            return []
        subqueries = " INTERSECT ".join(
            f"SELECT term FROM places WHERE unit IN ({_placeholders(h)})" for h in hits
        )
        sql = (f"SELECT concept, lang, text, n FROM terms "
               f"WHERE derived = 0 AND id IN ({subqueries}) "
               f"ORDER BY n, concept, id LIMIT {int(limit)}")
        rows = self.db.execute(sql, [unit for h in hits for unit in h])
        return [
            (How.WORDS, c, lang, text, "every word of the query", n) for c, lang, text, n in rows
        ]

    def candidates(self, key: str) -> list[Candidate]:
        """Rows matching the query: whole terms, then phrases word by word, then terms with every
        word.

        Kazakh endings are only stripped when nothing else matched or the query
        has letters only Kazakh uses: a Russian form found in the index needs no analysis.
        """
        sql = "SELECT concept, lang, text FROM terms WHERE key = ? AND derived = 0"
        rows: list[Candidate] = [
            (How.EXACT, c, lang, text, "", 0) for c, lang, text in self.db.execute(sql, (key,))
        ]
        words = key.split(" ")
        hits = [self.hits(word) for word in words]
        rows += [(*row, 0) for row in self.phrases(hits)]
        if (has_cyrillic(key) and (not rows or has_kazakh_letters(key))) or (
                has_latin(key) and not rows):
            endings = self.kazakh_endings()
            hits[-1] = self.hits(words[-1], endings)
            rows += [(*row, 0) for row in self.phrases(hits)]
            if len(words) >= 2:  # ҰҚШҰ-ға folds to two words
                joined = self.hits(words[-2] + words[-1], endings)
                rows += [(*row, 0) for row in self.phrases(hits[:-2] + [joined])]
        return rows + self._word_matches(hits)

    def lookup(self, query: str, langs: Sequence[str] | None = None) -> list[Match]:
        """The concepts ``query`` names, best first, one match per concept."""
        key = fold(query)
        if not key:
            return []
        matches = [
            Match(self.record(c), how, lang, term, detail, 100.0 - n if how == How.WORDS else 100.0)
            for how, c, lang, term, detail, n in self.candidates(key)
        ]
        if not any(m.how in (How.EXACT, How.FORM) for m in matches):
            matches += self._derived(key)  # a derived word is never a term's whole form
        if not matches:
            from glossary.forms.fuzzy import fuzzy

            matches = [m for m in fuzzy(self, query) if m.score >= FUZZY_MATCH]
        return best_per_concept(matches, langs)

    def _derived(self, key: str) -> list[Match]:
        """The concepts a derived word names (американских: the United States), each after a term
        matched the same way (score 99)."""
        words = key.split(" ")
        hits = [self.hits(word) for word in words]
        if has_cyrillic(key):
            hits[-1] = self.hits(words[-1], self.kazakh_endings())
        return [Match(self.record(c), how, lang, text, f"derived word, {detail}".rstrip(", "), 99.0)
                for how, c, lang, text, detail in self.phrases(hits, derived=True)]

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """Up to ``limit`` terms that look like ``query``, most alike first, for a "did you
        mean"."""
        from glossary.forms.fuzzy import fuzzy

        seen: list[str] = []
        for match in sorted(fuzzy(self, query, limit), key=lambda m: -m.score):
            if match.term not in seen:
                seen.append(match.term)
        return seen[:limit]


def _wanted(
    word: str, endings: frozenset[str] | None, latin_endings: Callable[[], frozenset[str]]
) -> tuple[dict[str, set[int]], dict[str, dict[int, str]]]:
    """The keys to look a word up under, each with the kinds it may match as; and, with
    ``endings``, Kazakh stems: for each, the kind of spelling it must be and its analysis."""
    from glossary.language import romanize

    wanted: dict[str, set[int]] = {word: {How.EXACT, How.FORM}}
    stems: dict[str, dict[int, str]] = {}

    def stem(key: str, kind: How, label: str) -> None:
        wanted.setdefault(key, set())
        stems.setdefault(key, {}).setdefault(kind, label)

    if has_latin(word):
        marked = romanize.strip_marks(word)
        wanted.setdefault(marked, set()).add(How.ROMANIZATION)
        for loose in (romanize.loose_ru(word), romanize.loose_kk(word)):
            wanted.setdefault(loose, set()).add(How.LOOSE)
        latin = latin_endings() if endings is not None else frozenset()
        for cut in (n for n in range(1, len(marked) - 2) if marked[-n:] in latin):
            stem(marked[:-cut], How.ROMANIZATION, f"ending -{marked[-cut:]}")
            stem(romanize.loose_kk(marked[:-cut]), How.LOOSE, f"ending -{marked[-cut:]}")
    if has_cyrillic(word):
        plain = romanize.plain_kk(word)
        wanted.setdefault(plain, set()).add(How.PLAIN)
        if endings is not None:
            from glossary.language import kazakh

            for found, label in kazakh.analyses(word, endings):
                stem(found, How.EXACT, label)
            chains = romanize.plain_endings(endings)
            for cut in (n for n in range(1, len(plain) - 2) if plain[-n:] in chains):
                stem(plain[:-cut], How.PLAIN, f"ending -{plain[-cut:]}")
    return wanted, stems
