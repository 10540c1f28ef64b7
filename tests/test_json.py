"""The JSON exchange format: golden file, round trips, errors with their line."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary.errors import DataFileError
from glossary.formats import json
from glossary.model import Termbase
from glossary.termbase.files import load_termbase
from tests.strategies import concepts

DATA = Path(__file__).parent / "data"


def test_golden():
    assert json.dumps(load_termbase(DATA / "good")) == (DATA / "golden" / "good.json").read_bytes()


@given(st.lists(concepts, max_size=5, unique_by=lambda c: c.id))
def test_round_trip(items):
    termbase = Termbase({c.id: c for c in items})
    buffer = io.BytesIO()
    json.write_json(buffer, termbase)
    buffer.seek(0)
    assert json.read_json(buffer) == termbase


def test_a_syntax_error_names_its_line():
    stream = io.BytesIO(b'[\n{"id": "x",\n]\n')
    stream.name = "bad.json"
    with pytest.raises(DataFileError, match=r"^bad\.json:3: json: "):
        json.read_json(stream)
