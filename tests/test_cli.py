from __future__ import annotations

import json
from pathlib import Path

import click
import pytest

from glossary import __version__
from glossary.cli.main import cli
from tests.tools import invoke

ROOT = Path(__file__).parent.parent


def run(*args: str, **kwargs):
    return invoke(list(args), **kwargs)


def test_every_command_has_help():
    ctx = click.Context(cli)
    names = cli.list_commands(ctx)
    assert {"lookup", "validate", "export", "show", "coverage", "index"} <= set(names)
    for name in names:
        command = cli.get_command(ctx, name)
        assert command is not None and command.name == name
        assert command.help, name
        result = run(name, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output
    assert "lookup" in run("--help").output
    assert run("nosuchcommand").exit_code == 2


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


@pytest.mark.parametrize(
    "query, concept, shows",
    [
        ("мягкая сила", "soft-power", ["жұмсақ күш", "soft power"]),
        ("nomenklatura", "nomenklatura", ["номенклатура"]),
        (
            "politechnologiyi",
            "political-technologies",
            ["политтехнологии", "political technologies"],
        ),
        ("«Soft Power»", "soft-power", ["мягкая сила"]),
        ("Орталық Азия", "central-asia", ["Центральная Азия", "Central Asia"]),
        ("неоклассический реализм", "neoclassical-realism", ["неоклассикалық реализм"]),
    ],
)
def test_lookup_shipped_termbase(query, concept, shows):
    result = run("lookup", query)
    assert result.exit_code == 0
    assert result.output.startswith(concept + "  [")
    for text in shows:
        assert text in result.output


def test_lookup_json():
    result = run("lookup", "--json", "Central Asia")
    assert result.exit_code == 0
    payload = json.loads(result.output)
    assert payload["query"] == "Central Asia"
    first = payload["matches"][0]
    assert first["id"] == "central-asia"
    assert first["match"] == {"type": "exact", "lang": "en", "term": "Central Asia"}
    assert first["terms"]["kk"][0] == {
        "text": "Орталық Азия",
        "type": "full form",
        "status": "preferred",
        "reliability": "attested",
        "source": ["seeds/003_6ff2c148979281d9.txt:25", "seeds/003_6ff2c148979281d9.txt:21"],
    }


def test_lookup_explains_forms():
    result = run("lookup", "мягкой силы")
    assert result.exit_code == 0
    assert result.output.startswith(
        'soft-power  [international relations]  (form match on ru "мягкая сила" via genitive singular'
    )
    payload = json.loads(run("lookup", "--json", "Myagkoy Sily").output)
    assert payload["matches"][0]["match"]["detail"].startswith("BGN/PCGN")


def test_index_command(tmp_path):
    result = run("index", "--rebuild")
    assert result.exit_code == 0 and "concepts," in result.output


def test_lookup_to_restricts_languages():
    payload = json.loads(run("lookup", "--json", "--to", "kk", "soft power").output)
    assert set(payload["matches"][0]["terms"]) == {"kk"}
    text = run("lookup", "--to", "en", "мягкая сила").output
    assert "  en  soft power" in text
    assert "  kk  " not in text and "  ru  " not in text


def test_lookup_miss_exits_1_with_suggestions():
    result = run("lookup", "sfot powr")
    assert result.exit_code == 1
    assert "Did you mean: soft power" in result.output
    result = run("lookup", "--json", "zzzzqqq")
    assert result.exit_code == 1
    assert json.loads(result.output)["matches"] == []


def test_lookup_usage_errors_exit_2():
    assert run("lookup").exit_code == 2
    assert run("lookup", "--lang", "de", "x").exit_code == 2


def test_termbase_option_and_env(data):
    result = run("lookup", "--termbase", str(data / "good"), "ОДКБ")
    assert result.exit_code == 0 and result.output.startswith("csto")
    result = run("lookup", "ОДКБ", env={"GLOSSARY_TERMBASE": str(data / "good")})
    assert result.exit_code == 0


def test_lookup_broken_termbase_exits_2(data):
    result = run("lookup", "--termbase", str(data / "bad" / "bad-status.toml"), "thing")
    assert result.exit_code == 2
    assert "bad-status.toml:8: en[0].status:" in result.output


def test_validate_clean_and_dirty(data):
    result = run("validate", str(data / "good"), "--seeds", str(data / "seeds"))
    assert result.exit_code == 0
    result = run("validate", str(data / "bad"), "--seeds", str(data / "seeds"))
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if ".toml:" in line]
    assert len(lines) >= len(list((data / "bad").glob("*.toml")))
    assert run("validate", str(data / "nowhere")).exit_code == 2


def test_validate_shipped_termbase():
    result = run("validate")
    assert result.exit_code == 0, result.output


def test_export_json(tmp_path):
    result = run("export", "--format", "json")
    assert result.exit_code == 0
    concepts = json.loads(result.output)
    assert [c["id"] for c in concepts] == sorted(c["id"] for c in concepts)
    out = tmp_path / "all.json"
    assert run("export", "--format", "json", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8") == result.output
    assert run("export", "--format", "nope").exit_code == 2


def test_show_prints_concordance():
    result = run("show", "soft-power")
    assert result.exit_code == 0
    assert "seeds/003_6ff2c148979281d9.txt:35" in result.output
    assert "[мягкой силы]" in result.output and "[жұмсақ күш]" in result.output
    payload = json.loads(run("show", "--json", "soft-power").output)
    assert {
        "lang": "kk",
        "match": "жұмсақ күші",
        "source": "seeds/003_6ff2c148979281d9.txt:21",
    }.items() <= next(e for e in payload["examples"] if e["match"] == "жұмсақ күші").items()


def test_show_unknown_id_exits_2():
    result = run("show", "softpower")
    assert result.exit_code == 2
    assert "did you mean soft-power?" in result.output


def test_coverage_lists_uncovered(data, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "regional security\nregional security\nregional security\n", encoding="utf-8"
    )
    result = run("coverage", "--termbase", str(data / "good"), "--seeds", str(seeds))
    assert result.exit_code == 0
    assert "regional security" in result.output
    payload = json.loads(
        run("coverage", "--json", "--termbase", str(data / "good"), "--seeds", str(seeds)).output
    )
    assert payload == [
        {"text": "regional security", "kind": "phrase", "count": 3, "first": "seeds/a.txt:1"}
    ]


def test_build_writes_then_check_passes_and_catches_stale(tmp_path):
    folder = tmp_path / "locales"
    assert run("build", "--locales", str(folder)).exit_code == 0
    assert (folder / "kk" / "LC_MESSAGES" / "glossary.mo").exists()
    assert run("build", "--check", "--locales", str(folder)).exit_code == 0
    (folder / "ru" / "LC_MESSAGES" / "glossary.po").write_text("stale", encoding="utf-8")
    result = run("build", "--check", "--locales", str(folder))
    assert result.exit_code == 1 and "ru/LC_MESSAGES/glossary.po: stale" in result.output


def test_export_formats_and_tsv_needs_a_target(tmp_path, data):
    for fmt in ("json", "tbx", "tbx-2008", "csv"):
        assert (
            run(
                "export",
                "--termbase",
                str(data / "good"),
                "--format",
                fmt,
                "-o",
                str(tmp_path / fmt),
            ).exit_code
            == 0
        )
    assert (tmp_path / "tbx").read_bytes().startswith(b"<?xml")
    result = run("export", "--termbase", str(data / "good"), "--format", "tsv")
    assert result.exit_code == 2 and "--to" in result.output
    assert (
        run("export", "--termbase", str(data / "good"), "--format", "tsv", "--to", "ru").exit_code
        == 0
    )


def test_import_dry_run_writes_nothing(tmp_path, data):
    import shutil

    import polib

    folder = tmp_path / "terms"
    shutil.copytree(data / "good", folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    run("build", "--termbase", str(folder), "--locales", str(tmp_path / "loc"))
    po_path = tmp_path / "loc" / "ru" / "LC_MESSAGES" / "glossary.po"
    po = polib.pofile(str(po_path))
    po.find("soft power").msgstr = "мягкое влияние"
    po.save(str(po_path))
    result = run("import", "--termbase", str(folder), "--dry-run", str(po_path))
    assert (
        result.exit_code == 1
        and "мягкое влияние" in result.output
        and "not changed" in result.output
    )  # attested: a clash
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    bad = tmp_path / "bad.po"
    bad.write_text('msgid "x"\nmsgstr "y\n', encoding="utf-8")
    result = run("import", "--termbase", str(folder), str(bad))
    assert result.exit_code == 2 and "bad.po" in result.output


def test_detect_and_split(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(
        "Soft power matters.\n\nЖұмсақ күш маңызды.\n\nМягкая сила важна.\n\nmail: a@b.kz\n",
        encoding="utf-8",
    )
    result = run("detect", str(doc))
    assert result.exit_code == 0
    assert [line.split()[1] for line in result.output.splitlines()] == ["en", "kk", "ru", "und"]
    import json

    blocks = json.loads(run("detect", "--json", "--granularity", "line", str(doc)).output)
    assert blocks[1]["lang"] == "kk" and blocks[1]["start_line"] == 3
    assert run("detect", "-", input="Жұмсақ күш\n").output.split()[1] == "kk"
    assert run("split", str(doc), "-o", str(tmp_path / "out")).exit_code == 0
    assert (tmp_path / "out" / "doc.kk.txt").read_text(encoding="utf-8") == "Жұмсақ күш маңызды.\n"
    missing = run("detect", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 2 and "nope.txt" in missing.output


def test_lookup_and_show_give_each_terms_reliability_and_references(data):
    text = run("lookup", "--termbase", str(data / "good"), "ОДКБ").output
    assert "  ru  ОДКБ  (acronym, preferred; attested: seeds/fixture.txt:4)" in text
    assert "(full form, admitted; referenced: https://adilet.zan.kz/rus/docs/Z1200000003/compare)" in text
    assert "Collective Security Treaty Organization  (full form, preferred; proposed)" in text
    shown = run("show", "--termbase", str(data / "good"), "--seeds", str(data / "seeds"), "csto").output
    assert "ru: 1 reference(s)" in shown
    assert "  Организация Договора о коллективной безопасности: «Организации Договора о коллективной " in shown


def test_validate_as_github_annotations(data):
    result = run("validate", str(data / "bad" / "bad-status.toml"), "--seeds", str(data / "seeds"),
                 "--format", "github")
    assert result.exit_code == 1
    assert "::error file=" in result.output and ",line=8,title=en[0].status::'official' is not one of" in result.output
    assert "termbase: " in result.output  # which termbase was used, on standard error
