"""TBX v3 (TBX-Basic) and TBX 2008 exports: golden files, official schemas, round trips."""
from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.formats import tbx, tbx2008
from glossary.model import Termbase
from glossary.termbase.files import load_termbase
from glossary.termbase.paths import default_termbase
from tests.strategies import printable_concepts
from tests.tools import schemas, schematron_command

GOLDEN = Path(__file__).parent / "data" / "golden"


@pytest.fixture(scope="module")
def small():
    return load_termbase(Path(__file__).parent / "data" / "good")


@pytest.mark.parametrize("name, write", [("good.tbx", tbx.dumps), ("good-2008.tbx", tbx2008.dumps)])
def test_golden(small, name, write):
    assert write(small) == (GOLDEN / name).read_bytes()


def test_v3_is_tbx_basic_with_its_namespace(small):
    text = tbx.dumps(small).decode()
    assert 'xmlns="urn:iso:std:iso:30042:ed-2"' in text and 'type="TBX-Basic"' in text
    assert "<martif" in tbx2008.dumps(small).decode()


def test_shipped_termbase_validates_against_rng_and_schematron(tmp_path):
    from lxml import etree

    folder = schemas()
    path = tmp_path / "glossary.tbx"
    path.write_bytes(tbx.dumps(load_termbase(default_termbase())))
    rng = etree.RelaxNG(etree.parse(str(folder / "tbx" / "TBXcoreStructV03.rng")))
    assert rng.validate(etree.parse(str(path))), rng.error_log
    result = subprocess.run(
        schematron_command(folder / "tbx" / "TBX-Basic_DCA.sch", path),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout + result.stderr
    bad = subprocess.run(
        schematron_command(
            folder / "tbx" / "TBX-Basic_DCA.sch", folder / "tbx" / "testfile_basic_bad.tbx"
        ),
        capture_output=True,
        text=True,
    )
    assert "assertion failed" in bad.stdout  # the control: the checker does reject a bad file


xml_safe = st.characters(blacklist_categories=("Cs", "Cc"))


def _xml_safe(concept) -> bool:
    texts = [concept.id, concept.subject, concept.definition, *concept.notes]
    texts += [x for _, t in concept.all_terms() for x in (t.text, t.note, *t.sources)]
    return all(c.isprintable() or c == " " for text in texts for c in text)


@settings(max_examples=60, deadline=None)
@given(st.lists(printable_concepts, max_size=4, unique_by=lambda c: c.id))
def test_round_trip_loses_nothing(items):
    termbase = Termbase({c.id: c for c in items})
    assert tbx.read_tbx(io.BytesIO(tbx.dumps(termbase))) == termbase
    assert tbx2008.read_tbx2008(io.BytesIO(tbx2008.dumps(termbase))) == termbase
    # a tool may hand either back
    assert tbx.read_tbx(io.BytesIO(tbx2008.dumps(termbase))) == termbase
