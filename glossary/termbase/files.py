"""Concept files: one TOML file per concept, read into the model and written back.

Reading reports every problem of a file (see ``glossary.termbase.schema``);
writing gives the layout CONTRIBUTING.md shows, so that generated files read
like hand-written ones, and never replaces a file that is there.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from glossary.errors import DataFileError
from glossary.model import LANGUAGES, PROPOSED, Concept, Term, Termbase
from glossary.termbase.schema import KeyLines, parse

_TOML_LINE = re.compile(r"\s*\(?at line (\d+),? column \d+\)?")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
PARALLEL_FROM = 10000  # files: a termbase this large is read on every CPU
BATCH = 2000


def _regular(path: Path) -> bool:
    """True for a regular file (a symlink to one counts); False for FIFOs, devices, sockets,
    folders, dangling links and loops, which are never opened for reading."""
    import stat

    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def concept_files(path: str | os.PathLike[str]) -> list[Path]:
    """The concept files under ``path`` (a folder or one file), sorted by name.

    Hidden files (an editor's ``.#name.toml`` lock, backups) and anything that is not a regular
    file are left out: ``skipped_files`` names them.
    """
    root = Path(path)
    if _regular(root):
        return [root]
    if not root.is_dir():
        what = "not a regular file or a folder" if root.exists() else "no such file or folder"
        raise DataFileError(str(root), None, "path", what)
    try:
        entries = sorted(root.glob("*.toml"))
    except OSError as exc:
        raise DataFileError(str(root), None, "path", exc.strerror or str(exc)) from exc
    return [p for p in entries if not p.name.startswith(".") and _regular(p)]


def skipped_files(path: str | os.PathLike[str]) -> list[Path]:
    """The ``*.toml`` entries of a termbase folder that ``concept_files`` leaves out."""
    root = Path(path)
    if not root.is_dir():
        return []
    kept = set(concept_files(root))
    return [p for p in sorted(root.glob("*.toml")) if p not in kept]


def toml_parser() -> tuple[Callable[[str], dict[str, Any]], type[Exception]]:
    """rtoml (in Rust: a large termbase reads ten times faster), else the standard library's
    tomllib.
    """
    try:
        import rtoml

        return rtoml.loads, rtoml.TomlParsingError
    except ImportError:  # an environment without the package's dependencies installed
        import tomllib

        return tomllib.loads, tomllib.TOMLDecodeError


def parse_concept(text: str, shown: str, stem: str) -> tuple[Concept | None, list[DataFileError]]:
    """The concept in the TOML ``text`` of file ``shown`` named ``stem``, and every problem found.
    """
    loads, error = toml_parser()
    try:
        data = loads(text)
    except error as exc:
        m = _TOML_LINE.search(str(exc))
        message = _TOML_LINE.sub("", str(exc)).strip()
        return None, [DataFileError(shown, int(m.group(1)) if m else None, "toml", message)]
    return parse(shown, stem, data, KeyLines(text))


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
    return parse_concept(text, shown, path.stem)


def _read_batch(files: list[Path]) -> list[tuple[Concept | None, list[DataFileError]]]:
    return [read_concept(file) for file in files]


def read_termbase(
    path: str | os.PathLike[str], partial: bool = False
) -> tuple[Termbase, list[DataFileError]]:
    """Every concept under ``path`` and every problem found, duplicate ids included.

    A concept with problems is left out, unless ``partial``: validation checks what could be read
    of it too (its citations, references and notes), so that one run reports everything.
    """
    from glossary.parallel import batched_map

    concepts: dict[str, Concept] = {}
    problems: list[DataFileError] = []
    files = concept_files(path)
    read = batched_map(_read_batch, files, batch=BATCH, parallel_from=PARALLEL_FROM)
    for file, (concept, found) in zip(files, read, strict=True):
        problems.extend(found)
        if concept is None or (found and not partial):
            continue
        if concept.id in concepts:
            clash = f"{concept.id!r} is used by another file"
            problems.append(DataFileError(str(file), 1, "id", clash))
            continue
        concepts[concept.id] = concept
    return Termbase(concepts), problems


def load_termbase(path: str | os.PathLike[str]) -> Termbase:
    """The termbase under ``path``; raises the first problem as a DataFileError."""
    termbase, problems = read_termbase(path)
    if problems:
        raise problems[0]
    return termbase


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
    elif not term.references:
        lines.append(f"source = {_string(PROPOSED)}")
    if term.references:
        lines.append("references = [")
        for ref in term.references:
            fields = ", ".join(f"{k} = {_string(v)}" for k, v in ref.to_dict().items())
            lines.append(f"  {{ {fields} }},")
        lines.append("]")
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
    derived = [f"{lang} = [" + ", ".join(map(_string, concept.derived[lang])) + "]"
               for lang in LANGUAGES if concept.derived.get(lang)]
    if derived:
        lines.append("derived = {" + ", ".join(derived) + "}")
    if concept.state:
        lines.append(f"state = {_string(concept.state)}")
    for lang in LANGUAGES:
        for term in concept.terms.get(lang, ()):
            lines.append("")
            lines += _term_lines(lang, term)
    return "\n".join(lines) + "\n"


def write_concept(path: str | os.PathLike[str], concept: Concept, comment: str = "") -> bool:
    """Write ``concept`` to a new file ``path`` atomically; False (nothing written) when the file
    exists.
    """
    from glossary.atomic import write_new

    return write_new(path, concept_toml(concept, comment).encode("utf-8"))
