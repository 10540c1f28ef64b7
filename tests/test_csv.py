"""The CSV of every term: golden file, every field, read back."""
from __future__ import annotations

import csv as stdcsv
import io
from pathlib import Path

import pytest

from glossary.errors import DataFileError
from glossary.formats import csv
from glossary.termbase.files import load_termbase

DATA = Path(__file__).parent / "data"


def test_golden_and_every_field():
    small = load_termbase(DATA / "good")
    data = csv.dumps(small)
    assert data == (DATA / "golden" / "good.csv").read_bytes()
    rows = list(stdcsv.DictReader(io.StringIO(data.decode())))
    assert tuple(rows[0]) == csv.FIELDS
    assert len(rows) == sum(1 for c in small.concepts() for _ in c.all_terms())
    assert any(r["source"] == "proposed" for r in rows) and any(
        r["source"].startswith("seeds/") for r in rows
    )


def test_read_back_gives_every_term_and_field():
    small = load_termbase(DATA / "good")
    back = csv.read_csv(io.BytesIO(csv.dumps(small)))
    assert list(back) == list(small)
    for concept in small.concepts():
        other = back[concept.id]
        assert (other.subject, other.definition) == (concept.subject, concept.definition)
        assert {lang: [(t.text, t.type, t.status, t.sources, t.note, t.references) for t in terms]
                for lang, terms in other.terms.items()} == {
            lang: [(t.text, t.type, t.status, t.sources, t.note, t.references) for t in terms]
            for lang, terms in concept.terms.items()}


def test_a_missing_column_names_it():
    with pytest.raises(DataFileError, match="concept: missing column"):
        csv.read_csv(io.BytesIO(b"subject,term\nx,y\n"))
