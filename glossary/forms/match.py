"""How a query or a text's words matched a term: the kinds of match, and a concept found with its
match.

``How`` is the one list of kinds, best first: exact term, inflected or
other-spelling form, romanization under a named scheme, Kazakh typed with
Russian letters, ad hoc romanization, every query word in a term, fuzzy.
The first five are stored in the forms index as integers (``How`` values).
"""
from __future__ import annotations

import itertools
from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from glossary.language.russian import ANY, slot_label
from glossary.vocab import LANGUAGES

if TYPE_CHECKING:
    from glossary.model import Concept


class How(IntEnum):
    """How a form matched; the stored kinds of the forms index, then words and fuzzy."""

    EXACT = 0
    FORM = 1
    ROMANIZATION = 2
    PLAIN = 3  # Kazakh typed with Russian letters
    LOOSE = 4  # ad hoc romanization
    WORDS = 5  # every word of the query in a longer term
    FUZZY = 6

    @property
    def rank(self) -> int:
        """Lower is better; a named scheme and Kazakh in Russian letters rank alike."""
        return _RANKS[self]

    @property
    def label(self) -> str:
        """The name users see: exact, form, romanization, plain, loose, words, fuzzy."""
        return self.name.lower()


_RANKS = {
    How.EXACT: 0,
    How.FORM: 1,
    How.ROMANIZATION: 2,
    How.PLAIN: 2,
    How.LOOSE: 3,
    How.WORDS: 4,
    How.FUZZY: 5,
}
STORED = (How.EXACT, How.FORM, How.ROMANIZATION, How.PLAIN, How.LOOSE)


class Hit(NamedTuple):
    """A word found as a spelling of a unit of the index (see ``glossary.forms.spellings``)."""

    how: How
    mask: int  # the Russian case-number slots the form fills
    schemes: int  # bit i: the i-th romanization scheme gives this spelling
    form: str  # the form of the term's word that was typed (Cyrillic for a romanization)
    label: str
    # found by stripping Kazakh endings: only the last word of a Kazakh term takes them
    ending: bool


Hits = dict[int, list[Hit]]  # unit id → the ways the word spells it


class Match:
    """A concept found for a query, and how: which term, in which language, through what.

    ``record`` is the concept's JSON form (``Concept.to_dict``), as the index
    stores it; ``concept`` builds the model object from it on demand. A plain
    class, not a dataclass: building one at import costs every lookup a millisecond.
    """

    __slots__ = ("record", "how", "lang", "term", "detail", "score", "under")

    def __init__(self, record: dict[str, Any], how: How, lang: str, term: str, detail: str = "",
                 score: float = 100.0, under: int = 0) -> None:
        self.record, self.how, self.lang, self.term = record, how, lang, term
        self.detail, self.score = detail, score
        self.under = under  # for a fuzzy match, the rank of how the corrected query matched

    def __repr__(self) -> str:
        what = f"{self.lang!r}, {self.term!r}, {self.detail!r}, {self.score}"
        return f"Match({self.id!r}, {self.how.label!r}, {what})"

    @property
    def id(self) -> str:
        """The concept's id."""
        return str(self.record["id"])

    @property
    def concept(self) -> Concept:
        """The matched concept as a model object."""
        from glossary.model import Concept

        return Concept.from_dict(self.record)

    @property
    def rank(self) -> tuple[int, float, int, int, str]:
        """The sort key of matches: how, score, a fuzzy match's own kind, preferred terms first, id.
        """
        terms = self.record["terms"].get(self.lang, ())
        preferred = (
            0 if any(t["text"] == self.term and t["status"] == "preferred" for t in terms) else 1
        )
        return (self.how.rank, -self.score, self.under, preferred, self.id)

    def explain(self) -> dict[str, Any]:
        """The ``match`` field of ``--json``."""
        data: dict[str, Any] = {"type": self.how.label, "lang": self.lang, "term": self.term}
        if self.detail:
            data["detail"] = self.detail
        if self.how == How.FUZZY:
            data["score"] = round(self.score, 1)
        return data

    def describe(self) -> str:
        """How it matched, in words."""
        text = f'{self.how.label} match on {self.lang} "{self.term}"'
        if self.detail:
            text += f" via {self.detail}"
        if self.how == How.FUZZY:
            text += f" (score {self.score:.0f})"
        return text

    def to_dict(self, languages: Sequence[str] = LANGUAGES) -> dict[str, Any]:
        """The match as ``lookup --json`` prints it: the concept with the terms of ``languages``,
        and ``match``.
        """
        return {**select_languages(self.record, languages), "match": self.explain()}


def select_languages(record: dict[str, Any], languages: Sequence[str]) -> dict[str, Any]:
    """The JSON form of a concept with only the terms of ``languages``."""
    terms = record["terms"]
    return {
        **record,
        "terms": {lang: terms[lang] for lang in LANGUAGES if lang in languages and lang in terms},
    }


def agreeing(lang: str, key: str, choices: list[list[Hit]]) -> tuple[How, str] | None:
    """The best (how, detail) of one hit per word whose forms agree, or None."""
    best = None
    for combo in itertools.product(*choices):
        if any(h.ending and not _izafet(lang, n, h) for n, h in enumerate(combo[:-1])) or (
                combo[-1].ending and lang != "kk"):
            continue
        mask = ANY
        for hit in combo:
            mask &= hit.mask
        if not mask:
            continue
        schemes = -1
        for hit in combo:
            if hit.how == How.ROMANIZATION:
                schemes &= hit.schemes
        how = max((h.how for h in combo), key=lambda h: h.rank)
        if how == How.ROMANIZATION and not schemes:
            how = How.LOOSE  # each word under another scheme
        if best is None or how.rank < best[0].rank:
            best = (how, mask, schemes, combo)
    if best is None:
        return None
    return best[0], _detail(lang, key, *best)


def _izafet(lang: str, position: int, hit: Hit) -> bool:
    """A Kazakh name's first word in the genitive (БҰҰ-ның Бас Ассамблеясы for БҰҰ Бас
    Ассамблеясы): the only ending a word before the last may take."""
    return lang == "kk" and position == 0 and hit.label == "genitive"


def _detail(lang: str, key: str, how: How, mask: int, schemes: int, combo: tuple[Hit, ...]) -> str:
    """How a phrase matched, in words: "genitive singular: мягкой силы", "BGN/PCGN (…)"."""
    form = " ".join(h.form for h in combo)
    labels = list(dict.fromkeys(h.label for h in combo if h.label))
    if lang == "ru" and mask != ANY:
        labels.append(slot_label(mask))
    what = f"{', '.join(labels)}: {form}" if labels else form
    if how == How.FORM:
        return what
    if how == How.PLAIN:
        return "Kazakh typed with Russian letters"
    if how == How.ROMANIZATION:
        from glossary.forms.spellings import scheme_names

        names = scheme_names(lang, schemes)
    elif how == How.LOOSE:
        names = "ad hoc spelling" if lang == "ru" else "ad hoc Kazakh Latin"
    else:
        return ""
    return names if form == key else f"{names} ({what})"


def best_per_concept(matches: list[Match], langs: Sequence[str] | None) -> list[Match]:
    """One match per concept, the best, restricted to terms of ``langs``; best first."""
    best: dict[str, Match] = {}
    for match in matches:
        if langs and match.lang not in langs:
            continue
        if match.id not in best or match.rank < best[match.id].rank:
            best[match.id] = match
    return sorted(best.values(), key=lambda m: m.rank)
