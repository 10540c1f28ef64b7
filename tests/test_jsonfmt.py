from __future__ import annotations

import io

from hypothesis import given, strategies as st

from glossary.jsonfmt import read_json, write_json
from glossary.model import LANGUAGES, STATUSES, TERM_TYPES, Concept, Term

text = st.text(min_size=1, max_size=20)
term = st.builds(
    Term,
    text=text,
    type=st.sampled_from(TERM_TYPES),
    status=st.sampled_from(STATUSES),
    sources=st.lists(st.from_regex(r"seeds/[a-z]{1,5}\.txt:[1-9][0-9]{0,2}", fullmatch=True), max_size=3, unique=True).map(tuple),
    note=st.text(max_size=10),
)
concept = st.builds(
    Concept,
    id=st.from_regex(r"[a-z]{1,8}(-[a-z0-9]{1,4}){0,2}", fullmatch=True),
    subject=text,
    definition=text,
    terms=st.dictionaries(st.sampled_from(LANGUAGES), st.lists(term, min_size=1, max_size=3).map(tuple), min_size=1),
    notes=st.lists(text, max_size=2).map(tuple),
)


@given(st.lists(concept, max_size=5, unique_by=lambda c: c.id))
def test_json_round_trip(concepts):
    buffer = io.StringIO()
    write_json(buffer, concepts)
    buffer.seek(0)
    back = read_json(buffer)
    assert [back[c.id] for c in sorted(concepts, key=lambda c: c.id)] == sorted(concepts, key=lambda c: c.id)
