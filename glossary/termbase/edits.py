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
            "clash": f"«{self.old}» is attested or reviewed; "
            f"the file has «{self.new}»: not changed",
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
    preferred terms, and terms the termbase lacks."""
    changes = []
    for concept in other.concepts():
        if concept.id not in termbase:
            changes.append(Change(concept.id, "-", "unknown", new=concept.id))
            continue
        mine = termbase[concept.id]
        for lang in concept.languages():
            preferred = concept.preferred(lang)
            if preferred is not None:
                change = _preferred_change(
                    mine, lang, preferred.text, preferred.reviewed or not preferred.proposed
                )
                if change:
                    changes.append(change)
            known = {t.text for t in mine.terms.get(lang, ())}
            for term in concept.terms[lang]:
                if term.status != "preferred" and term.text not in known:
                    changes.append(
                        Change(
                            mine.id,
                            lang,
                            "add",
                            new=term.text,
                            type=term.type,
                            status=term.status,
                            note=term.note or IMPORT_NOTE,
                            reviewed=term.reviewed,
                        )
                    )
    return changes


def changes_from(termbase: Termbase, incoming: Termbase | list[Translation]) -> list[Change]:
    """The changes what a format's reader gave asks for: another termbase, or a catalogue's
    translations.
    """
    if isinstance(incoming, list):
        return changes_from_translations(termbase, incoming)
    return changes_from_termbase(termbase, incoming)


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


def apply(changes: list[Change], folder: str | os.PathLike[str]) -> list[Path]:
    """Make ``changes`` in the concept files under ``folder``; every file is checked before any is
    written.
    """
    from glossary.atomic import write_text
    from glossary.termbase.files import parse_concept

    by_concept: dict[str, list[Change]] = {}
    for change in changes:
        if change.applied:
            by_concept.setdefault(change.concept, []).append(change)
    edited: dict[Path, str] = {}
    for concept_id, items in sorted(by_concept.items()):
        path = Path(folder) / f"{concept_id}.toml"
        text = _edit(path.read_text(encoding="utf-8"), items)
        concept, problems = parse_concept(text, str(path), path.stem)
        if problems:
            raise problems[0]
        edited[path] = text
    for path, text in edited.items():
        write_text(path, text)
    return sorted(edited)
