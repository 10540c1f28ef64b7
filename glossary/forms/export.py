"""The forms index as plain data, for a search that runs elsewhere (the web glossary's browser).

``FormsIndex.lookup`` folds a query, finds each word's spellings, keeps the
terms whose words agree and ranks them by ``How``. A browser can do the same
if it has the same tables: every key a unit may be typed as (``keys``), each
unit's forms and the places it holds in terms (``units``), the terms (and the
concepts' derived words, which name a concept without being its terms) and
their concepts (``terms``, ``concepts``), the words fuzzy matching compares
with (``vocabulary``), and what the matching rules need that the query alone
does not give (``rules``: the Kazakh ending chains the index was built with,
the Kazakh endings' tables, the Russian slot names, the romanization scheme
names, the fold's case table). ``export`` reads them here, where the SQL is,
so that no other room learns the index's schema.

Numbers are positions: term numbers follow (concept, term id), which is the
order lookup lists "every word" matches in, and unit numbers start at 0.
"""
from __future__ import annotations

import marshal
import sys
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from glossary.forms.fuzzy import RESEMBLES, RESEMBLES_PART
from glossary.forms.index import (
    FUZZY_COMBINATIONS,
    FUZZY_MATCH,
    FUZZY_SUGGEST,
    WORD_MATCHES,
    FormsIndex,
)
from glossary.forms.match import How
from glossary.language import kazakh, romanize
from glossary.language.russian import ANY, SLOTS, slot_label
from glossary.language.textnorm import QUOTES
from glossary.vocab import LANGUAGES

Form = tuple[str, int, str]  # a unit's form: text, Russian slot mask, English label


class SearchData(NamedTuple):
    """What a search outside Python needs from the forms index (see the module's docstring)."""

    rules: dict[str, Any]
    # folded key -> {"s": [unit, kind, form, schemes, ...] (four numbers per spelling, in index
    # order), "t": [[term, concept, preferred, lang, text], ...] (terms whose whole folded text
    # is the key)}
    keys: dict[str, dict[str, list[Any]]]
    # unit -> [lang, [form, ...] (str, or [str, mask] / [str, mask, label]),
    #          [term, pos, words, concept, flags, text, ...] (six items per place; flags: 1 for
    #          a derived word, 2 for a preferred term): what a search needs of the terms that
    #          hold the unit, beside it]
    units: list[list[Any]]
    # term -> [concept, lang, text, words, preferred (1 or 0), derived (1 for a derived word)]
    terms: list[list[Any]]
    concepts: list[list[str]]  # concept -> [id, subject, preferred en, kk, ru ("" when none)]
    vocabulary: list[str]  # the words of the units, sorted, as fuzzy matching reads them


def records(index: FormsIndex) -> Iterator[dict[str, Any]]:
    """The JSON form of every concept (``Concept.to_dict``), as the index stores it, in id order."""
    for (data,) in index.db.execute("SELECT data FROM concepts ORDER BY id"):
        yield marshal.loads(data)


def _concepts(index: FormsIndex) -> tuple[list[list[str]], dict[str, dict[str, set[str]]]]:
    """The concept rows, and each concept's preferred texts per language."""
    rows, preferred = [], {}
    for record in records(index):
        best = {lang: {t["text"] for t in terms if t["status"] == "preferred"}
                for lang, terms in record["terms"].items()}
        labels = [min(best.get(lang) or {""}) for lang in LANGUAGES]
        rows.append([record["id"], record["subject"], *labels])
        preferred[record["id"]] = best
    return rows, preferred


def _terms(index: FormsIndex, numbers: dict[str, int],
           preferred: dict[str, dict[str, set[str]]]) -> tuple[list[list[Any]], dict[int, int]]:
    """The term rows in (concept, id) order, and each term id's number."""
    rows: list[list[Any]] = []
    number: dict[int, int] = {}
    sql = "SELECT id, concept, lang, text, n, derived FROM terms ORDER BY concept, id"
    for term, concept, lang, text, n, derived in index.db.execute(sql):
        number[term] = len(rows)
        best = int(text in preferred[concept].get(lang, ()))
        rows.append([numbers[concept], lang, text, n, best, derived])
    return rows, number


def _form_entry(form: Form) -> str | list[Any]:
    text, mask, label = form
    if label:
        return [text, mask, label]
    return text if mask == ANY else [text, mask]


def _spellings(index: FormsIndex, unit_number: dict[int, int]
               ) -> tuple[dict[str, dict[str, list[Any]]], list[list[Form]]]:
    """Every key's spellings in index order, and each unit's forms in order of first use."""
    keys: dict[str, dict[str, list[Any]]] = {}
    forms: list[list[Form]] = [[] for _ in unit_number]
    where: list[dict[Form, int]] = [{} for _ in unit_number]
    sql = "SELECT key, unit, kind, mask, schemes, form, label FROM spellings ORDER BY rowid"
    for key, unit, kind, mask, schemes, form, label in index.db.execute(sql):
        u = unit_number[unit]
        entry = (form or key, mask, label)
        if entry not in where[u]:
            where[u][entry] = len(forms[u])
            forms[u].append(entry)
        keys.setdefault(key, {}).setdefault("s", []).extend((u, kind, where[u][entry], schemes))
    return keys, forms


def _place(term: int, pos: int, row: list[Any]) -> tuple[Any, ...]:
    """A place as a unit lists it: term, position, words, concept, flags (1: a derived word,
    2: a preferred term), text."""
    concept, _, text, words, preferred, derived = row
    return term, pos, words, concept, derived | preferred << 1, text


def _units(index: FormsIndex, term_number: dict[int, int], terms: list[list[Any]]
           ) -> tuple[list[list[Any]], dict[int, int]]:
    """The unit rows (language, no forms yet, places) in id order, and each unit id's number."""
    rows: list[list[Any]] = []
    number: dict[int, int] = {}
    for unit, lang in index.db.execute("SELECT id, lang FROM units ORDER BY id"):
        number[unit] = len(rows)
        rows.append([lang, [], []])
    places: dict[int, list[tuple[int, int]]] = {}
    for unit, pos, term in index.db.execute("SELECT unit, pos, term FROM places"):
        places.setdefault(number[unit], []).append((term_number[term], pos))
    for u, found in places.items():
        rows[u][2] = [x for t, pos in sorted(found) for x in _place(t, pos, terms[t])]
    return rows, number


@lru_cache(maxsize=1)
def unicode_tables() -> dict[str, Any]:
    """Where Python's string methods differ from what a browser has: ``casefold`` beyond
    ``lower`` (ß → ss), what ``split`` calls a space, what ``unicodedata.combining`` calls a mark
    (as code point ranges)."""
    casefold: dict[str, str] = {}
    spaces: list[str] = []
    marks: list[list[int]] = []
    for c in map(chr, range(sys.maxunicode + 1)):
        if c == c.lower() and c.casefold() != c:
            casefold[c] = c.casefold()
        if c.isspace():
            spaces.append(c)
        if unicodedata.combining(c):
            if marks and marks[-1][1] == ord(c) - 1:
                marks[-1][1] = ord(c)
            else:
                marks.append([ord(c), ord(c)])
    return {"casefold": casefold, "spaces": "".join(spaces), "combining": marks}


def rules(index: FormsIndex) -> dict[str, Any]:
    """What matching needs besides the tables: the index's Kazakh ending chains, the Kazakh
    endings' tables (``kazakh``), slot and scheme names, and how casefold differs from lower."""
    classes = {c: kazakh.sound_class(c) for c in map(chr, range(0x430, 0x4FF))
               if c.isalpha() and c.islower() and kazakh.sound_class(c) != kazakh.VL}
    return {
        "any": ANY,
        "slots": [slot_label(1 << bit) for bit in range(len(SLOTS))],
        "schemes": {"ru": [name for name, _ in romanize.RUSSIAN_SCHEMES],
                    "kk": list(romanize.KAZAKH_SCHEMES)},
        "ranks": {how.label: how.rank for how in How},
        "fuzzy": {"match": FUZZY_MATCH, "suggest": FUZZY_SUGGEST,
                  "combinations": FUZZY_COMBINATIONS, "resembles": RESEMBLES,
                  "resemblesPart": RESEMBLES_PART},
        "wordMatches": WORD_MATCHES,
        "quotes": QUOTES,
        **unicode_tables(),
        "plainKk": {chr(a): chr(b) for a, b in sorted(romanize.PLAIN_KK.items())},
        "endings": sorted(index.kazakh_endings()),
        # the ending chains as a word in Latin letters, and in Russian letters only, ends
        "latinEndings": sorted(romanize.latin_endings(index.kazakh_endings())),
        "plainEndings": sorted(romanize.plain_endings(index.kazakh_endings())),
        "kazakh": {
            "back": "".join(sorted(kazakh.BACK)), "front": "".join(sorted(kazakh.FRONT)),
            "vowels": "".join(sorted(kazakh.VOWELS)), "consonants": kazakh.CONSONANTS,
            "voicing": kazakh.VOICING,
            "classes": classes, "vowel": kazakh.V, "voiceless": kazakh.VL,
            "plural": kazakh.PLURAL, "cases": kazakh.CASES, "afterPx3": kazakh.AFTER_PX3,
            "possessive": kazakh.POSSESSIVE, "dativeAfterPx12": kazakh.DATIVE_AFTER_PX12,
        },
    }


def export(index: FormsIndex) -> SearchData:
    """The whole index as ``SearchData``; the same index always gives equal data."""
    concepts, preferred = _concepts(index)
    numbers = {row[0]: i for i, row in enumerate(concepts)}
    terms, term_number = _terms(index, numbers, preferred)
    units, unit_number = _units(index, term_number, terms)
    keys, forms = _spellings(index, unit_number)
    for u, found in enumerate(forms):
        units[u][1] = [_form_entry(form) for form in found]
    sql = "SELECT key, id FROM terms WHERE derived = 0 ORDER BY key, id"
    for key, term in index.db.execute(sql):
        row = terms[term_number[term]]
        keys.setdefault(key, {}).setdefault("t", []).append(
            [term_number[term], row[0], row[4], row[1], row[2]])
    vocabulary = [w for (w,) in index.db.execute("SELECT DISTINCT word FROM units ORDER BY word")]
    return SearchData(rules(index), keys, units, terms, concepts, vocabulary)
