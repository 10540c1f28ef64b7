"""The language detector on small fixtures of our own (held-out measurement is
benchmarks/detect.py).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import glossary
from glossary.language.langid import LANGS, detect, factory

ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Soft power is the ability to attract rather than coerce.", "en"),
        ("Жұмсақ күш – тартымдылық арқылы ықпал ету қабілеті.", "kk"),
        ("Мягкая сила – это способность влиять через привлекательность.", "ru"),
        ("Бұл мақала Ресейдің саясатын зерттейді", "kk"),
        ("Мен бүгін мектепке бардым", "kk"),  # Kazakh letters in one word only
        ("Университет КИМЭП, Қазақстан, г. Алматы", "ru"),  # a Russian line quoting a Kazakh name
        ("Ресей мен Қазақстан арасындағы қарым-қатынас", "kk"),
        ("Мектеп бiтiрдiм", "kk"),  # Kazakh typed with a Latin i
        ("Россия и Казахстан подписали договор", "ru"),
        # mixed scripts: the majority
        ("The CSTO, or ОДКБ, is a military alliance led by Russia.", "en"),
        ("politics", "en"),
        ("государство", "ru"),
        ("мемлекет", "kk"),
        ("арнайы техника", "kk"),  # a Kazakh word without Kazakh letters beside a loanword
        ("тонна күріш", "kk"),  # Kazakh text borrows Russian-looking words; not the other way round
        ("полиция басқармасының", "kk"),
        ("карантинге", "kk"),  # a Russian stem with a Kazakh ending
        ("был отдан", "ru"),
        ("Игровая приставка Sony PlayStation 4", "ru"),  # Latin brand names in a Russian line
        ("@someone спасибо большое", "ru"),  # a social-media @name is no word
        ("Ресей", "kk"),  # a Kazakh name that Russian has not (a name in profiles/kk.words)
        ("Ал", "kk"),  # capitalised because it opens Kazakh sentences, not a name
        ("Президент Путин", "ru"),  # names Russian has stay Russian
        ("Бушар сравнял счёт", "ru"),  # an unlisted opening word is a name, as a later one is
        ("стиль мен", "kk"),  # a Kazakh word that Russian has, but not as a function word
    ],
)
def test_languages(text, lang):
    assert detect(text).lang == lang


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12345 67",
        "*e-mail: someone@example.kz",
        "https://example.org/path",
        "— 2020 —",
        "See http://example.org",
    ],
)
def test_und_without_language(text):
    assert detect(text).lang == "und"


def test_probabilities_and_determinism():
    first = detect("Орталық Азиядағы жұмсақ күш")
    assert set(first.probabilities) == set(LANGS)
    assert abs(sum(first.probabilities.values()) - 1) < 0.01 and 0 <= first.confidence <= 1
    assert all(detect("Орталық Азиядағы жұмсақ күш") == first for _ in range(5))


def test_our_own_factory_has_the_three_profiles_only():
    """Our factory is our own: a program that also uses langdetect keeps all of its languages."""
    import langdetect.detector_factory as global_factory

    detect("Жұмсақ күш туралы")
    assert factory().get_lang_list() == ["en", "kk", "ru"]
    global_factory.init_factory()  # what langdetect.detect() does first in another part of a program
    assert factory() is not global_factory._factory
    assert len(global_factory._factory.get_lang_list()) > 50
    assert factory().get_lang_list() == ["en", "kk", "ru"]


def test_kazakh_profile_is_in_langdetect_format():
    data = json.loads(
        (ROOT / "glossary" / "language" / "profiles" / "kk").read_text(encoding="utf-8")
    )
    assert data["name"] == "kk" and len(data["n_words"]) == 3 and "қ" in data["freq"]


def test_kazakh_word_list_marks_names():
    path = ROOT / "glossary" / "language" / "profiles" / "kk.words"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    words = {row[0]: row[1:] for row in rows}
    assert "бар" in words and "деп" in words and int(words["деп"][0]) >= 3
    assert words["ал"][1:] == []  # capitalised at the start of a sentence only: a word
    assert words["алматы"][1:] == words["ресей"][1:] == ["name"]
    assert not any(set(w) & set("әғқңөұүһі") for w in words)  # those letters settle a word
    assert all(len(w) > 1 for w in words)  # initials are no one's words
    assert [row[0] for row in rows] == sorted(words)


def test_what_the_russian_dictionary_knows():
    from glossary.language.langid import _russian

    assert _russian("сила") == "word" and _russian("ёлка") == _russian("елка") == "word"
    assert _russian("на") == "function" and _russian("еще") == "function"  # ё written as е
    assert _russian("ирландия") == "name" and _russian("ресей") == ""


def test_fast_ngram_odds_equal_langdetects_ngrams():
    from itertools import repeat

    from glossary.language.langid import _grams, _kazakh_odds, _ngram_odds

    for word in ["и", "парламента", "карантинге", "жол-жөнекей", "бiрақ", "ёлка"]:
        slow = sum(map(_kazakh_odds().get, _grams(word), repeat(0.0)))
        assert _ngram_odds(word) == pytest.approx(slow)


def test_package_api():
    assert glossary.detect("жұмсақ күш").lang == "kk"
    assert [b.lang for b in glossary.segment("Soft power\n\nЖұмсақ күш\n")] == ["en", "kk"]
