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

import os
import re
from pathlib import Path

from glossary.model import SOURCE_PATTERN
from glossary.language.textnorm import fold, words

ENGLISH_ENDINGS = ("s", "es")
RUSSIAN_MAX_ENDING = 4
KAZAKH_MAX_ENDING = 12  # stacked endings: күш|тері|нің, мектеп|тері|міз|де
KAZAKH_VOICING = {"п": "б", "к": "г", "қ": "ғ"}
KAZAKH_DERIVATIONAL = ("лық", "лік", "дық", "дік", "тық", "тік", "шы", "ші", "сыз", "сіз", "шыл", "шіл")


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
    exact = term.isupper() and len(term.replace(" ", "")) <= 8
    have = tokens(line)
    for start in range(len(have) - len(wanted) + 1):
        if all(_word_matches(have[start + i][0], w, exact, lang) for i, w in enumerate(wanted)):
            return have[start][1], have[start + len(wanted) - 1][2]
    return None


def line_attests(line: str, term: str, lang: str | None = None) -> bool:
    """True when ``line`` contains ``term`` of language ``lang``, in its own or an inflected form."""
    return match_span(line, term, lang) is not None


class Seeds:
    """The source documents, read once, line by line."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self._cache: dict[str, list[str] | None] = {}

    def lines(self, name: str) -> list[str] | None:
        """The lines of ``seeds/name``, or None when there is no such file."""
        if name not in self._cache:
            path = self.root / name
            self._cache[name] = (
                path.read_text(encoding="utf-8").splitlines() if path.is_file() else None
            )
        return self._cache[name]

    def problem(self, source: str, term: str, lang: str | None = None) -> str | None:
        """Why ``source`` does not attest ``term``, or None when it does."""
        m = SOURCE_PATTERN.match(source)
        if not m:
            return f"{source!r} is not seeds/FILE:LINE"
        lines = self.lines(m.group("file"))
        if lines is None:
            return f"{source}: no such file in {self.root}"
        number = int(m.group("line"))
        if number > len(lines):
            return f"{source}: the file has only {len(lines)} lines"
        if not line_attests(lines[number - 1], term, lang):
            return f"{source} does not contain {term!r}"
        return None

    def names(self) -> list[str]:
        """The file names of the documents, sorted."""
        return sorted(p.name for p in self.root.glob("*.txt"))

    def occurrences(self, term: str, lang: str | None = None) -> list[tuple[str, int, str, int, int]]:
        """Every (file, line number, line, start, end) where ``term`` occurs, in file and line order."""
        found = []
        for name in self.names():
            for number, line in enumerate(self.lines(name) or (), start=1):
                span = match_span(line, term, lang)
                if span:
                    found.append((name, number, line, *span))
        return found

    def find(self, term: str, lang: str | None = None) -> list[str]:
        """Every ``seeds/FILE:LINE`` that attests ``term``, in file and line order."""
        return [f"seeds/{name}:{number}" for name, number, *_ in self.occurrences(term, lang)]

    def attest(self, term: str, lang: str | None = None, limit: int = 3) -> tuple[str, ...]:
        """Up to ``limit`` attestations of ``term``, taken from as many files as possible."""
        by_file: dict[str, list[str]] = {}
        for place in self.find(term, lang):
            by_file.setdefault(place.rsplit(":", 1)[0], []).append(place)
        picked: list[str] = []
        rounds = max((len(v) for v in by_file.values()), default=0)
        for i in range(rounds):
            picked += [places[i] for places in by_file.values() if i < len(places)]
        return tuple(picked[:limit])
