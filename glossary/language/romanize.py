"""Romanization keys: Latin spellings of Russian and Kazakh terms, and how to compare them.

Russian terms are romanized with the schemes of ``iuliia`` (when the index is
built). A query is compared twice: as typed (diacritics dropped), which names
the scheme, and through ``loose_ru``/``loose_kk``, which folds the differences
between schemes and ad hoc spellings (ya/ja/ia, kh/ch/x, zh/ž/j) so that
politechnologiyi finds политтехнологии and mjagkaja finds мягкая.

Kazakh has no maintained romanization library; its three common Latin
spellings are small tables here: the 2021 official alphabet (jūmsaq küş),
the 2018 acute-accent alphabet (jumsaq kúsh) and the informal one
(zhumsak kush). ``plain_kk`` writes Kazakh with Russian letters only, as
people type it without a Kazakh keyboard (жумсак куш).
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from glossary.language.script import has_cyrillic, has_kazakh_letters, has_latin

__all__ = ["has_cyrillic", "has_kazakh_letters", "has_latin"]  # re-exported for callers of romanize

RUSSIAN_SCHEMES = (
    ("scholarly", "SCIENTIFIC"),
    ("ALA-LC", "ALA_LC_ALT"),
    ("BGN/PCGN", "BGN_PCGN"),
    ("ISO 9", "GOST_779"),
    ("Wikipedia", "WIKIPEDIA"),
)

_KK_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "з": "z", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f",
    "х": "h", "һ": "h", "ъ": "", "ь": "", "э": "e",
}
KAZAKH_SCHEMES: dict[str, dict[str, str]] = {
    "Kazakh Latin 2021": {
        **_KK_COMMON,
        "ә": "ä",
        "ғ": "ğ",
        "ж": "j",
        "и": "i",
        "й": "i",
        "қ": "q",
        "ң": "ñ",
        "ө": "ö",
        "у": "u",
        "ұ": "ū",
        "ү": "ü",
        "ц": "ts",
        "ч": "ch",
        "ш": "ş",
        "щ": "şş",
        "ы": "y",
        "і": "ı",
        "ю": "iu",
        "я": "ia",
    },
    "Kazakh Latin 2018": {
        **_KK_COMMON,
        "ә": "á",
        "ғ": "ǵ",
        "ж": "j",
        "и": "ı",
        "й": "ı",
        "қ": "q",
        "ң": "ń",
        "ө": "ó",
        "у": "ý",
        "ұ": "u",
        "ү": "ú",
        "ц": "c",
        "ч": "ch",
        "ш": "sh",
        "щ": "sh",
        "ы": "y",
        "і": "i",
        "ю": "ıý",
        "я": "ıa",
    },
    "informal Kazakh Latin": {
        **_KK_COMMON,
        "ә": "a",
        "ғ": "g",
        "ж": "zh",
        "и": "i",
        "й": "y",
        "қ": "k",
        "ң": "n",
        "ө": "o",
        "у": "u",
        "ұ": "u",
        "ү": "u",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sh",
        "ы": "y",
        "і": "i",
        "ю": "yu",
        "я": "ya",
        "х": "kh",
    },
}
PLAIN_KK = str.maketrans("әғқңөұүһі", "агкноуухи")


@cache
def strip_marks(text: str) -> str:
    """Lowercase, without diacritics or apostrophes: how a query is compared to a scheme."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return (
        text.replace("ı", "i").replace("ʹ", "").replace("ʺ", "").replace("'", "").replace("’", "")
    )


@cache
def russian_word(word: str, scheme: str) -> str:
    """The Russian ``word`` under the ``iuliia`` scheme named ``scheme`` (e.g. "BGN_PCGN")."""
    import iuliia

    return getattr(iuliia, scheme).translate(word)


def _merge(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One entry per spelling, naming every scheme that gives it."""
    merged: dict[str, list[str]] = {}
    for latin, name in pairs:
        merged.setdefault(latin, []).append(name)
    return [(latin, ", ".join(names)) for latin, names in merged.items()]


def russian(text: str) -> list[tuple[str, str]]:
    """(romanization, schemes) of Russian ``text``, as each scheme writes it."""
    text = text.replace("ё", "е")
    return _merge(
        [
            (" ".join(russian_word(w, scheme) for w in text.split(" ")), name)
            for name, scheme in RUSSIAN_SCHEMES
        ]
    )


def kazakh_word(word: str, alphabet: str) -> str:
    """The Kazakh ``word`` in the Latin ``alphabet`` (a key of ``KAZAKH_SCHEMES``)."""
    table = KAZAKH_SCHEMES[alphabet]
    return "".join(table.get(c, c) for c in word.lower())


def kazakh(text: str) -> list[tuple[str, str]]:
    """(Latin spelling, alphabets) of Kazakh ``text``."""
    pairs = [
        ("".join(table.get(c, c) for c in text.lower()), name)
        for name, table in KAZAKH_SCHEMES.items()
    ]
    return _merge(pairs)


@lru_cache(maxsize=1)
def _rules() -> dict[str, tuple]:
    """The folding rules, compiled on first use (a Cyrillic lookup never needs them)."""
    return {
        "ru": (
            (re.compile(r"shch|sch|ŝ"), "s"),
            (re.compile(r"sh|zh|ž|š"), lambda m: "s" if m.group() in ("sh", "š") else "z"),
            (re.compile(r"kh|ch|x|h"), "h"),
            (re.compile(r"ts|tz|c"), "c"),
            (re.compile(r"[yji]+(?=[aeou])"), ""),
            (re.compile(r"[yj]"), "i"),
            (re.compile(r"w"), "v"),
            (re.compile(r"(.)\1+"), r"\1"),
        ),
        "kk": (
            (re.compile(r"zh"), "j"),
            (re.compile(r"sh|ş"), "s"),
            (re.compile(r"kh|ch|x"), "h"),
            (re.compile(r"q"), "k"),
            (re.compile(r"[yı]"), "i"),
            (re.compile(r"(.)\1+"), r"\1"),
        ),
    }


def _apply(rules, text: str) -> str:
    for pattern, repl in rules:
        text = pattern.sub(repl, text)
    return text


@cache
def loose_ru(latin: str) -> str:
    """A Latin spelling of Russian with the differences between schemes folded away."""
    latin = latin.lower()
    for letter, spelled in (
        ("ŝ", "shch"),
        ("ž", "zh"),
        ("š", "sh"),
        ("č", "ch"),
        ("â", "ya"),
        ("û", "yu"),
    ):
        latin = latin.replace(letter, spelled)
    return _apply(_rules()["ru"], strip_marks(latin))


@cache
def loose_kk(latin: str) -> str:
    """A Latin spelling of Kazakh with the differences between its alphabets folded away."""
    return _apply(_rules()["kk"], strip_marks(latin.lower().replace("ş", "sh")))


def plain_kk(text: str) -> str:
    """Kazakh written with Russian letters only; a Latin i stands for і."""
    return text.lower().translate(PLAIN_KK).replace("i", "и")


@cache
def latin_endings(chains: frozenset[str]) -> frozenset[str]:
    """Kazakh ending chains as they end a word typed in Latin letters (every scheme, diacritics
    dropped, y also as i, n also as ng): so that Qazaqstannyñ finds Қазақстан. Computed on the
    first Latin query that needs it (a few tens of milliseconds)."""
    latin: set[str] = set()
    for chain in chains:
        for scheme in KAZAKH_SCHEMES:
            key = strip_marks(kazakh_word(chain, scheme))
            latin |= {key, key.replace("y", "i"), key.replace("n", "ng")}
    latin.discard("")
    return frozenset(latin)


@cache
def plain_endings(chains: frozenset[str]) -> frozenset[str]:
    """Kazakh ending chains typed with Russian letters only (ның as нын): казакстаннын."""
    return frozenset(plain_kk(chain) for chain in chains) - {""}
