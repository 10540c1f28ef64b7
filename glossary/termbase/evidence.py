"""The evidence behind a term besides seed lines: references to outside sources, checked.

A reference names an official act, the organisation's own page, a press
agency, an encyclopedia or Unicode CLDR, with the form in which the term
stands there (``found``, a few words) and the day it was checked. Its shape is
checked when a concept file is read; ``found`` must contain the term (the
matching of seed attestations) when the termbase is validated.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from glossary.errors import DataFileError
from glossary.model import Reference, Term, Termbase

REFERENCE_KEYS = ("title", "url", "found", "checked")
FOUND_WORDS = 15  # a term and a few words around it, never a passage
URL = re.compile(r"^https?://\S+$")
# Notes that say nothing a reviewer can check: what the termbase used before every term had
# evidence. A note says exactly what a term rests on, or what was searched without finding it.
TEMPLATE_NOTES = (
    re.compile(r"^Established usage in [\w ]+\.$"),
    re.compile(r"^Unicode CLDR name\.$"),
    re.compile(r"^Official (Russian|Kazakh) name of the organisation\b.*$"),
    re.compile(r"^Official name or abbreviation\.$"),
    re.compile(r"^Official usage; see the concept note\.$"),
    re.compile(r"^Kazakh name used by Kazakhstan's government\.$"),
)


def parse_references(value: object, bad: Callable[[str, str], None]) -> tuple[Reference, ...]:
    """``references``: a list of tables, each with ``found``, ``checked``, and ``url`` or
    ``title``; each bad one is reported through ``bad`` and left out."""
    if value is None:
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(r, dict) for r in value):
        bad("references", "must be a list of tables { title, url, found, checked }")
        return ()
    built = []
    for number, item in enumerate(value):
        message = reference_problem(item)
        if message:
            bad("references", f"reference {number + 1}: {message}")
            continue
        built.append(Reference(item["found"], str(item["checked"]), item.get("url", ""),
                               item.get("title", "")))
    return tuple(built)


def reference_problem(item: dict[str, Any]) -> str | None:
    """What is wrong with the shape of one reference, or None."""
    import datetime

    unknown = sorted(set(item) - set(REFERENCE_KEYS))
    if unknown:
        return f"unknown field {unknown[0]!r}; expected {', '.join(REFERENCE_KEYS)}"
    if not all(isinstance(item.get(k, ""), str | datetime.date) for k in REFERENCE_KEYS):
        return "every field must be a string"
    if not item.get("url") and not item.get("title"):
        return "give the page's address (url) or the document's title"
    if item.get("url") and not URL.match(item["url"]):
        return f"url {item['url']!r} is not an http(s) address"
    found = item.get("found", "")
    if not found.strip():
        return "found: give the few words in which the term stands there"
    if len(found.split()) > FOUND_WORDS:
        return f"found has {len(found.split())} words; quote at most {FOUND_WORDS} with the term"
    checked = str(item.get("checked", ""))
    try:
        day = datetime.date.fromisoformat(checked)
    except ValueError:
        return f"checked {checked!r} is not a date YYYY-MM-DD"
    if day > datetime.date.today():
        return f"checked {checked} is in the future"
    return None


def _term_problems(term: Term, lang: str) -> list[tuple[str, str]]:
    """(field, message) of a term's references that lack the term, and of a template note."""
    from glossary.termbase.attest import match_span

    found = []
    for number, ref in enumerate(term.references, 1):
        if match_span(ref.found, term.text, lang) is None:
            found.append(("references", f"reference {number}: found «{ref.found}» does not "
                                        f"contain {term.text!r}"))
    if any(pattern.match(term.note) for pattern in TEMPLATE_NOTES):
        found.append(("note", f"{term.note!r} is a template; say what the term rests on (a "
                              "reference, or what was searched without finding it)"))
    return found


def evidence_problems(termbase: Termbase, files: dict[str, Path]) -> list[DataFileError]:
    """Every reference whose quoted form lacks its term, and every template note."""
    from glossary.termbase.schema import locate

    problems = []
    for concept in termbase.concepts():
        path = files[concept.id]
        for lang in concept.languages():
            for index, term in enumerate(concept.terms[lang]):
                for key, message in _term_problems(term, lang):
                    line = locate(path, key, lang, index)
                    field = f"{lang}[{index}].{key}"
                    problems.append(DataFileError(str(path), line, field, message))
    return problems
