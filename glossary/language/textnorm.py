"""Text folding shared by lookup and validation: what a reader does not care about.

Case, surrounding quotes, ё versus е, hyphen versus space, runs of spaces and a
Latin i typed for the Kazakh і inside a Cyrillic word (as older digitised acts
have it) do not change a term; ``fold`` removes them.

>>> fold("«Мягкая  Сила»")
'мягкая сила'
>>> fold("Nagorno-Karabakh") == fold("nagorno karabakh")
True
>>> fold("Объём")
'объем'
>>> fold("өзiн-өзi билеу") == fold("өзін-өзі билеу")
True
"""
from __future__ import annotations

import re
import unicodedata

QUOTES = "«»\"'‘’‚“”„‹›`´"
# Hyphens and dashes become spaces; ё becomes е; typographic apostrophes plain ones.
_TABLE = str.maketrans(
    {**{d: " " for d in "-\u2010\u2011\u2012\u2013\u2014\u2212"}, "ё": "е", "’": "'", "ʼ": "'"}
)


# A Latin i with a Cyrillic letter beside it is the Kazakh і typed with a look-alike key.
_LATIN_I = re.compile(r"(?<=[а-яәғқңөұүһі])i+|i+(?=[а-яәғқңөұүһі])")


def fold(text: str) -> str:
    """The comparison key of a term or query (it runs on every lookup: a regular expression only
    where a Latin i may stand for the Cyrillic і)."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_TABLE)
    if "i" in text and not text.isascii():
        text = _LATIN_I.sub(lambda m: "і" * len(m.group()), text)
    return " ".join(text.split()).strip(QUOTES + " .,;:!?()[]").strip()


def words(text: str) -> list[str]:
    """The folded words of ``text``, punctuation dropped."""
    import re

    return re.findall(r"\w+", fold(text))
