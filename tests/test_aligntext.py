"""Parallel text as users have it: passages in one file in any layout, or one file per language."""
from __future__ import annotations

import json

import pytest

from glossary.document.aligntext import OneLanguage, align_text, align_texts, joined, located
from glossary.document.passages import language_sentences, passages
from tests.tools import invoke

EN = [
    "Competition between states is growing.",
    "In 2020 Russia strengthened its influence in Central Asia.",
    "Moscow uses the tools of soft power",  # a headline-like line: no final stop
]
KK = [
    "Мемлекеттердің бәсекелестігі артып келеді.",
    "2020 жылы Ресей Орталық Азиядағы ықпалын күшейтті.",
    "Мәскеу жұмсақ күш құралдарын пайдаланады",
]
RU = [
    "Конкуренция между государствами растёт.",
    "В 2020 году Россия усилила своё влияние в Центральной Азии.",
    "Москва использует инструменты мягкой силы",
]
TRIPLES = [(e, k, r) for e, k, r in zip(EN, KK, RU, strict=True)]


def _triples(result):
    return [(link.texts.get("en"), link.texts.get("kk"), link.texts.get("ru"))
            for link in result.links]


def _stopped(lines):
    return [line if line.endswith(".") else line + "." for line in lines]


def test_three_plain_paragraphs_in_any_order_align():
    """The issue's example: no labels, no keywords, one paragraph per language."""
    text = "\n\n".join(" ".join(_stopped(lines)) for lines in (KK, EN, RU)) + "\n"
    result = align_text(text)
    assert _triples(result) == [tuple(_stopped([e, k, r])) for e, k, r in TRIPLES]
    assert [(p.lang, p.start) for p in result.passages] == [("kk", 1), ("en", 3), ("ru", 5)]
    assert result.links[1].lines == {"en": (3, 3), "kk": (1, 1), "ru": (5, 5)}


@pytest.mark.parametrize("layout", ["blocks", "blank lines", "interleaved"])
def test_one_sentence_a_line_keeps_a_headline_apart(layout):
    if layout == "blocks":  # no blank line anywhere: the paragraph is cut where its language changes
        text = "\n".join(RU + EN + KK)
    elif layout == "blank lines":
        text = "\n\n".join("\n".join(lines) for lines in (RU, EN, KK))
    else:  # the languages line by line in turn
        text = "\n".join(line for triple in TRIPLES for line in triple)
    assert _triples(align_text(text + "\n")) == TRIPLES


def test_a_page_break_inside_a_sentence_is_mended():
    text = ("Competition between states is growing, and\n\nit grows every year. Russia acts.\n\n"
            "Конкуренция между государствами растёт, и\n\nрастёт каждый год. Россия действует.\n")
    found = language_sentences(passages(text))
    assert [s.text for s in found["en"]] == [
        "Competition between states is growing, and it grows every year.", "Russia acts."]
    assert (found["ru"][0].start, found["ru"][0].end) == (5, 7)


def test_one_language_is_refused_with_what_was_found():
    with pytest.raises(OneLanguage, match=r"only English \(\d+ characters\) found"):
        align_text(" ".join(EN) + "\n")


def test_one_text_per_language():
    result = align_texts(["\n".join(RU), "\n".join(EN) + "\n"], ["ru.txt", "en.txt"])
    assert [(e, r) for e, _, r in _triples(result)] == [(e, r) for e, _, r in TRIPLES]
    assert result.sources == {"ru": "ru.txt", "en": "en.txt"}
    assert result.languages == ["en", "ru"]
    with pytest.raises(Exception, match="a.txt and b.txt are both English"):
        align_texts(["\n".join(EN), "\n".join(EN)], ["a.txt", "b.txt"])


def test_joined_texts_know_where_each_line_came_from():
    text, starts = joined(["a\nb\n", "c"])
    assert text.splitlines() == ["a", "b", "", "c"] and starts == [1, 4]
    assert located(2, starts) == (0, 2) and located(4, starts) == (1, 1)


def _write(folder, name, lines):
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_align_command_takes_one_file_per_language(tmp_path):
    files = [_write(tmp_path, f"{lang}.txt", lines) for lang, lines in
             (("en", EN), ("kk", KK), ("ru", RU))]
    result = invoke(["align", *files, "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert [(a["en"], a["kk"], a["ru"]) for a in payload["alignments"]] == TRIPLES
    assert {b["file"] for b in payload["blocks"]} == set(files)
    two = invoke(["align", files[0], files[2]])
    assert two.exit_code == 0 and "Москва использует" in two.output
    same = invoke(["align", files[0], files[0]])
    assert same.exit_code == 2 and "both English" in same.output
    assert invoke(["align", *files, files[0]]).exit_code == 2


def test_align_and_extract_refuse_one_language(tmp_path):
    english = _write(tmp_path, "en.txt", EN)
    for command in ("align", "extract"):
        result = invoke([command, english])
        assert result.exit_code == 2 and "en.txt: only English" in result.output, command


def test_extract_from_plain_paragraphs_and_from_files(tmp_path):
    en = [s.replace("soft power", "«soft power»") for s in EN]
    kk = [s.replace("жұмсақ күш", "«жұмсақ күш»") for s in KK]
    ru = [s.replace("мягкой силы", "«мягкой силы»") for s in RU]
    plain = tmp_path / "plain.txt"
    plain.write_text("\n\n".join(" ".join(_stopped(x)) for x in (ru, en, kk)) + "\n", "utf-8")
    result = invoke(["extract", str(plain), "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert found[0]["known"] == "soft-power" and found[0]["evidence"] == {
        "en": [3], "kk": [5], "ru": [1]}
    files = [_write(tmp_path, f"{lang}.txt", lines) for lang, lines in
             (("en", en), ("kk", kk), ("ru", ru))]
    result = invoke(["extract", *files, "--json"])
    assert json.loads(result.output)[0]["evidence"]["kk"] == [f"{files[1]}:3"]
    assert invoke(["extract", *files, "--write"]).exit_code == 2


def test_aligning_reports_its_progress():
    """The aligner tells how far it is (the command shows it as a bar: tests/test_progress.py)."""
    from glossary.document.aligntext import align_text

    calls: list[tuple[int, int]] = []
    text = ("Competition is growing. Russia acts.\n\n"
            "Конкуренция растёт. Россия действует.\n")
    align_text(text, None, lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1] and all(d <= t for d, t in calls)


def test_an_abstract_label_is_no_sentence():
    """A title over an empty "Abstract:" (or an abstract too short for front matter) is text; the
    label is not."""
    text = ("Soft power grew in 2020.\n\nAbstract:\n\nМягкая сила выросла в 2020 году.\n\n"
            "Аннотация: Россия действует.\n")
    result = align_text(text)
    assert [(link.texts.get("en"), link.texts.get("ru")) for link in result.links] == [
        ("Soft power grew in 2020.", "Мягкая сила выросла в 2020 году."),
        (None, "Россия действует.")]
