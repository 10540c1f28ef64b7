from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary.model import Concept, Term, Termbase


def concept(**terms) -> Concept:
    return Concept(id="x", subject="s", definition="d", terms=terms)


def test_terms_are_frozen():
    term = Term("soft power")
    with pytest.raises(dataclasses.FrozenInstanceError):
        term.text = "hard power"  # type: ignore[misc]


def test_proposed_means_no_sources():
    assert Term("a").proposed
    assert not Term("a", sources=("seeds/f.txt:1",)).proposed


def test_preferred_and_languages_in_canonical_order():
    c = concept(
        ru=(Term("мягкая сила", note="n"),),
        en=(Term("soft", status="admitted"), Term("soft power", note="n")),
    )
    assert c.languages() == ("en", "ru")
    assert c.preferred("en").text == "soft power"
    assert c.preferred("kk") is None
    assert c.problems() == []


def test_problems_name_each_broken_rule():
    c = Concept(
        id="Bad Id",
        subject="",
        definition="d",
        terms={"en": (Term("a"), Term("a")), "de": (Term("b"),)},
    )
    fields = [field for field, _ in c.problems()]
    assert fields == ["id", "subject", "en", "en", "en", "en", "de"]


def test_a_proposed_preferred_term_needs_a_note():
    bare = concept(kk=(Term("жұмсақ күш"),))
    assert bare.problems() == [
        ("kk", "proposed term 'жұмсақ күш' needs a note saying what it rests on")
    ]
    assert concept(kk=(Term("жұмсақ күш", sources=("seeds/a.txt:1",)),)).problems() == []
    assert concept(kk=(Term("жұмсақ күш", note="usage"),)).problems() == []


def test_termbase_iterates_in_id_order():
    tb = Termbase({"b": concept(en=(Term("b"),)), "a": concept(en=(Term("a"),))})
    assert list(tb) == ["a", "b"]
    assert len(tb) == 2 and "a" in tb


def test_reliability_follows_the_evidence():
    from glossary.model import Reference

    ref = Reference("мягкой силы", "2026-11-30", url="https://example.org/a", title="A page")
    assert Term("a", sources=("seeds/f.txt:1",), references=(ref,)).reliability == "attested"
    assert Term("a", references=(ref,)).reliability == "referenced"
    assert not Term("a", references=(ref,)).proposed
    assert Term("a", note="why").reliability == "proposed"


@given(
    st.text(min_size=1).filter(lambda s: "»" not in s and "\n" not in s),
    st.sampled_from(["", "Закон Республики Казахстан, № 3-V", "Kazinform"]),
    st.sampled_from(["", "https://adilet.zan.kz/rus/docs/Z1200000003"]),
)
def test_a_reference_reads_back_from_its_citation(found, title, url):
    from glossary.model import Reference

    if not title and not url:
        title = "CLDR"
    ref = Reference(found, "2026-11-30", url, title)
    assert Reference.from_cite(ref.cite()) == ref


def test_derived_words_are_not_terms():
    base = concept(en=(Term("United States", sources=("seeds/a.txt:1",)),))
    ok = Concept(base.id, base.subject, base.definition, base.terms, derived={"en": ("American",)})
    assert ok.problems() == [] and ok.to_dict()["derived"] == {"en": ["American"]}
    assert Concept.from_dict(ok.to_dict()) == ok
    assert "derived" not in base.to_dict() and "derived" not in ok.to_dict(["kk"])
    bad = Concept(base.id, base.subject, base.definition, base.terms,
                  derived={"en": ("United States", "American", "American", " "), "de": ("x",)})
    assert [message for _, message in bad.problems()] == [
        "en: 'United States' is a term of the concept; a derived word is not",
        "en: 'American' is listed twice",
        "en: ' ' must not be empty",
        "de: 'x' is in no known language (en, kk, ru)",
    ]


def test_a_state_is_a_concept_id_and_survives_the_round_trip():
    base = concept(en=(Term("Strelsau", sources=("seeds/a.txt:1",)),))
    linked = Concept(base.id, "geography", base.definition, base.terms, state="ruritania")
    assert linked.problems() == [] and linked.to_dict()["state"] == "ruritania"
    assert Concept.from_dict(linked.to_dict()) == linked and "state" not in base.to_dict()
    bad = Concept(base.id, "geography", base.definition, base.terms, state="Ruritania!")
    assert bad.problems() == [("state", "'Ruritania!' is no concept id")]
