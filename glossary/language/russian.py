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
def analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def _parse(word: str):
    """The parse of a dictionary-form word: nominative preferred (политтехнологии is plural, not
    genitive).
    """
    parses = analyzer().parse(word)
    for parse in parses:
        if "nomn" in parse.tag and parse.tag.POS in AGREEING | {"NOUN"}:
            return parse
    return parses[0]


def roles(words: list[str]) -> list[str]:
    """The role of each (lowercase) word of a term: "head", "agree GENDER ANIMACY", "first name",
    "surname" or "fixed" (a man's name: ``russian_names``)."""
    from glossary.language.russian_names import name_roles

    inflecting = [i for i, w in enumerate(words) if _WORD.fullmatch(w)]
    parses = {i: _parse(words[i]) for i in inflecting}
    head = next((i for i in inflecting if parses[i].tag.POS == "NOUN"), None)
    named = name_roles(words, inflecting, parses, head)
    if named is not None and (head is None or named[head] != "head"):
        return named  # Касым-Жомарт Токаев, Эмомали Рахмон: nothing agrees
    if named is not None:
        out = named
    elif head is None and len(inflecting) == 1 == len(words) and parses[0].tag.POS == "ADJF":
        return ["head"]  # a lone adjective (a derived word: американский) in all its forms
    elif head is None:
        return ["fixed"] * len(words)
    else:
        out = ["fixed"] * len(words)
        out[head] = "head"
    if head is None:
        return out
    tag = parses[head].tag
    for i in inflecting:
        if i < head and parses[i].tag.POS in AGREEING and out[i] == "fixed":
            out[i] = f"agree {tag.gender or parses[i].tag.gender or '-'} {tag.animacy or 'inan'}"
    return out


def dictionary_form(word: str) -> str:
    """The dictionary form of ``word`` (мягкая → мягкий), ё written е."""
    return str(_parse(word).normal_form).replace("ё", "е")


def is_noun(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of ``word`` is a noun (чиновники, юго-запада)."""
    return bool(analyzer().parse(word)[0].tag.POS == "NOUN")


@cache
def word_forms(word: str, role: str) -> dict[str, int]:
    """Every form of ``word`` in its ``role`` (see ``roles``), lowercase, mapped to its slot mask.
    """
    if role == "fixed":
        return {word: ANY}
    if role in ("surname", "first name"):
        from glossary.language.russian_names import first_name_forms, surname_forms

        return surname_forms(word) if role == "surname" else first_name_forms(word)
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
    parses = [[p for p in analyzer().parse(w) if p.tag.POS in AGREEING | {"NOUN"}] for w in words]
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
