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

from glossary.model import Concept, Termbase, Translation

IMPORT_NOTE = "From a translation tool's catalogue (glossary import)."


@dataclass(frozen=True)
class Change:
    """One change to a concept file, or a clash that was not applied."""

    concept: str
    lang: str
    action: str  # update, add, review, unreview; not applied: clash, unknown, invalid, duplicate
    old: str = ""
    new: str = ""
    reviewed: bool = False
    type: str = "full form"
    status: str = "preferred"
    note: str = ""

    @property
    def applied(self) -> bool:
        """True for a change that is made; clashes and unusable input are only reported."""
        return self.action not in ("clash", "unknown", "invalid", "duplicate")

    def describe(self) -> str:
        what = {
            "update": f"«{self.old}» → «{self.new}»",
            "add": f"add {self.status} «{self.new}»",
            "review": f"«{self.old}» marked reviewed",
            "unreview": f"«{self.old}» marked fuzzy again (not reviewed)",
            "clash": f"«{self.old}» is attested or reviewed; "
            f"the file has «{self.new}»: not changed",
            "unknown": f"no concept for «{self.new}»: skipped",
            "invalid": f"«{self.new}» is not a term ({self.note}): skipped",
            "duplicate": f"«{self.new}» comes a second time for the same term: skipped",
        }[self.action]
        return f"{self.concept} {self.lang}: {what}"


def invalid(text: str) -> str:
    """Why ``text`` cannot be a term (a line break, a control character, a backslash escape
    a tool left), or ""."""
    if any(c in "\n\r\u2028\u2029" for c in text):
        return "a line break"
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in text):
        return "a control character"
    if "\\" in text:
        return "a backslash, an escape sequence the tool did not resolve"
    if text != text.strip() or "  " in text:
        return "stray spaces"
    return ""


def _preferred_change(concept: Concept, lang: str, new: str, reviewed: bool) -> Change | None:
    why = invalid(new)
    if why:
        return Change(concept.id, lang, "invalid", new=new, note=why)
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


def changes_from_translations(termbase: Termbase, translations: list[Translation]) -> list[Change]:
    """The changes the translations of an edited catalogue ask for (see ``formats.po.read_po``)."""
    by_english: dict[str, list[str]] = {}
    for concept in termbase.concepts():
        term = concept.preferred("en")
        if term is not None:
            by_english.setdefault(term.text, []).append(concept.id)
    changes = []
    for item in translations:
        ids = [item.concept] if item.concept else by_english.get(item.english, [])
        if len(ids) != 1 or ids[0] not in termbase:
            changes.append(Change(item.concept or "?", item.lang, "unknown", new=item.english))
            continue
        change = _preferred_change(termbase[ids[0]], item.lang, item.text, item.reviewed)
        if change:
            changes.append(change)
    return changes


def changes_from_termbase(termbase: Termbase, other: Termbase) -> list[Change]:
    """The changes another copy of the termbase (a TBX file back from a tool) asks for: changed
    preferred terms, and terms the termbase lacks; a second preferred term is reported."""
    changes = []
    for concept in other.concepts():
        if concept.id not in termbase:
            changes.append(Change(concept.id, "-", "unknown", new=concept.id))
            continue
        mine = termbase[concept.id]
        for lang in concept.languages():
            preferred = [t for t in concept.terms[lang] if t.status == "preferred"]
            if preferred:
                first = preferred[0]
                accepted = first.reviewed or not first.proposed
                change = _preferred_change(mine, lang, first.text, accepted)
                changes += [change] if change else []
            changes += [Change(mine.id, lang, "invalid", new=t.text, note="a second preferred term")
                        for t in preferred[1:]]
            known = {t.text for t in mine.terms.get(lang, ())}
            for term in concept.terms[lang]:
                if term.status == "preferred" or term.text in known:
                    continue
                why = invalid(term.text)
                changes.append(Change(mine.id, lang, "invalid", new=term.text, note=why) if why else
                               Change(mine.id, lang, "add", new=term.text, type=term.type,
                                      status=term.status, note=term.note or IMPORT_NOTE,
                                      reviewed=term.reviewed))
    return changes


def changes_from(termbase: Termbase, incoming: Termbase | list[Translation]) -> list[Change]:
    """The changes what a format's reader gave asks for: another termbase, or a catalogue's
    translations; a second change to one term is reported, not made."""
    if isinstance(incoming, list):
        changes = changes_from_translations(termbase, incoming)
    else:
        changes = changes_from_termbase(termbase, incoming)
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for change in changes:
        key = (change.concept, change.lang, change.old or change.new)
        if change.applied and key in seen:
            change = Change(change.concept, change.lang, "duplicate", new=change.new)
        seen.add(key)
        kept.append(change)
    return kept


def _edit(text: str, changes: list[Change]) -> str:
    """The concept file ``text`` with ``changes`` made, through tomlkit (comments and order kept).
    """
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
        table = next(t for t in tables or () if t.get("text") == change.old)
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


def _read(path: Path) -> tuple[str, str, bool]:
    """A concept file's text with LF line endings, the line ending it uses, and whether it
    starts with a byte-order mark: an edit writes both back as they were."""
    raw = path.read_bytes().decode("utf-8")
    bom = raw.startswith("\ufeff")
    text = raw[1:] if bom else raw
    ending = "\r\n" if "\r\n" in text else "\n"
    return text.replace("\r\n", "\n"), ending, bom


def apply(changes: list[Change], folder: str | os.PathLike[str], origin: str = "") -> list[Path]:
    """Make ``changes`` in the concept files under ``folder``: all of them or none. Every edited
    file is checked first (a problem is reported against ``origin``, the file the changes came
    from), then all are written together, each keeping its line endings and permissions."""
    from glossary.atomic import write_all
    from glossary.errors import GlossaryError
    from glossary.termbase.files import parse_concept

    by_concept: dict[str, list[Change]] = {}
    for change in changes:
        if change.applied:
            by_concept.setdefault(change.concept, []).append(change)
    edited: dict[Path, bytes] = {}
    for concept_id, items in sorted(by_concept.items()):
        path = Path(folder) / f"{concept_id}.toml"
        text, ending, bom = _read(path)
        text = _edit(text, items)
        _, problems = parse_concept(text, str(path), path.stem)
        if problems:
            first = problems[0]
            raise GlossaryError(f"{origin or 'the changes'}: {concept_id}: would make {path.name} "
                                f"invalid ({first.field}: {first.message}); nothing written")
        edited[path] = (("\ufeff" if bom else "") + text.replace("\n", ending)).encode("utf-8")
    write_all(edited)
    return sorted(edited)
