"""The schema of a concept file: its fields checked one by one, every problem with its line.

tomllib and rtoml keep no positions, so ``KeyLines`` finds where each key
stands; ``parse`` builds the concept from the parsed TOML and reports every
problem as a ``DataFileError`` (file, line, field), so that ``glossary
validate`` can print them all, compiler-style.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from glossary.errors import DataFileError
from glossary.model import (
    LANGUAGES,
    PROPOSED,
    SOURCE_PATTERN,
    STATUSES,
    TERM_TYPES,
    Concept,
    Term,
)
from glossary.termbase.evidence import parse_references

TOP_LEVEL_KEYS = ("id", "subject", "definition", "notes", "derived", "state")
MAX_TERM_WORDS = 20  # a longer "term" is a sentence; matching is slower the longer terms are
TERM_KEYS = ("text", "type", "status", "source", "references", "note", "reviewed")

_ARRAY_TABLE = re.compile(r"^\s*\[\[\s*([^\]\s]+)\s*\]\]")
_TABLE = re.compile(r"^\s*\[\s*([^\]\s]+)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
Report = Callable[[str, str, "int | None"], None]  # field, message, line


class KeyLines:
    """Where each key of a concept file stands.

    The file is scanned on first use, which only a problem needs: reading a
    large termbase of good files never pays for it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._keys: dict[tuple[str, int, str], int] | None = None
        self._tables: dict[tuple[str, int], int] = {}

    def _scan(self) -> dict[tuple[str, int, str], int]:
        if self._keys is None:
            self._keys = {}
            table, index = "", 0
            counts: dict[str, int] = {}
            for number, line in enumerate(self.text.splitlines(), start=1):
                if m := _ARRAY_TABLE.match(line):
                    table = m.group(1)
                    index = counts.get(table, 0)
                    counts[table] = index + 1
                    self._tables[(table, index)] = number
                elif m := _TABLE.match(line):
                    table, index = m.group(1), 0
                    self._tables[(table, 0)] = number
                elif m := _KEY.match(line):
                    self._keys.setdefault((table, index, m.group(1)), number)
        return self._keys

    def table(self, name: str, index: int = 0) -> int | None:
        """The line of the ``index``-th ``[[name]]`` (or ``[name]``) table."""
        self._scan()
        return self._tables.get((name, index))

    def of(self, key: str, table: str = "", index: int = 0) -> int | None:
        """The line of ``key`` (in the ``index``-th ``[[table]]``), else of the table."""
        keys = self._scan()
        if (table, index, key) in keys:
            return keys[(table, index, key)]
        if table:
            return self._tables.get((table, index)) or keys.get(("", 0, table))
        return None


def locate(path: str | Path, key: str, table: str = "", index: int = 0) -> int | None:
    """The line of ``key`` in a concept file, for errors found after parsing."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError:
        return None
    return KeyLines(text).of(key, table, index)


def _kind(value: object) -> str:
    names = {
        list: "a list",
        dict: "a table",
        int: "a number",
        float: "a number",
        bool: "true/false",
    }
    return names.get(type(value), type(value).__name__)


def _unknown_keys(data: dict[str, Any], lines: KeyLines, problem: Report) -> None:
    for key in data:
        if key not in TOP_LEVEL_KEYS and key not in LANGUAGES:
            where = lines.of(key) or lines.table(key)
            if len(key) in (2, 3) and key.isalpha() and key.islower():
                problem(key, f"unknown language code; use one of {', '.join(LANGUAGES)}", where)
            else:
                problem(
                    key,
                    f"unknown field; expected one of {', '.join(TOP_LEVEL_KEYS + LANGUAGES)}",
                    where,
                )


def _text_field(data: dict[str, Any], key: str, lines: KeyLines, problem: Report,
                required: bool = True) -> str:
    value = data.get(key)
    if value is None:
        if required:
            problem(key, "missing", None)
        return ""
    if not isinstance(value, str):
        problem(key, f"must be a string, not {_kind(value)}", lines.of(key))
        return ""
    if not value.strip():
        problem(key, "must not be empty", lines.of(key))
    return value


def _notes(data: dict[str, Any], lines: KeyLines, problem: Report) -> tuple[str, ...]:
    value = data.get("notes", [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(n, str) for n in value):
        problem("notes", "must be a list of strings", lines.of("notes"))
        return ()
    return tuple(value)


def _derived(data: dict[str, Any], lines: KeyLines, problem: Report) -> dict[str, tuple[str, ...]]:
    """``derived = {en = ["American"], ru = ["американский"]}``: words per language."""
    value = data.get("derived", {})
    where = lines.of("derived") or lines.table("derived")
    if not isinstance(value, dict):
        problem("derived", "must be a table of word lists per language, as "
                           'derived = {en = ["American"]}', where)
        return {}
    words: dict[str, tuple[str, ...]] = {}
    for lang, items in value.items():
        if not isinstance(items, list) or not all(isinstance(w, str) for w in items):
            problem("derived", f"{lang}: must be a list of words", where)
        elif bad := next((w for w in items if _unprintable(w)), None):
            problem("derived", f"{lang}: {bad!r} holds a line break or an invisible character",
                    where)
        else:
            words[lang] = tuple(items)
    return words


def _terms(data: dict[str, Any], lines: KeyLines, problem: Report) -> dict[str, tuple[Term, ...]]:
    terms: dict[str, tuple[Term, ...]] = {}
    for lang in (lang for lang in LANGUAGES if lang in data):
        entries = data[lang]
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            problem(lang, f"write each term as a [[{lang}]] table", lines.of(lang))
            continue
        built = [_term(entry, lang, i, lines, problem) for i, entry in enumerate(entries)]
        terms[lang] = tuple(term for term in built if term is not None)
    return terms


def parse(
    shown: str, stem: str, data: dict[str, Any], lines: KeyLines
) -> tuple[Concept, list[DataFileError]]:
    """The concept of a parsed concept file (``shown`` names it in errors) and every problem found.

    The concept is built from whatever could be read, even with problems, so that one run of
    validation reports them all (a bad status does not hide a missing note or a bad citation);
    a rule that a broken term would make moot (one preferred term per language) is not applied
    to that language.
    """
    problems: list[DataFileError] = []

    def problem(field_: str, message: str, line: int | None) -> None:
        problems.append(DataFileError(shown, line or 1, field_, message))

    _unknown_keys(data, lines, problem)
    concept_id, subject, definition = (
        _text_field(data, key, lines, problem) for key in ("id", "subject", "definition")
    )
    notes = _notes(data, lines, problem)
    if concept_id and concept_id != stem:
        problem("id", f"{concept_id!r} differs from the file name {stem!r}", lines.of("id"))
    # The file name is the id (a differing id is reported above): every check finds the file.
    concept = Concept(id=stem if concept_id != stem else concept_id, subject=subject,
                      definition=definition, terms=_terms(data, lines, problem), notes=notes,
                      derived=_derived(data, lines, problem),
                      state=_text_field(data, "state", lines, problem, required=False))
    reported = {p.field.split("[")[0] for p in problems}
    broken_terms = bool(reported & set(LANGUAGES))
    for field_, message in concept.problems():
        moot = field_ in reported and (field_ not in LANGUAGES or "preferred term" in message)
        if moot or (field_ == "terms" and broken_terms):
            continue  # already reported, or moot while a term is broken
        problem(field_, message, _line(lines, field_))
    return concept, problems


def _line(lines: KeyLines, field_: str) -> int | None:
    if field_ in TOP_LEVEL_KEYS:
        return lines.of(field_) or lines.table(field_)
    return lines.table(field_) if field_ in LANGUAGES else None


Bad = Callable[[str, str], None]  # key of a term table, message


def _term(
    entry: dict[str, Any], lang: str, index: int, lines: KeyLines, problem: Report
) -> Term | None:
    """One ``[[lang]]`` table as a Term, or None after reporting what is wrong with it."""
    ok = True

    def bad(key: str, message: str) -> None:
        nonlocal ok
        ok = False
        problem(f"{lang}[{index}].{key}", message, lines.of(key, lang, index))

    for key in entry:
        if key not in TERM_KEYS:
            bad(key, f"unknown field; expected one of {', '.join(TERM_KEYS)}")
    text, term_type, status, note, reviewed = _term_fields(entry, bad)
    references = parse_references(entry.get("references"), bad)
    sources = _sources(entry.get("source"), bool(references), bad)
    if not ok:
        return None
    return Term(text=text, type=term_type, status=status, sources=sources, note=note,
                reviewed=reviewed, references=references)


def _unprintable(text: str) -> bool:
    """A line break, a control character or an invisible one: what no term may hold."""
    return any(unicodedata.category(c)[0] == "C" or unicodedata.category(c) in ("Zl", "Zp")
               for c in text)


def _term_fields(entry: dict[str, Any], bad: Bad) -> tuple[str, str, str, str, bool]:
    """text, type, status, note and reviewed of a term table, each checked."""
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        bad("text", "missing" if text is None else "must be a non-empty string")
        text = ""
    elif text != text.strip() or "  " in text:
        bad("text", "has stray spaces")
    elif _unprintable(text):
        bad("text", "has a line break, a control character or an invisible one")
    elif len(text.split()) > MAX_TERM_WORDS:
        bad("text", f"has {len(text.split())} words; a term has at most {MAX_TERM_WORDS}")
    term_type = entry.get("type", "full form")
    if term_type not in TERM_TYPES:
        bad("type", f"{term_type!r} is not one of {', '.join(TERM_TYPES)}")
    status = entry.get("status", "admitted")
    if status not in STATUSES:
        bad("status", f"{status!r} is not one of {', '.join(STATUSES)}")
    note = entry.get("note", "")
    if not isinstance(note, str):
        bad("note", "must be a string")
    reviewed = entry.get("reviewed", False)
    if not isinstance(reviewed, bool):
        bad("reviewed", "must be true or false")
    return text, term_type, status, note, reviewed


def _sources(value: object, referenced: bool, bad: Bad) -> tuple[str, ...]:
    """``source`` is "proposed", one ``seeds/FILE:LINE`` or a list of them; it may be left out
    when the term has references."""
    if value is None:
        if not referenced:
            bad("source", 'missing; give seeds/FILE:LINE, a list of them, references or "proposed"')
        return ()
    if value == PROPOSED:
        if referenced:
            bad("source", '"proposed" contradicts the references; leave source out')
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(i, str) for i in items):
        bad("source", 'must be seeds/FILE:LINE, a list of them, or "proposed"')
        return ()
    for item in items:
        if not SOURCE_PATTERN.match(item):
            bad("source", f"{item!r} is not seeds/FILE:LINE")
            return ()
    if len(set(items)) != len(items):
        bad("source", "lists a place twice")
        return ()
    return tuple(items)
