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


def test_derived_words_are_words_someone_has_written():
    """Every derived word stands in a reference: Russian ones in pymorphy3's dictionary as
    adjectives or nouns (американский, американец); Kazakh and English ones in the seeds, ../shared/corpora or the Kazakh hunspell
    dictionary."""
    import re

    import pymorphy3

    from tests.tools import corpora

    folder = corpora()
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt"))
    written = {lang: seeds + "\n".join(p.read_text(encoding="utf-8")
                                       for p in folder.glob(f"**/*.{lang}.txt"))
               for lang in ("en", "kk")}
    written["kk"] += "\n".join(p.read_text(encoding="utf-8") for p in (folder / "kk").glob("*.txt"))
    written["kk"] += (folder / "morph" / "kk_KZ.dic").read_text(encoding="utf-8")
    written["en"] += "\n".join(p.read_text(encoding="utf-8") for p in (folder / "en").glob("*.txt"))
    morph = pymorphy3.MorphAnalyzer()
    seen = 0
    for concept in TERMBASE.concepts():
        for lang, words in concept.derived.items():
            for word in words:
                seen += 1
                if lang == "ru":
                    assert any(p.tag.POS in ("ADJF", "NOUN") and p.normal_form == word
                               for p in morph.parse(word) if p.is_known), (concept.id, word)
                else:
                    assert re.search(rf"(?<!\w){re.escape(word)}", written[lang], re.I), (
                        concept.id, word)
    assert seen >= 40
