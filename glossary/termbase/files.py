"""Read the contributors' concept files (one TOML file per concept) into the model.

Every problem is reported as a ``DataFileError`` with the file, the line and the
field, so that ``glossary validate`` can print them all, compiler-style.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from glossary.errors import DataFileError
from glossary.model import (
    LANGUAGES,
    PROPOSED,
    SOURCE_PATTERN,
    STATUSES,
    TERM_TYPES,
    Concept,
    Term,
    Termbase,
)

TOP_LEVEL_KEYS = ("id", "subject", "definition", "notes")
TERM_KEYS = ("text", "type", "status", "source", "note", "reviewed")
_ARRAY_TABLE = re.compile(r"^\s*\[\[\s*([^\]\s]+)\s*\]\]")
_TABLE = re.compile(r"^\s*\[\s*([^\]\s]+)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
_TOML_LINE = re.compile(r"\s*\(?at line (\d+),? column \d+\)?")


class _Lines:
    """Where each key of a concept file stands: tomllib keeps no positions.

    The file is scanned on first use, which only a problem needs: reading a
    large termbase of good files never pays for it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._keys: dict[tuple[str, int, str], int] | None = None
        self._tables: dict[tuple[str, int], int] = {}

    @property
    def keys(self) -> dict[tuple[str, int, str], int]:
        if self._keys is None:
            self._keys = {}
            table, index, counts = "", 0, {}
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

    @property
    def tables(self) -> dict[tuple[str, int], int]:
        self.keys  # noqa: B018 - scans the file
        return self._tables

    def of(self, key: str, table: str = "", index: int = 0) -> int | None:
        """The line of ``key`` (in the ``index``-th ``[[table]]``), else of the table."""
        if (table, index, key) in self.keys:
            return self.keys[(table, index, key)]
        if table:
            return self.tables.get((table, index)) or self.keys.get(("", 0, table))
        return None


def concept_files(path: str | os.PathLike[str]) -> list[Path]:
    """The concept files under ``path`` (a folder or one file), sorted by name."""
    root = Path(path)
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise DataFileError(str(root), None, "path", "no such file or folder")
    return sorted(root.glob("*.toml"))


def read_concept(path: str | os.PathLike[str]) -> tuple[Concept | None, list[DataFileError]]:
    """Parse one concept file: the concept (when it could be built) and every problem found."""
    path = Path(path)
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, [DataFileError(shown, None, "encoding", f"not UTF-8 ({exc.reason})")]
    except OSError as exc:
        return None, [DataFileError(shown, None, "file", exc.strerror or str(exc))]
    loads, error = _toml_parser()
    try:
        data = loads(text)
    except error as exc:
        m = _TOML_LINE.search(str(exc))
        message = _TOML_LINE.sub("", str(exc)).strip()
        return None, [DataFileError(shown, int(m.group(1)) if m else None, "toml", message)]
    return _build(shown, path.stem, data, _Lines(text))


def _toml_parser():
    """rtoml (in Rust: a large termbase reads ten times faster), else the standard library's tomllib."""
    try:
        import rtoml

        return rtoml.loads, rtoml.TomlParsingError
    except ImportError:  # an environment without the package's dependencies installed
        import tomllib

        return tomllib.loads, tomllib.TOMLDecodeError


def _build(shown: str, stem: str, data: dict, lines: _Lines) -> tuple[Concept | None, list[DataFileError]]:
    problems: list[DataFileError] = []

    def problem(field_: str, message: str, line: int | None) -> None:
        problems.append(DataFileError(shown, line or 1, field_, message))

    for key in data:
        if key not in TOP_LEVEL_KEYS and key not in LANGUAGES:
            where = lines.of(key) or lines.tables.get((key, 0))
            if len(key) in (2, 3) and key.isalpha() and key.islower():
                problem(key, f"unknown language code; use one of {', '.join(LANGUAGES)}", where)
            else:
                problem(key, f"unknown field; expected one of {', '.join(TOP_LEVEL_KEYS + LANGUAGES)}", where)

    def text_field(key: str, required: bool = True) -> str:
        value = data.get(key)
        if value is None:
            if required:
                problem(key, "missing", None)
            return ""
        if not isinstance(value, str):
            problem(key, f"must be a string, not {_kind(value)}", lines.of(key))
            return ""
        if required and not value.strip():
            problem(key, "must not be empty", lines.of(key))
        return value

    concept_id = text_field("id")
    subject = text_field("subject")
    definition = text_field("definition")
    notes_value = data.get("notes", [])
    if isinstance(notes_value, str):
        notes_value = [notes_value]
    if not isinstance(notes_value, list) or not all(isinstance(n, str) for n in notes_value):
        problem("notes", "must be a list of strings", lines.of("notes"))
        notes_value = []
    if concept_id and concept_id != stem:
        problem("id", f"{concept_id!r} differs from the file name {stem!r}", lines.of("id"))

    terms: dict[str, tuple[Term, ...]] = {}
    for lang in LANGUAGES:
        if lang not in data:
            continue
        entries = data[lang]
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            problem(lang, f"write each term as a [[{lang}]] table", lines.of(lang))
            continue
        built = []
        for index, entry in enumerate(entries):
            term = _term(entry, lang, index, lines, problem)
            if term is not None:
                built.append(term)
        terms[lang] = tuple(built)

    concept = Concept(
        id=concept_id or stem,
        subject=subject,
        definition=definition,
        terms=terms,
        notes=tuple(notes_value),
    )
    if not problems:
        for field_, message in concept.problems():
            if field_ in ("id", "subject", "definition"):
                line = lines.of(field_)
            elif field_ in LANGUAGES:
                line = lines.tables.get((field_, 0))
            else:
                line = None
            problem(field_, message, line)
    return (concept if not problems else None), problems


def _term(entry: dict, lang: str, index: int, lines: _Lines, problem) -> Term | None:
    """One ``[[lang]]`` table as a Term, or None after reporting what is wrong with it."""
    ok = True

    def bad(key: str, message: str) -> None:
        nonlocal ok
        ok = False
        problem(f"{lang}[{index}].{key}", message, lines.of(key, lang, index))

    for key in entry:
        if key not in TERM_KEYS:
            bad(key, f"unknown field; expected one of {', '.join(TERM_KEYS)}")
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        bad("text", "missing" if text is None else "must be a non-empty string")
        text = ""
    elif text != text.strip() or "  " in text:
        bad("text", "has stray spaces")
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
    sources = _sources(entry.get("source"), bad)
    if not ok:
        return None
    return Term(text=text, type=term_type, status=status, sources=sources, note=note, reviewed=reviewed)


def _sources(value: object, bad) -> tuple[str, ...]:
    """``source`` is "proposed", one ``seeds/FILE:LINE`` or a list of them."""
    if value is None:
        bad("source", 'missing; give seeds/FILE:LINE, a list of them, or "proposed"')
        return ()
    if value == PROPOSED:
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


def _kind(value: object) -> str:
    return {list: "a list", dict: "a table", int: "a number", float: "a number", bool: "true/false"}.get(
        type(value), type(value).__name__
    )


def _read_batch(files: list[Path]) -> list[tuple[Concept | None, list[DataFileError]]]:
    return [read_concept(file) for file in files]


def read_termbase(path: str | os.PathLike[str]) -> tuple[Termbase, list[DataFileError]]:
    """Every concept under ``path`` and every problem found, duplicate ids included."""
    from glossary.parallel import batched_map

    concepts: dict[str, Concept] = {}
    problems: list[DataFileError] = []
    files = concept_files(path)
    for file, (concept, found) in zip(files, batched_map(_read_batch, files, batch=2000, parallel_from=10000)):
        problems.extend(found)
        if concept is None:
            continue
        if concept.id in concepts:
            problems.append(DataFileError(str(file), 1, "id", f"{concept.id!r} is used by another file"))
            continue
        concepts[concept.id] = concept
    return Termbase(concepts), problems


def load_termbase(path: str | os.PathLike[str]) -> Termbase:
    """The termbase under ``path``; raises the first problem as a DataFileError."""
    termbase, problems = read_termbase(path)
    if problems:
        raise problems[0]
    return termbase


def locate(path: str | os.PathLike[str], key: str, table: str = "", index: int = 0) -> int | None:
    """The line of ``key`` in a concept file, for errors found after parsing."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError:
        return None
    return _Lines(text).of(key, table, index)
