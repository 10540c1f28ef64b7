from __future__ import annotations

from glossary.model import Concept, Term, Termbase
from glossary.termbase.coverage import uncovered
from glossary.termbase.seeds import Seeds


def make_seeds(tmp_path, text: str) -> Seeds:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return Seeds(tmp_path)


TEXT = (
    "The Collective Rapid Deployment Forces met the CRDF command.\n"
    "Soft power and regional security: the Collective Rapid Deployment Forces again.\n"
    "Regional security matters; regional security is what the CRDF provides, with soft power.\n"
    "Contact: someone@example.org, https://example.org/regional-security-page\n"
)


def test_lists_uncovered_names_acronyms_and_phrases(tmp_path):
    found = {
        (c.text, c.kind): c for c in uncovered(Termbase(), make_seeds(tmp_path, TEXT), min_count=3)
    }
    assert found[("regional security", "phrase")].count == 3
    assert found[("regional security", "phrase")].first == "seeds/doc.txt:2"
    assert ("Collective Rapid Deployment Forces", "name") in found
    assert ("CRDF", "acronym") in found
    assert ("soft power", "phrase") not in found  # only twice
    assert not any("example" in text for text, _ in found)


def test_covered_candidates_are_left_out(tmp_path):
    crdf = Concept(
        "crdf",
        "s",
        "d",
        {
            "en": (
                Term("Collective Rapid Deployment Forces", note="n"),
                Term("CRDF", "acronym", "admitted"),
            )
        },
    )
    security = Concept(
        "regional-security", "s", "d", {"en": (Term("regional security", note="n"),)}
    )
    found = uncovered(
        Termbase({"crdf": crdf, "regional-security": security}), make_seeds(tmp_path, TEXT), 3
    )
    assert found == []


def test_only_the_article_body_counts_and_the_left_out_list_is_honoured(tmp_path):
    import pytest

    from glossary.errors import DataFileError
    from glossary.termbase.coverage import left_out

    seeds = make_seeds(tmp_path, TEXT + "Related: regional security\n" * 3)
    (tmp_path / "MANIFEST.toml").write_text('[[seed]]\nfile = "doc.txt"\nbody = [[1, 4]]\n', encoding="utf-8")
    found = {(c.text, c.kind): c for c in uncovered(Termbase(), seeds, min_count=3)}
    assert found[("regional security", "phrase")].count == 3  # the menu's three are not counted
    (tmp_path / "LEFT_OUT.toml").write_text(
        '[[item]]\ntext = "CRDF"\nreason = "the acronym of crdf, kept out on purpose in this test"\n',
        encoding="utf-8",
    )
    skip = left_out(Seeds(tmp_path))
    found = {(c.text, c.kind) for c in uncovered(Termbase(), Seeds(tmp_path), 3, skip)}
    assert ("CRDF", "acronym") not in found and ("regional security", "phrase") in found
    (tmp_path / "LEFT_OUT.toml").write_text('[[item]]\ntext = "CRDF"\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"item\[1\]: needs text and reason"):
        left_out(Seeds(tmp_path))
