"""Turn extracted candidates into concept files for review: an id, every term proposed, its
evidence in a note.

The tool never presents a guess as attested: every term it writes is
proposed, and an existing file is never overwritten.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

from glossary.aids.extract import Candidate
from glossary.model import Concept, Term
from glossary.vocab import LANGUAGES


def slug(candidate: Candidate) -> str:
    """A concept id from the English term, else the romanized Russian or Kazakh one."""
    from glossary.language import romanize

    for lang in LANGUAGES:
        term = candidate.terms.get(lang)
        if not term:
            continue
        if lang == "ru":
            term = " ".join(romanize.russian_word(w, "BGN_PCGN") for w in term.lower().split())
        elif lang == "kk":
            term = " ".join(
                romanize.kazakh_word(w, next(iter(romanize.KAZAKH_SCHEMES)))
                for w in term.lower().split()
            )
        text = re.sub(r"[^a-z0-9]+", "-", romanize.strip_marks(term).lower()).strip("-")
        if text:
            return text
    return "concept"


def proposed_concept(candidate: Candidate, source: str) -> Concept:
    """A concept file's content for a new candidate: every term proposed, with the lines it rests on
    in its note.
    """
    terms = {}
    for lang, text in candidate.terms.items():
        where = (
            ", ".join(f"{source}:{n}" for n in candidate.evidence.get(lang, ())) or "no line found"
        )
        note = f"Extracted by glossary extract ({candidate.why}); stands at {where}."
        if lang in candidate.analogy:
            note += f" Guessed {candidate.analogy[lang]}; not attested as an equivalent."
        terms[lang] = (Term(text, "full form", "preferred", (), note),)
    return Concept(
        slug(candidate),
        "unreviewed",
        f"Proposed by glossary extract from {source}; a reviewer writes the definition.",
        terms,
        (f"Review every term before removing 'proposed': found in {source} ({candidate.why}).",),
    )


@dataclass(frozen=True)
class Written:
    """What ``write_candidates`` did with one candidate: the file, and whether it was written or
    clashed.
    """

    path: str
    written: bool
    candidate: Candidate


def write_candidates(
    candidates: list[Candidate], folder: str | os.PathLike[str], source: str
) -> list[Written]:
    """A concept file (every term proposed) in ``folder`` for each new candidate in two or more
    languages.

    An existing file is never overwritten: it is reported with ``written`` False.
    """
    from glossary.termbase.files import write_concept

    done = []
    for candidate in candidates:
        if candidate.known or len(candidate.terms) < 2:
            continue
        concept = proposed_concept(candidate, source)
        path = os.path.join(folder, f"{concept.id}.toml")
        written = write_concept(
            path, concept, f"Proposed by glossary extract from {source}: review before use."
        )
        done.append(Written(path, written, candidate))
    return done


def source_name(path: str) -> str:
    """How a document is cited in the notes of the concepts it proposes: ``seeds/NAME`` inside
    seeds/.
    """
    if path == "-":
        return "stdin"
    name = os.path.basename(path)
    return (
        f"seeds/{name}"
        if os.path.basename(os.path.dirname(os.path.abspath(path))) == "seeds"
        else name
    )
