"""A news item's dateline (glossary.aids.termdates)."""
from __future__ import annotations

import pytest

from glossary.aids.termdates import datelined


@pytest.mark.parametrize("text, word, inside", [
    ("MOSCOW, January 12./TASS/. A meeting of the CSTO will be held.", "MOSCOW", True),
    ("BAKU, Azerbaijan, September 16. Regional security remains a priority.", "Azerbaijan", True),
    ("BAKU, Azerbaijan, September 16. Regional security remains a priority.", "Regional", False),
    ("ASTANA. KAZINFORM – President Tokayev of Kazakhstan received them.", "ASTANA", True),
    ("ASTANA. KAZINFORM – President Tokayev of Kazakhstan received them.", "Kazakhstan", False),
    ("МОСКВА, 9 января. /ТАСС/. Генсек ОДКБ обсудил обстановку.", "МОСКВА", True),
    ("RUSSIA, the largest country, borders China.", "RUSSIA", False),  # no date, no agency
    ("ALMATY – President Tokayev delivered a lecture.", "ALMATY", True),
    ("ALMATY – President Tokayev delivered a lecture.", "Tokayev", False),
    ("Москва. 30 декабря. INTERFAX.RU - В ходе разговора с Путиным", "Москва", True),
    ("Москва. 30 декабря. INTERFAX.RU - В ходе разговора с Путиным", "Путиным", False),
    ("Москва. 30 процентов опрошенных согласны.", "Москва", False),  # no month: no date
    ("RUSSIA WARNS KAZAKHSTAN – Moscow demands answers.", "RUSSIA", False),  # a headline
    ("ASTANA. KAZINFORM Official Spokesperson Aibek Smadiyarov commented.", "ASTANA", True),
])
def test_a_dateline_is_a_place_in_capitals_then_a_date_or_an_agency(text, word, inside):
    assert datelined(text, text.find(word)) is inside


def test_a_line_opening_with_an_acronym_has_no_dateline():
    text = "NATO, the EU and Russia met on 12 May. Then they parted."
    assert not datelined(text, 0, frozenset({0}))


def test_a_dateline_alone_on_its_line_ends_at_its_end():
    text = "TIANJIN, China, September 1."
    assert datelined(text, text.index("China"))


def test_a_dateline_with_the_agency_in_brackets():
    text = "MOSCOW (TASS): The presidents of Russia and Tajikistan held talks."
    assert datelined(text, 0) and not datelined(text, text.index("Russia"))
