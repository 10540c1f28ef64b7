"""Check that a cited line of ``seeds/`` really contains the term it attests.

Russian and Kazakh inflect at the end of the word (мягкая сила → мягкой силы,
жұмсақ күш → жұмсақ күштің, мектеп → мектебі), so a term is attested on a line
when the line holds its words in order, each line word beginning with the term
word's stem: the term word less its last two letters, keeping at least three.
Words of one or two letters, and abbreviations written in capitals (ОДКБ,
CSTO), must match whole words (ҰҚШҰ-ға counts: the hyphen splits the ending off).
"""
from __future__ import annotations

import os
from pathlib import Path

from glossary.model import SOURCE_PATTERN
from glossary.textnorm import words

MAX_ENDING = 9  # longest stacked Kazakh ending we accept after a stem (-дарымыздағы)


def _stem(word: str) -> str:
    return word if len(word) <= 3 else word[: max(3, len(word) - 2)]


def _word_matches(line_word: str, term_word: str, exact: bool) -> bool:
    if line_word == term_word:
        return True
    if exact or len(term_word) <= 2:
        return False
    stem = _stem(term_word)
    return line_word.startswith(stem) and len(line_word) - len(stem) <= MAX_ENDING


def line_attests(line: str, term: str) -> bool:
    """True when ``line`` contains ``term``, in its own or an inflected form."""
    wanted = words(term)
    if not wanted:
        return False
    exact = term.isupper() and len(term.replace(" ", "")) <= 8
    have = words(line)
    for start in range(len(have) - len(wanted) + 1):
        if all(_word_matches(have[start + i], w, exact) for i, w in enumerate(wanted)):
            return True
    return False


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

    def problem(self, source: str, term: str) -> str | None:
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
        if not line_attests(lines[number - 1], term):
            return f"{source} does not contain {term!r}"
        return None
