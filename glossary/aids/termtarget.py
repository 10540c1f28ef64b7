"""What the check knows of one direction while it classes findings: the target side's concepts
per aligned segment (by a term, a derived word, another language's term), the source's, and the
equivalents a concept's record offers."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from glossary.aids.annotation import Span
from glossary.aids.report import Segment
from glossary.forms.index import FormsIndex
from glossary.language.script import is_abbreviation

# A term the target gave this many segments before may be left out (a pronoun, an ellipsis).
ANTECEDENT = 3


def equivalents(record: dict[str, Any], lang: str) -> tuple[str, ...]:
    """The target terms that count as the concept's equivalent: all but deprecated ones,
    preferred first."""
    terms = [t for t in record["terms"].get(lang, ()) if t["status"] != "deprecated"]
    return tuple(t["text"] for t in sorted(terms, key=lambda t: t["status"] != "preferred"))


def general(span: Span) -> bool:
    """A term that is also an everyday word: one lowercase word (balancing, mobilisation)."""
    return " " not in span.term and span.term[:1].islower() and not is_abbreviation(span.term)


def related(index: FormsIndex, concept: str, other: str) -> bool:
    """Whether a term of ``concept`` holds one of ``other``'s as whole words in the same language
    (саммит ОДКБ, the CSTO summit, holds ОДКБ; СССР does not hold США)."""
    mine, theirs = index.record(concept)["terms"], index.record(other)["terms"]
    return any(re.search(rf"(?<!\w){re.escape(o['text'])}(?!\w)", t["text"])  # not US in USSR
               for lang in mine for t in mine[lang] for o in theirs.get(lang, ()))


def nearby(i: int, count: int, window: int) -> range:
    return range(max(0, i - window), min(count, i + window + 1))


@dataclass
class Target:
    """What the target side holds, per aligned segment: concepts named by a term, by a derived
    word (with the word), and terms of another language left as written (Европа in Kazakh)."""

    have: list[set[str]]
    derived: list[dict[str, str]]
    foreign: list[dict[str, str]]
    window: int
    strangers: list[set[str]] = field(default_factory=list)  # concepts the aligned source lacks
    terms: list[list[Span]] = field(default_factory=list)  # the target's own terms, per segment

    def near(self, table: list[dict[str, str]], i: int, concept: str) -> str | None:
        """The word for ``concept`` in segment ``i`` or a neighbour, from ``table``."""
        return next((table[j][concept] for j in nearby(i, len(table), self.window)
                     if concept in table[j]), None)

    def terms_at(self, i: int) -> list[Span]:
        """The target's own terms in segment ``i`` (none when they were not found)."""
        return self.terms[i] if self.terms else []

    def before(self, i: int, concept: str) -> bool:
        """Whether the target names ``concept`` in one of the ``ANTECEDENT`` segments before
        ``i`` (a text, not independent units), as a pronoun's antecedent would."""
        earlier = self.have[max(0, i - ANTECEDENT) : i]
        return self.window > 0 and any(concept in have for have in earlier)


@dataclass
class Context:
    """What classing one direction's findings needs: the segments and their source terms, the
    index, the languages, the target side and the quiet source terms (see ``termspans.quiet``)."""

    segments: list[Segment]
    sources: list[list[Span]]
    index: FormsIndex
    langs: tuple[str, str]
    target: Target
    quiet: dict[tuple[int, int], tuple[str, str]]
    source_derived: list[set[str]] = field(default_factory=list)  # concepts of its derived words
    named: list[set[str]] = field(default_factory=list)  # by a term or a derived word, per segment

    @cached_property
    def named_anywhere(self) -> frozenset[str]:
        """The concepts the whole source names, by a term or a derived word."""
        return frozenset().union(*self.named)
