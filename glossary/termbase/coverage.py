"""What the seeds name often that the termbase does not cover yet.

Candidates are capitalised names (Collective Rapid Deployment, Kassym-Jomart
Tokayev), acronyms (CRDF, ОДКБ) and frequent word pairs and triples with no
function word at either end (soft power, military presence). A candidate is
covered when a term of the termbase occurs in it, or it in a term.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from glossary.language.script import CAPITALS
from glossary.language.textnorm import fold
from glossary.model import Termbase
from glossary.termbase.attest import line_attests
from glossary.termbase.seeds import Seeds

STOPWORDS = frozenset(
    """a an the of and or in on at to for from by with as is are was were be been has have had
    that this these those its it their his her our your not but also than more most such
    which who whom whose what when where how why into over under about after before between
    during within without while if then there here can could would should will may might must
    do does did so very all any each other some only same both own new one two three
    и в во на с со к ко по о об от до из за для не но а что как это его ее её их же ли или
    также при под над про без через между чем так уже еще ещё был была были быть который которая
    которые этой этого этих свой своей своих он она они мы вы
    және мен пен бен мен да де та те бұл осы ол олар сол үшін туралы арқылы бойынша ретінде
    деген болып болды емес еді және де
    january february march april may june july august september october november december
    date accessed retrieved pdf doi http https www org com html""".split()
)
_NOISE = re.compile(r"\S+@\S+|https?://\S+|<[^>]*>|www\.\S+")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ACRONYM = re.compile(rf"^[{CAPITALS}]{{2,7}}$")


@dataclass(frozen=True)
class Candidate:
    """A phrase the seeds use, how often, and where first."""

    text: str
    kind: str
    count: int
    first: str

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "kind": self.kind, "count": self.count, "first": self.first}


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and not _ACRONYM.match(word) and fold(word) not in STOPWORDS


def _names(found: list[str]) -> Iterable[str]:
    """Runs of two or more capitalised words: Collective Rapid Deployment, Nikol Pashinyan."""
    run: list[str] = []
    for word in found + [""]:
        if len(word) > 1 and _is_capitalised(word):
            run.append(word)
            continue
        if len(run) >= 2:
            yield " ".join(run)
        run = []


def _grams(found: list[str]) -> Iterable[str]:
    """Folded word pairs and triples with no function word or short word at either end."""
    lowered = [fold(w) for w in found]
    for n in (2, 3):
        for i in range(len(lowered) - n + 1):
            gram = lowered[i : i + n]
            if any(w in STOPWORDS for w in gram) or len(gram[0]) < 3 or len(gram[-1]) < 3:
                continue
            yield " ".join(gram)


def _phrases(line: str) -> Iterable[tuple[str, str]]:
    """(phrase, kind) pairs of one line: acronyms, names, word pairs and triples."""
    found = [m.group() for m in _WORD.finditer(_NOISE.sub(" ", line))]
    for word in found:
        if _ACRONYM.match(word):
            yield word, "acronym"
    for name in _names(found):
        yield name, "name"
    for gram in _grams(found):
        yield gram, "phrase"


LEFT_OUT = "LEFT_OUT.toml"


def left_out(seeds: Seeds) -> dict[str, str]:
    """The candidates deliberately left out of the termbase (``seeds/LEFT_OUT.toml``), folded,
    each with the reason; a ``DataFileError`` for an entry without text or reason."""
    import tomllib

    from glossary.errors import DataFileError

    path = seeds.root / LEFT_OUT
    if not path.is_file():
        return {}
    found = {}
    items = tomllib.loads(path.read_text(encoding="utf-8")).get("item", [])
    for number, item in enumerate(items, 1):
        if not item.get("text") or not item.get("reason"):
            raise DataFileError(str(path), None, f"item[{number}]", "needs text and reason")
        found[fold(item["text"])] = item["reason"]
    return found


def uncovered(termbase: Termbase, seeds: Seeds, min_count: int = 3,
              skip: dict[str, str] | None = None) -> list[Candidate]:
    """Candidates seen at least ``min_count`` times (names and acronyms: twice) in the seeds'
    article bodies that no term covers and ``skip`` (the left-out list) does not name."""
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], str] = {}
    for name in seeds.names():
        for number, line in seeds.body_lines(name):
            for phrase, kind in _phrases(line):
                key = (phrase if kind != "phrase" else fold(phrase), kind)
                counts[key] += 1
                first.setdefault(key, f"seeds/{name}:{number}")
    terms = _by_prefix(
        (lang, term.text) for concept in termbase.concepts() for lang, term in concept.all_terms())
    inside = _pairs_inside(counts)
    result = []
    for (text, kind), count in counts.items():
        needed = min_count if kind == "phrase" else max(2, min_count - 1)
        if count < needed or (kind == "phrase" and (text, count) in inside):
            continue
        if fold(text) in (skip or {}):
            continue
        near = {t for p in _prefixes(text) for t in terms.get(p, ())}
        if any(line_attests(text, term, lang) or line_attests(term, text) for lang, term in near):
            continue
        result.append(Candidate(text, kind, count, first[(text, kind)]))
    return sorted(result, key=lambda c: (-c.count, c.kind, c.text))


def _prefixes(text: str) -> set[str]:
    """The first four letters of each word: a term and a phrase that hold one another share one
    (inflection changes endings, not beginnings)."""
    return {word[:4] for word in fold(text).split()}


def _by_prefix(terms: Iterable[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """The terms by the prefixes of their words, so that a phrase is compared with few terms."""
    found: dict[str, list[tuple[str, str]]] = {}
    for lang, text in terms:
        for prefix in _prefixes(text):
            found.setdefault(prefix, []).append((lang, text))
    return found


def _pairs_inside(counts: Counter[tuple[str, str]]) -> set[tuple[str, int]]:
    """(two-word phrase, count) where a longer phrase of the same count holds the pair: the pair
    occurs only inside it (asian states → central asian states)."""
    found = set()
    for (text, kind), count in counts.items():
        words = text.split(" ")
        if kind == "phrase" and len(words) > 2:
            found |= {(" ".join(words[i : i + 2]), count) for i in range(len(words) - 1)}
    return found
