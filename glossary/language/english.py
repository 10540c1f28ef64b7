"""English surface forms of a term: plurals, possessives, British and American spellings.

>>> forms("colour revolution")["color revolutions"]
'plural, other spelling'
"""
from __future__ import annotations

import itertools
import re

from glossary.language.script import is_abbreviation

# British → American word endings and words (applied both ways).
SPELLINGS = (
    ("isation", "ization"),
    ("isations", "izations"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("our", "or"),
    ("ours", "ors"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ogue", "og"),
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
)
_SIBILANT = re.compile(r"(s|x|z|ch|sh)$")


def spelling_variants(word: str) -> set[str]:
    """The word and its other (British or American) spelling."""
    found = {word}
    lower = word.lower()
    for british, american in SPELLINGS:
        for a, b in ((british, american), (american, british)):
            if lower.endswith(a) and (lower == a or len(lower) > len(a) + 2):
                found.add(word[: -len(a)] + b)
    return found


def plural_and_singular(word: str) -> dict[str, str]:
    """Number forms of the head word: plural for a singular, singular for a plural."""
    lower = word.lower()
    if lower.endswith("ies") and len(lower) > 4:
        return {word[:-3] + "y": "singular"}
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        singular = word[:-2] if _SIBILANT.search(lower[:-2]) and lower.endswith("es") else word[:-1]
        return {singular: "singular"}
    if lower.endswith("y") and len(lower) > 2 and lower[-2] not in "aeiou":
        return {word[:-1] + "ies": "plural"}
    if _SIBILANT.search(lower):
        return {word + "es": "plural"}
    return {word + "s": "plural"}


def forms(text: str) -> dict[str, str]:
    """Every form of the English term ``text`` except itself, mapped to what it is."""
    words = text.split(" ")
    if len(words) == 1 and is_abbreviation(text):
        return {text + "’s": "possessive", text + "s": "plural"}  # CSTO’s, NGOs
    # The head is the last word, or the word before "of" (spheres of influence).
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    found: dict[str, str] = {}
    heads = {words[at]: "", **plural_and_singular(words[at])}
    for head, number in heads.items():
        phrase = words[:at] + [head] + words[at + 1 :]
        for combo in itertools.product(*(spelling_variants(w) for w in phrase)):
            base = " ".join(combo)
            spelled = "" if list(combo) == phrase else "other spelling"
            label = ", ".join(x for x in (number, spelled) if x)
            if base != text:
                found.setdefault(base, label)
            if not base.endswith("s"):  # a plural possessive (powers’) folds to the plural
                found.setdefault(base + "’s", ", ".join(x for x in (label, "possessive") if x))
    found.pop(text, None)
    return found


def roles(words: list[str]) -> list[str]:
    """The role of each word of a term: "head" takes number, "last" the possessive, "word" neither.
    """
    if len(words) == 1 and is_abbreviation(words[0]):
        return ["acronym"]
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    out = ["word"] * len(words)
    out[at] = "head"
    out[-1] = "head last" if at == len(words) - 1 else "last"
    return out


def word_forms(word: str, role: str) -> dict[str, str]:
    """Every form of ``word`` in its ``role`` (see ``roles``), lowercase, mapped to what it is (""
    for itself).
    """
    lower = word.lower()
    if role == "acronym":
        return {lower: "", lower + "'s": "possessive", lower + "s": "plural"}
    numbers = {lower: "", **plural_and_singular(lower)} if "head" in role else {lower: ""}
    found: dict[str, str] = {}
    for base, number in numbers.items():
        for spelled in sorted(spelling_variants(base), key=lambda w: w != base):
            label = ", ".join(x for x in (number, "" if spelled == base else "other spelling") if x)
            found.setdefault(spelled, label)
            if "last" in role and not spelled.endswith("s"):
                found.setdefault(spelled + "'s", ", ".join(x for x in (label, "possessive") if x))
    return found
