"""Translations flow back from .po and .tbx files into the concept files, and clashes are reported.
"""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.formats import tbx
from glossary.formats.po import catalogue, read_po
from glossary.model import Termbase
from glossary.termbase import edits
from glossary.termbase.files import concept_toml, load_termbase
from tests.strategies import bilingual_concepts

DATA = Path(__file__).parent / "data"


with_both = bilingual_concepts


def changes_from_po(termbase: Termbase, path: Path) -> list[edits.Change]:
    with open(path, "rb") as handle:
        return edits.changes_from(termbase, read_po(handle))


def _write(folder: Path, termbase: Termbase) -> None:
    for concept in termbase.concepts():
        (folder / f"{concept.id}.toml").write_text(concept_toml(concept), encoding="utf-8")


@settings(max_examples=40, deadline=None)
@given(st.lists(with_both, min_size=1, max_size=4, unique_by=lambda c: c.id), st.data())
def test_po_round_trip(items, data):
    termbase = Termbase({c.id: c for c in items})
    with tempfile.TemporaryDirectory() as tmp:
        folder, po_path = Path(tmp) / "terms", Path(tmp) / "kk.po"
        folder.mkdir()
        _write(folder, termbase)
        po = catalogue(termbase, "kk")
        po.save(str(po_path))
        assert changes_from_po(termbase, po_path) == []  # its own catalogue changes nothing
        edited = {}
        for entry in po:
            concept = termbase[entry.msgctxt] if entry.msgctxt else next(
                c for c in termbase.concepts() if c.preferred("en").text == entry.msgid)
            if "fuzzy" in entry.flags and data.draw(st.booleans()):
                entry.msgstr = entry.msgstr + " жаңа"
                entry.flags.remove("fuzzy")
                edited[concept.id] = entry.msgstr
        po.save(str(po_path))
        edits.apply(changes_from_po(termbase, po_path), folder)
        after = load_termbase(folder)
        for concept in termbase.concepts():
            term = after[concept.id].preferred("kk")
            if concept.id in edited:
                assert term.text == edited[concept.id] and term.reviewed and term.proposed
            else:
                assert after[concept.id] == concept  # untouched concepts are unchanged


def test_clash_with_an_attested_term_is_reported_not_applied(tmp_path):
    folder = tmp_path / "terms"
    folder.mkdir()
    for path in (DATA / "good").glob("*.toml"):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    termbase = load_termbase(folder)
    po = catalogue(termbase, "kk")
    po.find("soft power").msgstr = "жұмсақ қуат"
    po.save(str(tmp_path / "kk.po"))
    changes = changes_from_po(termbase, tmp_path / "kk.po")
    assert [c.action for c in changes] == ["clash"]
    edits.apply(changes, folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_tbx_import_adds_new_terms_and_keeps_comments(tmp_path):
    folder = tmp_path / "terms"
    folder.mkdir()
    source = (DATA / "good" / "csto.toml").read_text(encoding="utf-8")
    (folder / "csto.toml").write_text("# kept comment\n" + source, encoding="utf-8")
    termbase = load_termbase(folder)
    concept = termbase["csto"]
    from glossary.model import Concept, Term

    ru = concept.terms["ru"] + (
        Term("Ташкентский договор", "variant", "admitted", (), "Used in older texts."),
    )
    changed = Termbase(
        {
            "csto": Concept(
                concept.id,
                concept.subject,
                concept.definition,
                {**concept.terms, "ru": ru},
                concept.notes,
            )
        }
    )
    changes = edits.changes_from(termbase, tbx.read_tbx(io.BytesIO(tbx.dumps(changed))))
    assert [(c.action, c.new) for c in changes] == [("add", "Ташкентский договор")]
    edits.apply(changes, folder)
    text = (folder / "csto.toml").read_text(encoding="utf-8")
    assert text.startswith("# kept comment\n" + source.rstrip("\n"))
    assert load_termbase(folder)["csto"].terms["ru"][-1].text == "Ташкентский договор"


def test_bad_po_is_a_data_file_error(tmp_path):
    from glossary.errors import DataFileError

    (tmp_path / "bad.po").write_text('msgid "a"\nmsgstr "b\n', encoding="utf-8")
    with pytest.raises(DataFileError):
        changes_from_po(load_termbase(DATA / "good"), tmp_path / "bad.po")


def _copy(data, tmp_path) -> Path:
    folder = tmp_path / "terms"
    folder.mkdir()
    for concept in (data / "good").glob("*.toml"):
        (folder / concept.name).write_bytes(concept.read_bytes())
    return folder


def test_unusable_input_is_reported_not_applied(tmp_path, data):
    folder = _copy(data, tmp_path)
    termbase = load_termbase(folder)
    po = catalogue(termbase, "kk")
    po.find("soft power").msgstr = "жұмсақ\nкүш"  # a line break inside a term
    po.find("Collective Security Treaty Organization").msgstr = "ҰҚШҰ \\q"  # an escape msgfmt refuses
    changes = edits.changes_from(termbase, read_po(io.BytesIO(str(po).encode())))
    assert [(c.concept, c.action, c.note) for c in changes] == [
        ("csto", "invalid", "a backslash, an escape sequence the tool did not resolve"),
        ("soft-power", "invalid", "a line break")]
    assert edits.apply(changes, folder) == []


def test_the_same_entry_twice_changes_the_term_once():
    from glossary.model import Concept, Term, Translation

    concept = Concept("x", "s", "d", {"en": (Term("soft power", note="n"),),
                                      "kk": (Term("жұмсақ күш", note="proposed"),)})
    twice = [Translation("soft power", "kk", "жұмсақ билік"), Translation("soft power", "kk", "жұмсақ ықпал")]
    assert [c.action for c in edits.changes_from(Termbase({"x": concept}), twice)] == ["update", "duplicate"]


def test_a_tbx_with_a_second_preferred_term_or_another_root(tmp_path, data):
    from glossary.errors import DataFileError
    from glossary.model import Concept, Term

    termbase = load_termbase(data / "good")
    soft = termbase["soft-power"]
    two = Concept(soft.id, soft.subject, soft.definition,
                  {**soft.terms, "ru": (Term("мягкая сила", sources=("seeds/f.txt:1",)), Term("нежная сила", note="x"))})
    changes = edits.changes_from(termbase, Termbase({"soft-power": two}))
    assert ("invalid", "нежная сила", "a second preferred term") in [(c.action, c.new, c.note) for c in changes]
    svg = io.BytesIO(b'<svg xmlns="http://www.w3.org/2000/svg"/>')
    with pytest.raises(DataFileError, match="not a TBX document"):
        tbx.read_tbx(svg)


def test_writes_keep_line_endings_and_refuse_read_only_files_all_or_nothing(tmp_path, data):
    import os

    from glossary.atomic import WriteError, locked
    from glossary.errors import GlossaryError

    folder = _copy(data, tmp_path)
    crlf = folder / "soft-power.toml"
    crlf.write_bytes(crlf.read_bytes().replace(b"\n", b"\r\n"))
    termbase = load_termbase(folder)
    po = catalogue(termbase, "ru")
    changes = edits.changes_from(termbase, read_po(io.BytesIO(str(po).encode())))
    changes.append(edits.Change("soft-power", "kk", "add", new="жұмсақ билік", status="admitted", note="test"))
    changes.append(edits.Change("csto", "kk", "add", new="ҰҚШҰ ұйымы", status="admitted", note="test"))
    os.chmod(folder / "csto.toml", 0o444)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(WriteError, match="read-only"):
        edits.apply(changes, folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # nothing written
    os.chmod(folder / "csto.toml", 0o640)
    edits.apply(changes, folder)
    assert b"\r\n" in crlf.read_bytes() and b"\n" not in crlf.read_bytes().replace(b"\r\n", b"")
    assert os.stat(folder / "csto.toml").st_mode & 0o777 == 0o640  # permissions kept
    with locked(folder), pytest.raises(GlossaryError, match="another glossary command"):
        with locked(folder):
            pass
