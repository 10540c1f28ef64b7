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
  п, к, қ may voice to б, г, ғ: мектеп → мектебі), and what follows must not
  begin with a derivational suffix (-лық/-лік, -шы/-ші, -сыз/-сіз, and -и
  that makes adjectives of loanwords such as геосаяси).

Words of one or two letters, and abbreviations written in capitals (ОДКБ,
CSTO), must match whole words (ҰҚШҰ-ға counts: the hyphen splits the ending off).
A term with no language given is matched by the Russian rule without its limits.
"""
from __future__ import annotations

import re

from glossary.language.script import is_abbreviation
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
    return False


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


def match_span(line: str, term: str, lang: str | None = None) -> tuple[int, int] | None:
    """Where ``line`` contains ``term`` (in its own or an inflected form), or None."""
    wanted = words(term)
    if not wanted:
        return None
    exact = is_abbreviation(term)
    have = tokens(line)
    for start in range(len(have) - len(wanted) + 1):
        if all(_word_matches(have[start + i][0], w, exact, lang) for i, w in enumerate(wanted)):
            return have[start][1], have[start + len(wanted) - 1][2]
    return None


def line_attests(line: str, term: str, lang: str | None = None) -> bool:
    """True when ``line`` contains ``term`` of language ``lang``, in its own or an inflected form.
    """
    return match_span(line, term, lang) is not None
