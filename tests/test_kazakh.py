from __future__ import annotations

import doctest

import pytest

import glossary.language.kazakh
from glossary.language.kazakh import analyses, forms, harmony

# Our own small paradigm (checked by hand against Kazakh grammar, not copied from any table).
MEKTEP = {
    "мектеп": "nominative",
    "мектептің": "genitive",
    "мектепке": "dative",
    "мектепті": "accusative",
    "мектепте": "locative",
    "мектептен": "ablative",
    "мектеппен": "instrumental",
    "мектептегі": "locative+attributive",
    "мектептер": "plural",
    "мектебі": "px3",
    "мектебім": "px1sg",
    "мектебіне": "px3+dative",
    "мектептеріміздің": "plural+px1pl+genitive",
    "мектептеріңізде": "plural+px2sg.formal+locative",
}


@pytest.mark.parametrize("form, label", MEKTEP.items())
def test_mektep_paradigm(form, label):
    assert forms("мектеп")[form] == label


@pytest.mark.parametrize(
    "word, form",
    [
        ("күш", "күштің"),
        ("күш", "күшке"),
        ("күш", "күшін"),
        ("күш", "күштер"),
        ("күш", "күштерінің"),
        ("азия", "азияда"),
        ("азия", "азиядағы"),
        ("қала", "қаланың"),
        ("қала", "қалаға"),
        ("қала", "қаласы"),
        ("әлем", "әлемнің"),
        ("әлем", "әлемде"),
        ("кремль", "кремльге"),
        ("одақ", "одағы"),
        ("халық", "халқы"),
        ("ұқшұ", "ұқшұға"),
        ("тмд", "тмдға"),
        ("тмд", "тмдге"),
    ],
)
def test_endings_follow_harmony_and_sounds(word, form):
    assert form in forms(word)


@pytest.mark.parametrize(
    "word, wrong",
    [("күш", "күштың"), ("күш", "күшға"), ("азия", "азияде"), ("әлем", "әлемнің" + "ға")],
)
def test_wrong_harmony_is_not_generated(word, wrong):
    assert wrong not in forms(word)


def test_harmony():
    assert harmony("күш") == (1,)
    assert harmony("азия") == (0,)
    assert harmony("тмд") == (0, 1)


@pytest.mark.parametrize(
    "form, stem",
    [
        ("күштерінің", "күш"),
        ("азиядағы", "азия"),
        ("мектебіне", "мектеп"),
        ("одағы", "одақ"),
        ("халқы", "халық"),
    ],
)
def test_analyses_find_the_stem(form, stem):
    assert stem in {s for s, _ in analyses(form)}


def test_doctests():
    assert doctest.testmod(glossary.language.kazakh).failed == 0


@pytest.mark.parametrize(
    "stem, form, case",
    [("ұйымы", "ұйымына", "dative"), ("ұйымы", "ұйымын", "accusative"),
     ("ұйымы", "ұйымында", "locative"), ("ұйымы", "ұйымынан", "ablative"),
     ("ұйымы", "ұйымындағы", "locative+attributive"), ("ұйымы", "ұйымының", "genitive"),
     ("ассамблеясы", "ассамблеясында", "locative"), ("соғысы", "соғысын", "accusative")],
)
def test_a_possessive_final_word_takes_every_case(stem, form, case):
    """The last word of a compound name ends in the possessive (Біріккен Ұлттар Ұйымы): its case
    endings take an n, and the form is traced back to the name's own last word."""
    assert forms(stem)[form] == case
    assert (stem, case) in analyses(form)


def test_a_soft_sign_takes_front_endings():
    assert forms("беларусь")["беларусьтің"] == "genitive"
    assert forms("беларусь")["беларусьтегі"] == "locative+attributive"


@pytest.mark.parametrize("stem, form", [
    ("назарбаев", "назарбаевтың"),  # the е of a Russian -аев tells no harmony
    ("назарбаев", "назарбаевқа"),
    ("саакашвили", "саакашвилиге"),  # a loanword whose last vowel is и takes front endings
    ("путин", "путинге"),
    ("терроризм", "терроризмге"),  # KazNERD writes терроризмге, never терроризмға
    ("режим", "режимі"),
    ("баку", "бакуге"),  # KazNERD writes Бакуге
    ("баку", "бакуда"),
])
def test_russian_surnames_and_loanwords_take_the_endings_writers_use(stem, form):
    assert form in forms(stem)


def test_a_loanwords_last_i_takes_front_endings_only():
    assert "терроризмға" not in forms("терроризм") and "саакашвилиға" not in forms("саакашвили")
