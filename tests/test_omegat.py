"""OmegaT 3.6 (Debian) loads the catalogues as source files and our TSV and TBX 2008 glossaries in
full.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from glossary.formats.tbx2008 import dumps as write_2008
from glossary.formats.tsv import dumps as write_tsv
from glossary.termbase.files import load_termbase
from glossary.termbase.paths import default_termbase
from tests.tools import missing, tool

ROOT = Path(__file__).parent.parent
JAR = Path("/usr/share/omegat/OmegaT.jar")
PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat><project version="1.0">
<source_dir>source/</source_dir><source_dir_excludes></source_dir_excludes><target_dir>target/</target_dir>
<tm_dir>tm/</tm_dir><glossary_dir>glossary/</glossary_dir><glossary_file>glossary/glossary.utf8</glossary_file>
<dictionary_dir>dictionary/</dictionary_dir><source_lang>EN-US</source_lang><target_lang>{lang}</target_lang>
<source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok><target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
<sentence_seg>false</sentence_seg><support_default_translations>true</support_default_translations><remove_tags>false</remove_tags>
</project></omegat>
"""


@pytest.fixture(scope="module")
def shipped():
    return load_termbase(default_termbase())


@pytest.fixture
def project(tmp_path, shipped):
    def make(lang: str) -> Path:
        if not JAR.exists():
            missing("OmegaT (Debian omegat)")
        root = tmp_path / f"omegat-{lang}"
        for sub in ("source", "target", "tm", "glossary", "dictionary", "omegat"):
            (root / sub).mkdir(parents=True)
        (root / "omegat.project").write_text(PROJECT.format(lang=lang.upper()), encoding="utf-8")
        (root / "source" / "glossary.po").write_bytes(
            (ROOT / "locales" / lang / "LC_MESSAGES" / "glossary.po").read_bytes()
        )
        (root / "glossary" / "glossary.utf8").write_bytes(write_tsv(shipped, lang))
        (root / "glossary" / "glossary.tbx").write_bytes(write_2008(shipped))
        return root
    return make


def _count(kind: str, path: Path, root: Path) -> int:
    java = tool("java")
    helper = Path(__file__).parent / "omegat" / "OmegatGlossaries.java"
    result = subprocess.run(
        [java, "-cp", str(JAR), str(helper), kind, str(path), str(root)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_omegat_loads_catalogue_and_glossaries(project, shipped, lang, tmp_path):
    root = project(lang)
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [tool("omegat"), str(root), "--mode=console-translate"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0 and "Loading: glossary.po" in output, output[-2000:]
    assert "Exception" not in output and "ERROR" not in output.upper().replace("ERRORS: 0", ""), (
        output[-2000:]
    )
    assert (root / "target" / "glossary.po").exists()
    rows = write_tsv(shipped, lang).decode().count("\n")
    assert _count("tsv", root / "glossary" / "glossary.utf8", root) == rows
    pairs = sum(len(c.terms.get("en", ())) * len(c.terms.get(lang, ())) for c in shipped.concepts())
    assert _count("tbx", root / "glossary" / "glossary.tbx", root) == pairs
