"""What the letters of a text say: its scripts, Kazakh-only letters, abbreviations in capitals.

One definition of each, shared by detection, matching and lookup.

>>> has_kazakh_letters("Қазақстан"), has_kazakh_letters("Казахстан")
(True, False)
>>> is_abbreviation("ОДКБ"), is_abbreviation("РАТС ШОС"), is_abbreviation("ЕврАзЭС")
(True, True, False)
"""
from __future__ import annotations

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
KAZAKH_CAPITALS = "ӘҒҚҢӨҰҮҺІ"
# a regular-expression class: any capital of the three languages
CAPITALS = "A-ZА-ЯЁ" + KAZAKH_CAPITALS
ABBREVIATION_LENGTH = 8  # characters, spaces left out: РАТС ШОС is one, a name in capitals is not


def has_latin(text: str) -> bool:
    """True when ``text`` has a Latin letter (basic or with diacritics)."""
    return any(c.isalpha() and c <= "\u024f" for c in text)


def has_cyrillic(text: str) -> bool:
    """True when ``text`` has a Cyrillic letter."""
    return any("\u0400" <= c <= "\u04ff" for c in text)


def has_kazakh_letters(text: str) -> bool:
    """True when ``text`` has a letter only Kazakh uses (ә ғ қ ң ө ұ ү һ і)."""
    return not KAZAKH_LETTERS.isdisjoint(text)


def is_abbreviation(text: str) -> bool:
    """True for an abbreviation in capitals: two or more letters, all capitals, short (ОДКБ, U.S.).
    """
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= 2
        and all(c.isupper() for c in letters)
        and len(text.replace(" ", "")) <= ABBREVIATION_LENGTH
    )
