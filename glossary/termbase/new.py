"""A new concept file from a few words: its terms, the seed lines that attest them, the rest
proposed.

What ``glossary new`` writes: every term is looked for in the seeds' article
bodies (in any inflected form) and cites the lines found there; a term no
line holds is proposed and needs a note saying what it rests on.
"""
from __future__ import annotations

import os
from collections.abc import Mapping

from glossary.errors import GlossaryError
from glossary.model import ID_PATTERN, Concept, Term
from glossary.termbase.seeds import Seeds
from glossary.vocab import LANGUAGES

CITED = 3  # seed lines cited per term at most, from as many documents as possible


def draft(concept_id: str, subject: str, definition: str, terms: Mapping[str, str],
          notes: Mapping[str, str], seeds: Seeds | None) -> Concept:
    """The concept ``concept_id`` with one preferred term per language of ``terms``, each citing
    the seed lines that attest it, else proposed with its note from ``notes``.

    A ``GlossaryError`` says what is missing: a slug, a definition, a note for a proposed term.
    """
    if not ID_PATTERN.match(concept_id):
        raise GlossaryError(f"{concept_id!r} is not an id: lowercase letters, digits, hyphens")
    if not terms:
        raise GlossaryError("give a term in at least one language (--en, --kk, --ru)")
    built = {}
    for lang in (lang for lang in LANGUAGES if terms.get(lang)):
        text = " ".join(terms[lang].split())
        sources = seeds.attest(text, lang, CITED) if seeds is not None else ()
        note = notes.get(lang, "").strip()
        if not sources and not note:
            raise GlossaryError(f"{lang} term {text!r}: no seed line attests it; give --note "
                                f"{lang}=... saying what it rests on (a reference, a search)")
        term = Term(text, "full form", "preferred", tuple(sources), "" if sources else note)
        built[lang] = (term,)
    concept = Concept(concept_id, subject.strip(), definition.strip(), built)
    problems = [m for field, m in concept.problems() if field in ("subject", "definition")]
    if problems:
        raise GlossaryError(f"{concept_id}: " + "; ".join(problems))
    return concept


def write(folder: str | os.PathLike[str], concept: Concept) -> str:
    """Write ``concept`` as ``folder/ID.toml``; a ``GlossaryError`` when the file exists."""
    from glossary.termbase.files import write_concept

    path = os.path.join(folder, f"{concept.id}.toml")
    comment = f"{concept.id}: started with glossary new; review every term"
    if not write_concept(path, concept, comment):
        raise GlossaryError(f"{path}: exists; not overwritten (edit it, or choose another id)")
    return path
