"""Hostile and unusual input through every command: never a traceback, an error in one line with
exit code 2 (or the command's documented 1), and nothing on disk changed by a command that failed.

Each case runs in-process (CliRunner, which re-raises any exception) on a copy of a small
termbase; the files of the folder are compared before and after.
"""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.tools import invoke

DATA = Path(__file__).parent / "data"
SEED = Path(__file__).parent.parent / "seeds" / "003_6ff2c148979281d9.txt"

# Contents of an input file: (name, bytes).
ODD_FILES = [
    ("empty.txt", b""),
    ("binary.txt", bytes(range(256)) * 4),
    ("nul.txt", b"soft power\x00\x00 hard power\n"),
    ("utf16.txt", "мягкая сила".encode("utf-16")),
    ("latin1.txt", "café soft power".encode("latin-1")),
    ("bom.txt", "\ufeffМягкая сила России.\n".encode()),
    ("crlf.txt", b"Soft power.\r\nHard power.\r\n"),
    ("long-line.txt", ("soft power " * 50_000).encode()),
    ("control.txt", "Мягкая\x1b[31m сила\x07 \u202eРоссии\n".encode()),
    ("only-space.txt", b" \n\t\n\n"),
    ("a.po", b'msgid "soft power"\nmsgstr "\\q"\n'),
    ("a.tbx", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
    ("a.xlf", b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a SYSTEM 'file:///etc/passwd'>]><x>&a;</x>"),
    ("a.tmx", b"<tmx><body><tu><tuv xml:lang='en'><seg>x</seg></tuv></tu>"),
    ("a.json", b'{"concepts": [1, 2'),
    ("a.csv", b"\xff\xfe,,,\n"),
]


def commands(path: str, out: str) -> list[list[str]]:
    """Every command that reads a file, each given ``path``; outputs go to ``out``."""
    return [
        ["detect", path],
        ["split", path, "-o", out],
        ["annotate", path],
        ["check", path, str(SEED)],
        ["check", str(SEED), path],
        ["check", path],
        ["align", path],
        ["extract", path],
        ["import", path],
        ["import", "--dry-run", path],
        ["validate", path],
    ]


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def termbase(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "terms"
    shutil.copytree(DATA / "good", folder)
    monkeypatch.setenv("GLOSSARY_TERMBASE", str(folder))
    return folder


def assert_clean_failure(result, before: dict[str, str], folder: Path) -> None:
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code == 2:
        lines = result.output.strip().splitlines()
        assert lines and (lines[-1].startswith("error: ") or lines[-1].startswith("Error: ")), (
            result.output)
        assert not any("Traceback" in line for line in lines)
    if result.exit_code != 0:
        assert snapshot(folder) == before, "a failed command changed the termbase"


@pytest.mark.parametrize("name, content", ODD_FILES, ids=[n for n, _ in ODD_FILES])
def test_odd_files_through_every_command(tmp_path, termbase, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    before = snapshot(termbase)
    for args in commands(str(path), str(tmp_path / "out")):
        assert_clean_failure(invoke(args), before, termbase)


@pytest.mark.parametrize("target", ["", "/", "/nonexistent/dir/x", "/dev/null", "."])
def test_odd_paths(tmp_path, termbase, target, monkeypatch):
    monkeypatch.chdir(tmp_path)  # what a command writes lands here, never in the checkout
    before = snapshot(termbase)
    for args in commands(target, str(tmp_path / "out")) + [
        ["export", "--format", "json", "-o", target or "''"],
        ["validate", target or "''"],
        ["index", "--termbase", target or "''"],
        ["lookup", "--termbase", target or "''", "soft power"],
    ]:
        assert_clean_failure(invoke(args), before, termbase)


@pytest.mark.parametrize(
    "query",
    ["", " ", "-", "--", "%", "*", "\x00", "soft " * 300, "ы" * 20_000, "\u202e\u0301",
     "'; DROP TABLE terms; --", "мягкая сила " * 50],
)
def test_odd_queries(termbase, query):
    before = snapshot(termbase)
    assert_clean_failure(invoke(["lookup", "--", query]), before, termbase)
    assert_clean_failure(invoke(["lookup", "--json", "--", query]), before, termbase)


def test_broken_concept_files_beside_good_ones(tmp_path, termbase):
    (termbase / "broken.toml").write_bytes(b"id = \xff\n[[en]\n")
    (termbase / "loop.toml").symlink_to(termbase / "loop.toml")
    (termbase / ".#lock.toml").symlink_to("/nonexistent")
    (termbase / "folder.toml").mkdir()
    before = snapshot(termbase)
    for args in (["lookup", "soft power"], ["index", "--rebuild"], ["validate"],
                 ["export", "--format", "json"], ["annotate", str(SEED)], ["show", "soft-power"]):
        assert_clean_failure(invoke(args), before, termbase)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400) | st.text(max_size=200).map(str.encode))
def test_random_standard_input(termbase, data):
    before = snapshot(termbase)
    for args in (["detect", "-"], ["annotate", "-"], ["check", "-", str(SEED)], ["align", "-"]):
        assert_clean_failure(invoke(args, input=data), before, termbase)


@pytest.mark.parametrize(
    "env, args",
    [({"PYTHONIOENCODING": "latin-1"}, ["lookup", "мягкая сила"]),
     ({"LC_ALL": "C", "PYTHONUTF8": "0"}, ["lookup", "мягкая сила"]),
     ({}, ["lookup", b"\xff\xfe"]),
     ({}, ["annotate", "-"])],
)
def test_odd_locales_and_arguments_in_a_real_process(env, args):
    import os
    import subprocess
    import sys

    full = {**os.environ, **env}
    result = subprocess.run([sys.executable, "-m", "glossary", *args], env=full, input=b"\xff\xfe",
                            capture_output=True, timeout=120)
    assert b"Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 2), result.stderr
    if result.returncode == 2:
        assert result.stderr.count(b"\n") == 1 and result.stderr.startswith(b"error: ")
