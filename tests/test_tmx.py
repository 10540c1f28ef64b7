from __future__ import annotations

import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.document.article import Link
from glossary.formats import tmx
from tests.strategies import printable
from tests.tools import schemas

GOLDEN = Path(__file__).parent / "data" / "golden" / "align.tmx"


def links() -> list[Link]:
    return [
        Link(
            "keyword",
            {"en": "soft power", "kk": "жұмсақ күш", "ru": "мягкая сила"},
            {"en": (13, 13), "kk": (25, 25), "ru": (39, 39)},
        ),
        Link(
            "sentence",
            {"kk": "Бір сөйлем.", "ru": "Одно предложение & <тег>."},
            {"kk": (23, 23), "ru": (35, 37)},
        ),
    ]


def test_golden():
    assert tmx.dumps(links(), "doc.txt") == GOLDEN.read_bytes()


def test_a_language_without_counterpart_has_no_tuv():
    assert tmx.read_tmx(io.BytesIO(tmx.dumps(links()))) == [
        {"en": "soft power", "kk": "жұмсақ күш", "ru": "мягкая сила"},
        {"kk": "Бір сөйлем.", "ru": "Одно предложение & <тег>."},
    ]


def test_valid_against_the_tmx_dtd(tmp_path):
    from lxml import etree

    dtd = etree.DTD(str(schemas() / "tmx" / "tmx14.dtd"))
    assert dtd.validate(etree.fromstring(tmx.dumps(links(), "doc.txt"))), dtd.error_log


def test_translate_toolkit_reads_it(tmp_path):
    from translate.storage.tmx import tmxfile

    store = tmxfile.parsestring(tmx.dumps(links()))
    assert [(u.source, u.target) for u in store.units][:1] == [("soft power", "жұмсақ күш")]


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.dictionaries(st.sampled_from(["en", "kk", "ru"]), printable, min_size=1),
        min_size=1,
        max_size=4,
    )
)
def test_round_trip(rows):
    written = tmx.dumps([Link("sentence", row, {}) for row in rows])
    assert tmx.read_tmx(io.BytesIO(written)) == [
        {lang: row[lang] for lang in ("en", "kk", "ru") if lang in row} for row in rows
    ]
