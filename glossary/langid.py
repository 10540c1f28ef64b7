"""Tell English, Kazakh and Russian apart, in a word, a sentence or a line.

Built on langdetect's profiles and n-grams, with a Kazakh profile of our own
(``glossary/profiles/kk``) loaded into our own ``DetectorFactory`` restricted
to en, kk and ru (never langdetect's global one). langdetect's ``Detector``
samples n-grams at random, which is slow and unsteady on short text; we
score every word deterministically over the same profiles instead (naive
Bayes over its 1–3-grams), and settle the clear cases by their letters first:
a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і) makes a word Kazakh, a word
without Cyrillic letters is English. Each word votes with a bounded weight,
so one Kazakh name in a Russian sentence does not turn it, and a line that
mixes scripts goes by its majority.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

LANGS = ("en", "kk", "ru")
KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NON_TEXT = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
LETTER_FLOOR = math.log(1e-3)  # what a word's letters say against a language: firm, yet outvoted by a few words
NGRAM_FLOOR = math.log(1e-4)  # the most a word's n-grams can say against a language
UNDECIDED = 0.6  # below this probability for the best language, the answer is und
UNSEEN = 1e-5
LABEL_LETTERS = 8  # fewer letters than this beside an e-mail address or URL: a label, not text
KNOWN_RUSSIAN = math.log(16)  # a word in pymorphy3's Russian dictionary leans Russian
UNKNOWN_TO_RUSSIAN = math.log(4)  # one it does not know leans Kazakh (польшада, туралы)


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
        with open(os.path.join(ours if lang == "kk" else shipped, lang), encoding="utf-8") as handle:
            profiles.append(handle.read())
    made = DetectorFactory()
    made.load_json_profile(profiles)
    made.set_seed(0)
    return made


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, tuple[float, float, float]], tuple[float, float, float]]:
    """log P(n-gram | language) for every n-gram of the profiles, and the floor for unseen ones."""
    table = {}
    for gram, probs in factory().word_lang_prob_map.items():
        table[gram] = tuple(math.log(p) if p > 0 else math.log(UNSEEN) for p in probs)
    return table, (math.log(UNSEEN),) * 3


@lru_cache(maxsize=1)
def _russian_dictionary():
    """pymorphy3's analyser: which Cyrillic words Russian has (its dictionary, not its guesses)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _grams(word: str) -> list[str]:
    """langdetect's n-grams (1 to 3 characters, its normalisation) of one word with its spaces."""
    from langdetect.utils.ngram import NGram

    gram = NGram()
    out = []
    for ch in f" {word} ":
        gram.add_char(ch)
        for n in (1, 2, 3):
            g = gram.get(n)
            if g and g != " ":
                out.append(g)
    return out


@lru_cache(maxsize=65536)
def word_scores(word: str) -> tuple[float, float, float]:
    """log P(language | word) for en, kk, ru, bounded below (by ``LETTER_FLOOR`` or ``NGRAM_FLOOR``)."""
    lower = word.lower()
    cyrillic = bool(_CYRILLIC.search(lower))
    if cyrillic and "i" in lower and _CYRILLIC.search(lower.replace("i", "")):
        lower = lower.replace("i", "і")  # Kazakh typed with a Latin i
    if not KAZAKH_LETTERS.isdisjoint(lower):
        return (LETTER_FLOOR, 0.0, LETTER_FLOOR)
    if not cyrillic:
        return (0.0, LETTER_FLOOR, LETTER_FLOOR)
    table, unseen = _model()
    totals = [0.0, 0.0, 0.0]
    for g in _grams(lower):
        scores = table.get(g, unseen)
        for i in range(3):
            totals[i] += scores[i]
    totals[0] = -math.inf  # a Cyrillic word is not English
    if _russian_dictionary().word_is_known(lower):
        totals[2] += KNOWN_RUSSIAN
    else:
        totals[1] += UNKNOWN_TO_RUSSIAN
    best = max(totals)
    norm = best + math.log(sum(math.exp(t - best) for t in totals))
    return tuple(max(t - norm, NGRAM_FLOOR) for t in totals)  # type: ignore[return-value]


def detect(text: str) -> Detection:
    """The language of ``text``: en, kk, ru, or und (no words, or no language clearly ahead)."""
    cleaned = _NON_TEXT.sub(" ", text)
    words = _WORD.findall(cleaned)
    if cleaned != text and sum(map(len, words)) < LABEL_LETTERS:
        words = []  # an address with a label ("e-mail:", "URL:") is not text in any language
    if not words:
        return Detection("und", 0.0, {lang: 0.0 for lang in LANGS})
    totals = [0.0, 0.0, 0.0]
    for word in words:
        scores = word_scores(word)
        for i in range(3):
            totals[i] += scores[i]
    best = max(totals)
    weights = [math.exp(t - best) for t in totals]
    norm = sum(weights)
    probs = {lang: round(w / norm, 4) for lang, w in zip(LANGS, weights)}
    lang = max(LANGS, key=probs.__getitem__)
    confidence = probs[lang]
    return Detection(lang if confidence >= UNDECIDED else "und", confidence, probs)
