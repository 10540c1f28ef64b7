from __future__ import annotations

import pytest

from glossary.termbase.attest import line_attests
from glossary.termbase.seeds import Seeds


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


@pytest.mark.parametrize(
    "line, term, lang, ok",
    [
        ("Мягкая сила России", "Россия", "ru", True),
        ("российской «мягкой силы»", "Россия", "ru", False),
        ("геополитических предпочтений", "геополитика", "ru", False),
        ("системы международных отношений", "международные отношения", "ru", True),
        ("Ресейдің жұмсақ күші", "Ресей", "kk", True),
        ("«ресейлік жұмсақ күш»", "Ресей", "kk", False),
        ("геосаяси артықшылығы", "геосаясат", "kk", False),
        ("мектебінен шықты", "мектеп", "kk", True),
        ("жұмсақ күштерінің", "жұмсақ күш", "kk", True),
        ("Орталық Азиядағы", "Орталық Азия", "kk", True),
        # a last ы/і between consonants drops before a vowel, and only there
        ("орыс тілді халқы азайды", "орыс тілді халық", "kk", True),
        ("бұл орнында тұр", "орын", "kk", True),
        ("халқтың", "халық", "kk", False),
    ],
)
def test_derived_words_do_not_attest(line, term, lang, ok):
    assert line_attests(line, term, lang) is ok


@pytest.mark.parametrize(
    "line, term, ok",
    [
        ("the powers of Russia’s neighbours", "power", True),
        ("the Russian Federation's policies", "policy", True),
        ("crimes against humanity", "Crimea", False),
        ("a balance of power", "balancing", False),
    ],
)
def test_english_only_plural_and_possessive(line, term, ok):
    assert line_attests(line, term, "en") is ok


def test_find_lists_every_attesting_line(data):
    seeds = Seeds(data / "seeds")
    assert seeds.find("мягкая сила", "ru") == ["seeds/fixture.txt:3"]
    assert seeds.find("ОДКБ") == ["seeds/fixture.txt:4"]


def test_attest_spreads_over_files(tmp_path):
    (tmp_path / "a.txt").write_text("soft power\nsoft power\nsoft power\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("no\nsoft power\n", encoding="utf-8")
    seeds = Seeds(tmp_path)
    assert seeds.attest("soft power", "en") == ("seeds/a.txt:1", "seeds/b.txt:2", "seeds/a.txt:2")
    assert seeds.attest("hard power", "en") == ()


def test_seeds_report_why(data):
    seeds = Seeds(data / "seeds")
    assert seeds.problem("seeds/fixture.txt:3", "мягкая сила") is None
    assert "only 6 lines" in seeds.problem("seeds/fixture.txt:7", "x")
    assert "no such file" in seeds.problem("seeds/none.txt:1", "x")
    assert "does not contain" in seeds.problem("seeds/fixture.txt:1", "мягкая сила")
