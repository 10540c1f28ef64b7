"""The OmegaT glossary: golden file and shape."""
from __future__ import annotations

import io
from pathlib import Path

from glossary.formats import tsv
from glossary.termbase.files import load_termbase

DATA = Path(__file__).parent / "data"


def test_golden_and_shape():
    small = load_termbase(DATA / "good")
    buffer = io.BytesIO()
    tsv.write_tsv(buffer, small, "kk")
    assert buffer.getvalue() == (DATA / "golden" / "good-kk.tab").read_bytes()
    for line in buffer.getvalue().decode().splitlines():
        source, target, comment = line.split("\t")
        assert source and target and comment
