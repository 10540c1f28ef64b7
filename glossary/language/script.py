"""What the letters of a text say: its scripts, Kazakh-only letters, abbreviations in capitals.

One definition of each, shared by detection, matching and lookup.

>>> has_kazakh_letters("Қазақстан"), has_kazakh_letters("Казахстан")
(True, False)
>>> is_abbreviation("ОДКБ"), is_abbreviation("РАТС ШОС"), is_abbreviation("ЕврАзЭС")
(True, True, False)
"""
from __future__ import annotations

import re

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


def in_capitals(surface: str) -> bool:
    """True when the word's stem is in capitals (ҰҚШҰ-ға and НАТОның count; the ending may be
    lowercase, after a hyphen or solid)."""
    head = re.split(r"[-’']", surface)[0]
    # НАТОның: the capitals before a solid ending.
    capitals = re.match(r"[^\W\d_a-zа-яёәғқңөұүһі]+", head)
    return is_abbreviation(head) or bool(capitals and head[capitals.end():].islower()
                                         and is_abbreviation(capitals.group()))


def lowered_name(term: str, surface: str) -> bool:
    """True when a one-word name (the West, Батыс, Қытай) stands in lower case in the text (the
    west, батыс, қытай): another word, a direction or an adjective. A name of several words keeps
    its sense in lower case (екінші дүниежүзілік соғыс)."""
    words = [w for w in term.split() if w.lower() not in ("the", "a", "an")]
    if len(words) != 1 or not words[0][:1].isupper() or is_abbreviation(words[0]):
        return False
    seen = surface.split()[len(term.split()) - len(words):]
    return bool(seen) and seen[0][:1].islower()
