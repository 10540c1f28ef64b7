from __future__ import annotations

import json
from pathlib import Path

from glossary.aids.termcheck import check, check_document
from glossary.forms.index import FormsIndex
from tests.tools import invoke

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "003_6ff2c148979281d9.txt"


def abstracts() -> tuple[str, str]:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    return lines[34] + "\n\n" + lines[36] + "\n", lines[22] + "\n"


def test_seed_russian_against_kazakh_abstract_is_clean(shipped):
    ru, kk = abstracts()
    report = check(ru, kk, shipped)
    assert (report.source_lang, report.target_lang) == ("ru", "kk")
    assert report.checked >= 6 and report.clean, report.findings


def test_a_removed_equivalent_is_reported_once(shipped):
    ru, kk = abstracts()
    # The second Kazakh sentence loses its «жұмсақ күш»; its neighbours do not mention soft power.
    broken = kk.replace("әлемде «жұмсақ күш» туралы дәстүрлі түсінік", "әлемде дәстүрлі түсінік")
    assert broken != kk
    report = check(ru, broken, shipped)
    assert [(f.kind, f.concept, f.text, f.expected) for f in report.findings] == [
        ("missing", "soft-power", "мягкой силы", ("жұмсақ күш",))]


def test_every_direction_on_two_files(shipped):
    en = "Russia's soft power in Central Asia. It rests on the CSTO."
    kk = "Ресейдің Орталық Азиядағы жұмсақ күші. Ол ҰҚШҰ-ға сүйенеді."
    assert check(en, kk, shipped).clean and check(kk, en, shipped).clean
    report = check(kk, "Russia's power in Central Asia. It rests on the treaty.", shipped)
    assert {f.concept for f in report.findings} == {"soft-power", "csto"}


def test_deprecated_term_in_target(shipped, tmp_path):
    termbase = tmp_path / "terms"
    termbase.mkdir()
    (termbase / "soft-power.toml").write_text(
        (ROOT / "glossary" / "terms" / "soft-power.toml").read_text(encoding="utf-8")
        + '\n[[ru]]\ntext = "нежная сила"\nstatus = "deprecated"\nsource = "proposed"\nnote = "test"\n',
        encoding="utf-8",
    )
    index = FormsIndex.open(termbase)
    report = check("Soft power matters.", "Нежная сила важна.", index)
    assert [(f.kind, f.text, f.expected) for f in report.findings] == [
        ("deprecated", "Нежная сила", ("мягкая сила",))
    ]


def test_seed_document_directions(shipped):
    text = SEED.read_text(encoding="utf-8")
    assert check_document(text, "ru", "kk", shipped).clean
    assert check_document(text, "kk", "ru", shipped).clean


def test_check_command(tmp_path):
    ru, kk = abstracts()
    (tmp_path / "ru.txt").write_text(ru, encoding="utf-8")
    (tmp_path / "kk.txt").write_text(kk.replace("«жұмсақ күш» туралы", "туралы"), encoding="utf-8")
    result = invoke(["check", str(tmp_path / "ru.txt"), str(tmp_path / "kk.txt")])
    assert result.exit_code == 1
    assert f'{tmp_path / "ru.txt"}:1: missing: ru "мягкой силы" (soft-power)' in result.output
    assert result.output.rstrip().endswith("1 missing, 0 deprecated")
    clean = invoke(["check", str(SEED), "--from", "ru", "--to", "kk", "--json"])
    assert clean.exit_code == 0, clean.output
    payload = json.loads(clean.output)
    assert payload["clean"] and [
        (r["source_lang"], r["target_lang"]) for r in payload["reports"]
    ] == [("ru", "kk")]


def test_check_command_errors(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("Just one English paragraph about soft power.\n", encoding="utf-8")
    result = invoke(["check", str(plain)])
    assert result.exit_code == 2 and "not a trilingual article" in result.output
    result = invoke(["check", str(SEED), "--from", "ru", "--to", "de"])
    assert result.exit_code == 2
