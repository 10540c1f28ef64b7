"""Tell English, Kazakh and Russian apart, in a word, a sentence or a line.

Built on langdetect's profiles and n-grams, with a Kazakh profile of our own
(``glossary/language/profiles/kk``) loaded into our own ``DetectorFactory`` restricted
to en, kk and ru (never langdetect's global one). langdetect's ``Detector``
samples n-grams at random, which is slow and unsteady on short text; we
score every word deterministically instead, in two steps:

1. **Each word**: a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і) makes it
   Kazakh, a word without Cyrillic letters English. Other Cyrillic words are
   weighed by the profiles' 1–3-grams (naive Bayes, damped because n-grams
   overlap), by what pymorphy3's Russian dictionary knows them as (function
   word, other word, name), by our list of Kazakh words and names
   (``profiles/kk.words``) and by Kazakh endings on a Russian stem.
2. **The text**: a language's text may borrow words that look like another's,
   and not evenly: Kazakh text is full of Russian-looking loanwords
   (спорт, техника, полиция), Russian text seldom holds a Kazakh word, and
   either may hold a Latin brand name. Each word is scored under each language
   as a mixture of its own words and the borrowed ones (``BORROWED``), so one
   Kazakh name leaves a Russian sentence Russian, a Kazakh word beside a
   loanword keeps a pair Kazakh, and a line that mixes scripts goes by its majority.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path

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
# P(cell | a Kazakh word) / P(cell | a Russian word) for a Cyrillic word without Kazakh letters,
# by what profiles/kk.words lists it as (words, names, "") and pymorphy3's dictionary knows it
# as (a "function" word, another "word", only a "name" or abbreviation, ""). Counted on the dev
# and news-dev splits of benchmarks/detect.py (13k such Kazakh words, 43k Russian), rounded,
# capped at 1000; some tuned there, as n-grams carry some of the same evidence (the count in
# brackets). Names Russian has lean Russian (front matter from Kazakhstan: "г. Алматы"); the
# Russian text counted is from Russia.
CELLS = {
    ("", ""): 6,  # 29% of Kazakh words, 4% of Russian
    ("", "word"): 1 / 25,  # 6% against 65% [0.09]
    ("", "function"): 1 / 50,  # 0.4% against 23% (на, что, по)
    ("", "name"): 1 / 15,  # 5% against 4%, but see above [1.3]
    ("words", ""): 1000,  # 39% against 0.02%
    ("words", "word"): 18,  # 11% against 0.6% (мен, осы, бар)
    ("words", "function"): 1,  # 3% against 3% (да, не, он)
    ("words", "name"): 10,  # адам, тарих: Kazakh words that Russian has only as names [150]
    ("names", ""): 1000, ("names", "word"): 6, ("names", "function"): 1,
    ("names", "name"): 1 / 15,  # Алматы, Астана [20]
}
_CELL_ODDS = {cell: math.log(ratio) for cell, ratio in CELLS.items()}
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
    paths = [os.path.join(ours if lang == "kk" else shipped, lang) for lang in LANGS]
    made = DetectorFactory()
    made.load_json_profile([Path(path).read_text(encoding="utf-8") for path in paths])
    made.set_seed(0)
    return made


@lru_cache(maxsize=1)
def _kazakh_odds() -> dict[str, float]:
    """``NGRAM_WEIGHT`` × log P(n-gram | kk) / P(n-gram | ru) for every n-gram of the profiles."""
    def log(p: float) -> float:
        return math.log(p if p > 0 else UNSEEN)

    grams = factory().word_lang_prob_map.items()
    return {gram: NGRAM_WEIGHT * (log(kk) - log(ru)) for gram, (_, kk, ru) in grams}


@lru_cache(maxsize=1)
def _russian_dictionary():
    """pymorphy3's analyser: which Cyrillic words Russian has (its dictionary, not its guesses)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1)
def kazakh_words() -> dict[str, str]:
    """The Kazakh words without a Kazakh-only letter that ``profiles/kk.words`` lists, each as
    ``words`` or, marked so in the list's third column, ``names``."""
    path = os.path.join(os.path.dirname(__file__), "profiles", "kk.words")
    with open(path, encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if line.strip()]
    return {row[0]: "names" if row[2:] == ["name"] else "words" for row in rows}


_PLAIN_CYRILLIC = re.compile(r"[а-яё]+")


_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


@lru_cache(maxsize=1)
def _trigram_odds() -> dict[str, float]:
    """For each trigram xyz of a padded word in а–я, ё, the odds of xyz, yz and z together.

    Summed over a padded word's trigrams, these give the odds of all its 1–3-grams but the
    first letter and the bigram before it, at one look-up per letter instead of three.
    """
    grams = [x + y + z for x in " " + _LETTERS for y in _LETTERS for z in _LETTERS + " "]
    return {gram: _trigram(gram) for gram in grams + [f" {x} " for x in _LETTERS]}


def _trigram(gram: str) -> float:
    """The odds of trigram xyz, bigram yz and letter z (none for a space)."""
    get = _kazakh_odds().get
    return get(gram, 0.0) + get(gram[1:], 0.0) + (get(gram[2], 0.0) if gram[2] != " " else 0.0)


def _ngram_odds(word: str) -> float:
    """log P(word's n-grams | kk) / P(... | ru), damped by ``NGRAM_WEIGHT``, ``word`` in lower case.
    """
    # hyphens, apostrophes, Latin look-alikes, very long words: langdetect's way
    if not _PLAIN_CYRILLIC.fullmatch(word) or len(word) >= len(_CUTS):
        return sum(map(_kazakh_odds().get, _grams(word), repeat(0.0)))
    # langdetect keeps а–я, ё as they are
    padded, get, trigrams = f" {word} ", _kazakh_odds().get, _trigram_odds()
    return get(padded[:2], 0.0) + get(word[0], 0.0) + sum(
        map(trigrams.__getitem__, map(padded.__getitem__, _CUTS[len(word)]))
    )


_CUTS = [[slice(i, i + 3) for i in range(length)] for length in range(64)]  # trigrams' places


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


_NAMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init", "Trad"})
_FUNCTION = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ", "ADVB", "PRED", "NUMR"})


@cache
def _form_kind(paradigm: int, index: int) -> str:
    """A form of pymorphy3's dictionary as a ``function`` word (preposition, pronoun, adverb…:
    Russian's most frequent), a ``name`` (name, place, abbreviation) or another ``word``."""
    tag = _russian_dictionary().dictionary.build_tag_info(paradigm, index)
    return "function" if tag.POS in _FUNCTION else "name" if _NAMES & tag.grammemes else "word"


def _russian(word: str) -> str:
    """What pymorphy3's dictionary knows ``word`` as (ё written as е too): ``function``, ``word``,
    ``name`` (only as a name: Келли, Ирландия) or nothing (``""``), in this order of precedence."""
    morph = _russian_dictionary()
    forms = morph.dictionary.words.get(word)  # as written: most words, and fast
    if forms is None and "е" in word:
        similar = morph.dictionary.words.similar_items(word, morph.char_substitutes)
        forms = [form for _, some in similar for form in some]
    kinds = {_form_kind(*form) for form in forms or ()}
    return "function" if "function" in kinds else "word" if "word" in kinds else "".join(kinds)


KAZAKH, ENGLISH = (-math.inf, 0.0, -math.inf), (0.0, -math.inf, -math.inf)  # settled words


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
    listed = kazakh_words().get(lower, "")
    russian = _russian(lower)
    odds = _ngram_odds(lower) + _CELL_ODDS[listed, russian]  # log P(kk) / P(ru)
    # worth the analysis (its cost) only while the word leans Kazakh by less than it would add
    if not (listed or russian) and odds < KAZAKH_ENDING and _kazakh_ending(lower):
        odds += KAZAKH_ENDING
    kazakh = 1 / (1 + math.exp(-min(max(odds, -30.0), 30.0)))
    return (-math.inf, max(math.log(kazakh), WORD_FLOOR), max(math.log1p(-kazakh), WORD_FLOOR))


def _unlisted(word: str) -> bool:
    """Whether no word list has ``word`` (Russian's may as a name): capitalised, it is a name
    even where it opens a text (Бушар сравнял), if words follow."""
    lower = word.lower()
    return KAZAKH_LETTERS.isdisjoint(word) and bool(_CYRILLIC.search(word)) and (
        lower not in kazakh_words() and _russian(lower) in ("", "name"))


@lru_cache(maxsize=65536)
def _votes(word: str, place: int) -> tuple[float, float, float]:
    """log P(word | a text in en, kk, ru): its own language's or a borrowed word.

    ``place``: 0 the text's only word, 1 its first, 2 a later one. A name (a capitalised later
    word, an acronym, an unlisted first word) borrows more freely.
    """
    name = word[:1].isupper() and (
        place == 2 or (len(word) > 1 and word.isupper()) or (place == 1 and _unlisted(word)))
    matrix = _NAMES_MATRIX if name else _WORDS_MATRIX
    scores = word_scores(word)
    if scores is ENGLISH or scores is KAZAKH:  # one column of the matrix
        column = 0 if scores is ENGLISH else 1
        return tuple(math.log(row[column]) for row in matrix)  # type: ignore[return-value]
    en, kk, ru = map(math.exp, scores)
    return tuple(math.log(a * en + b * kk + c * ru) for a, b, c in matrix)  # type: ignore[return-value]


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
    en, kk, ru = _votes(words[0], 1 if words[1:] else 0)
    for a, b, c in map(_votes, words[1:], repeat(2)):  # a loop adds faster than zip and sum
        en, kk, ru = en + a, kk + b, ru + c
    best = max(en, kk, ru)
    weights = [math.exp(en - best), math.exp(kk - best), math.exp(ru - best)]
    norm = sum(weights)
    probs = {lang: round(w / norm, 4) for lang, w in zip(LANGS, weights, strict=True)}
    lang = max(LANGS, key=probs.__getitem__)
    confidence = probs[lang]
    return Detection(lang if confidence >= UNDECIDED else "und", confidence, probs)
