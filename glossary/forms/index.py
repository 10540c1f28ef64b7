"""Find concepts by any of their terms, in any form, script or romanization.

Queries are folded (``textnorm.fold``) and looked up in the forms index. Ranks,
best first: exact term, inflected or other-spelling form, romanization under a
named scheme, ad hoc romanization, every query word in a term, fuzzy (typos).
Kazakh endings are stripped here (``kazakh.analyses``), the only morphology
done at lookup time; it needs no dictionary.
"""
from __future__ import annotations

import itertools
import marshal
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from glossary.language import romanize
from glossary.language.russian import ANY
from glossary.language.textnorm import fold

if TYPE_CHECKING:
    from glossary.model import Concept

RANKS = {"exact": 0, "form": 1, "romanization": 2, "plain": 2, "loose": 3, "words": 4, "fuzzy": 5}
FUZZY_MATCH = 88  # a fuzzy score at least this is a match; below it only a suggestion
FUZZY_SUGGEST = 60


class Match:
    """A concept found for a query, and how: which term, in which language, through what.

    ``record`` is the concept's JSON form (``glossary.formats.json``), as the index
    stores it; ``concept`` builds the model object from it on demand. A plain
    class, not a dataclass: building one at import costs every lookup a millisecond.
    """

    __slots__ = ("record", "how", "lang", "term", "detail", "score", "under")

    def __init__(self, record: dict[str, Any], how: str, lang: str, term: str, detail: str = "", score: float = 100.0, under: int = 0):
        self.record, self.how, self.lang, self.term, self.detail, self.score = record, how, lang, term, detail, score
        self.under = under  # for a fuzzy match, the rank of how the corrected query matched

    def __repr__(self) -> str:
        return f"Match({self.id!r}, {self.how!r}, {self.lang!r}, {self.term!r}, {self.detail!r}, {self.score})"

    @property
    def id(self) -> str:
        """The concept's id."""
        return self.record["id"]

    @property
    def concept(self) -> Concept:
        """The matched concept as a model object."""
        from glossary.formats.json import concept_from_dict

        return concept_from_dict(self.record)

    @property
    def rank(self) -> tuple[int, float, int, int, str]:
        terms = self.record["terms"].get(self.lang, ())
        preferred = 0 if any(t["text"] == self.term and t["status"] == "preferred" for t in terms) else 1
        return (RANKS[self.how], -self.score, self.under, preferred, self.id)

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


class Hit(NamedTuple):
    """A query word found as a spelling of a unit (see ``glossary.forms.spellings``)."""

    kind: int
    mask: int
    schemes: int
    form: str  # the form of the term's word that was typed (Cyrillic for a romanization)
    label: str
    ending: bool  # found by stripping Kazakh endings: only the last word of a Kazakh term takes them


Hits = dict  # unit id → list[Hit]
KIND_RANKS = (0, 1, 2, 2, 3)  # of spellings.KINDS: exact, form, romanization, plain, loose


class Index:
    """Lookup over a forms index (see ``glossary.forms.store``)."""

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
        """The JSON form of a concept (``glossary.formats.json``), as stored in the index."""
        if concept_id not in self._records:
            (data,) = self.db.execute("SELECT data FROM concepts WHERE id = ?", (concept_id,)).fetchone()
            self._records[concept_id] = marshal.loads(data)
        return self._records[concept_id]

    def _hits(self, word: str, endings: frozenset[str] | None = None) -> Hits:
        """The units a query word may be: as typed, romanized, in Russian letters, or (with ``endings``) a Kazakh stem."""
        from glossary.forms.spellings import EXACT, FORM, LOOSE, PLAIN, ROMANIZATION

        wanted: dict[str, set[int]] = {word: {EXACT, FORM}}
        if romanize.has_latin(word):
            wanted.setdefault(romanize.strip_marks(word), set()).add(ROMANIZATION)
            for loose in (romanize.loose_ru(word), romanize.loose_kk(word)):
                wanted.setdefault(loose, set()).add(LOOSE)
        stems: dict[str, str] = {}
        if romanize.has_cyrillic(word):
            wanted.setdefault(romanize.plain_kk(word), set()).add(PLAIN)
            if endings is not None:
                from glossary.language import kazakh

                for stem, label in kazakh.analyses(word, endings):
                    stems.setdefault(stem, label)
                    wanted.setdefault(stem, set())
        sql = f"SELECT key, unit, kind, mask, schemes, form, label FROM spellings WHERE key IN ({','.join('?' * len(wanted))})"
        hits: Hits = {}
        for key, unit, kind, mask, schemes, form, label in self.db.execute(sql, list(wanted)):
            if kind in wanted[key]:
                hits.setdefault(unit, []).append(Hit(kind, mask, schemes, form or key, label, False))
            if key in stems and kind == EXACT:
                hits.setdefault(unit, []).append(Hit(FORM, ANY, 0, word, stems[key], True))
        return hits

    def _phrases(self, hits: list[Hits]) -> list[tuple[str, str, str, str, str]]:
        """Terms of exactly these words, each in a form that agrees with the others."""
        if not all(hits):
            return []
        places: dict[int, list[int]] | None = None
        for pos, units in enumerate(hits):
            sql = f"SELECT term, unit FROM places WHERE pos = ? AND unit IN ({','.join('?' * len(units))})"
            found = {}
            for term, unit in self.db.execute(sql, [pos, *units]):
                if places is None or term in places:
                    found[term] = (places[term] if places else []) + [unit]
            places = found
        if not places:
            return []
        sql = f"SELECT id, concept, lang, text, key FROM terms WHERE n = ? AND id IN ({','.join('?' * len(places))})"
        rows = []
        for term, concept, lang, text, key in self.db.execute(sql, [len(hits), *places]):
            best = _agreeing(lang, key, [hits[pos][unit] for pos, unit in enumerate(places[term])])
            if best:
                rows.append((best[0], concept, lang, text, best[1]))
        return rows

    def _word_matches(self, hits: list[Hits], limit: int = 100) -> list[tuple[str, str, str, str, str, int]]:
        """Terms that contain every word of the query, each in some form or spelling; shortest first."""
        if not all(hits):
            return []
        subqueries = " INTERSECT ".join(f"SELECT term FROM places WHERE unit IN ({','.join('?' * len(h))})" for h in hits)
        sql = f"SELECT concept, lang, text, n FROM terms WHERE id IN ({subqueries}) ORDER BY n, concept, id LIMIT {limit}"
        rows = self.db.execute(sql, [unit for h in hits for unit in h])
        return [("words", c, lang, text, "every word of the query", n) for c, lang, text, n in rows]

    def _candidates(self, key: str) -> list[tuple[str, str, str, str, str, int]]:
        """Rows matching the query: whole terms, then phrases word by word, then terms with every word.

        Kazakh endings are only stripped when nothing else matched or the query
        has letters only Kazakh uses: a Russian form found in the index needs no analysis.
        """
        rows = [("exact", c, lang, text, "", 0) for c, lang, text in self.db.execute("SELECT concept, lang, text FROM terms WHERE key = ?", (key,))]
        words = key.split(" ")
        hits = [self._hits(word) for word in words]
        rows += [(*row, 0) for row in self._phrases(hits)]
        if romanize.has_cyrillic(key) and (not rows or romanize.has_kazakh_letters(key)):
            endings = self.kazakh_endings()
            hits[-1] = self._hits(words[-1], endings)
            rows += [(*row, 0) for row in self._phrases(hits)]
            if len(words) >= 2:  # ҰҚШҰ-ға folds to two words
                rows += [(*row, 0) for row in self._phrases(hits[:-2] + [self._hits(words[-2] + words[-1], endings)])]
        return rows + self._word_matches(hits)

    def lookup(self, query: str, langs: Sequence[str] | None = None) -> list[Match]:
        """The concepts ``query`` names, best first, one match per concept."""
        key = fold(query)
        if not key:
            return []
        matches = [
            Match(self.record(c), kind, lang, term, detail, 100.0 - n if kind == "words" else 100.0)
            for kind, c, lang, term, detail, n in self._candidates(key)
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
        """Terms within typing distance of the query: each unknown word replaced by a close word of the termbase.

        Comparing words with the termbase's vocabulary, rather than the query
        with every term, keeps a miss fast in a large termbase.
        """
        from rapidfuzz import fuzz, process

        vocabulary: list[str] | None = None
        options = []
        for word in key.split(" "):
            if self._hits(word):
                options.append([word])
                continue
            if vocabulary is None:
                vocabulary = [w for (w,) in self.db.execute("SELECT DISTINCT word FROM units ORDER BY word")]
            close = process.extract(word, vocabulary, scorer=fuzz.ratio, limit=3, score_cutoff=FUZZY_SUGGEST)
            options.append([w for w, _, _ in close] or [word])
        best: dict[str, Match] = {}
        for combo in itertools.islice(itertools.product(*options), 27):
            corrected = " ".join(combo)
            score = fuzz.ratio(key, corrected)
            if corrected == key or score < FUZZY_SUGGEST:
                continue
            for kind, c, lang, term, _, _ in self._candidates(corrected):
                match = Match(self.record(c), "fuzzy", lang, term, f"close to {corrected}", score, RANKS[kind])
                if c not in best or match.rank < best[c].rank:
                    best[c] = match
        return sorted(best.values(), key=lambda m: m.rank)[: limit * 2]

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """Up to ``limit`` terms that look like ``query``, for a "did you mean"."""
        seen: list[str] = []
        for match in self._fuzzy(fold(query), limit):
            if match.term not in seen:
                seen.append(match.term)
        return seen[:limit]


def _agreeing(lang: str, key: str, choices: list[list[Hit]]) -> tuple[str, str] | None:
    """The best (kind, detail) of one hit per word whose forms agree, or None."""
    from glossary.forms.spellings import KINDS, LOOSE, ROMANIZATION

    best = None
    for combo in itertools.product(*choices):
        if any(h.ending for h in combo[:-1]) or (combo[-1].ending and lang != "kk"):
            continue
        mask = ANY
        for hit in combo:
            mask &= hit.mask
        if not mask:
            continue
        kind = max((h.kind for h in combo), key=KIND_RANKS.__getitem__)
        schemes = -1
        for hit in combo:
            if hit.kind == ROMANIZATION:
                schemes &= hit.schemes
        if kind == ROMANIZATION and not schemes:
            kind = LOOSE  # each word under another scheme
        if best is None or KIND_RANKS[kind] < KIND_RANKS[best[0]]:
            best = (kind, mask, schemes, combo)
    if best is None:
        return None
    kind, mask, schemes, combo = best
    return KINDS[kind], _detail(lang, key, *best)


def _detail(lang: str, key: str, kind: int, mask: int, schemes: int, combo: tuple[Hit, ...]) -> str:
    """How a phrase matched, in words: "genitive singular: мягкой силы", "BGN/PCGN (…)"."""
    from glossary.language.russian import slot_label
    from glossary.forms.spellings import FORM, LOOSE, PLAIN, ROMANIZATION, scheme_names

    form = " ".join(h.form for h in combo)
    labels = list(dict.fromkeys(h.label for h in combo if h.label))
    if lang == "ru" and mask != ANY:
        labels.append(slot_label(mask))
    what = f"{', '.join(labels)}: {form}" if labels else form
    if kind == FORM:
        return what
    if kind == PLAIN:
        return "Kazakh typed with Russian letters"
    if kind == ROMANIZATION:
        names = scheme_names(lang, schemes)
    elif kind == LOOSE:
        names = "ad hoc spelling" if lang == "ru" else "ad hoc Kazakh Latin"
    else:
        return ""
    return names if form == key else f"{names} ({what})"
