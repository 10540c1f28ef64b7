"""The source documents in ``seeds/``, read once, line by line: what attestations point into."""
from __future__ import annotations

import os
from pathlib import Path

from glossary.model import SOURCE_PATTERN
from glossary.termbase.attest import line_attests, match_span


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

    def occurrences(
        self, term: str, lang: str | None = None
    ) -> list[tuple[str, int, str, int, int]]:
        """Every (file, line number, line, start, end) where ``term`` occurs, in file and line
        order.
        """
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
