"""``glossary validate``: every problem of a termbase, each as ``path:line: field: message``.

Beyond what reading a file checks (schema, types, one preferred term per
language, known language codes, ids equal to file names), validation checks
the termbase as a whole: unique ids, attestations that point at a line of a
seed's article body that contains the term (not inside an address or a longer
name), references whose quoted form contains the term, notes that say what a
term rests on rather than a template, and no two concepts sharing a preferred
term in one language unless a note of one names the other.
"""
from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

from glossary.errors import DataFileError
from glossary.language.textnorm import fold
from glossary.model import Termbase
from glossary.termbase.evidence import evidence_problems
from glossary.termbase.files import concept_files, read_termbase
from glossary.termbase.schema import locate
from glossary.termbase.seeds import Seeds


def validate(
    path: str | os.PathLike[str], seeds: str | os.PathLike[str] | None
) -> tuple[Termbase, list[DataFileError]]:
    """The termbase under ``path`` and all its problems, sorted by file and line.

    ``seeds`` is the folder the attestations point into; None skips that check.
    """
    termbase, problems = read_termbase(path, partial=True)
    files = {f.stem: f for f in concept_files(path)}
    if seeds is not None:
        problems += _attestation_problems(termbase, files, Seeds(seeds))
    problems += evidence_problems(termbase, files)
    problems += _shared_preferred_terms(termbase, files)
    problems += _state_problems(termbase, files)
    return termbase, sorted(problems, key=lambda e: (e.path, e.line or 0, e.field))


def _attestation_problems(
    termbase: Termbase, files: dict[str, Path], seeds: Seeds
) -> list[DataFileError]:
    found = []
    for concept in termbase.concepts():
        path = files[concept.id]
        for lang in concept.languages():
            for index, term in enumerate(concept.terms[lang]):
                for source in term.sources:
                    message = seeds.problem(source, term.text, lang)
                    if message:
                        line = locate(path, "source", lang, index)
                        found.append(
                            DataFileError(str(path), line, f"{lang}[{index}].source", message)
                        )
    return found


def _shared_preferred_terms(termbase: Termbase, files: dict[str, Path]) -> list[DataFileError]:
    owners: dict[tuple[str, str], list[str]] = defaultdict(list)
    for concept in termbase.concepts():
        for lang in concept.languages():
            preferred = concept.preferred(lang)
            if preferred is not None:
                owners[(lang, fold(preferred.text))].append(concept.id)
    found = []
    for (lang, text), ids in sorted(owners.items()):
        for i, first in enumerate(ids):
            for second in ids[i + 1 :]:
                if _told_apart(termbase, first, second):
                    continue
                path = files[second]
                terms = termbase[second].terms[lang]
                index = next(i for i, t in enumerate(terms) if t.status == "preferred")
                found.append(
                    DataFileError(
                        str(path),
                        locate(path, "text", lang, index),
                        lang,
                        f"preferred term {text!r} is also preferred in {first!r}; "
                        "add a note that tells the two apart",
                    )
                )
    return found


def _state_problems(termbase: Termbase, files: dict[str, Path]) -> list[DataFileError]:
    """A ``state`` must name a concept of the termbase whose subject is "states"."""
    found = []
    for concept in termbase.concepts():
        if concept.state and (concept.state not in termbase
                              or termbase[concept.state].subject != "states"):
            path = files[concept.id]
            found.append(DataFileError(str(path), locate(path, "state"), "state",
                                       f"{concept.state!r} is no concept of the subject states"))
    return found


def _told_apart(termbase: Termbase, first: str, second: str) -> bool:
    """True when a note of one concept names the other."""
    return any(second in n for n in termbase[first].notes) or any(
        first in n for n in termbase[second].notes
    )
