"""Documents split into blocks: seed 003's trilingual front matter."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.document.blocks import runs, segment

SEED = (Path(__file__).parent.parent / "seeds" / "003_6ff2c148979281d9.txt").read_text(
    encoding="utf-8"
)


@pytest.fixture(scope="module")
def lines():
    return {b.start: b for b in segment(SEED, "line")}


@pytest.mark.parametrize(
    "line, lang",
    [(3, "en"), (5, "en"), (7, "und"), (9, "en"), (11, "en"), (13, "en"),
     (15, "kk"), (17, "kk"), (19, "und"), (21, "kk"), (23, "kk"), (25, "kk"),
     (27, "ru"), (29, "ru"), (31, "und"), (33, "ru"), (35, "ru"), (37, "ru"), (39, "ru")],
)
def test_front_matter(lines, line, lang):
    assert lines[line].lang == lang, lines[line].text


def test_body_is_english():
    body = [b for b in segment(SEED, "paragraph") if b.start >= 41]
    assert body and all(b.lang == "en" for b in body)


def test_sentences_keep_their_line_ranges():
    text = "First sentence here. Second one\ncontinues here.\n\nҮшінші сөйлем осында."
    blocks = segment(text, "sentence")
    assert [(b.start, b.end, b.lang) for b in blocks] == [(1, 1, "en"), (1, 2, "en"), (4, 4, "kk")]


def test_runs_group_neighbours():
    blocks = segment("One.\n\nTwo.\n\nБір.\n", "paragraph")
    assert [(r.lang, r.start, r.end) for r in runs(blocks)] == [("en", 1, 3), ("kk", 5, 5)]


@pytest.mark.parametrize(
    "text, sentences",
    [
        (
            'He said "it rhymes with Twp." Others laughed.',
            ['He said "it rhymes with Twp."', "Others laughed."],
        ),
        (
            "The vote was waved away. 'Phenomenal' was the word.",
            ["The vote was waved away.", "'Phenomenal' was the word."],
        ),
        # “ closing
        ("Мен күресемін.“ Трамп бұл туралы айтты.", ["Мен күресемін.“", "Трамп бұл туралы айтты."]),
        (
            "Бұл тарихи сәт. ”Олардың ойы басқа”, – деді ол.",
            ["Бұл тарихи сәт.", "”Олардың ойы басқа”, – деді ол."],
        ),  # ” opening
        ("Он сказал: «Свиньи игривы.» Потом ушёл.", ["Он сказал: «Свиньи игривы.»", "Потом ушёл."]),
        ("J. Nye wrote it in 2004 г. and left.", ["J. Nye wrote it in 2004 г. and left."]),
        # titles before a name
        (
            "Mr. Adams met Sen. Feinstein at St. Martin's. Они пришли в церковь Св. Мартина.",
            ["Mr. Adams met Sen. Feinstein at St. Martin's.", "Они пришли в церковь Св. Мартина."],
        ),
    ],
)
def test_sentences_end_after_their_closing_quotes(text, sentences):
    from glossary.document.sentences import sentence_spans

    assert [text[a:b] for a, b in sentence_spans(text)] == sentences
