"""``glossary check`` on the files translation tools write: PO, XLIFF 1.2 and 2.0, TMX, each
made by translate-toolkit's converters or the project's exports, with one error injected."""
from __future__ import annotations

import subprocess
from pathlib import Path

import polib
import pytest

from glossary.aids.checking import check_file
from glossary.formats.po import catalogue
from tests.tools import invoke, tool

WRONG = "қатаң күш"  # hard power, where soft power's equivalent should stand


@pytest.fixture
def po_file(tmp_path, data) -> Path:
    from glossary.termbase.files import load_termbase

    po = catalogue(load_termbase(data / "good"), "kk")
    for entry in po:
        entry.flags = [f for f in entry.flags if f != "fuzzy"]
    po.find("soft power").msgstr = WRONG
    path = tmp_path / "kk.po"
    po.save(str(path))
    return path


def _soft_power(findings) -> list[tuple[str, str]]:
    return [(f.kind, f.unit) for f in findings if f.concept == "soft-power"]


def test_po(po_file, shipped):
    report = check_file(po_file, shipped)
    entry = polib.pofile(str(po_file)).find("soft power")
    assert _soft_power(report.findings) == [("substitution", f"line {entry.linenum}")]
    result = invoke(["check", str(po_file)])
    assert result.exit_code == 1 and f"{po_file}:line {entry.linenum}: error: substitution: en" in result.output


def test_xliff_12_from_po2xliff(po_file, tmp_path, shipped):
    out = tmp_path / "kk.xlf"
    subprocess.run([tool("po2xliff"), str(po_file), str(out)], check=True, capture_output=True)
    report = check_file(out, shipped, "en", "kk")
    assert [kind for kind, _ in _soft_power(report.findings)] == ["substitution"]
    assert all(unit for _, unit in _soft_power(report.findings))


def test_xliff_20(tmp_path, shipped):
    from translate.storage import xliff2

    store = xliff2.Xliff2File(sourcelanguage="en", targetlanguage="ru")
    for number, (source, target) in enumerate([("Russia's soft power grew.", "Жесткая сила России росла."),
                                               ("The CSTO met.", "ОДКБ собралась.")], 1):
        unit = store.addsourceunit(source)
        unit.target = target
        unit.setid(f"u{number}")
    out = tmp_path / "ru.xliff"
    out.write_bytes(bytes(store))
    report = check_file(out, shipped)
    assert [(f.kind, f.unit) for f in report.findings] == [("substitution", "u1")]


def test_tmx_from_po2tmx_and_from_align(po_file, tmp_path, shipped):
    out = tmp_path / "kk.tmx"
    subprocess.run([tool("po2tmx"), "-l", "kk", str(po_file), str(out)], check=True, capture_output=True)
    report = check_file(out, shipped, "en", "kk")
    assert [kind for kind, _ in _soft_power(report.findings)] == ["substitution"]
    aligned = tmp_path / "003.tmx"
    seed = Path(__file__).parent.parent / "seeds" / "003_6ff2c148979281d9.txt"
    assert invoke(["align", str(seed), "--format", "tmx", "-o", str(aligned)]).exit_code == 0
    text = aligned.read_text(encoding="utf-8").replace("мягкая сила", "жесткая сила", 1)
    aligned.write_text(text, encoding="utf-8")
    broken = check_file(aligned, shipped, "en", "ru")
    assert any(f.kind == "substitution" and f.concept == "soft-power" for f in broken.findings)


def test_a_file_with_several_pairs_needs_a_direction(tmp_path):
    aligned = tmp_path / "003.tmx"
    seed = Path(__file__).parent.parent / "seeds" / "003_6ff2c148979281d9.txt"
    invoke(["align", str(seed), "--format", "tmx", "-o", str(aligned)])
    result = invoke(["check", str(aligned)])
    assert result.exit_code == 2 and "give --from and --to" in result.output
