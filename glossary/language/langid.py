"""Tell English, Kazakh and Russian apart, in a word, a sentence or a line.

Built on langdetect's profiles and n-grams, with a Kazakh profile of our own
(``glossary/language/profiles/kk``) loaded into our own ``DetectorFactory`` restricted
to en, kk and ru (never langdetect's global one). langdetect's ``Detector``
samples n-grams at random, which is slow and unsteady on short text; we
score every word deterministically instead, in two steps:

1. **Each word**: a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і) makes it
   Kazakh, a word without Cyrillic letters English. Other Cyrillic words are
   weighed by the profiles' 1–3-grams (naive Bayes, damped because n-grams
   overlap), by the word lists (pymorphy3's Russian dictionary; the Kazakh
   words of ``profiles/kk.words``) and by Kazakh endings on a Russian stem
   (карантинге, визасын).
2. **The text**: a language's text may borrow words that look like another's,
   and not evenly: Kazakh text is full of Russian-looking loanwords
   (спорт, техника, полиция), Russian text seldom holds a Kazakh word, and
   either may hold a Latin brand name. Each word is scored under each
   language as a mixture of its own words and the borrowed ones
   (``BORROWED``), so one Kazakh name leaves a Russian sentence Russian, a
   Kazakh word beside a loanword keeps a pair Kazakh, and a line that mixes
   scripts goes by its majority.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat

from glossary.language.script import KAZAKH_LETTERS

LANGS = ("en", "kk", "ru")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NON_TEXT = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_HANDLE = re.compile(r"(?<!\S)@[\w.\-]+")  # @name on social media: a name, in no language
UNDECIDED = 0.6  # below this probability for the best language, the answer is und
UNSEEN = 1e-5  # an n-gram a profile lacks, as langdetect smooths
NGRAM_WEIGHT = 0.2  # overlapping n-grams repeat one another's evidence: damp their sum
WORD_FLOOR = math.log(1e-4)  # the least a Cyrillic word's evidence leaves to kk or ru
# How much more often a Kazakh than a Russian text holds a Cyrillic word without Kazakh
# letters that is in the Russian dictionary and/or the Kazakh word list (the list built
# from KazNERD validation; counted on KTB, KazQAD and KazNERD test text against UD
# Russian text; see benchmarks/README.md). Rounded, then tuned on the dev split only.
# in the Kazakh list only: 48–58% of such Kazakh words, no Russian ones
KAZAKH_ONLY = math.log(1000)
# in the Russian dictionary only: 3–7% of Kazakh ones, 76% of Russian ones
RUSSIAN_ONLY = math.log(1 / 15)
NEITHER = math.log(3)  # in neither: 10–17% against 4%
KAZAKH_ENDING = math.log(50)  # in neither, yet a Russian stem with a Kazakh ending: карантин+ге
# P(a word that looks like column | a text in row): the borrowed words of each language.
BORROWED = {
    "en": {"en": 0.996, "kk": 0.002, "ru": 0.002},
    "kk": {"en": 0.05, "kk": 0.85, "ru": 0.10},
    "ru": {"en": 0.05, "kk": 0.01, "ru": 0.94},
}
# Names (capitalised words after the first, acronyms) cross languages far more freely.
BORROWED_NAMES = {
    "en": {"en": 0.9, "kk": 0.05, "ru": 0.05},
    "kk": {"en": 0.05, "kk": 0.85, "ru": 0.10},
    "ru": {"en": 0.05, "kk": 0.10, "ru": 0.85},
}
_WORDS_MATRIX = tuple(tuple(BORROWED[text][lang] for lang in LANGS) for text in LANGS)
_NAMES_MATRIX = tuple(tuple(BORROWED_NAMES[text][lang] for lang in LANGS) for text in LANGS)


@dataclass(frozen=True)
class Detection:
    """The language of a text (en, kk, ru or und), how sure, and each language's probability."""

    lang: str
    confidence: float
    probabilities: dict[str, float] = field(default_factory=dict)


@lru_cache(maxsize=1)
def factory():
    """Our own langdetect ``DetectorFactory`` with the en, kk and ru profiles only."""
    import langdetect
    from langdetect.detector_factory import DetectorFactory

    shipped = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
    ours = os.path.join(os.path.dirname(__file__), "profiles")
    profiles = []
    for lang in LANGS:
        with open(
            os.path.join(ours if lang == "kk" else shipped, lang), encoding="utf-8"
        ) as handle:
            profiles.append(handle.read())
    made = DetectorFactory()
    made.load_json_profile(profiles)
    made.set_seed(0)
    return made


@lru_cache(maxsize=1)
def _kazakh_odds() -> dict[str, float]:
    """``NGRAM_WEIGHT`` × log P(n-gram | kk) / P(n-gram | ru) for every n-gram of the profiles."""
    floor = math.log(UNSEEN)
    table = {}
    for gram, (_, kk, ru) in factory().word_lang_prob_map.items():
        table[gram] = NGRAM_WEIGHT * (
            (math.log(kk) if kk > 0 else floor) - (math.log(ru) if ru > 0 else floor)
        )
    return table


@lru_cache(maxsize=1)
def _russian_dictionary():
    """pymorphy3's analyser: which Cyrillic words Russian has (its dictionary, not its guesses)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1)
def kazakh_words() -> frozenset[str]:
    """The Kazakh words without a Kazakh-only letter that ``profiles/kk.words`` lists."""
    path = os.path.join(os.path.dirname(__file__), "profiles", "kk.words")
    with open(path, encoding="utf-8") as handle:
        return frozenset(line.split("\t", 1)[0] for line in handle if line.strip())


_PLAIN_CYRILLIC = re.compile(r"[а-яё]+")


@lru_cache(maxsize=1)
def _trigram_odds() -> dict[str, float]:
    """For each trigram xyz of the profiles, the odds of xyz, yz and z together (z a letter).

    Summed over a padded word's trigrams, these give the odds of all its 1–3-grams but the
    first letter and the bigram before it, at one look-up per letter instead of three.
    """
    return {gram: _trigram(gram) for gram in _kazakh_odds() if len(gram) == 3}


def _trigram(gram: str) -> float:
    """The odds of trigram xyz, bigram yz and letter z (none for a space)."""
    get = _kazakh_odds().get
    return get(gram, 0.0) + get(gram[1:], 0.0) + (get(gram[2], 0.0) if gram[2] != " " else 0.0)


def _ngram_odds(word: str) -> float:
    """log P(word's n-grams | kk) / P(... | ru), damped by ``NGRAM_WEIGHT``, ``word`` in lower case.
    """
    # hyphens, apostrophes, Latin look-alikes: langdetect's way
    if not _PLAIN_CYRILLIC.fullmatch(word):
        return sum(map(_kazakh_odds().get, _grams(word), repeat(0.0)))
    # langdetect keeps а–я, ё as they are
    padded, get, trigrams = f" {word} ", _kazakh_odds().get, _trigram_odds()
    total = get(padded[:2], 0.0) + get(word[0], 0.0)
    for i in range(len(padded) - 2):
        odds = trigrams.get(padded[i : i + 3])
        total += _trigram(padded[i : i + 3]) if odds is None else odds
    return total


def _grams(word: str) -> list[str]:
    """langdetect's n-grams (1 to 3 characters, its normalisation) of one word with its spaces."""
    from langdetect.utils.ngram import NGram

    gram = NGram()
    out = []
    for ch in f" {word} ":  # NGram keeps up to three characters and restarts after a space
        gram.add_char(ch)
        for n in (1, 2, 3):
            g = gram.get(n)
            if g and g != " ":
                out.append(g)
    return out


def _kazakh_ending(word: str) -> bool:
    """Whether ``word`` is a Russian stem with a Kazakh ending in vowel harmony (карантинге,
    визасын).
    """
    from glossary.language.kazakh import analyses

    # as written: loan stems seldom have ё
    known = _russian_dictionary().dictionary.words.__contains__
    return bool(analyses(word, keep=lambda stem: len(stem) >= 3 and known(stem)))


def _is_russian(word: str) -> bool:
    """Whether pymorphy3's dictionary has ``word`` (ё written as е too)."""
    known = _russian_dictionary().word_is_known
    return known(word, strict=True) or ("е" in word and known(word))


KAZAKH = (-math.inf, 0.0, -math.inf)
ENGLISH = (0.0, -math.inf, -math.inf)


@lru_cache(maxsize=65536)
def word_scores(word: str) -> tuple[float, float, float]:
    """log P(language | word) for en, kk, ru, the word taken alone."""
    if not KAZAKH_LETTERS.isdisjoint(word):
        return KAZAKH
    if not _CYRILLIC.search(word):
        return ENGLISH
    lower = word.lower()
    if "i" in lower and _CYRILLIC.search(lower.replace("i", "")):
        return KAZAKH  # Kazakh typed with a Latin i for і
    odds = _ngram_odds(lower)  # log P(kk) / P(ru)
    russian, kazakh = _is_russian(lower), lower in kazakh_words()
    if kazakh and not russian:
        odds += KAZAKH_ONLY
    elif russian and not kazakh:
        odds += RUSSIAN_ONLY
    elif not russian:
        odds += NEITHER
        # worth the analysis only while it can tell
        if odds < -WORD_FLOOR and _kazakh_ending(lower):
            odds += KAZAKH_ENDING
    return (-math.inf, max(-_log1pexp(-odds), WORD_FLOOR), max(-_log1pexp(odds), WORD_FLOOR))


def _log1pexp(x: float) -> float:
    """log(1 + e^x) without overflow."""
    return x + math.log1p(math.exp(-x)) if x > 0 else math.log1p(math.exp(x))


@lru_cache(maxsize=65536)
def _votes(word: str, first: bool) -> tuple[float, float, float]:
    """log P(word | a text in en, kk, ru): its own language's or a borrowed word.

    A name (a capitalised word that does not open the text, or an acronym) borrows more freely.
    """
    name = word[:1].isupper() and (not first or (len(word) > 1 and word.isupper()))
    matrix = _NAMES_MATRIX if name else _WORDS_MATRIX
    (a, b, c), (d, e, f), (g, h, i) = matrix
    scores = word_scores(word)
    if scores is ENGLISH or scores is KAZAKH:  # one column of the matrix
        column = 0 if scores is ENGLISH else 1
        return tuple(math.log(row[column]) for row in matrix)  # type: ignore[return-value]
    en, kk, ru = map(math.exp, scores)
    return (
        math.log(a * en + b * kk + c * ru),
        math.log(d * en + e * kk + f * ru),
        math.log(g * en + h * kk + i * ru),
    )


def forget() -> None:
    """Drop what words have scored so far (the word caches), as a new process would start."""
    word_scores.cache_clear()
    _votes.cache_clear()


def detect(text: str) -> Detection:
    """The language of ``text``: en, kk, ru, or und (no words, or no language clearly ahead)."""
    if "@" in text or "://" in text or "www." in text:
        cleaned = _NON_TEXT.sub(" ", text)
        words = _WORD.findall(_HANDLE.sub(" ", cleaned))
        if cleaned != text and len(words) <= 1:
            # An address with a one-word label ("e-mail:", "See") is not text in any language.
            words = []
    else:
        words = _WORD.findall(text)
    if not words:
        return Detection("und", 0.0, {lang: 0.0 for lang in LANGS})
    votes = [_votes(words[0], True), *map(_votes, words[1:], repeat(False))]
    en, kk, ru = map(sum, zip(*votes, strict=True))
    best = max(en, kk, ru)
    weights = [math.exp(en - best), math.exp(kk - best), math.exp(ru - best)]
    norm = sum(weights)
    probs = {lang: round(w / norm, 4) for lang, w in zip(LANGS, weights, strict=True)}
    lang = max(LANGS, key=probs.__getitem__)
    confidence = probs[lang]
    return Detection(lang if confidence >= UNDECIDED else "und", confidence, probs)
