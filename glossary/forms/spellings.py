"""Every way a word of a term may be typed, computed when the index is built.

A term is split into folded words, and each word gets a *unit*: the word with
its role in the term (Russian head noun, a word agreeing with it, a fixed
word; English head or last word; a Kazakh word). A unit's spellings are its
forms (Russian ones with the case-number slots they fill, see
``russian.SLOTS``), each romanized under every scheme and loosely. Lookup
matches a query word by word and keeps the terms whose words agree, so the
index grows with the vocabulary, not with the forms of every phrase.
Kazakh endings are not stored: ``kazakh.analyses`` strips them at lookup time.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from glossary.forms.match import How
from glossary.language import romanize
from glossary.language.russian import ANY
from glossary.language.script import has_cyrillic, is_abbreviation

EXACT, FORM, ROMANIZATION, PLAIN, LOOSE = (
    How.EXACT,
    How.FORM,
    How.ROMANIZATION,
    How.PLAIN,
    How.LOOSE,
)


class Spelling(NamedTuple):
    """One way to type a unit: the folded ``key``, what it is, and the form it spells."""

    key: str
    kind: How
    mask: int  # the Russian slots the form fills (russian.ANY for other words)
    schemes: int  # bit i: the i-th scheme of romanize.SCHEMES[lang] gives this key
    form: str  # the Cyrillic form a romanization spells ("" when it is the key itself)
    label: str  # what the form is, for English ("plural, other spelling")


def roles(lang: str, text: str, words: list[str]) -> list[str]:
    """The role of each folded word of the term ``text``."""
    if lang == "en":
        from glossary.language import english

        return ["acronym"] if len(words) == 1 and is_abbreviation(text) else english.roles(words)
    if lang == "ru" and has_cyrillic(text) and not is_abbreviation(text):
        from glossary.language import russian

        return russian.roles(words)
    return ["fixed"] * len(words)


def spellings(lang: str, word: str, role: str) -> list[Spelling]:
    """Every spelling of ``word`` (folded) in its ``role``, without repeats, in a stable order."""
    if lang == "en":
        from glossary.language import english

        if role == "fixed":
            return [Spelling(word, EXACT, ANY, 0, "", "")]
        forms = english.word_forms(word, role).items()
        return [Spelling(f, FORM if label else EXACT, ANY, 0, "", label) for f, label in forms]
    if lang == "ru":
        return _russian(word, role)
    if lang == "kk":
        return _kazakh(word)
    return [Spelling(word, EXACT, ANY, 0, "", "")]


def _russian(word: str, role: str) -> list[Spelling]:
    from glossary.language import russian

    forms = russian.word_forms(word, role) if has_cyrillic(word) else {word: ANY}
    out = [Spelling(f, EXACT if f == word else FORM, mask, 0, "", "") for f, mask in forms.items()]
    if not has_cyrillic(word):
        return out
    if role.startswith("agree") and (lemma := russian.dictionary_form(word)) not in forms:
        # мягкий, the adjective's dictionary form, finds мягкая сила
        out.append(Spelling(lemma, FORM, ANY, 0, "", "dictionary form"))
    strict: dict[tuple[str, str], list[int]] = {}
    loose: dict[tuple[str, str], int] = {}
    for form, mask in forms.items():
        for bit, (_, scheme) in enumerate(romanize.RUSSIAN_SCHEMES):
            latin = romanize.russian_word(form, scheme)
            entry = strict.setdefault((romanize.strip_marks(latin), form), [0, mask])
            entry[0] |= 1 << bit
            loose.setdefault((romanize.loose_ru(latin), form), mask)
    out += [
        Spelling(key, ROMANIZATION, mask, schemes, form, "")
        for (key, form), (schemes, mask) in strict.items()
    ]
    out += [Spelling(key, LOOSE, mask, 0, form, "") for (key, form), mask in loose.items()]
    return out


# A word of a Kazakh name in the genitive may stand without it (Біріккен Ұлттар Ұйымының Бас
# Ассамблеясы and Біріккен Ұлттар Ұйымы Бас Ассамблеясы name the same body).
_GENITIVE = re.compile(r"(?<=[ыі])н(?:ың|ің)$|(?<=[^ыіаәеоөұүуиэюя])(?:ның|нің|дың|дің|тың|тің)$")


def _kazakh(word: str) -> list[Spelling]:
    out = [Spelling(word, EXACT, ANY, 0, "", "")]
    if not has_cyrillic(word):
        return out
    bare = _GENITIVE.sub("", word) if len(word) > 6 else word
    if bare != word:
        out.append(Spelling(bare, FORM, ANY, 0, "", "without the genitive"))
    strict: dict[str, int] = {}
    loose: set[str] = set()
    for bit, name in enumerate(romanize.KAZAKH_SCHEMES):
        latin = romanize.kazakh_word(word, name)
        strict[romanize.strip_marks(latin)] = strict.get(romanize.strip_marks(latin), 0) | 1 << bit
        loose.add(romanize.loose_kk(latin))
    out += [Spelling(key, ROMANIZATION, ANY, schemes, word, "") for key, schemes in strict.items()]
    out += [Spelling(key, LOOSE, ANY, 0, word, "") for key in sorted(loose)]
    plain = romanize.plain_kk(word)
    if plain != word:
        out.append(Spelling(plain, PLAIN, ANY, 0, word, ""))
    return out


def scheme_names(lang: str, schemes: int) -> str:
    """The names of the schemes in the bit mask ``schemes``, comma-separated."""
    names = (
        [name for name, _ in romanize.RUSSIAN_SCHEMES]
        if lang == "ru"
        else list(romanize.KAZAKH_SCHEMES)
    )
    return ", ".join(name for bit, name in enumerate(names) if schemes >> bit & 1)
