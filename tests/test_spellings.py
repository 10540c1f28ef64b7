from __future__ import annotations

from glossary.forms.spellings import (
    EXACT,
    FORM,
    LOOSE,
    PLAIN,
    ROMANIZATION,
    roles,
    scheme_names,
    spellings,
)
from glossary.language.russian import ANY, SLOTS, slot_label


def _by_key(lang, word, role):
    return {s.key: s for s in spellings(lang, word, role)}


def test_russian_roles_and_agreement_masks():
    assert roles("ru", "мягкая сила", ["мягкая", "сила"]) == ["agree femn inan", "head"]
    adjective = _by_key("ru", "мягкая", "agree femn inan")
    noun = _by_key("ru", "сила", "head")
    assert adjective["мягкая"].kind == EXACT and noun["силы"].kind == FORM
    both = adjective["мягкой"].mask & noun["силы"].mask
    assert slot_label(both) == "genitive singular"
    assert not adjective["мягкая"].mask & noun["силы"].mask  # «мягкая силы» does not agree
    assert "мягчайшей" not in adjective  # a superlative is another word, not a form


def test_fixed_words_and_abbreviations_fit_every_slot():
    assert roles("ru", "ОДКБ", ["одкб"]) == ["fixed"]
    assert _by_key("ru", "одкб", "fixed")["одкб"].mask == ANY == (1 << len(SLOTS)) - 1


def test_romanizations_name_their_schemes():
    sily = _by_key("ru", "сила", "head")["sily"]
    assert sily.kind == ROMANIZATION and sily.form == "силы"
    assert "BGN/PCGN" in scheme_names("ru", sily.schemes)
    assert any(s.kind == LOOSE for s in spellings("ru", "сила", "head"))


def test_kazakh_spellings():
    strict = {s.key: s for s in spellings("kk", "күш", "fixed") if s.kind == ROMANIZATION}
    assert scheme_names("kk", strict["kus"].schemes) == "Kazakh Latin 2021"
    assert scheme_names("kk", strict["kush"].schemes) == "Kazakh Latin 2018, informal Kazakh Latin"
    assert _by_key("kk", "күш", "fixed")["куш"].kind == PLAIN


def test_english_roles_and_forms():
    assert roles("en", "sphere of influence", ["sphere", "of", "influence"]) == [
        "head",
        "word",
        "last",
    ]
    forms = _by_key("en", "revolution", "head last")
    assert forms["revolutions"].label == "plural" and forms["revolution's"].label == "possessive"
    assert _by_key("en", "colour", "word")["color"].label == "other spelling"
