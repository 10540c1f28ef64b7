"""Hypothesis strategies for the model: valid concepts, as the tools write them."""
from __future__ import annotations

from hypothesis import strategies as st

from glossary.model import LANGUAGES, STATUSES, TERM_TYPES, Concept, Reference, Term

text = st.text(st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Cn", "Co", "Zl", "Zp")),
               min_size=1,
               max_size=20).filter(
    lambda s: s.strip() == s and "  " not in s and s.strip()
)
# Printable text only: what a catalogue or an XML file can carry on one line.
printable = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Co", "Cn"), blacklist_characters="\\"),
    min_size=1,
    max_size=20,
).filter(lambda s: s.strip() == s and "  " not in s and s.strip() and s.isprintable())
source = st.from_regex(r"seeds/[a-z]{1,5}\.txt:[1-9][0-9]{0,2}", fullmatch=True)
reference = st.builds(
    Reference,
    found=printable,
    checked=st.dates(max_value=__import__("datetime").date(2026, 11, 30)).map(str),
    url=st.one_of(st.just(""), st.from_regex(r"https://[a-z]{1,8}\.kz/[a-z0-9/]{0,12}", fullmatch=True)),
    title=printable.filter(lambda s: not s.startswith("http")),  # a title, not an address
)


@st.composite
def terms(draw, text=text) -> tuple[Term, ...]:
    """One preferred term and up to two others, all different."""
    texts = draw(st.lists(text, min_size=1, max_size=3, unique=True))
    built = []
    for i, t in enumerate(texts):
        sources = tuple(draw(st.lists(source, max_size=3, unique=True)))
        references = tuple(draw(st.lists(reference, max_size=2)))
        # A proposed preferred term must say what it rests on.
        proposed = not sources and not references
        note = draw(text if i == 0 and proposed else st.one_of(st.just(""), text))
        status = "preferred" if i == 0 else draw(st.sampled_from(STATUSES[1:]))
        built.append(Term(t, draw(st.sampled_from(TERM_TYPES)), status, sources, note, False, references))
    return tuple(built)


@st.composite
def with_derived(draw, concept: Concept) -> Concept:
    """``concept`` with derived words in some languages, none of them a term of its language."""
    derived = {}
    for lang in draw(st.lists(st.sampled_from(LANGUAGES), max_size=3, unique=True)):
        taken = {t.text for t in concept.terms.get(lang, ())}
        derived[lang] = tuple(draw(st.lists(text.filter(lambda w, taken=taken: w not in taken), min_size=1,
                                            max_size=2, unique=True)))
    return Concept(concept.id, concept.subject, concept.definition, concept.terms, concept.notes,
                   derived, concept.state)


concepts = st.builds(
    Concept,
    id=st.from_regex(r"[a-z]{1,8}(-[a-z0-9]{1,4}){0,2}", fullmatch=True),
    subject=text,
    definition=text,
    terms=st.dictionaries(st.sampled_from(LANGUAGES), terms(), min_size=1),
    notes=st.lists(st.text(max_size=15), max_size=2).map(tuple),
    state=st.one_of(st.just(""), st.from_regex(r"[a-z]{1,8}(-[a-z0-9]{1,4})?", fullmatch=True)),
).flatmap(with_derived)


bilingual_concepts = st.builds(
    Concept,
    id=st.from_regex(r"[a-z]{1,8}(-[a-z0-9]{1,4}){0,2}", fullmatch=True),
    subject=printable,
    definition=printable,
    terms=st.fixed_dictionaries({"en": terms(printable), "kk": terms(printable)}),
    notes=st.lists(printable, max_size=2).map(tuple),
)
# Concepts whose every text an XML file or a catalogue can carry.
printable_concepts = st.builds(
    Concept,
    id=st.from_regex(r"[a-z]{1,8}(-[a-z0-9]{1,4}){0,2}", fullmatch=True),
    subject=printable,
    definition=printable,
    terms=st.dictionaries(st.sampled_from(LANGUAGES), terms(printable), min_size=1),
    notes=st.lists(printable, max_size=2).map(tuple),
)
