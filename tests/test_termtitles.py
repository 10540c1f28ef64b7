"""Which title nouns may stand for a person (glossary.aids.termtitles), and through check."""
from __future__ import annotations

import re

import pytest

from glossary.aids.checking import check
from glossary.aids.termtitles import offices, titles
from tests.test_termrefs import kinds


@pytest.mark.parametrize("definition, held", [
    ("Kazakh statesman (born 1953), President of the Republic of Kazakhstan since 2019.",
     {"head"}),
    ("Russian diplomat (born 1950), Minister of Foreign Affairs of the Russian Federation since "
     "2004.", {"minister"}),
    ("Armenian politician (born 1975), Prime Minister of Armenia since 2018.", {"premier"}),
    # Presidential is no office of his; a deputy prime minister is no premier
    ("Russian politician, deputy head of the Presidential Administration, later Deputy Prime "
     "Minister.", set()),
    ("American political scientist, Harvard professor.", set()),
])
def test_the_offices_a_definition_names(definition, held):
    assert offices(definition) == held


@pytest.mark.parametrize("text, lang, held, found", [
    ("Министр провёл переговоры.", "ru", {"minister"}, "Министр"),
    ("Премьер-министр провёл переговоры.", "ru", {"minister"}, ""),
    ("The Prime Minister held talks.", "en", {"minister"}, ""),
    ("The Prime Minister held talks.", "en", {"premier"}, "Prime Minister"),
    ("Мемлекет басшысы келіссөз жүргізді.", "kk", {"minister"}, ""),
    ("Мемлекет басшысы келіссөз жүргізді.", "kk", {"head"}, "Мемлекет басшысы"),
    ("His counterpart agreed.", "en", set(), "counterpart"),
])
def test_the_titles_of_a_persons_offices(text, lang, held, found):
    match = re.search(titles(lang, frozenset(held)), text, re.I)
    assert (match.group() if match else "") == found


def test_a_head_of_states_title_stands_for_no_minister(shipped):
    source = "Sergei Lavrov held talks with the Kazakh delegation."
    head = check(source, "Мемлекет басшысы қазақстандық делегациямен келіссөз жүргізді.", shipped,
                 "en", "kk")
    assert kinds(head, "sergei-lavrov") == [("missing", "warning")]
    minister = check(source, "Министр қазақстандық делегациямен келіссөз жүргізді.", shipped, "en",
                     "kk")
    assert kinds(minister, "sergei-lavrov") == [("generic", "info")]
