"""Check that a cited line of ``seeds/`` really contains the term it attests.

A term is attested on a line when the line holds the term's words in order,
each in its own form or an inflected form of it; derived words (the adjective
российский of Россия, ресейлік of Ресей, геосаяси of геосаясат) do not count.
How an inflected form is recognised depends on the language:

- English: the word itself, or its plural or possessive (power, powers; the
  apostrophe of Russia's splits it off).
- Russian inflects by changing the ending: the line word must begin with the
  term word less its last two letters (at least three kept), and what follows
  must be an ending of at most four letters without the adjective suffix -ск-
  (мягкая сила → мягкой силы; not России → российской).
- Kazakh agglutinates: the whole term word must begin the line word (a final
  п, к, қ may voice to б, г, ғ: мектеп → мектебі; a last ы/і between two
  consonants may drop before a vowel: халық → халқы), and what follows must not
  begin with a derivational suffix (-лық/-лік, -шы/-ші, -сыз/-сіз, and -и
  that makes adjectives of loanwords such as геосаяси).

Words of one or two letters, and abbreviations written in capitals (ОДКБ,
CSTO), must match whole words (ҰҚШҰ-ға counts: the hyphen splits the ending off).
A term with no language given is matched by the Russian rule without its limits.
"""
from __future__ import annotations

import re

from glossary.language.script import has_cyrillic, is_abbreviation
from glossary.language.textnorm import fold, words

ENGLISH_ENDINGS = ("s", "es")
RUSSIAN_MAX_ENDING = 4
KAZAKH_MAX_ENDING = 12  # stacked endings: күш|тері|нің, мектеп|тері|міз|де
KAZAKH_VOICING = {"п": "б", "к": "г", "қ": "ғ"}
KAZAKH_DERIVATIONAL = (
    "лық",
    "лік",
    "дық",
    "дік",
    "тық",
    "тік",
    "шы",
    "ші",
    "сыз",
    "сіз",
    "шыл",
    "шіл",
)


def _stem(word: str) -> str:
    return word if len(word) <= 3 else word[: max(3, len(word) - 2)]


def _kazakh_matches(line_word: str, term_word: str) -> bool:
    stems = [term_word]
    if term_word[-1] in KAZAKH_VOICING:
        stems.append(term_word[:-1] + KAZAKH_VOICING[term_word[-1]])
    for stem in stems:
        if line_word.startswith(stem):
            rest = line_word[len(stem) :]
            if rest == "и" or rest.startswith(KAZAKH_DERIVATIONAL):
                return False
            return len(rest) <= KAZAKH_MAX_ENDING
    from glossary.language.kazakh import VOWELS, drop_vowel

    dropped = drop_vowel(term_word)  # халық → халқы, орын → орны: before a vowel only
    rest = line_word[len(dropped) :] if dropped and line_word.startswith(dropped) else ""
    return bool(rest) and rest[0] in VOWELS and len(rest) <= KAZAKH_MAX_ENDING


def _word_matches(line_word: str, term_word: str, exact: bool, lang: str | None) -> bool:
    if line_word == term_word:
        return True
    if exact or len(term_word) <= 2:
        return False
    if lang == "en":
        if term_word.endswith("y") and line_word == term_word[:-1] + "ies":
            return True
        return any(line_word == term_word + e for e in ENGLISH_ENDINGS)
    if lang == "kk":
        return _kazakh_matches(line_word, term_word)
    stem = _stem(term_word)
    if not line_word.startswith(stem):
        return False
    rest = line_word[len(stem) :]
    if lang == "ru":
        return len(rest) <= RUSSIAN_MAX_ENDING and "ск" not in rest
    return True


_TOKEN = re.compile(r"\w+")


def tokens(line: str) -> list[tuple[str, int, int]]:
    """The words of ``line`` as (folded word, start, end) in the original text."""
    return [(fold(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(line)]


_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:ru|kz|com|org|net|gov|edu|uk|info|io|int)\b(?:/\S*)?"
)
# Capitalised words that do not make a name longer: function words, titles, months.
NOT_NAMES = frozenset(
    """a an the in on of at by for from to with and or but as if this that these those its his her
    their our while since after before unlike like both between among against under over into
    president prime minister mr mrs ms dr deputy speaker chairman secretary general leader king
    editor chief foreign defence defense ambassador spokesman director head professor governor
    mayor envoy commander
    january february march april may june july august september october november
    december""".split()
)
# Words that make the name after them a longer one: South Ossetia, Central Asia.
_NAME_OPENERS = frozenset(
    "north south east west central northern southern eastern western greater upper lower "
    "new".split()
)


def inside_address(line: str, start: int, end: int) -> bool:
    """True when [start, end) lies in a web address, a URL or an e-mail address."""
    return any(m.start() <= start and end <= m.end() for m in _ADDRESS.finditer(line))


def _capitalised_name(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in NOT_NAMES and not word.endswith(("'s", "’s"))


def inside_longer_name(line: str, start: int, end: int) -> bool:
    """True when a name written at [start, end) is part of a longer one: a capitalised word
    hyphened before it (Nagorno-Karabakh), a direction before it (South Ossetia), or a
    capitalised word after it (China National Offshore Oil Company, Collective Security Treaty
    Organization). Function words, titles and months do not lengthen a name."""
    if not all(w[:1].isupper() for w in line[start:end].split()):
        return False
    before = re.search(r"([^\W\d_][\w’']*)([ \-])$", line[:start])
    if before and _capitalised_name(before.group(1)):
        if before.group(2) == "-" or before.group(1).lower() in _NAME_OPENERS:
            return True
    after = re.match(r"[ \-]([^\W\d_][\w’']*)", line[end:])
    return bool(after and _capitalised_name(after.group(1)))


def _russian_forms(line: str, term: str, have: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Where ``line`` holds a form of the Russian ``term`` that pymorphy3 generates (день → дню):
    the stem rule misses words whose stem changes."""
    from glossary.language.russian import phrase_forms

    forms = set(phrase_forms(fold(term)))
    n = len(words(term))
    return [(have[i][1], have[i + n - 1][2]) for i in range(len(have) - n + 1)
            if " ".join(w for w, _, _ in have[i : i + n]) in forms]


def match_spans(line: str, term: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Every place ``line`` contains ``term`` (in its own or an inflected form), leaving out
    matches inside a web or e-mail address and, for English names, inside a longer name."""
    wanted = words(term)
    if not wanted:
        return []
    exact = is_abbreviation(term)
    have = tokens(line)
    spans = [(have[s][1], have[s + len(wanted) - 1][2]) for s in range(len(have) - len(wanted) + 1)
             if all(_word_matches(have[s + i][0], w, exact, lang) for i, w in enumerate(wanted))]
    if not spans and lang == "ru" and not exact and has_cyrillic(term):
        spans = _russian_forms(line, term, have)
    return [span for span in spans if not inside_address(line, *span)
            and not (lang == "en" and inside_longer_name(line, *span))]


def match_span(line: str, term: str, lang: str | None = None) -> tuple[int, int] | None:
    """The first place ``line`` contains ``term`` (see ``match_spans``), or None."""
    spans = match_spans(line, term, lang)
    return spans[0] if spans else None


def line_attests(line: str, term: str, lang: str | None = None) -> bool:
    """True when ``line`` contains ``term`` of language ``lang``, in its own or an inflected form.
    """
    return match_span(line, term, lang) is not None
