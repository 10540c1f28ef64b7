"""The OmegaT glossary: tab-separated English term, target term, comment; one row per English term.

OmegaT loads glossaries named ``.utf8``, ``.txt``, ``.tab`` or ``.csv``, not ``.tsv``.
"""
from __future__ import annotations

from typing import IO

from glossary.model import Termbase


def _cell(text: str) -> str:
    """One line, no tabs: a TSV cell."""
    return " ".join(text.split())


def dumps(termbase: Termbase, target: str) -> bytes:
    """The rows of every concept with a ``target`` term: each English term, the target preferred
    term, a comment.
    """
    rows = []
    for concept in termbase.concepts():
        term = concept.preferred(target)
        if term is None:
            continue
        if term.sources:
            attested = "attested: " + ", ".join(term.sources)
        elif term.references:
            attested = "referenced: " + "; ".join(r.url or r.title for r in term.references)
        else:
            attested = "proposed"
        for english in concept.terms.get("en", ()):
            what = f"{english.type}, {english.status}"
            comment = f"{concept.id}; {what}; {target} {attested}; {concept.definition}"
            rows.append("\t".join(_cell(x) for x in (english.text, term.text, comment)))
    return ("\n".join(rows) + "\n").encode("utf-8")


def write_tsv(fileobj: IO[bytes], termbase: Termbase, target: str) -> None:
    """Write the OmegaT glossary from English to ``target`` (kk or ru)."""
    fileobj.write(dumps(termbase, target))
