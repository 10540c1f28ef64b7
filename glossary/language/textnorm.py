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

import unicodedata

QUOTES = "«»\"'‘’‚“”„‹›`´"
# Hyphens and dashes become spaces; ё becomes е; typographic apostrophes plain ones.
_TABLE = str.maketrans(
    {**{d: " " for d in "-\u2010\u2011\u2012\u2013\u2014\u2212"}, "ё": "е", "’": "'", "ʼ": "'"}
)


def fold(text: str) -> str:
    """The comparison key of a term or query (str methods only: it runs on every lookup)."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_TABLE)
    return " ".join(text.split()).strip(QUOTES + " .,;:!?()[]").strip()


def words(text: str) -> list[str]:
    """The folded words of ``text``, punctuation dropped."""
    import re

    return re.findall(r"\w+", fold(text))
