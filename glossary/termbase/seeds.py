"""The source documents in ``seeds/``, read once, line by line: what attestations point into.

``seeds/MANIFEST.toml`` records each document's article body as line ranges
(its title, abstract, keywords and running text); a citation outside the body
(a menu, an image credit, a reference list) attests nothing. A document the
manifest does not describe counts as all body.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from glossary.errors import DataFileError
from glossary.model import SOURCE_PATTERN
from glossary.termbase.attest import match_spans

MANIFEST = "MANIFEST.toml"


class Seeds:
    """The source documents, read once, line by line, with their article bodies."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self._cache: dict[str, list[str] | None] = {}
        self._bodies: dict[str, list[tuple[int, int]]] | None = None

    def lines(self, name: str) -> list[str] | None:
        """The lines of ``seeds/name``, or None when there is no such file."""
        if name not in self._cache:
            path = self.root / name
            try:
                text = path.read_text(encoding="utf-8") if path.is_file() else None
            except UnicodeDecodeError as exc:
                reason = f"not UTF-8 (byte {exc.start})"
                raise DataFileError(str(path), None, "encoding", reason) from exc
            self._cache[name] = text.splitlines() if text is not None else None
        return self._cache[name]

    def bodies(self) -> dict[str, list[tuple[int, int]]]:
        """Each described document's article body, as (first, last) line ranges."""
        if self._bodies is None:
            self._bodies = {}
            path = self.root / MANIFEST
            if path.is_file():
                import tomllib

                for seed in tomllib.loads(path.read_text(encoding="utf-8")).get("seed", []):
                    if "body" in seed:
                        self._bodies[seed["file"]] = [(a, b) for a, b in seed["body"]]
        return self._bodies

    def in_body(self, name: str, number: int) -> bool:
        """True when line ``number`` of ``name`` belongs to the article body."""
        ranges = self.bodies().get(name)
        return ranges is None or any(a <= number <= b for a, b in ranges)

    def body_lines(self, name: str) -> Iterator[tuple[int, str]]:
        """(number, line) of every line of the article body of ``name``."""
        for number, line in enumerate(self.lines(name) or (), start=1):
            if self.in_body(name, number):
                yield number, line

    def problem(self, source: str, term: str, lang: str | None = None) -> str | None:
        """Why ``source`` does not attest ``term``, or None when it does."""
        m = SOURCE_PATTERN.match(source)
        if not m:
            return f"{source!r} is not seeds/FILE:LINE"
        name, number = m.group("file"), int(m.group("line"))
        try:
            lines = self.lines(name)
        except DataFileError as exc:
            return f"{source}: {exc.message}"
        if lines is None:
            return f"{source}: no such file in {self.root}"
        if number > len(lines):
            return f"{source}: the file has only {len(lines)} lines"
        if not self.in_body(name, number):
            ranges = ", ".join(f"{a}–{b}" for a, b in self.bodies()[name])
            return f"{source} is outside the article body (lines {ranges} in seeds/{MANIFEST})"
        spans = match_spans(lines[number - 1], term, lang)
        if not spans:
            return f"{source} does not contain {term!r}"
        return None

    def names(self) -> list[str]:
        """The file names of the documents, sorted."""
        return sorted(p.name for p in self.root.glob("*.txt"))

    def occurrences(
        self, term: str, lang: str | None = None
    ) -> list[tuple[str, int, str, int, int]]:
        """Every (file, line number, line, start, end) in an article body where ``term`` occurs,
        in file and line order."""
        found = []
        for name in self.names():
            for number, line in self.body_lines(name):
                spans = match_spans(line, term, lang)
                if spans:
                    found.append((name, number, line, *spans[0]))
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
