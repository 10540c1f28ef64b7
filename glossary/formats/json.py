"""The JSON exchange format: concepts as plain dictionaries, and back.

The shape is the one ``glossary lookup --json`` prints for a match, without
the ``match`` field.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from glossary.vocab import LANGUAGES, PROPOSED

if TYPE_CHECKING:
    from glossary.model import Concept, Term, Termbase


def term_to_dict(term: Term) -> dict[str, Any]:
    """A term as JSON: ``source`` is a list of ``seeds/FILE:LINE`` or "proposed"."""
    data: dict[str, Any] = {
        "text": term.text,
        "type": term.type,
        "status": term.status,
        "source": list(term.sources) if term.sources else PROPOSED,
    }
    if term.note:
        data["note"] = term.note
    if term.reviewed:
        data["reviewed"] = True
    return data


def concept_to_dict(concept: Concept, languages: Sequence[str] | None = None) -> dict[str, Any]:
    """A concept as JSON, with only ``languages`` when given."""
    shown = [lang for lang in concept.languages() if languages is None or lang in languages]
    return {
        "id": concept.id,
        "subject": concept.subject,
        "definition": concept.definition,
        "notes": list(concept.notes),
        "terms": {lang: [term_to_dict(t) for t in concept.terms[lang]] for lang in shown},
    }


def select_languages(data: dict[str, Any], languages: Sequence[str]) -> dict[str, Any]:
    """The JSON form of a concept with only the terms of ``languages``."""
    return {**data, "terms": {lang: data["terms"][lang] for lang in LANGUAGES if lang in languages and lang in data["terms"]}}


def concept_from_dict(data: dict[str, Any]) -> Concept:
    """The inverse of ``concept_to_dict``."""
    from glossary.model import Concept, Term

    terms = {
        lang: tuple(
            Term(
                text=t["text"],
                type=t["type"],
                status=t["status"],
                sources=() if t["source"] == PROPOSED else tuple(t["source"]),
                note=t.get("note", ""),
                reviewed=t.get("reviewed", False),
            )
            for t in items
        )
        for lang, items in data["terms"].items()
    }
    return Concept(
        id=data["id"],
        subject=data["subject"],
        definition=data["definition"],
        terms=terms,
        notes=tuple(data.get("notes", ())),
    )


def write_json(fileobj: TextIO, concepts: Iterable[Concept]) -> None:
    """Write concepts as one JSON array, keys in a stable order, UTF-8 left readable."""
    import json

    json.dump([concept_to_dict(c) for c in concepts], fileobj, ensure_ascii=False, indent=2)
    fileobj.write("\n")


def read_json(fileobj: TextIO) -> Termbase:
    """Read what ``write_json`` wrote."""
    import json

    from glossary.model import Termbase

    return Termbase({c.id: c for c in map(concept_from_dict, json.load(fileobj))})
