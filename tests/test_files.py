from __future__ import annotations

from hypothesis import given, settings

from glossary.termbase.files import concept_toml, read_concept
from tests.strategies import concepts


@settings(max_examples=60, deadline=None)
@given(concepts)
def test_written_files_read_back(tmp_path_factory, concept):
    path = tmp_path_factory.mktemp("c") / f"{concept.id}.toml"
    path.write_text(concept_toml(concept, "generated"), encoding="utf-8")
    back, problems = read_concept(path)
    assert problems == []
    assert back == concept


def test_layout_matches_contributing(data):
    path = data / "good" / "soft-power.toml"
    concept, _ = read_concept(path)
    text = concept_toml(concept)
    assert text.startswith('id = "soft-power"\nsubject = "international relations"\n')
    assert (
        '\n[[kk]]\ntext = "жұмсақ күш"\ntype = "full form"\nstatus = "preferred"\nsource = ["seeds/fixture.txt:2"]\n'
        in text
    )
