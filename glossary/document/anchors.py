"""What a sentence shares with its translation whatever the language: numbers, glossary concepts,
names and loanwords, as *anchors* for the aligner.

An anchor is a short string whose first character says its kind: ``#`` a
number, ``@`` a glossary concept (named by the caller's function), ``~`` a
capitalised name and ``≈`` a long word, both by their consonant skeleton in
Latin letters, which stays close across scripts (Moscow, Москвы and Мәскеу are
all msk; coronavirus and коронавирустың both krnv).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from glossary.language.script import CAPITALS

NAME_SIZE = 3  # consonants of a name's skeleton
WORD_SIZE = 4  # consonants of a long word's skeleton
NAME_LEAST = 2  # a shorter name skeleton says nothing
SKELETONS_CACHED = 1 << 16

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_LONG_WORD = re.compile(r"\b[^\W\d_]{7,}")
_NAME = re.compile(rf"(?<![\w.])[{CAPITALS}][\w’'-]{{3,}}")
_FIRST_WORD = re.compile(r"\W*\w+")
# Latin spellings folded to one consonant each; x is ks as Cyrillic writes it (Mexico, Мексика).
_CONSONANTS = str.maketrans(
    {"c": "k", "q": "k", "w": "v", "x": "ks", "j": "z", "ž": "z", "š": "s", "č": "k"}
)


@lru_cache(maxsize=SKELETONS_CACHED)
def skeleton(word: str, size: int = NAME_SIZE) -> str:
    """A word's first ``size`` consonants in Latin, close across scripts (Moscow, Москвы, Мәскеу →
    msk).
    """
    from glossary.language import romanize

    latin = word.lower()
    if romanize.has_cyrillic(latin):
        latin = romanize.russian_word(romanize.plain_kk(latin), romanize.RUSSIAN_SCHEMES[0][1])
    latin = romanize.strip_marks(latin).replace("kh", "k").replace("ck", "k")
    latin = latin.translate(_CONSONANTS)
    return "".join(c for c in latin if c in "bdfgklmnprstvz")[:size]


def anchors(sentence: str, concepts: Callable[[str], set[str]] | None = None) -> frozenset[str]:
    """What a sentence shares with its translation whatever the language: numbers, concepts, names,
    loanwords.
    """
    found = {f"#{n.replace(',', '.')}" for n in _NUMBER.findall(sentence)}
    if concepts is not None:
        found |= {f"@{c}" for c in concepts(sentence)}
    first = _FIRST_WORD.match(sentence)
    for match in _LONG_WORD.finditer(sentence):
        key = skeleton(match.group(), WORD_SIZE)
        if len(key) == WORD_SIZE:
            found.add(f"≈{key}")
    for match in _NAME.finditer(sentence):
        if first and match.start() < first.end():
            continue  # a sentence's first word is capitalised anyway
        key = skeleton(match.group())
        if len(key) >= NAME_LEAST:
            found.add(f"~{key}")
    return frozenset(found)
