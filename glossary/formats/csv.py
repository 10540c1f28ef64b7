"""A CSV of every term with every field, one row per term: for spreadsheets, and back.

``source`` is "proposed" or the seed lines joined by spaces; ``reliability``
is attested, referenced or proposed; ``references`` each reference as
«found» — title, address (checked DATE), joined by " | "; a concept's fields
repeat on each of its rows.
"""
from __future__ import annotations

import csv
import io
from typing import IO

from glossary.errors import DataFileError
from glossary.model import Concept, Reference, Term, Termbase

FIELDS = ("concept", "subject", "definition", "lang", "term", "type", "status", "source", "note",
          "reliability", "references")
REFERENCE_SEPARATOR = " | "


def dumps(termbase: Termbase) -> bytes:
    """Every term of every concept as a CSV row with the concept's fields."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(FIELDS)
    for concept in termbase.concepts():
        for lang, term in concept.all_terms():
            source = "proposed" if term.proposed else " ".join(term.sources)
            references = REFERENCE_SEPARATOR.join(r.cite() for r in term.references)
            writer.writerow((concept.id, concept.subject, concept.definition, lang, term.text,
                             term.type, term.status, source, term.note, term.reliability,
                             references))
    return buffer.getvalue().encode("utf-8")


def write_csv(fileobj: IO[bytes], termbase: Termbase) -> None:
    """Write every term as a CSV row."""
    fileobj.write(dumps(termbase))


def read_csv(fileobj: IO[bytes]) -> Termbase:
    """The termbase of a CSV ``write_csv`` wrote (or a spreadsheet kept its columns); notes of
    concepts are not
    in the CSV. A ``DataFileError`` names the line of a row that lacks a column."""
    name = getattr(fileobj, "name", "-")
    rows = csv.DictReader(io.StringIO(fileobj.read().decode("utf-8")))
    missing = [f for f in FIELDS if f not in (rows.fieldnames or ())]
    if missing:
        raise DataFileError(str(name), 1, missing[0], "missing column")
    heads: dict[str, tuple[str, str]] = {}
    terms: dict[str, dict[str, list[Term]]] = {}
    for row in rows:
        if any(row.get(f) is None for f in FIELDS):
            raise DataFileError(str(name), rows.line_num, "row", "has fewer cells than the header")
        heads.setdefault(row["concept"], (row["subject"], row["definition"]))
        source = () if row["source"] == "proposed" else tuple(row["source"].split())
        cited = row["references"].split(REFERENCE_SEPARATOR) if row["references"] else []
        references = tuple(r for r in map(Reference.from_cite, cited) if r is not None)
        term = Term(row["term"], row["type"], row["status"], source, row["note"], False, references)
        terms.setdefault(row["concept"], {}).setdefault(row["lang"], []).append(term)
    return Termbase({cid: Concept(cid, *heads[cid], {lang: tuple(t) for lang, t in by_lang.items()})
                     for cid, by_lang in terms.items()})
