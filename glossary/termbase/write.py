"""Write a concept as a contributor's TOML file (the inverse of ``termfile``).

Used by scripts and commands that create concept files; the layout is the one
CONTRIBUTING.md shows, so that generated files read like hand-written ones.
"""
from __future__ import annotations

from glossary.model import LANGUAGES, PROPOSED, Concept, Term


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for char in value:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'



def _term_lines(lang: str, term: Term) -> list[str]:
    lines = [
        f"[[{lang}]]",
        f"text = {_string(term.text)}",
        f"type = {_string(term.type)}",
        f"status = {_string(term.status)}",
    ]
    if term.sources:
        lines.append("source = [" + ", ".join(_string(s) for s in term.sources) + "]")
    else:
        lines.append(f"source = {_string(PROPOSED)}")
    if term.note:
        lines.append(f"note = {_string(term.note)}")
    if term.reviewed:
        lines.append("reviewed = true")
    return lines


def concept_toml(concept: Concept, comment: str = "") -> str:
    """The TOML text of ``concept``, with an optional leading comment line."""
    lines = [f"# {comment}"] if comment else []
    lines += [
        f"id = {_string(concept.id)}",
        f"subject = {_string(concept.subject)}",
        f"definition = {_string(concept.definition)}",
    ]
    if concept.notes:
        lines.append("notes = [" + ", ".join(_string(n) for n in concept.notes) + "]")
    for lang in LANGUAGES:
        for term in concept.terms.get(lang, ()):
            lines.append("")
            lines += _term_lines(lang, term)
    return "\n".join(lines) + "\n"
