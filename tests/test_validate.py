from __future__ import annotations

import re
from pathlib import Path

import pytest

from glossary.errors import DataFileError
from glossary.termbase.files import load_termbase, read_concept
from glossary.termbase.validate import validate

BAD = sorted((Path(__file__).parent / "data" / "bad").glob("*.toml"))


def expected(path: Path) -> str:
    """The first line of each bad file says which error it must give: ``# expect: LINE: FIELD:
    text``.
    """
    first = path.read_text(encoding="utf-8").splitlines()[0]
    return f"{path}:" + re.sub(r"^# expect: ", "", first)


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_each_bad_file_gives_its_error(path, data):
    _, problems = validate(path, data / "seeds")
    printed = [str(p) for p in problems]
    assert any(line.startswith(expected(path)) for line in printed), printed


def test_bad_folder_reports_every_file(data):
    _, problems = validate(data / "bad", data / "seeds")
    assert {Path(p.path).name for p in problems} == {p.name for p in BAD}


def test_good_termbase_is_clean(data):
    termbase, problems = validate(data / "good", data / "seeds")
    assert problems == []
    assert list(termbase) == ["csto", "soft-power"]


def test_good_termbase_without_seeds_skips_attestations(data):
    _, problems = validate(data / "bad" / "source-lacks-term.toml", None)
    assert problems == []


def test_shared_preferred_term_needs_a_note(data, tmp_path):
    _, problems = validate(data / "shared", None)
    assert [str(p) for p in problems] == [
        f"{data / 'shared' / 'power-b.toml'}:6: en: preferred term 'power' is also preferred in 'power-a'; "
        "add a note that tells the two apart"
    ]
    told = tmp_path / "shared"
    told.mkdir()
    for f in (data / "shared").iterdir():
        (told / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    b = told / "power-b.toml"
    b.write_text(
        b.read_text(encoding="utf-8").replace(
            'definition = "Another sense."',
            'definition = "Another sense."\nnotes = ["Not power-a: another sense."]',
        ),
        encoding="utf-8",
    )
    assert validate(told, None)[1] == []


def test_read_concept_builds_the_model(data):
    concept, problems = read_concept(data / "good" / "csto.toml")
    assert problems == []
    assert concept.preferred("kk").text == "ҰҚШҰ"
    assert [t.type for t in concept.terms["en"]] == ["full form", "acronym"]
    assert concept.terms["ru"][0].sources == ("seeds/fixture.txt:4",)
    assert concept.terms["en"][0].proposed


def test_load_termbase_raises_the_first_problem(data):
    with pytest.raises(DataFileError) as info:
        load_termbase(data / "bad" / "bad-status.toml")
    assert str(info.value).startswith(f"{data / 'bad' / 'bad-status.toml'}:8: en[0].status:")


def test_not_utf8(tmp_path):
    path = tmp_path / "latin.toml"
    path.write_bytes('definition = "caf\xe9"\n'.encode("latin-1"))
    _, problems = read_concept(path)
    assert str(problems[0]).startswith(f"{path}: encoding: not UTF-8")


def test_shipped_termbase_is_clean():
    root = Path(__file__).parent.parent
    termbase, problems = validate(root / "glossary" / "terms", root / "seeds")
    assert [str(p) for p in problems] == []
    assert {"soft-power", "nomenklatura", "political-technologies", "central-asia"} <= set(termbase)


def test_seed_manifest_lists_every_seed():
    import tomllib

    root = Path(__file__).parent.parent / "seeds"
    manifest = tomllib.loads((root / "MANIFEST.toml").read_text(encoding="utf-8"))
    listed = [s["file"] for s in manifest["seed"]]
    assert listed == sorted(p.name for p in root.glob("*.txt"))
    for seed in manifest["seed"]:
        assert {"title", "authors", "publisher", "date", "languages", "takes"} <= set(seed)
        assert set(seed["languages"]) <= {"en", "kk", "ru"}


def test_every_problem_of_a_file_in_one_run(tmp_path, data):
    """A bad status does not hide a missing note, nor that a bad citation: all three at once."""
    (tmp_path / "three.toml").write_text(
        'id = "three"\nsubject = "test"\ndefinition = "Three mistakes."\n\n'
        '[[en]]\ntext = "soft power"\nstatus = "preferred"\nsource = "seeds/fixture.txt:3"\n\n'
        '[[kk]]\ntext = "жұмсақ күш"\nstatus = "prefered"\nsource = "seeds/fixture.txt:2"\n\n'
        '[[ru]]\ntext = "мягкая сила"\nstatus = "preferred"\nsource = "proposed"\n',
        encoding="utf-8",
    )
    _, problems = validate(tmp_path, data / "seeds")
    assert [(p.line, p.field) for p in problems] == [(8, "en[0].source"), (12, "kk[0].status"), (15, "ru")]
    assert "needs a note" in str(problems[2]) and "does not contain" in str(problems[0])


def test_a_state_must_name_a_concept_of_the_states(tmp_path):
    """``state`` links a capital or an office holder to a state of the termbase, by id."""
    def concept(cid, subject, state=""):
        link = f'state = "{state}"\n' if state else ""
        (tmp_path / f"{cid}.toml").write_text(
            f'id = "{cid}"\nsubject = "{subject}"\ndefinition = "A test."\n{link}\n'
            f'[[en]]\ntext = "{cid.title()}"\nstatus = "preferred"\nsource = "proposed"\n'
            'note = "test"\n', encoding="utf-8")

    concept("ruritania", "states")
    concept("strel", "geography", "ruritania")
    assert validate(tmp_path, None)[1] == []
    concept("strel", "geography", "nowhere")
    concept("mayor", "persons", "strel")
    problems = validate(tmp_path, None)[1]
    assert [(p.path.rsplit("/", 1)[1], p.line, p.field) for p in problems] == [
        ("mayor.toml", 4, "state"), ("strel.toml", 4, "state")]
    assert "'nowhere' is no concept of the subject states" in str(problems[1])
