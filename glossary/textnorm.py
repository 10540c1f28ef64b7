"""Text folding shared by lookup and validation: what a reader does not care about.

Case, surrounding quotes, ё versus е, hyphen versus space, and runs of spaces
do not change a term; ``fold`` removes them.

>>> fold("«Мягкая  Сила»")
'мягкая сила'
>>> fold("Nagorno-Karabakh") == fold("nagorno karabakh")
True
>>> fold("Объём")
'объем'
"""
from __future__ import annotations

import re
import unicodedata

QUOTES = "«»\"'‘’‚“”„‹›`´"
_DASHES = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014\u2212]+")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """The comparison key of a term or query."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = text.replace("ё", "е")
    text = _DASHES.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    return text.strip(QUOTES + " .,;:!?()[]").strip()


def words(text: str) -> list[str]:
    """The folded words of ``text``, punctuation dropped."""
    return _WORD.findall(fold(text))
