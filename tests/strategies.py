"""Hypothesis strategies for the model: valid concepts, as the tools write them."""
from __future__ import annotations

from hypothesis import strategies as st

from glossary.model import LANGUAGES, STATUSES, TERM_TYPES, Concept, Term

text = st.text(min_size=1, max_size=20).filter(
    lambda s: s.strip() == s and "  " not in s and s.strip()
)
source = st.from_regex(r"seeds/[a-z]{1,5}\.txt:[1-9][0-9]{0,2}", fullmatch=True)


@st.composite
def terms(draw, text=text) -> tuple[Term, ...]:
    """One preferred term and up to two others, all different."""
    texts = draw(st.lists(text, min_size=1, max_size=3, unique=True))
    built = []
    for i, t in enumerate(texts):
        sources = tuple(draw(st.lists(source, max_size=3, unique=True)))
        # A proposed preferred term must say what it rests on.
        note = draw(st.text(min_size=1 if i == 0 and not sources else 0, max_size=10))
        status = "preferred" if i == 0 else draw(st.sampled_from(STATUSES[1:]))
        built.append(Term(t, draw(st.sampled_from(TERM_TYPES)), status, sources, note))
    return tuple(built)


concepts = st.builds(
    Concept,
    id=st.from_regex(r"[a-z]{1,8}(-[a-z0-9]{1,4}){0,2}", fullmatch=True),
    subject=text,
    definition=text,
    terms=st.dictionaries(st.sampled_from(LANGUAGES), terms(), min_size=1),
    notes=st.lists(st.text(max_size=15), max_size=2).map(tuple),
)


# Printable text only: what a catalogue or an XML file can carry on one line.
printable = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Co", "Cn")),
    min_size=1,
    max_size=20,
).filter(lambda s: s.strip() == s and "  " not in s and s.strip() and s.isprintable())
bilingual_concepts = st.builds(
    Concept,
    id=st.from_regex(r"[a-z]{1,8}(-[a-z0-9]{1,4}){0,2}", fullmatch=True),
    subject=printable,
    definition=printable,
    terms=st.fixed_dictionaries({"en": terms(printable), "kk": terms(printable)}),
    notes=st.lists(printable, max_size=2).map(tuple),
)
