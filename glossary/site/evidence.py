"""The evidence a concept page shows: keyword-in-context lines from ``seeds/``, found fast, and the
concepts its notes name.

``Seeds.occurrences`` tries every line of every article body for every term,
which is right for one term (``glossary show``) and slow for a whole termbase
(30 ms a term: an hour for 100,000 concepts). ``IndexedSeeds`` gives the same
occurrences after reading the bodies once: a line can only hold a term when
each word of the term begins a word of the line, in the term's order (all but
its last two letters, at least two: every inflection ``attest`` accepts keeps
them), or, for Russian, when the term's first word stands in the line in one
of the forms the forms index holds (``attest`` also accepts those, by
pymorphy3). Only such lines are handed to ``attest.match_spans``, the function
``Seeds.occurrences`` uses, and no more than a concordance shows are looked for.
"""
from __future__ import annotations

import bisect
import os
import re
from collections.abc import Callable, Collection, Iterable

from glossary.language.script import has_cyrillic, is_abbreviation
from glossary.language.textnorm import words
from glossary.model import Concept
from glossary.termbase.attest import match_spans, tokens
from glossary.termbase.seeds import Seeds

Occurrence = tuple[str, int, str, int, int]  # file, line number, line, start, end
# A concept id standing alone in a note: not part of a file name, an address or a longer word.
_ID = re.compile(r"(?<![\w/.:-])[a-z0-9]+(?:-[a-z0-9]+)*(?![\w-])")


def _prefix(word: str) -> str:
    """What every form of ``word`` that ``attest`` accepts begins with."""
    return word[: max(2, len(word) - 2)]


class IndexedSeeds(Seeds):
    """``Seeds`` whose ``occurrences`` reads each article body once for all terms.

    ``first_forms(lang, text)`` gives the forms the forms index holds for the first word of the
    term ``text`` (for Russian: the forms ``attest`` matches whole phrases by); ``limit``, when
    given, is how many occurrences of a term are wanted at most (the first ones)."""

    def __init__(self, root: str | os.PathLike[str],
                 first_forms: Callable[[str, str], Collection[str]],
                 limit: int | None = None) -> None:
        super().__init__(root)
        self.first_forms = first_forms
        self.limit = limit
        self._lines: list[tuple[str, int, str]] | None = None
        self._tokens: list[list[str]] = []
        self._found: dict[tuple[str, str | None], list[Occurrence]] = {}
        self._words: dict[str, set[int]] = {}
        self._sorted: list[str] = []
        self._starts: dict[str, set[int]] = {}

    def _read(self) -> list[tuple[str, int, str]]:
        """Every body line, in file and line order, with its words indexed by their beginnings."""
        if self._lines is None:
            self._lines = []
            for name in self.names():
                for number, line in self.body_lines(name):
                    i = len(self._lines)
                    self._lines.append((name, number, line))
                    self._tokens.append([word for word, _, _ in tokens(line)])
                    for word in self._tokens[-1]:
                        self._words.setdefault(word, set()).add(i)
            self._sorted = sorted(self._words)
        return self._lines

    def _beginning(self, prefix: str) -> set[int]:
        """The lines with a word that begins with ``prefix``."""
        if prefix not in self._starts:
            found: set[int] = set()
            at = bisect.bisect_left(self._sorted, prefix)
            while at < len(self._sorted) and self._sorted[at].startswith(prefix):
                found |= self._words[self._sorted[at]]
                at += 1
            self._starts[prefix] = found
        return self._starts[prefix]

    def candidates(self, term: str, lang: str | None) -> list[int]:
        """The body lines (positions in file and line order) that may hold ``term``."""
        self._read()
        wanted = words(term)
        if not wanted:
            return []
        starts = [_prefix(w) for w in wanted]
        found = {i for i in set.intersection(*(self._beginning(p) for p in starts))
                 if self._in_order(self._tokens[i], starts)}
        if lang == "ru" and not is_abbreviation(term) and has_cyrillic(term):
            for form in self.first_forms(lang, term):
                found |= self._words.get(form, set())
        return sorted(found)

    @staticmethod
    def _in_order(words: list[str], starts: list[str]) -> bool:
        """True when consecutive ``words`` begin with ``starts``."""
        n = len(starts)
        return any(all(words[s + k].startswith(p) for k, p in enumerate(starts))
                   for s in range(len(words) - n + 1))

    def occurrences(self, term: str, lang: str | None = None) -> list[Occurrence]:
        """What ``Seeds.occurrences`` gives (its first ``limit``), from the candidate lines only;
        a term that many concepts share is looked for once."""
        if (term, lang) not in self._found:
            lines = self._read()
            found: list[Occurrence] = []
            for i in self.candidates(term, lang):
                if self.limit is not None and len(found) >= self.limit:
                    break
                name, number, line = lines[i]
                spans = match_spans(line, term, lang)
                if spans:
                    found.append((name, number, line, *spans[0]))
            self._found[(term, lang)] = found
        return list(self._found[(term, lang)])


def named_ids(texts: Iterable[str], known: Collection[str]) -> list[str]:
    """The concept ids of ``known`` that ``texts`` name, in the order they first appear."""
    found: dict[str, None] = {}
    for text in texts:
        for m in _ID.finditer(text):
            if m.group() in known:
                found.setdefault(m.group())
    return list(found)


def link_ids(text: str, known: Collection[str], href: Callable[[str], str],
             escape: Callable[[str], str]) -> str:
    """``text`` escaped, each concept id of ``known`` in it a link to ``href(id)``."""
    out, last = [], 0
    for m in _ID.finditer(text):
        if m.group() in known:
            out += [escape(text[last : m.start()]),
                    f'<a href="{href(m.group())}">{escape(m.group())}</a>']
            last = m.end()
    return "".join(out) + escape(text[last:])


def related(concept: Concept, known: Collection[str], mentions: dict[str, list[str]]) -> list[str]:
    """The concepts ``concept``'s notes name, then those whose notes name it; no repeats."""
    named = [c for c in named_ids(concept.notes, known) if c != concept.id]
    return list(dict.fromkeys(named + [c for c in mentions.get(concept.id, ()) if c != concept.id]))
