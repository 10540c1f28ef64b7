from __future__ import annotations

import io

from hypothesis import given, strategies as st

from glossary.formats.json import read_json, write_json
from tests.strategies import concepts


@given(st.lists(concepts, max_size=5, unique_by=lambda c: c.id))
def test_json_round_trip(items):
    buffer = io.StringIO()
    write_json(buffer, items)
    buffer.seek(0)
    back = read_json(buffer)
    ordered = sorted(items, key=lambda c: c.id)
    assert back.concepts() == ordered
