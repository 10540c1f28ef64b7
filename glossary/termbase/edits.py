"""Bring translations edited in a translation tool (.po, .tbx) back into the concept files.

A changed translation updates a proposed term; one that is attested in the
seeds or already reviewed is never overwritten: the clash is reported. In a
.po file, removing ``fuzzy`` marks a proposed term reviewed. Files are edited
with tomlkit, so comments, order and everything the import does not touch
stay as they were; every changed file is checked before any is written.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from glossary.errors import DataFileError

if TYPE_CHECKING:
    from glossary.model import Concept, Termbase

IMPORT_NOTE = "From a translation tool's catalogue (glossary import)."


@dataclass(frozen=True)
class Change:
    """One change to a concept file, or a clash that was not applied."""

    concept: str
    lang: str
    action: str  # update, add, review, unreview, clash, unknown
    old: str = ""
    new: str = ""
    reviewed: bool = False
    type: str = "full form"
    status: str = "preferred"
    note: str = ""

    @property
    def applied(self) -> bool:
        return self.action not in ("clash", "unknown")

    def describe(self) -> str:
        what = {
            "update": f"«{self.old}» → «{self.new}»",
            "add": f"add {self.status} «{self.new}»",
            "review": f"«{self.old}» marked reviewed",
            "unreview": f"«{self.old}» marked fuzzy again (not reviewed)",
            "clash": f"«{self.old}» is attested or reviewed; the file has «{self.new}»: not changed",
            "unknown": f"no concept for «{self.new}»: skipped",
        }[self.action]
        return f"{self.concept} {self.lang}: {what}"


def _preferred_change(concept: Concept, lang: str, new: str, reviewed: bool) -> Change | None:
    current = concept.preferred(lang)
    if current is None:
        return Change(concept.id, lang, "add", new=new, reviewed=reviewed, note=IMPORT_NOTE)
    if new == current.text:
        if current.proposed and reviewed != current.reviewed:
            return Change(concept.id, lang, "review" if reviewed else "unreview", old=current.text)
        return None
    if not current.proposed or current.reviewed:
        return Change(concept.id, lang, "clash", old=current.text, new=new)
    return Change(concept.id, lang, "update", old=current.text, new=new, reviewed=reviewed)


def changes_from_po(termbase: Termbase, path: str | os.PathLike[str]) -> list[Change]:
    """The changes a catalogue edited in a translation tool asks for."""
    import polib

    try:
        po = polib.pofile(os.fspath(path))
    except (OSError, ValueError) as exc:
        raise DataFileError(os.fspath(path), _line(str(exc)), "po", str(exc).split(" (line")[0]) from exc
    lang = po.metadata.get("Language", "")
    if lang not in ("kk", "ru"):
        raise DataFileError(os.fspath(path), 1, "Language", f"header Language is {lang!r}; expected kk or ru")
    by_english: dict[str, list[str]] = {}
    for concept in termbase.concepts():
        term = concept.preferred("en")
        if term is not None:
            by_english.setdefault(term.text, []).append(concept.id)
    changes = []
    for entry in po:
        if entry.obsolete or not entry.msgstr.strip():
            continue
        ids = [entry.msgctxt] if entry.msgctxt else by_english.get(entry.msgid, [])
        if len(ids) != 1 or ids[0] not in termbase:
            changes.append(Change(entry.msgctxt or "?", lang, "unknown", new=entry.msgid))
            continue
        change = _preferred_change(termbase[ids[0]], lang, entry.msgstr.strip(), "fuzzy" not in entry.flags)
        if change:
            changes.append(change)
    return changes


def changes_from_tbx(termbase: Termbase, path: str | os.PathLike[str]) -> list[Change]:
    """The changes a TBX file (v3 or 2008) asks for: changed preferred terms, and terms the termbase lacks."""
    import xml.etree.ElementTree as ET

    from glossary.formats import tbx

    try:
        other = tbx.read(Path(path).read_bytes())
    except ET.ParseError as exc:
        raise DataFileError(os.fspath(path), exc.position[0], "xml", str(exc).split(":")[0]) from exc
    changes = []
    for concept in other.concepts():
        if concept.id not in termbase:
            changes.append(Change(concept.id, "-", "unknown", new=concept.id))
            continue
        mine = termbase[concept.id]
        for lang in concept.languages():
            preferred = concept.preferred(lang)
            if preferred is not None:
                change = _preferred_change(mine, lang, preferred.text, preferred.reviewed or not preferred.proposed)
                if change:
                    changes.append(change)
            known = {t.text for t in mine.terms.get(lang, ())}
            for term in concept.terms[lang]:
                if term.status != "preferred" and term.text not in known:
                    changes.append(Change(mine.id, lang, "add", new=term.text, type=term.type, status=term.status,
                                          note=term.note or IMPORT_NOTE, reviewed=term.reviewed))
    return changes


def _line(message: str) -> int | None:
    import re

    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else None


def _edit(text: str, changes: list[Change]) -> str:
    """The concept file ``text`` with ``changes`` made, through tomlkit (comments and order kept)."""
    import tomlkit

    doc = tomlkit.parse(text)
    for change in changes:
        tables = doc.get(change.lang)
        if change.action == "add":
            table = tomlkit.table()
            table["text"] = change.new
            table["type"] = change.type
            table["status"] = change.status
            table["source"] = "proposed"
            table["note"] = change.note
            if change.reviewed:
                table["reviewed"] = True
            if tables is None:
                doc.append(change.lang, tomlkit.aot())
                tables = doc[change.lang]
            tables.append(table)
            continue
        table = next(t for t in tables if t.get("text") == change.old)
        if change.action == "update":
            table["text"] = change.new
            table["source"] = "proposed"
            table["note"] = f"{IMPORT_NOTE} It replaces «{change.old}»."
        reviewed = change.reviewed if change.action == "update" else change.action == "review"
        if reviewed:
            table["reviewed"] = True
        elif "reviewed" in table:
            del table["reviewed"]
    return tomlkit.dumps(doc)


def apply(changes: list[Change], folder: str | os.PathLike[str]) -> list[Path]:
    """Make ``changes`` in the concept files under ``folder``; every file is checked before any is written."""
    from glossary.atomic import write_text
    from glossary.termbase.files import _build, _Lines, _toml_parser

    loads, _ = _toml_parser()

    by_concept: dict[str, list[Change]] = {}
    for change in changes:
        if change.applied:
            by_concept.setdefault(change.concept, []).append(change)
    edited: dict[Path, str] = {}
    for concept_id, items in sorted(by_concept.items()):
        path = Path(folder) / f"{concept_id}.toml"
        text = _edit(path.read_text(encoding="utf-8"), items)
        concept, problems = _build(str(path), path.stem, loads(text), _Lines(text))
        if problems:
            raise problems[0]
        edited[path] = text
    for path, text in edited.items():
        write_text(path, text)
    return sorted(edited)
