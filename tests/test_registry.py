"""One registry of formats, and a contract every readable format keeps: what it writes, it reads
back.
"""
from __future__ import annotations

import doctest
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.errors import GlossaryError
from glossary.formats import registry
from glossary.model import Termbase
from tests.strategies import printable_concepts

# csv keeps no notes
LOSSLESS = [f for f in registry.FORMATS if f.reads == "termbase" and f.name != "csv"]


@pytest.mark.parametrize("fmt", LOSSLESS, ids=[f.name for f in LOSSLESS])
@settings(max_examples=40, deadline=None)
@given(items=st.lists(printable_concepts, max_size=4, unique_by=lambda c: c.id))
def test_a_termbase_survives_its_round_trip(fmt, items):
    termbase = Termbase({c.id: c for c in items})
    buffer = io.BytesIO()
    fmt.write(buffer, termbase)
    buffer.seek(0)
    assert fmt.read(buffer) == termbase


def test_every_format_resolves_its_functions():
    for fmt in registry.FORMATS:
        assert fmt.writer is None or callable(registry.resolve(fmt.writer))
        if fmt.unit_reader:
            assert callable(registry.resolve(fmt.unit_reader))
        if fmt.reader:
            assert callable(registry.resolve(fmt.reader))


def test_lookup_by_name_and_extension():
    assert registry.by_extension("x.PO", reads=("termbase", "translations")).name == "po"
    assert registry.by_extension("x.tbx").name == "tbx"
    with pytest.raises(GlossaryError, match="expected a file ending in"):
        registry.by_extension("x.svg", reads=("termbase", "translations"))
    with pytest.raises(GlossaryError, match="unknown format .xlsx."):
        registry.by_name("xlsx")
    with pytest.raises(GlossaryError, match="cannot be read"):
        registry.by_name("tsv").read(io.BytesIO(b""))


def test_doctests():
    assert doctest.testmod(registry).failed == 0
