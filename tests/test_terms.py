"""The shipped termbase: its size, its official names, and CLDR state names."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from babel import Locale

from glossary.termbase.files import load_termbase

ROOT = Path(__file__).parent.parent
TERMBASE = load_termbase(ROOT / "glossary" / "terms")


def texts(concept_id: str, lang: str) -> set[str]:
    return {t.text for t in TERMBASE[concept_id].terms[lang]}


def test_at_least_80_concepts_all_trilingual():
    assert len(TERMBASE) >= 80
    for concept in TERMBASE.concepts():
        assert concept.languages() == ("en", "kk", "ru"), concept.id


@pytest.mark.parametrize(
    "concept_id, en, kk, ru",
    [
        ("soft-power", "soft power", "жұмсақ күш", "мягкая сила"),
        ("hard-power", "hard power", "қатаң күш", "жесткая сила"),
        ("csto", "CSTO", "ҰҚШҰ", "ОДКБ"),
        ("cis", "CIS", "ТМД", "СНГ"),
        ("eaeu", "EAEU", "ЕАЭО", "ЕАЭС"),
        ("sco", "SCO", "ШЫҰ", "ШОС"),
        (
            "great-patriotic-war",
            "Great Patriotic War",
            "Ұлы Отан соғысы",
            "Великая Отечественная война",
        ),
        (
            "post-soviet-space",
            "post-Soviet space",
            "посткеңестік кеңістік",
            "постсоветское пространство",
        ),
        (
            "special-military-operation",
            "special military operation",
            "арнайы әскери операция",
            "специальная военная операция",
        ),
        (
            "territorial-integrity",
            "territorial integrity",
            "аумақтық тұтастық",
            "территориальная целостность",
        ),
    ],
)
def test_key_equivalents(concept_id, en, kk, ru):
    assert en in texts(concept_id, "en")
    assert kk in texts(concept_id, "kk")
    assert ru in texts(concept_id, "ru")


def test_both_usages_recorded_with_a_reason():
    assert {"Кыргызстан", "Киргизия"} <= texts("kyrgyzstan", "ru")
    assert {"Беларусь", "Белоруссия"} <= texts("belarus", "ru")
    for concept_id, names in (
        ("kyrgyzstan", ("Кыргызстан", "Киргизия")),
        ("belarus", ("Беларусь", "Белоруссия")),
    ):
        assert any(all(name in note for name in names) for note in TERMBASE[concept_id].notes)


STATES = importlib.util.spec_from_file_location("cldr_states", ROOT / "scripts" / "cldr_states.py")
cldr_states = importlib.util.module_from_spec(STATES)
STATES.loader.exec_module(cldr_states)


@pytest.mark.parametrize("code", sorted(cldr_states.STATES))
def test_state_names_come_from_cldr(code):
    concept_id, _ = cldr_states.STATES[code]
    for lang in ("en", "kk", "ru"):
        assert Locale(lang).territories[code] in texts(concept_id, lang), (code, lang)


def test_organisations_carry_their_abbreviations():
    for concept in TERMBASE.concepts():
        if concept.subject != "international organizations":
            continue
        has_short = [
            any(t.type in ("acronym", "abbreviation") for t in concept.terms[lang])
            for lang in ("en", "kk", "ru")
        ]
        # Every organisation with an English acronym has one in Russian too.
        if has_short[0]:
            assert has_short[2], concept.id
