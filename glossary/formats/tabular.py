"""Tabular exports: the OmegaT glossary (TSV) and a CSV of every term with every field.

OmegaT reads a glossary as tab-separated source term, target term, comment;
it loads files named ``.utf8``, ``.txt``, ``.tab`` or ``.csv``, not ``.tsv``.
"""
from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from glossary.model import Termbase

CSV_FIELDS = ("concept", "subject", "definition", "lang", "term", "type", "status", "source", "note")


def _cell(text: str) -> str:
    """One line, no tabs: a TSV cell."""
    return " ".join(text.split())


def write_tsv(termbase: Termbase, target: str) -> bytes:
    """One row per English term of each concept with a ``target`` term: English term, target preferred term, comment."""
    rows = []
    for concept in termbase.concepts():
        term = concept.preferred(target)
        if term is None:
            continue
        attested = "attested: " + ", ".join(term.sources) if term.sources else "proposed"
        for english in concept.terms.get("en", ()):
            comment = f"{concept.id}; {english.type}, {english.status}; {target} {attested}; {concept.definition}"
            rows.append("\t".join(_cell(x) for x in (english.text, term.text, comment)))
    return ("\n".join(rows) + "\n").encode("utf-8")


def write_csv(termbase: Termbase) -> bytes:
    """Every term of every concept as a CSV row with the concept's fields (``source``: "proposed" or places joined by spaces)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for concept in termbase.concepts():
        for lang, term in concept.all_terms():
            source = " ".join(term.sources) if term.sources else "proposed"
            writer.writerow((concept.id, concept.subject, concept.definition, lang, term.text, term.type, term.status, source, term.note))
    return buffer.getvalue().encode("utf-8")
