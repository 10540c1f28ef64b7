from __future__ import annotations

import json
from pathlib import Path

import pytest

from glossary.aids.annotation import annotate
from glossary.forms.index import FormsIndex
from tests.tools import invoke

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "003_6ff2c148979281d9.txt"


def found(text: str, index: FormsIndex, lang: str | None = None) -> list[tuple[str, str]]:
    return [(s.text, s.concept) for s in annotate(text, index, lang).spans]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Исследуя логику применения «мягкой силы», авторы показали.",
            [("мягкой силы", "soft-power")],
        ),
        (
            "Ресейлік «жұмсақ күштің» тиімділігі туралы.",
            [("Ресейлік «жұмсақ күштің", "russian-soft-power")],
        ),
        ("Armenia left the CSTO's summit early.", [("Armenia", "armenia"), ("CSTO's", "csto")]),
        ("Қазақстан ҰҚШҰ-ға мүше.", [("Қазақстан", "kazakhstan"), ("ҰҚШҰ-ға", "csto")]),
        (
            "Politics of colour revolutions in Georgia.",
            [("colour revolutions", "colour-revolution"), ("Georgia", "georgia")],
        ),
    ],
)
def test_inflected_forms_longest_first(shipped, text, expected):
    assert found(text, shipped) == expected


def test_no_match_inside_a_longer_word_or_across_a_comma(shipped):
    # "силами" is a form; "силантьев" only starts like one; "мягкая, сила" is two items of a list.
    assert found("Силантьев писал: мягкая, сила.", shipped) == []
    assert found("NATOISM and the Natoist view.", shipped) == []


def test_abbreviations_only_in_capitals(shipped):
    assert found("Мы говорим об ОДКБ, а не об одкб.", shipped) == [("ОДКБ", "csto")]


def test_a_kazakh_name_in_a_russian_sentence(shipped):
    spans = annotate("Университет КИМЭП, Қазақстан, г. Алматы.", shipped).spans
    assert [(s.text, s.lang, s.how.label) for s in spans] == [
        ("Қазақстан", "kk", "exact"), ("Алматы", "ru", "exact")]


def test_spans_point_into_the_text(shipped):
    text = SEED.read_text(encoding="utf-8")
    result = annotate(text, shipped)
    assert result.spans
    for span in result.spans:
        assert text[span.start : span.end] == span.text
        assert (
            not text[span.end : span.end + 1].isalnum()
            and not text[span.start - 1 : span.start].isalnum()
        )
    assert all(a.end <= b.start for a, b in zip(result.spans, result.spans[1:], strict=False))


def test_seed_abstracts_in_all_three_languages(shipped):
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for number, lang, forms in [
        (11, "en", {"soft power", "Russian soft power", "neoclassical realism", "Kremlin"}),
        (
            23,
            "kk",
            {
                "жұмсақ күш",
                "Жұмсақ күшті",
                "ресейлік «жұмсақ күштің",
                "қатаң күшті",
                "неоклассикалық реализм",
                "Орталық Азия",
            },
        ),
        (35, "ru", {"мягкой силы", "жесткой силы", "международных отношений"}),
    ]:
        spans = annotate(lines[number - 1], shipped).spans
        assert forms <= {s.text for s in spans}
        assert {s.lang for s in spans} == {lang}


def test_marked_text_and_concept_counts(shipped):
    result = annotate("Мягкая сила России. Soft power and soft powers.", shipped)
    assert (
        result.marked()
        == "[[Мягкая сила]]{soft-power} [[России]]{russia}. [[Soft power]]{soft-power} and [[soft powers]]{soft-power}."
    )
    assert result.concepts() == {"soft-power": 3, "russia": 1}


def test_annotate_command_json(shipped):
    result = invoke(["annotate", "--json", "-"], input="Жұмсақ күштің мәні.\n")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["spans"] == [
        {
            "start": 0,
            "end": 13,
            "text": "Жұмсақ күштің",
            "concept": "soft-power",
            "lang": "kk",
            "term": "жұмсақ күш",
            "match": "form",
            "detail": "genitive: жұмсақ күштің",
        }
    ]
    assert payload["concepts"][0]["terms"]["ru"] == ["мягкая сила"]
    assert payload["sentences"] == [{"start": 0, "end": 19, "lang": "kk"}]


def test_annotate_command_marks_and_lists(shipped):
    result = invoke(["annotate", str(SEED)])
    assert result.exit_code == 0
    assert "«[[мягкой силы]]{soft-power}»" in result.output
    assert "\x1b[" not in result.output  # no colours when not writing to a terminal
    assert "soft-power" in result.output.split("concept(s)")[1]
    coloured = invoke(["annotate", "--color", "-"], input="мягкая сила")
    assert "\x1b[" in coloured.output and "[[" not in coloured.output


def test_derived_words_are_marked_on_request_only(shipped):
    text = "Американские эксперты высказались. Ресейлік сарапшылар келіспеді.\n"
    assert annotate(text, shipped).spans == ()
    spans = annotate(text, shipped, derived=True).spans
    assert [(s.text, s.concept, s.derived) for s in spans] == [
        ("Американские", "united-states", True), ("Ресейлік", "russia", True)]
    result = invoke(["annotate", "--derived", "-"], input="Американские эксперты о России.\n")
    assert "[[Американские]]{united-states, derived}" in result.output
    assert "1 term(s) and 1 derived word(s) of 2 concept(s)" in result.output


def test_annotate_command_missing_file():
    result = invoke(["annotate", "no/such.txt"])
    assert result.exit_code == 2
    assert "no/such.txt" in result.output


@pytest.mark.parametrize(
    "sentence, surface, concept",
    [("Біріккен Ұлттар Ұйымында сөйледі.", "Біріккен Ұлттар Ұйымында", "united-nations"),
     ("БҰҰ Бас Ассамблеясында сөйледі.", "БҰҰ Бас Ассамблеясында", "un-general-assembly"),
     ("Ұжымдық қауіпсіздік туралы шарт ұйымын сынады.", "Ұжымдық қауіпсіздік туралы шарт ұйымын", "csto"),
     ("АҚШтың саясаты туралы.", "АҚШтың", "united-states"),
     ("НАТОның кеңеюі.", "НАТОның", "nato"),
     ("Беларусьтегі наразылық.", "Беларусьтегі", "belarus")],
)
def test_kazakh_cases_of_compound_names_acronyms_and_soft_signs(shipped, sentence, surface, concept):
    assert (surface, concept) in [(s.text, s.concept) for s in annotate(sentence, shipped, "kk").spans]


def test_a_one_word_name_in_lower_case_is_another_word_a_longer_name_is_not(shipped):
    assert annotate("Ветер дул с запада.", shipped, "ru").spans == ()  # a direction
    assert [s.concept for s in annotate("Запад ответил.", shipped, "ru").spans] == ["the-west"]
    found = annotate("екінші дүниежүзілік соғыс кезінде", shipped, "kk").spans
    assert [s.concept for s in found] == ["second-world-war"]
