"""Russian inflection of terms with pymorphy3: every case and number, with agreement.

Work is done word by word, so that the index grows with the vocabulary rather
than with the number of phrases. In a multiword term the first noun is the
head; the adjectives and participles before it agree with it in case, number
and (in the singular) gender, and the words after it (genitive complements,
names in quotes) stay as they are: мягкая сила → мягкой силы, мягкими силами;
Организация Договора о коллективной безопасности → Организации Договора о
коллективной безопасности. Each form carries the grammatical *slots* (case and
number) it can fill, as a bit mask; a phrase form is one word form per word
whose slots intersect. Used when the index is built, never at lookup time.
"""
from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache
from typing import Any

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
SLOTS = [(case, number) for number in NUMBERS for case in CASES]  # bit i of a mask is SLOTS[i]
ANY = (1 << len(SLOTS)) - 1  # a word that does not inflect fits every slot
AGREEING = {"ADJF", "PRTF", "NUMR"}
DEGREES = {"Supr", "Cmp2"}  # мягчайший is another word for a term, not a form of мягкий
_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*")


def slot_label(mask: int) -> str:
    """The first slot of ``mask`` in words: "genitive singular"."""
    for bit, (case, number) in enumerate(SLOTS):
        if mask >> bit & 1:
            return f"{CASE_NAMES[case]} {'singular' if number == 'sing' else 'plural'}"
    return ""


@lru_cache(maxsize=1)
def _analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def _parse(word: str):
    """The parse of a dictionary-form word: nominative preferred (политтехнологии is plural, not
    genitive).
    """
    parses = _analyzer().parse(word)
    for parse in parses:
        if "nomn" in parse.tag and parse.tag.POS in AGREEING | {"NOUN"}:
            return parse
    return parses[0]


def roles(words: list[str]) -> list[str]:
    """The role of each (lowercase) word of a term: "head", "agree GENDER ANIMACY", "first name",
    "surname" or "fixed"."""
    inflecting = [i for i, w in enumerate(words) if _WORD.fullmatch(w)]
    parses = {i: _parse(words[i]) for i in inflecting}
    head = next((i for i in inflecting if parses[i].tag.POS == "NOUN"), None)
    out = ["fixed"] * len(words)
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
    if head is None and len(inflecting) == 1 == len(words) and parses[0].tag.POS == "ADJF":
        return ["head"]  # a lone adjective (a derived word: американский) in all its forms
    if head is None:
        return out
    out[head] = "head"
    tag = parses[head].tag
    if ("Name" in tag and tag.gender == "masc") or (
            head == 0 and len(words) == 2 and 1 in inflecting and is_surname(words[1])
            and tag.gender == "masc"):  # Ислам Каримов: a first name that is also a noun
        # Владимир Путин: the surname after a first name declines with it (Владимира Путина)
        for i in inflecting:
            if i > head and is_surname(words[i]):
                out[i] = "surname"
            elif i > head and _FIRST_NAME_END.search(words[i]) and (
                    not _known(words[i]) or {"Name", "Surn"} & parses[i].tag.grammemes):
                out[i] = "first name"  # Эмомали Рахмон → Эмомали Рахмона
    for i in inflecting:
        if i < head and parses[i].tag.POS in AGREEING:
            out[i] = f"agree {tag.gender or parses[i].tag.gender or '-'} {tag.animacy or 'inan'}"
    return out


# Templates for surnames the dictionary lacks (Кортунов, Тренин): a known surname with the same
# ending, whose forms lend theirs.
_SURNAME_TEMPLATES = {"ов": "сурков", "ев": "лебедев", "ин": "путин", "ын": "путин"}


def dictionary_form(word: str) -> str:
    """The dictionary form of ``word`` (мягкая → мягкий), ё written е."""
    return str(_parse(word).normal_form).replace("ё", "е")


def is_noun(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of ``word`` is a noun (чиновники, юго-запада)."""
    return bool(_analyzer().parse(word)[0].tag.POS == "NOUN")


def is_surname(word: str) -> bool:
    """A masculine surname the dictionary knows, or one with a template's ending."""
    return word[-2:] in _SURNAME_TEMPLATES or any(
        "Surn" in p.tag and "masc" in p.tag for p in _analyzer().parse(word))


def _foreign_name(words: list[str], inflecting: list[int]) -> bool:
    """A man's name whose first name(s) the dictionary does not know (Касым-Жомарт, Шавкат)
    before a surname it knows or has a template for."""
    return (1 < len(words) <= 3 and inflecting == list(range(len(words)))
            and is_surname(words[-1]) and _FIRST_NAME_END.search(words[-2]) is not None
            and not any(_known(w) for w in words[:-1]))


def _known(word: str) -> bool:
    return bool(_analyzer().word_is_known(word.split("-")[-1]))


def _unknown_name(words: list[str], inflecting: list[int]) -> bool:
    """Two or three words the dictionary does not know, the last ending in a consonant: a
    foreign man's name (Эмомали Рахмон)."""
    return (1 < len(words) <= 3 and inflecting == list(range(len(words)))
            and _FIRST_NAME_END.search(words[-1]) is not None
            and not any(_known(w) for w in words))


# A masculine first name that declines as стол or музей: ends in a consonant or й.
_FIRST_NAME_END = re.compile(r"[бвгджзклмнпрстфхцчшщй]$")
_FIRST_NAME_CASES = {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"}


def _first_name_forms(word: str) -> dict[str, int]:
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


def _surname_forms(word: str) -> dict[str, int]:
    """The masculine singular forms of a surname, each with its slot mask (путина: genitive and
    accusative); one the dictionary lacks takes its template's endings."""
    known = [p for p in _analyzer().parse(word) if "Surn" in p.tag and "masc" in p.tag]
    template = "" if known else _SURNAME_TEMPLATES[word[-2:]]
    base = known[0] if known else next(p for p in _analyzer().parse(template) if "Surn" in p.tag)
    found: dict[str, int] = {}
    for bit, (case, number) in enumerate(SLOTS):
        for p in base.lexeme:
            if number == "sing" and {case, "sing", "masc"} <= p.tag.grammemes:
                form = p.word if known else word[:-2] + p.word[len(template) - 2 :]
                form = form.replace("ё", "е")
                found[form] = found.get(form, 0) | 1 << bit
    return found or {word: ANY}


@cache
def word_forms(word: str, role: str) -> dict[str, int]:
    """Every form of ``word`` in its ``role`` (see ``roles``), lowercase, mapped to its slot mask.
    """
    if role == "fixed":
        return {word: ANY}
    if role == "surname":
        return _surname_forms(word)
    if role == "first name":
        return _first_name_forms(word)
    parse = _parse(word)
    degree = DEGREES & parse.tag.grammemes
    lexeme = [
        p
        for p in parse.lexeme
        if p.tag.POS == parse.tag.POS and DEGREES & p.tag.grammemes == degree
    ]
    gender = animacy = None
    if role.startswith("agree"):
        _, gender, animacy = role.split(" ")
    found: dict[str, int] = {}
    for bit, (case, number) in enumerate(SLOTS):
        wanted = {case, number}
        if gender and number == "sing" and gender != "-":
            wanted.add(gender)
        fits = [p for p in lexeme if wanted <= p.tag.grammemes]
        if animacy and case == "accs" and any(p.tag.animacy for p in fits):
            fits = [p for p in fits if p.tag.animacy in (None, animacy)]
        for p in fits:
            form = p.word.replace("ё", "е")
            found[form] = found.get(form, 0) | 1 << bit
    if role == "head" and parse.tag.POS == "ADJF" and word.endswith(("ский", "цкий")):
        # the first part of a compound adjective: казахстанско-российский, российско-китайский
        found[word[:-2] + "о"] = ANY
    return found or {word: ANY}


def phrase_forms(text: str) -> dict[str, str]:
    """Every case and number form of the Russian term ``text`` (lowercase) → e.g. "genitive plural".
    """
    if text.isupper():
        return {}
    words = text.lower().replace("ё", "е").split(" ")
    parts = [word_forms(w, r) for w, r in zip(words, roles(words), strict=True)]
    if all(len(p) == 1 and next(iter(p.values())) == ANY for p in parts):
        return {}
    found: dict[str, tuple[int, str]] = {}
    for combo in itertools.product(*(p.items() for p in parts)):
        mask = ANY
        for _, m in combo:
            mask &= m
        if mask:
            form = " ".join(f for f, _ in combo)
            bit = (mask & -mask).bit_length() - 1
            if form not in found or bit < found[form][0]:
                found[form] = (bit, slot_label(mask))
    return {form: label for form, (_, label) in sorted(found.items(), key=lambda kv: kv[1][0])}


def _agreeing_with(noun: Any, parses: list[list[Any]], head: int) -> list[Any] | None:
    """Each adjective's reading before the head that shares the noun's case and number, or None."""
    wanted = {noun.tag.case, noun.tag.number}
    found = []
    for i in range(head):
        readings = (p for p in parses[i] if p.tag.POS in AGREEING and wanted <= p.tag.grammemes)
        match = next(readings, None)
        if match is None:
            return None
        found.append(match)
    return found


def _in_nominative(words: list[str], head: int, noun: Any, adjectives: list[Any]) -> str | None:
    """The phrase with its head noun and agreeing adjectives in the nominative, or None."""
    number = noun.tag.number
    target = noun.inflect({"nomn", number}) if number else noun.inflect({"nomn"})
    if target is None:
        return None
    out = list(words)
    out[head] = _same_case(words[head], target.word)
    gender = {target.tag.gender} if number == "sing" and target.tag.gender else set()
    for i, adjective in enumerate(adjectives):
        inflected = adjective.inflect({"nomn", number} | gender)
        if inflected is None:
            return None
        out[i] = _same_case(words[i], inflected.word)
    return " ".join(out)


def nominative(phrase: str) -> str:
    """The dictionary form of an inflected Russian noun phrase (жесткой силы → жесткая сила);
    unchanged when unsure.

    The noun's reading is the one whose case and number the adjectives before it share.
    """
    words = phrase.split(" ")
    parses = [[p for p in _analyzer().parse(w) if p.tag.POS in AGREEING | {"NOUN"}] for w in words]
    head = next((i for i, ps in enumerate(parses) if ps and ps[0].tag.POS == "NOUN"), None)
    if head is None:
        return phrase
    for noun in (p for p in parses[head] if p.tag.POS == "NOUN"):
        adjectives = _agreeing_with(noun, parses, head)
        if adjectives is None:
            continue
        found = _in_nominative(words, head, noun, adjectives)
        if found is not None:
            return found
    return phrase


def _same_case(original: str, word: str) -> str:
    """``word`` capitalised like ``original``, and with е where the original wrote е for ё."""
    if "ё" not in original.lower():
        word = word.replace("ё", "е")
    return (
        word.upper()
        if original.isupper()
        else word.capitalize()
        if original[:1].isupper()
        else word
    )
