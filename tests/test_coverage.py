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
