from __future__ import annotations

import pytest

from glossary.lookup import Index
from glossary.termfile import load_termbase


@pytest.fixture
def index(data) -> Index:
    return Index(load_termbase(data / "good"))


@pytest.mark.parametrize(
    "query, concept, lang",
    [
        ("мягкая сила", "soft-power", "ru"),
        ("«Soft Power»", "soft-power", "en"),
        ('"SOFT-POWER"', "soft-power", "en"),
        ("Жұмсақ күш", "soft-power", "kk"),
        ("одкб", "csto", "ru"),
        ("CSTO", "csto", "en"),
    ],
)
def test_exact_matches(index, query, concept, lang):
    first = index.lookup(query)[0]
    assert (first.concept.id, first.how, first.lang) == (concept, "exact", lang)


def test_word_match_ranks_after_exact(index):
    matches = index.lookup("power")
    assert [(m.concept.id, m.how) for m in matches] == [("soft-power", "words")]
    assert matches[0].explain() == {"type": "words", "lang": "en", "term": "soft power"}


def test_lang_restricts_the_query_language(index):
    assert index.lookup("ҰҚШҰ", ["kk"])
    assert index.lookup("ҰҚШҰ", ["ru"]) == []


def test_miss_and_suggestions(index):
    assert index.lookup("hard power") == []
    assert index.lookup("   ") == []
    assert index.suggest("sofft power") == ["soft power"]
