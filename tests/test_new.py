"""``glossary new``: a concept file that validates, citing the seed lines it found."""
from __future__ import annotations

import pytest

from glossary.errors import GlossaryError
from glossary.termbase.files import read_concept
from glossary.termbase.new import draft
from glossary.termbase.seeds import Seeds
from glossary.termbase.validate import validate
from tests.tools import invoke


def test_cites_the_lines_it_finds_and_proposes_the_rest(data):
    concept = draft("soft", "test", "A test.", {"en": "soft power", "kk": "жұмсақ күш", "ru": "нежная сила"},
                    {"ru": "No reference found: searched «нежная сила» (2026-12-01)."}, Seeds(data / "seeds"))
    assert concept.terms["en"][0].sources == ("seeds/fixture.txt:1",)
    assert concept.terms["kk"][0].sources == ("seeds/fixture.txt:2",)  # жұмсақ күштің
    assert concept.terms["ru"][0].proposed and concept.terms["ru"][0].note.startswith("No reference")


def test_a_proposed_term_needs_its_basis(data):
    with pytest.raises(GlossaryError, match="ru term 'нежная сила': no seed line attests it; give --note ru="):
        draft("soft", "test", "A test.", {"ru": "нежная сила"}, {}, Seeds(data / "seeds"))
    with pytest.raises(GlossaryError, match="is not an id"):
        draft("Soft Power", "test", "A test.", {"en": "soft power"}, {}, Seeds(data / "seeds"))


def test_the_command_writes_a_file_that_validates_and_never_overwrites(tmp_path, data):
    args = ["new", "soft-test", "--en", "soft power", "--kk", "жұмсақ күш", "--ru", "мягкая сила",
            "--subject", "test", "--definition", "A test concept.", "--termbase", str(tmp_path),
            "--seeds", str(data / "seeds")]
    result = invoke(args)
    assert result.exit_code == 0, result.output
    concept, problems = read_concept(tmp_path / "soft-test.toml")
    assert problems == [] and concept.terms["ru"][0].sources == ("seeds/fixture.txt:3",)
    assert validate(tmp_path, data / "seeds")[1] == []
    again = invoke(args)
    assert again.exit_code == 2 and "exists; not overwritten" in again.output
    dry = invoke(["new", "other", "--en", "soft power", "--subject", "t", "--definition", "d",
                  "--termbase", str(tmp_path), "--seeds", str(data / "seeds"), "--dry-run"])
    assert dry.output.startswith('id = "other"') and not (tmp_path / "other.toml").exists()
