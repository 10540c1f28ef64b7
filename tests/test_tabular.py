from __future__ import annotations

import csv
import io
from pathlib import Path

from glossary.formats.tabular import CSV_FIELDS, write_csv, write_tsv
from glossary.termbase.files import load_termbase

DATA = Path(__file__).parent / "data"


def test_tsv_golden_and_shape():
    small = load_termbase(DATA / "good")
    data = write_tsv(small, "kk")
    assert data == (DATA / "golden" / "good-kk.tab").read_bytes()
    for line in data.decode().splitlines():
        source, target, comment = line.split("\t")
        assert source and target and comment


def test_csv_keeps_every_field():
    small = load_termbase(DATA / "good")
    rows = list(csv.DictReader(io.StringIO(write_csv(small).decode())))
    assert tuple(rows[0]) == CSV_FIELDS
    assert len(rows) == sum(1 for c in small.concepts() for _ in c.all_terms())
    assert any(r["source"] == "proposed" for r in rows) and any(r["source"].startswith("seeds/") for r in rows)
