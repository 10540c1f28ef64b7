from __future__ import annotations

import doctest

import pytest

import glossary.language.textnorm
from glossary.language.textnorm import fold, words


@pytest.mark.parametrize(
    "a, b",
    [
        ("«Soft Power»", "soft power"),
        ("“soft power”", "Soft power"),
        ("‘soft power’", "soft power"),
        ("Нагорный Карабах", "нагорный-карабах"),
        ("Nagorno–Karabakh", "nagorno karabakh"),
        ("жёсткая сила", "жесткая сила"),
        ("  ОДКБ ", "одкб"),
    ],
)
def test_fold_ignores_what_readers_ignore(a, b):
    assert fold(a) == fold(b)


def test_fold_keeps_kazakh_letters_apart():
    assert fold("күш") != fold("куш")


def test_words():
    assert words("ҰҚШҰ-ға мүше") == ["ұқшұ", "ға", "мүше"]


def test_doctests():
    assert doctest.testmod(glossary.language.textnorm).failed == 0


def test_a_latin_i_in_a_cyrillic_word_is_the_kazakh_letter():
    # Older digitised acts type і with the Latin key: the same word to a reader.
    assert fold("өзiн-өзi билеу") == fold("өзін-өзі билеу") == "өзін өзі билеу"
    # In a Latin word it stays Latin, and a Cyrillic word without one is unchanged.
    assert fold("Iran і") == "iran і" and fold("билік") == "билік"
    assert fold("бiiр") == "біір"  # a run of them too


def test_a_reference_typed_with_a_latin_i_attests_the_kazakh_term():
    from glossary.termbase.attest import match_spans

    assert match_spans("қазақ ұлтының өзiн-өзi билеу хұқын растай", "өзін-өзі билеу", "kk")
