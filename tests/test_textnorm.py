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
