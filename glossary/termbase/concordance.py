"""Keyword-in-context lines from ``seeds/``: the evidence behind a concept's terms."""
from __future__ import annotations

from dataclasses import dataclass

from glossary.errors import GlossaryError
from glossary.model import Concept, Termbase
from glossary.termbase.seeds import Seeds


@dataclass(frozen=True)
class Hit:
    """One occurrence of a term: where, and the text around it."""

    lang: str
    term: str
    file: str
    line: int
    left: str
    match: str
    right: str

    @property
    def place(self) -> str:
        return f"seeds/{self.file}:{self.line}"

    def to_dict(self) -> dict[str, object]:
        return {
            "lang": self.lang,
            "term": self.term,
            "source": self.place,
            "left": self.left,
            "match": self.match,
            "right": self.right,
        }


def concordance(concept: Concept, seeds: Seeds, width: int = 40, limit: int = 10) -> list[Hit]:
    """Up to ``limit`` hits per term of ``concept``, each with ``width`` characters of context a
    side.
    """
    hits: list[Hit] = []
    for lang, term in concept.all_terms():
        for name, number, line, start, end in seeds.occurrences(term.text, lang)[:limit]:
            left = line[max(0, start - width) : start]
            right = line[end : end + width]
            hits.append(Hit(lang, term.text, name, number, left, line[start:end], right))
    return hits


def find(termbase: Termbase, concept_id: str) -> Concept:
    """The concept ``concept_id``; a ``GlossaryError`` naming the closest id when there is none."""
    if concept_id in termbase:
        return termbase[concept_id]
    import difflib

    close = difflib.get_close_matches(concept_id, list(termbase), n=1)
    more = f"; did you mean {close[0]}?" if close else ""
    raise GlossaryError(f"no concept with id {concept_id!r}{more}")
