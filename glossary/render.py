"""Plain-text rendering of concepts for people (the CLI's human output)."""
from __future__ import annotations

import textwrap
from collections.abc import Sequence

from glossary.model import LANGUAGES, Concept, Term

SHOWN_SOURCES = 3


def sources_text(term: Term) -> str:
    """``proposed``, or the first few attestations and how many more there are."""
    if not term.sources:
        return "proposed"
    shown = ", ".join(term.sources[:SHOWN_SOURCES])
    rest = len(term.sources) - SHOWN_SOURCES
    return shown + (f" (+{rest} more)" if rest > 0 else "")


def concept_text(concept: Concept, languages: Sequence[str] = LANGUAGES, how: str = "") -> str:
    """A concept as a block of lines: id, terms per language (preferred first), definition."""
    lines = [f"{concept.id}  [{concept.subject}]" + (f"  ({how})" if how else "")]
    for lang in concept.languages():
        if lang not in languages:
            continue
        ordered = sorted(concept.terms[lang], key=lambda t: t.status != "preferred")
        for i, term in enumerate(ordered):
            label = lang if i == 0 else ""
            lines.append(f"  {label:<3} {term.text}  ({term.type}, {term.status}; {sources_text(term)})")
    wrap = textwrap.TextWrapper(width=88, initial_indent="  ", subsequent_indent="  ")
    lines += wrap.wrap(concept.definition)
    for note in concept.notes:
        lines += textwrap.TextWrapper(width=88, initial_indent="  note: ", subsequent_indent="        ").wrap(note)
    return "\n".join(lines)
