"""The command line's one error boundary: bad input and unwritable outputs give one line and exit 2."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.tools import invoke

ROOT = Path(__file__).parent.parent
SEED = str(ROOT / "seeds" / "003_6ff2c148979281d9.txt")


@pytest.fixture
def blocked(tmp_path: Path) -> Path:
    """A path under a regular file: no user, root included, can write there."""
    (tmp_path / "blocker").write_text("a file, not a folder\n", encoding="utf-8")
    return tmp_path / "blocker" / "out"


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "json", "-o", "{out}"],
        ["export", "--format", "tbx", "-o", "{out}"],
        ["align", SEED, "--format", "tmx", "-o", "{out}"],
        ["split", SEED, "-o", "{out}"],
        ["build", "--locales", "{out}"],
    ],
    ids=["export-json", "export-tbx", "align", "split", "build"],
)
def test_an_unwritable_output_is_one_line_and_exit_2(args, blocked, data):
    args = [a.replace("{out}", str(blocked)) for a in args]
    if args[0] in ("export", "build"):
        args += ["--termbase", str(data / "good")]
    result = invoke(args)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("error: ") and str(blocked.parent) in lines[-1], result.output
    assert "Traceback" not in result.output


def test_import_of_a_missing_file(tmp_path, data):
    result = invoke(["import", "--termbase", str(data / "good"), str(tmp_path / "none.po")])
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {tmp_path / 'none.po'}: No such file or directory"


def test_import_of_an_unknown_kind_of_file(tmp_path, data):
    (tmp_path / "x.svg").write_text("<svg/>", encoding="utf-8")
    result = invoke(["import", "--termbase", str(data / "good"), str(tmp_path / "x.svg")])
    assert result.exit_code == 2 and "expected a file ending in" in result.output


def test_a_bad_tbx_names_its_line(tmp_path, data):
    (tmp_path / "x.tbx").write_text("<tbx>\n<body>\n</tbx>\n", encoding="utf-8")
    result = invoke(["import", "--termbase", str(data / "good"), str(tmp_path / "x.tbx")])
    assert result.exit_code == 2 and f"error: {tmp_path / 'x.tbx'}:3: xml: mismatched tag" in result.output


def test_export_refuses_an_option_the_format_ignores(data):
    result = invoke(["export", "--termbase", str(data / "good"), "--format", "json", "--to", "kk"])
    assert result.exit_code == 2 and "json has no target language" in result.output
    result = invoke(["export", "--termbase", str(data / "good"), "--format", "mo"])
    assert result.exit_code == 2 and "--to" in result.output


def test_build_outside_a_checkout_asks_for_a_folder(tmp_path, monkeypatch, data):
    import glossary.termbase.paths as paths

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(paths, "PACKAGE", str(tmp_path / "site-packages" / "glossary"))
    result = invoke(["build", "--termbase", str(data / "good")])
    assert result.exit_code == 2 and "give --locales DIR" in result.output
    assert not (tmp_path / "locales").exists()


def test_index_with_an_unwritable_cache(blocked, monkeypatch, data):
    monkeypatch.setenv("GLOSSARY_CACHE", str(blocked))
    result = invoke(["index", "--termbase", str(data / "good")])
    assert result.exit_code == 2 and result.output.startswith(f"error: {blocked}: cannot write")
    looked_up = invoke(["lookup", "--termbase", str(data / "good"), "мягкой силы"])  # in memory instead
    assert looked_up.exit_code == 0 and looked_up.output.startswith("soft-power")


def test_special_files_in_a_termbase_are_never_opened(tmp_path, data):
    import os

    folder = tmp_path / "terms"
    folder.mkdir()
    for concept in (data / "good").glob("*.toml"):
        (folder / concept.name).write_bytes(concept.read_bytes())
    (folder / ".#csto.toml").symlink_to(tmp_path / "nowhere")  # an editor's lock file
    (folder / "loop-a.toml").symlink_to(folder / "loop-b.toml")
    (folder / "loop-b.toml").symlink_to(folder / "loop-a.toml")
    os.mkfifo(folder / "fifo.toml")  # reading it would hang
    result = invoke(["validate", str(folder), "--seeds", str(data / "seeds")])
    assert result.exit_code == 0 and result.output.count("not read") == 4
    looked_up = invoke(["lookup", "--termbase", str(folder), "мягкой силы"])
    assert looked_up.exit_code == 0 and looked_up.output.startswith("soft-power")


def test_a_damaged_cached_index_is_rebuilt_with_a_notice(data, cache):
    invoke(["index", "--termbase", str(data / "good")])
    for index in cache.glob("index-*.sqlite"):
        index.write_bytes(b"not a database" * 100)
    result = invoke(["lookup", "--termbase", str(data / "good"), "ОДКБ"])
    assert result.exit_code == 0 and "the cached forms index is damaged; rebuilding it" in result.output
    assert invoke(["lookup", "--termbase", str(data / "good"), "ОДКБ"]).output.startswith("csto")


def test_usage_errors_in_one_line(tmp_path, data):
    assert invoke(["lookup", ""]).exit_code == 2
    long = invoke(["lookup", "сила " * 300])
    assert long.exit_code == 2 and "a term has at most 200" in long.output
    assert "Did you mean 'lookup'?" in invoke(["lookp", "x"]).output
    binary = invoke(["detect", "-"], input=b"\xff\xfe\x00 not text")
    assert binary.exit_code == 2 and binary.output.strip() == "error: -: standard input is not UTF-8 text (byte 0)"
    missing = invoke(["validate", str(data / "good"), "--seeds", str(tmp_path / "none")])
    assert missing.exit_code == 2 and "no such folder (--seeds)" in missing.output


def test_check_never_calls_clean_a_run_that_checked_nothing(tmp_path):
    (tmp_path / "en.txt").write_text("Soft power matters in Central Asia.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    empty = invoke(["check", str(tmp_path / "en.txt"), str(tmp_path / "empty.txt")])
    assert empty.exit_code == 2 and "the target is empty" in empty.output
    same = invoke(["check", str(tmp_path / "en.txt"), str(tmp_path / "en.txt")])
    assert same.exit_code == 2 and "source and target are both en" in same.output
    piped = invoke(["check", "-", "-"], input="Soft power matters.\n")
    assert piped.exit_code == 2 and "is empty" in piped.output  # standard input is read once


def test_help_lists_whole_summaries_and_every_command_has_an_example():
    from glossary.cli.main import COMMANDS

    assert "Find the concepts that QUERY names, in English, Kazakh or Russian." in invoke(["--help"]).output
    for name in COMMANDS:
        assert "Example" in invoke([name, "--help"]).output, name


def test_output_to_a_device_is_written_as_a_stream_never_replaced(tmp_path):
    import os
    import stat
    import subprocess
    import sys

    command = [sys.executable, "-m", "glossary", "export", "--format", "tsv", "--to", "kk", "-o"]
    piped = subprocess.run([*command, "/dev/stdout"], capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0 and piped.stdout.startswith("Abkhazia\t"), piped.stderr
    full = subprocess.run([*command, "/dev/full"], capture_output=True, text=True, timeout=120)
    assert full.returncode == 2 and full.stderr == "error: /dev/full: cannot write (No space left on device)\n"
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_inputs_too_long_to_take_at_once_are_refused_unread(tmp_path):
    from glossary.cli.options import ALIGN_LIMIT, READ_LIMIT

    long = tmp_path / "long.txt"
    long.write_text("Мягкая сила. " * (ALIGN_LIMIT // 13 + 1), encoding="utf-8")
    result = invoke(["check", str(long), str(long)])
    assert result.exit_code == 2 and result.output == (
        f"error: {long}: longer than 3 million characters, more than this command takes at once; "
        "split it (by document or chapter) and run it on each part\n")
    huge = tmp_path / "huge.txt"
    huge.write_text("x" * (READ_LIMIT + 1), encoding="utf-8")
    assert invoke(["detect", str(huge)]).exit_code == 2
    assert invoke(["show", "soft-power", "--width", "100000000"]).exit_code == 2
