from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from glossary.aids.extract import Candidate, dictionary_form
from glossary.aids.proposals import slug
from tests.tools import invoke

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "003_6ff2c148979281d9.txt"


@pytest.mark.parametrize("text, lang, expected", [
    ("жесткой силы", "ru", "жесткая сила"),
    ("неоклассического реализма", "ru", "неоклассический реализм"),
    ("Российской Федерации", "ru", "Российская Федерация"),
    ("қатаң күшті", "kk", "қатаң күш"),
    ("Орталық Азиядағы", "kk", "Орталық Азия"),
    ("soft power", "en", "soft power"),
    ("ОДКБ", "ru", "ОДКБ"),
])
def test_dictionary_form(text, lang, expected):
    assert dictionary_form(text, lang) == expected


def test_slug():
    assert slug(Candidate({"en": "Hard power", "ru": "жесткая сила"})) == "hard-power"
    assert slug(Candidate({"ru": "жесткая сила"}))== "zhestkaya-sila"


def without_hard_power(tmp_path) -> Path:
    terms = tmp_path / "terms"
    shutil.copytree(ROOT / "glossary" / "terms", terms)
    (terms / "hard-power.toml").unlink()
    return terms


def test_seed_003_known_keywords_and_hard_power():
    result = invoke(["extract", str(SEED), "--json"])
    assert result.exit_code == 0, result.output
    found = {c.get("known"): c for c in json.loads(result.output)}
    assert {
        "soft-power",
        "russian-soft-power",
        "neoclassical-realism",
        "central-asia",
        "hard-power",
    } <= set(found)
    assert found["hard-power"]["terms"] == {"kk": "қатаң күш", "ru": "жесткая сила"}
    assert found["hard-power"]["evidence"] == {"kk": [23], "ru": [35]}


def test_a_quoted_part_of_a_known_term_is_reported_as_that_concept():
    result = invoke(["extract", str(SEED), "--json"])
    found = json.loads(result.output)
    # «Trans imperial» communications
    ties = next(c for c in found if c.get("known") == "trans-imperial-ties")
    assert ties["terms"]["kk"] == "транс империялық қатынастар" and ties["evidence"]["ru"] == [37]
    assert not any(
        "Trans imperial" in c["terms"].get("en", "") for c in found if not c.get("known")
    )


def test_a_new_concept_is_proposed_with_evidence_from_the_body(tmp_path):
    terms = without_hard_power(tmp_path)
    result = invoke(["extract", str(SEED), "--json", "--termbase", str(terms)])
    new = [c for c in json.loads(result.output) if not c.get("known")]
    hard = next(c for c in new if c["terms"].get("ru") == "жесткая сила")
    assert hard["terms"] == {"kk": "қатаң күш", "ru": "жесткая сила", "en": "hard power"}
    # the English body, after the front matter
    assert "en" in hard["analogy"] and hard["evidence"]["en"][0] > 41


def test_write_creates_proposed_files_and_never_overwrites(tmp_path):
    terms = without_hard_power(tmp_path)
    result = invoke(["extract", str(SEED), "--termbase", str(terms), "--write"])
    assert result.exit_code == 0, result.output
    written = (terms / "hard-power.toml").read_text(encoding="utf-8")
    assert (
        written.count('source = "proposed"') == 3 and "seeds/003_6ff2c148979281d9.txt:35" in written
    )
    assert (
        invoke(["validate", str(terms), "--seeds", str(ROOT / "seeds")]).exit_code == 0
    )
    again = invoke(["extract", str(SEED), "--termbase", str(terms), "--write"])
    assert (
        again.exit_code == 0
        and "known hard-power" in again.output
        and "written" not in again.output
    )


def test_a_clash_is_reported_not_overwritten(tmp_path):
    terms = without_hard_power(tmp_path)
    mine = 'id = "hard-power"\nsubject = "s"\ndefinition = "d"\n\n[[en]]\ntext = "coercive power"\nstatus = "preferred"\nsource = "proposed"\nnote = "mine"\n'
    (terms / "hard-power.toml").write_text(mine, encoding="utf-8")
    result = invoke(["extract", str(SEED), "--termbase", str(terms), "--write"])
    assert result.exit_code == 1 and "hard-power.toml: exists; not overwritten" in result.output
    assert (terms / "hard-power.toml").read_text(encoding="utf-8") == mine


def test_nothing_to_extract(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("An English paragraph.\n", encoding="utf-8")
    result = invoke(["extract", str(plain)])
    assert result.exit_code == 2 and "plain.txt" in result.output
