"""Russian personal names for the term index: which words of a name decline (Владимир Путин,
Касым-Жомарт Токаев, Эмомали Рахмон, Ислам Каримов) and their singular forms, where pymorphy3
lacks the name or knows its first name only as a common noun."""
from __future__ import annotations

import re
from typing import Any

from glossary.language.russian import ANY, SLOTS, analyzer

# Templates for surnames the dictionary lacks (Кортунов, Тренин): a known surname with the same
# ending, whose forms lend theirs.
_SURNAME_TEMPLATES = {"ов": "сурков", "ев": "лебедев", "ин": "путин", "ын": "путин"}



def is_surname(word: str) -> bool:
    """A masculine surname the dictionary knows, or one with a template's ending."""
    return word[-2:] in _SURNAME_TEMPLATES or any(
        "Surn" in p.tag and "masc" in p.tag for p in analyzer().parse(word))


def _foreign_name(words: list[str], inflecting: list[int]) -> bool:
    """A man's name whose first name(s) the dictionary does not know (Касым-Жомарт, Шавкат)
    before a surname it knows or has a template for."""
    return (1 < len(words) <= 3 and inflecting == list(range(len(words)))
            and is_surname(words[-1]) and _FIRST_NAME_END.search(words[-2]) is not None
            and not any(_known(w) for w in words[:-1]))


def _known(word: str) -> bool:
    return bool(analyzer().word_is_known(word.split("-")[-1]))


def _unknown_name(words: list[str], inflecting: list[int]) -> bool:
    """Two or three words the dictionary does not know, the last ending in a consonant: a
    foreign man's name (Эмомали Рахмон)."""
    return (1 < len(words) <= 3 and inflecting == list(range(len(words)))
            and _FIRST_NAME_END.search(words[-1]) is not None
            and not any(_known(w) for w in words))


# A masculine first name that declines as стол or музей: ends in a consonant or й.
_FIRST_NAME_END = re.compile(r"[бвгджзклмнпрстфхцчшщй]$")
_FIRST_NAME_CASES = {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"}


def first_name_forms(word: str) -> dict[str, int]:
    """The singular forms of a masculine first name the dictionary lacks (касым-жомарт →
    касым-жомарта, касым-жомартом; only a hyphenated name's last part declines); after ж, ш,
    ч, щ, ц the instrumental ends in -ем."""
    stem, soft = (word[:-1], True) if word.endswith("й") else (word, False)
    found: dict[str, int] = {}
    for bit, (case, number) in enumerate(SLOTS):
        if number != "sing":
            continue
        ending = _FIRST_NAME_CASES[case]
        if soft or (case == "ablt" and word[-1] in "жшчщц"):
            ending = {"а": "я", "у": "ю", "ом": "ем", "": "й" if soft else ""}.get(ending, ending)
        form = stem + ending
        found[form] = found.get(form, 0) | 1 << bit
    return found


def surname_forms(word: str) -> dict[str, int]:
    """The masculine singular forms of a surname, each with its slot mask (путина: genitive and
    accusative); one the dictionary lacks takes its template's endings."""
    known = [p for p in analyzer().parse(word) if "Surn" in p.tag and "masc" in p.tag]
    template = "" if known else _SURNAME_TEMPLATES[word[-2:]]
    base = known[0] if known else next(p for p in analyzer().parse(template) if "Surn" in p.tag)
    found: dict[str, int] = {}
    for bit, (case, number) in enumerate(SLOTS):
        for p in base.lexeme:
            if number == "sing" and {case, "sing", "masc"} <= p.tag.grammemes:
                form = p.word if known else word[:-2] + p.word[len(template) - 2 :]
                form = form.replace("ё", "е")
                found[form] = found.get(form, 0) | 1 << bit
    return found or {word: ANY}


def name_roles(words: list[str], inflecting: list[int], parses: dict[int, Any],
               head: int | None) -> list[str] | None:
    """The roles of a man's name's words ("first name", "surname", "head", "fixed"), or None when
    ``words`` are no such name; ``head`` is the first noun, ``parses`` pymorphy3's parses."""
    if _foreign_name(words, inflecting):
        # Касым-Жомарт Токаев, Шавкат Мирзиёев: a first name the dictionary lacks declines as a
        # masculine noun of its ending, the surname with it (Касым-Жомарта Токаева); of a
        # hyphenated one (folded to two words) only the last part
        return ["fixed"] * (len(words) - 2) + ["first name", "surname"]
    if _unknown_name(words, inflecting):
        # Эмомали Рахмон: a name of words the dictionary lacks declines at its consonant-final
        # words, as masculine nouns (Эмомали Рахмона), the vowel-final ones stay
        before = "first name" if _FIRST_NAME_END.search(words[-2]) else "fixed"
        return ["fixed"] * (len(words) - 2) + [before, "first name"]
    if head is None:
        return None
    tag = parses[head].tag
    if not (("Name" in tag and tag.gender == "masc") or (
            head == 0 and len(words) == 2 and 1 in inflecting and is_surname(words[1])
            and tag.gender == "masc")):  # Ислам Каримов: a first name that is also a noun
        return None
    out = ["fixed"] * len(words)
    out[head] = "head"
    for i in inflecting:  # Владимир Путин: the surname declines with the first name
        if i > head and is_surname(words[i]):
            out[i] = "surname"
        elif i > head and _FIRST_NAME_END.search(words[i]) and (
                not _known(words[i]) or {"Name", "Surn"} & parses[i].tag.grammemes):
            out[i] = "first name"  # Эмомали Рахмон → Эмомали Рахмона
    return out
