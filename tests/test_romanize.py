from __future__ import annotations

import pytest

from glossary.language.romanize import kazakh, loose_kk, loose_ru, plain_kk, russian, strip_marks


def test_russian_schemes_come_from_iuliia():
    found = dict(russian("мягкой силы"))
    assert found["myagkoy sily"] == "BGN/PCGN, Wikipedia"
    assert found["mjagkoj sily"] == "scholarly"
    assert found["miagkoi sily"] == "ALA-LC"
    assert strip_marks(next(k for k, v in found.items() if v == "ISO 9")) == "magkoj sily"


@pytest.mark.parametrize(
    "spelling", ["myagkaya sila", "mjagkaja sila", "miagkaia sila", "mâgkaâ sila", "Myagkaja Sila"]
)
def test_loose_russian_spellings_meet(spelling):
    assert {loose_ru(latin) for latin, _ in russian("мягкая сила")} == {loose_ru(spelling)}


def test_ad_hoc_politechnologiyi():
    assert loose_ru("politechnologiyi") in {
        loose_ru(latin) for latin, _ in russian("политтехнологии")
    }


@pytest.mark.parametrize("spelling", ["jūmsaq küş", "jumsaq kúsh", "zhumsak kush", "Zhumsaq Kush"])
def test_kazakh_latin_alphabets_meet(spelling):
    assert {loose_kk(latin) for latin, _ in kazakh("жұмсақ күш")} == {loose_kk(spelling)}


def test_kazakh_2021_alphabet():
    assert dict(kazakh("жұмсақ күш"))["jūmsaq küş"] == "Kazakh Latin 2021"


def test_plain_kazakh():
    assert plain_kk("Жұмсақ күш") == "жумсак куш"
    assert plain_kk("күшi") == "куши"  # a Latin i typed for і
