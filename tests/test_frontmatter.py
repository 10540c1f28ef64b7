from __future__ import annotations

from pathlib import Path

from glossary.document.article import journal
from glossary.document.frontmatter import front_matter, split_keywords

SEED = Path(__file__).parent.parent / "seeds" / "003_6ff2c148979281d9.txt"

UNLABELLED = """Ресейдің жұмсақ күші

А. Б. Автор

Бұл мақала Орталық Азиядағы жұмсақ күшті зерттейді. Авторлар ресейлік саясатты талдайды. Зерттеу 2020 жылы жүргізілді және оның нәтижелері ұсынылды. Қорытындылар маңызды.

жұмсақ күш; Орталық Азия; Ресей

Soft power of Russia

A. B. Author

This article studies soft power in Central Asia. The authors analyse Russian policy. The study was carried out in 2020 and its results are presented here for the reader.

soft power; Central Asia; Russia

Introduction

The body of the article starts here. It is English, like the last abstract, and goes on for a while longer than that.
"""


def test_seed_003_front_matter():
    front = front_matter(SEED.read_text(encoding="utf-8"))
    assert list(front) == ["en", "kk", "ru"]
    assert {
        lang: (f.title.start, f.abstract.start, f.keywords_block.start) for lang, f in front.items()
    } == {"en": (9, 11, 13), "kk": (21, 23, 25), "ru": (33, 35, 39)}
    assert front["ru"].abstract.end == 37  # the abstract continues after a page break
    assert [b.start for b in front["kk"].authors] == [15] and [
        b.start for b in front["kk"].affiliations
    ] == [17]
    assert front["kk"].keywords == [
        "жұмсақ күш",
        "ресейлік жұмсақ күш",
        "неоклассикалық реализм",
        "Орталық Азия",
    ]


def test_unlabelled_front_matter_in_another_order():
    front = front_matter(UNLABELLED)
    assert list(front) == ["kk", "en"]
    assert front["en"].title.text == "Soft power of Russia"
    assert front["en"].keywords == ["soft power", "Central Asia", "Russia"]
    assert front["en"].abstract.text.startswith("This article studies")
    assert front["kk"].authors[0].text == "А. Б. Автор"


def test_split_keywords():
    assert split_keywords(
        "Key words: «soft power», «Russian soft power», neoclassical realism, Central Asia."
    ) == ["soft power", "Russian soft power", "neoclassical realism", "Central Asia"]
    assert split_keywords("Кілт сөздер: Ресей; ТМД") == ["Ресей", "ТМД"]


def test_front_matter_is_used_when_it_shows_itself():
    """A keyword list or an abstract label makes a journal layout; prose after a short paragraph
    alone does not (one sentence a paragraph would look like a title and an abstract)."""
    assert journal(front_matter(SEED.read_text(encoding="utf-8")))
    assert journal(front_matter(UNLABELLED))
    labelled = "Title\n\nAbstract: One. Two.\n\nТақырып\n\nАңдатпа: Бір. Екі.\n"
    found = front_matter(labelled)
    assert all(f.labelled for f in found.values()) and journal(found)
    sentences = (
        "Short opening line.\n\nA long sentence of prose follows here, with Mr. Smith and "
        "U.S. officials, long enough to pass for an abstract of its own.\n\n"
        "Қысқа жол.\n\nҰзын сөйлем келеді, ол жеткілікті ұзын. Оны абстракт деп ойлауға болады, "
        "бірақ ол абстракт емес, тек сөйлем ғана.\n"
    )
    assert not journal(front_matter(sentences))
