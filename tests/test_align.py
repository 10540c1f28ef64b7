from __future__ import annotations

from glossary.document.align import align_many, align_pair, anchors, skeleton
from glossary.document.banded import FIRST_BAND, Side, align_banded, band, diagonal
from tests.tools import invoke


def test_skeleton_is_close_across_scripts():
    assert skeleton("Moscow") == skeleton("Москвы") == skeleton("Мәскеу") == "msk"
    assert skeleton("Kazakhstan") == skeleton("Қазақстан") == skeleton("Казахстан")
    assert skeleton("coronavirus", 4) == skeleton("коронавирустың", 4)


def test_anchors_numbers_names_and_concepts():
    marks = anchors("In 2013 the Kremlin met in Moscow.", lambda s: {"kremlin"})
    assert {"#2013", "@kremlin", "~msk"} <= marks
    assert not any(m.startswith("~i") for m in marks)  # the first word is capitalised anyway


def test_one_to_one_by_lengths():
    a = ["Short one.", "A much longer sentence that goes on and on for a while.", "Tiny."]
    b = ["Kurz.", "Ein viel längerer Satz, der eine ganze Weile weiter und weiter geht.", "Klein."]
    beads, _ = align_pair(a, b)
    assert beads == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_one_to_two_and_left_out_sentences():
    a = [
        "The summit of 2019 in Bishkek ended early, and the leaders left without a statement on 12 points."
    ]
    b = [
        "Саммит 2019 года в Бишкеке закончился рано.",
        "Лидеры уехали без заявления по 12 пунктам.",
    ]
    assert align_pair(a, b, [anchors(s) for s in a], [anchors(s) for s in b])[0] == [((0,), (0, 1))]
    a = [
        "In 1991 the union fell.",
        "Nothing here matches anything at all, however long it is.",
        "In 2022 the war began.",
    ]
    b = ["В 1991 году союз распался.", "В 2022 году началась война."]
    beads, _ = align_pair(a, b, [anchors(s) for s in a], [anchors(s) for s in b])
    assert beads == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


def test_three_languages_keep_the_closest_pair_sentence_by_sentence():
    """English has a counterpart for the first sentence only: Kazakh and Russian stay 1:1 throughout."""
    sentences = {
        "en": ["In 1991 the Soviet Union fell apart."],
        "kk": ["1991 жылы Кеңес Одағы ыдырады.", "Он бес мемлекет тәуелсіз болды."],
        "ru": ["В 1991 году Советский Союз распался.", "Пятнадцать государств стали независимыми."],
    }
    assert align_many(sentences) == [
        {"en": (0,), "kk": (0,), "ru": (0,)},
        {"en": (), "kk": (1,), "ru": (1,)},
    ]


def test_the_closest_pair_is_aligned_first():
    """Kazakh and Russian share every anchor: their 1:1 links decide the groups English joins."""
    sentences = {
        "en": ["Russia's soft power grew after 2014.", "The CSTO met in Moscow in 2022."],
        "kk": ["2014 жылдан кейін Ресейдің жұмсақ күші өсті.", "ҰҚШҰ 2022 жылы Мәскеуде жиналды."],
        "ru": ["После 2014 года мягкая сила России выросла.", "ОДКБ собралась в Москве в 2022 году."],
    }
    assert align_many(sentences) == [
        {"en": (0,), "kk": (0,), "ru": (0,)},
        {"en": (1,), "kk": (1,), "ru": (1,)},
    ]


def test_align_command_on_seed_003(tmp_path):
    import json
    from pathlib import Path

    from lxml import etree

    from tests.tools import schemas

    seed = Path(__file__).parent.parent / "seeds" / "003_6ff2c148979281d9.txt"
    result = invoke(["align", str(seed), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    rows = [(a["kind"], a["en"], a["kk"], a["ru"]) for a in payload["alignments"]]
    assert [r[1:] for r in rows if r[0] == "keyword"] == [
        ("soft power", "жұмсақ күш", "мягкая сила"),
        ("Russian soft power", "ресейлік жұмсақ күш", "российская мягкая сила"),
        ("neoclassical realism", "неоклассикалық реализм", "неоклассический реализм"),
        ("Central Asia", "Орталық Азия", "Центральная Азия"),
    ]
    assert (
        rows[0][0] == "title"
        and rows[0][3] == "Мягкая сила России в Центральной Азии: концепции и реализация"
    )
    sentences = [r for r in rows if r[0] == "sentence"]
    # Kazakh and Russian sentence by sentence; English where it has a counterpart.
    kk = [s[2] for s in sentences]
    # One long English sentence covers three Kazakh and Russian ones (neoclassical realism … Central
    # Asia … leaders).
    assert sum(k.count(". ") + 1 for k in kk) == 8
    assert [s[1] is None for s in sentences] == [False, True, False, False, False, False]
    assert sentences[4][2].count(". ") == 2 and "neoclassical realism" in sentences[4][1]
    assert sentences[2][1].startswith("The COVID outbreak") and sentences[2][3].startswith(
        "Эпидемия COVID"
    )
    assert sentences[-1][1].startswith("Therefore") and sentences[-1][2].startswith("Осылайша")
    assert {b["kind"] for b in payload["blocks"]} == {
        "authors",
        "affiliation",
        "title",
        "abstract",
        "keywords",
    }

    out = tmp_path / "003.tmx"
    assert (
        invoke(["align", str(seed), "--format", "tmx", "-o", str(out)]).exit_code
        == 0
    )
    dtd = etree.DTD(str(schemas() / "tmx" / "tmx14.dtd"))
    assert dtd.validate(etree.parse(str(out))), dtd.error_log
    assert len(etree.parse(str(out)).findall(".//tu")) == len(rows)


def test_align_command_needs_two_languages(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("One English paragraph.\n", encoding="utf-8")
    result = invoke(["align", str(plain)])
    assert result.exit_code == 2 and "plain.txt" in result.output
    assert "only English (22 characters) found" in result.output


def _texts(n, seed=7):
    """``n`` sentences of varied lengths and their "translation": the same lengths give or take,
    the same number in each pair."""
    import random

    rng = random.Random(seed)
    a = [f"Item {i} " + "x" * rng.randrange(20, 200) + "." for i in range(n)]
    b = [f"Пункт {i} " + "y" * max(5, int(len(s) * rng.uniform(0.85, 1.2))) + "." for i, s in enumerate(a)]
    return a, b


def _anchored(a, b):
    return a, b, [anchors(s) for s in a], [anchors(s) for s in b]


def test_a_band_finds_what_the_whole_table_finds(monkeypatch):
    """Where the path keeps near the diagonal, the band changes nothing."""
    import glossary.document.banded as banded
    from glossary.document.align import PAIR

    a, b = _texts(60)
    del b[20:23]  # three sentences left out
    sides = Side([len(s) for s in a], [anchors(s) for s in a]), Side([len(s) for s in b], [anchors(s) for s in b])
    narrow = align_banded(*sides, 1.0, PAIR)
    monkeypatch.setattr(banded, "FIRST_BAND", len(a) + len(b))
    assert align_banded(*sides, 1.0, PAIR) == narrow
    assert sum(1 for x, y in narrow[0] if len(x) == len(y) == 1) >= 55


def test_a_long_omission_widens_the_band_where_it_is():
    a, b = _texts(400)
    del b[150:190]  # a left-out passage four times the first band
    beads, _ = align_pair(*_anchored(a, b))
    assert sum(1 for x, y in beads if len(x) == len(y) == 1) == 360
    assert [x[0] for x, y in beads if not y] == list(range(150, 190))


def test_the_band_grows_with_the_length_not_its_square():
    for n in (100, 1000):
        a, b = _texts(n)
        sa, sb = Side([len(s) for s in a], [frozenset()] * n), Side([len(s) for s in b], [frozenset()] * n)
        low, high = band(diagonal(sa, sb), [FIRST_BAND] * (n + 1), n)
        assert sum(h - lo + 1 for lo, h in zip(low, high, strict=True)) <= (2 * FIRST_BAND + 2) * (n + 1)


def test_progress_is_told_how_many_sentences_are_done():
    a, b = _texts(300)
    told = []
    align_pair(a, b, progress=lambda done, total: told.append((done, total)))
    assert told and all(total == 600 for _, total in told) and told[-1][0] == 600
    assert told == sorted(told) or max(d for d, _ in told) == 600


def test_a_sentence_joined_for_real_stays_joined():
    """English joins two Kazakh and Russian sentences: its length is theirs together."""
    sentences = {
        "en": ["In 1991 the Soviet Union fell apart and fifteen states became independent overnight."],
        "kk": ["1991 жылы Кеңес Одағы ыдырады.", "Он бес мемлекет бір түнде тәуелсіз болды."],
        "ru": ["В 1991 году Советский Союз распался.", "Пятнадцать государств в одночасье стали независимыми."],
    }
    assert align_many(sentences) == [{"en": (0,), "kk": (0, 1), "ru": (0, 1)}]


def test_a_sentence_the_third_language_leaves_out_does_not_merge_its_neighbours():
    from glossary.document.regroup import splits

    sentences = {
        "en": ["Voters went to the polls on Sunday in 2018.", "Turnout was low.", "The result was announced on Monday."],
        "kk": ["Сайлаушылар 2018 жылы жексенбі күні дауыс берді.", "Қатысу төмен болды.", "Нәтиже дүйсенбі күні жарияланды."],
        "ru": ["Избиратели проголосовали в воскресенье в 2018 году.", "Результат объявили в понедельник."],
    }
    assert align_many(sentences) == [
        {"en": (0,), "kk": (0,), "ru": (0,)},
        {"en": (1,), "kk": (1,), "ru": ()},
        {"en": (2,), "kk": (2,), "ru": (1,)},
    ]
    assert splits({"en": (1, 2), "kk": (1, 2), "ru": (1,)}) == [
        [{"en": (1,), "kk": (1,), "ru": (1,)}, {"en": (2,), "kk": (2,), "ru": ()}],
        [{"en": (1,), "kk": (1,), "ru": ()}, {"en": (2,), "kk": (2,), "ru": (1,)}],
    ]
