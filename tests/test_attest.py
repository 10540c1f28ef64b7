from __future__ import annotations

import pytest

from glossary.attest import Seeds, line_attests


@pytest.mark.parametrize(
    "line, term",
    [
        ("the limits of soft power today", "soft power"),
        ("концептуализации термина «мягкой силы» в науке", "мягкая сила"),
        ("ресейлік «жұмсақ күштің» тиімділігі", "жұмсақ күш"),
        ("призму теории «неоклассического реализма»", "неоклассический реализм"),
        ("Орталық Азиядағы Ресейдің", "Орталық Азия"),
        ("ҰҚШҰ-ға мүше елдер", "ҰҚШҰ"),
        ("Member states of the CSTO.", "CSTO"),
    ],
)
def test_inflected_forms_attest(line, term):
    assert line_attests(line, term)


@pytest.mark.parametrize(
    "line, term",
    [
        ("hard power is not the same", "soft power"),
        ("power that is soft", "soft power"),
        ("СНГ и ОДКБ", "ЕС"),  # a short abbreviation is a whole word, not a prefix
        ("ОДКБ-шы", "ОДК"),
        ("если бы", "ес"),
    ],
)
def test_other_words_do_not(line, term):
    assert not line_attests(line, term)


def test_seeds_report_why(data):
    seeds = Seeds(data / "seeds")
    assert seeds.problem("seeds/fixture.txt:3", "мягкая сила") is None
    assert "only 4 lines" in seeds.problem("seeds/fixture.txt:5", "x")
    assert "no such file" in seeds.problem("seeds/none.txt:1", "x")
    assert "does not contain" in seeds.problem("seeds/fixture.txt:1", "мягкая сила")
