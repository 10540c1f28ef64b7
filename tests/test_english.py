from __future__ import annotations

import doctest

import glossary.language.english
from glossary.language.english import forms, spelling_variants


def test_plural_possessive_and_spelling():
    f = forms("colour revolution")
    assert f["colour revolutions"] == "plural"
    assert f["color revolution"] == "other spelling"
    assert f["colour revolution’s"] == "possessive"
    assert forms("sphere of influence")["spheres of influence"] == "plural"
    assert forms("labour migrants")["labor migrant"] == "singular, other spelling"
    assert "mobilization" in forms("mobilisation")
    assert forms("CSTO") == {"CSTO’s": "possessive", "CSTOs": "plural"}


def test_spelling_variants_both_ways():
    assert spelling_variants("color") == {"color", "colour"}
    assert spelling_variants("defence") == {"defence", "defense"}
    assert spelling_variants("power") == {"power"}


def test_doctests():
    assert doctest.testmod(glossary.language.english).failed == 0
