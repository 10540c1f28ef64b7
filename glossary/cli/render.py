"""Plain-text rendering of concepts for people (the CLI's human output).

It works on the JSON form of a concept (``glossary.formats.json``), which is what
the lookup index stores, so that a lookup prints without building the model.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from glossary.vocab import LANGUAGES, PROPOSED

if TYPE_CHECKING:
    from glossary.model import Concept

SHOWN_SOURCES = 3


def sources_text(sources: Sequence[str] | str) -> str:
    """``proposed``, or the first few attestations and how many more there are."""
    if not sources or sources == PROPOSED:
        return PROPOSED
    shown = ", ".join(sources[:SHOWN_SOURCES])
    rest = len(sources) - SHOWN_SOURCES
    return shown + (f" (+{rest} more)" if rest > 0 else "")


def record_text(record: dict[str, Any], languages: Sequence[str] = LANGUAGES, how: str = "") -> str:
    """A concept's JSON form as a block of lines: id, terms per language (preferred first), definition."""
    lines = [f"{record['id']}  [{record['subject']}]" + (f"  ({how})" if how else "")]
    for lang in LANGUAGES:
        if lang not in languages or not record["terms"].get(lang):
            continue
        ordered = sorted(record["terms"][lang], key=lambda t: t["status"] != "preferred")
        for i, term in enumerate(ordered):
            label = lang if i == 0 else ""
            lines.append(f"  {label:<3} {term['text']}  ({term['type']}, {term['status']}; {sources_text(term['source'])})")
    lines += _wrap(record["definition"], "  ", "  ")
    for note in record.get("notes", ()):
        lines += _wrap(note, "  note: ", "        ")
    return "\n".join(lines)


def concept_text(concept: Concept, languages: Sequence[str] = LANGUAGES, how: str = "") -> str:
    """A concept as a block of lines (see ``record_text``)."""
    from glossary.formats.json import concept_to_dict

    return record_text(concept_to_dict(concept), languages, how)


def _wrap(text: str, first: str, rest: str, width: int = 88) -> list[str]:
    """Greedy word wrap (textwrap would add a millisecond to every lookup's start-up)."""
    if not text.split():
        return []
    lines, line = [], first
    for word in text.split():
        if line.strip() and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = rest
        line += ("" if line in (first, rest) else " ") + word
    lines.append(line)
    return lines
