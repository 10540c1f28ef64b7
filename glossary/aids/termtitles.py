"""Which title nouns may stand for a person, by the offices his definition in the termbase names:
Мемлекет басшысы for a president, not for a foreign minister; министр for a minister, not for a
president; a counterpart or a spokesman for anyone."""
from __future__ import annotations

import re

_W = r"(?<!\w)"
# Title nouns per office and language; "minister" not inside "prime minister".
_TITLES = {
    "head": {"en": r"head of state|president|leader|chancellor",
             "ru": r"глав[аеуыо]й? (?:нашего )?государства|президент|лидер|канцлер",
             "kk": r"мемлекет басшы|президент|көшбасшы|канцлер"},
    "premier": {"en": r"prime minister|premier|leader", "ru": r"премьер|лидер",
                "kk": r"премьер|көшбасшы"},
    "minister": {"en": r"(?<!prime )minister", "ru": r"(?<!премьер-)министр",
                 "kk": r"(?<!премьер-)министр"},
    "secretary": {"en": r"secretary", "ru": r"генсек|секретар", "kk": r"хатшы"},
    "anyone": {"en": r"spokes(?:wo)?man|spokesperson|counterpart", "ru": r"спикер|коллег",
               "kk": r"спикер|әріптес"},
}
# What a definition says of the offices its person held (President, not Presidential).
_OFFICES = {
    "head": re.compile(r"\bPresident\b|\bhead of state\b"),
    "premier": re.compile(r"(?<!Deputy )\bPrime Minister\b|\bChairman of the Government\b"),
    "minister": re.compile(r"(?<!Prime )\bMinister\b"),
    "secretary": re.compile(r"\bSecretary\b"),
}


def offices(definition: str) -> frozenset[str]:
    """The offices a person's ``definition`` names (head, premier, minister, secretary)."""
    return frozenset(name for name, said in _OFFICES.items() if said.search(definition))


def titles(lang: str, held: frozenset[str] | None = None) -> str:
    """A pattern for the title nouns of ``lang`` that may stand for a person who held the
    offices ``held`` (every title when None), and for anyone (a counterpart, a spokesman)."""
    names = _TITLES if held is None else [*held, "anyone"]
    words = "|".join(_TITLES[name][lang] for name in names)
    end = r"\b" if lang == "en" else r"\w*"
    return rf"{_W}(?:{words}){end}"


def same_office(source: str, source_lang: str, noun: str, lang: str) -> bool:
    """Whether the title ``noun`` of ``lang`` names an office a title in ``source`` names
    (Президент for President, Министр for Foreign Minister; not Президент for a minister), or
    ``source`` names none."""
    named = {name for name, words in _TITLES.items()
             if name != "anyone" and re.search(rf"{_W}(?:{words[source_lang]})", source, re.I)}
    return not named or any(re.match(rf"(?:{_TITLES[name][lang]})", noun, re.I) for name in named)
