"""Russian inflection of terms with pymorphy3: every case and number, with agreement.

In a multiword term the first noun is the head; the adjectives and participles
before it agree with it in case, number and (in the singular) gender, and the
words after it (genitive complements, names in quotes) stay as they are:
мягкая сила → мягкой силы, мягкими силами; Организация Договора о коллективной
безопасности → Организации Договора о коллективной безопасности.
Used when the index is built, never at lookup time.
"""
from __future__ import annotations

import re
from functools import lru_cache

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
NUMBERS = ("sing", "plur")
CASE_NAMES = {
    "nomn": "nominative",
    "gent": "genitive",
    "datv": "dative",
    "accs": "accusative",
    "ablt": "instrumental",
    "loct": "prepositional",
}
AGREEING = {"ADJF", "PRTF", "NUMR"}
_TOKEN = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*|[^А-Яа-яЁё]+")


@lru_cache(maxsize=1)
def _analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def _parse(word: str):
    """The parse of a dictionary-form word: nominative preferred (политтехнологии is plural, not genitive)."""
    parses = _analyzer().parse(word)
    for parse in parses:
        if "nomn" in parse.tag and parse.tag.POS in AGREEING | {"NOUN"}:
            return parse
    return parses[0]


def _inflect(parse, grammemes: set[str]) -> str | None:
    result = parse.inflect(grammemes)
    return result.word if result else None


def phrase_forms(text: str) -> dict[str, str]:
    """Every case and number form of the Russian term ``text`` (lowercase) → e.g. "genitive plural"."""
    tokens = _TOKEN.findall(text)
    words = [i for i, t in enumerate(tokens) if _TOKEN.fullmatch(t) and t[0].isalpha()]
    if not words or text.isupper():
        return {}
    parses = {i: _parse(tokens[i].lower()) for i in words}
    head = next((i for i in words if parses[i].tag.POS == "NOUN"), None)
    if head is None:
        return {}
    agreeing = [i for i in words if i < head and parses[i].tag.POS in AGREEING]
    found: dict[str, str] = {}
    for number in NUMBERS:
        for case in CASES:
            noun = _inflect(parses[head], {case, number})
            if noun is None:
                continue
            out = list(tokens)
            out[head] = noun
            grammemes = {case, number}
            if number == "sing" and parses[head].tag.gender:
                grammemes.add(parses[head].tag.gender)
            if case == "accs" and (number == "plur" or parses[head].tag.gender == "masc"):
                grammemes.add(parses[head].tag.animacy or "inan")
            adjectives = {i: _inflect(parses[i], grammemes) for i in agreeing}
            if None in adjectives.values():
                continue
            for i, adj in adjectives.items():
                out[i] = adj
            label = f"{CASE_NAMES[case]} {'singular' if number == 'sing' else 'plural'}"
            found.setdefault("".join(out).lower(), label)
    return found
