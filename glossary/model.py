"""The concept-oriented model (as in TBX and IATE): concepts hold terms per language.

Frozen dataclasses, no I/O. ``Concept.problems()`` states the model's invariants
as data, so that validation can report every broken one instead of the first.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from glossary.vocab import LANGUAGE_NAMES, LANGUAGES, PROPOSED, STATUSES, TERM_TYPES

__all__ = [
    "LANGUAGE_NAMES", "LANGUAGES", "PROPOSED", "STATUSES", "TERM_TYPES",
    "Concept", "Reference", "Term", "Termbase", "Translation", "Unit",
]

ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")  # an XML name: TBX uses it as an id
SOURCE_PATTERN = re.compile(r"^seeds/(?P<file>[^/:\s]+):(?P<line>[1-9][0-9]*)$")


RELIABILITIES = ("attested", "referenced", "proposed")
_CITE = re.compile(
    r"^«(?P<found>.*)» — (?P<where>.*) \(checked (?P<checked>\d{4}-\d\d-\d\d)\)$", re.S
)


@dataclass(frozen=True)
class Reference:
    """An outside source that uses a term: the document's title or the page's address, the form
    in which the term stands there (a few words), and the day it was checked."""

    found: str
    checked: str  # YYYY-MM-DD
    url: str = ""
    title: str = ""

    def to_dict(self) -> dict[str, str]:
        """The reference as JSON: only the fields it has."""
        data = {"title": self.title, "url": self.url, "found": self.found, "checked": self.checked}
        return {key: value for key, value in data.items() if value}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Reference:
        """The inverse of ``to_dict``."""
        return cls(data["found"], data["checked"], data.get("url", ""), data.get("title", ""))

    def cite(self) -> str:
        """One line a reviewer can follow: «found» — title, address (checked DATE)."""
        where = ", ".join(x for x in (self.title, self.url) if x)
        return f"«{self.found}» — {where} (checked {self.checked})"

    @classmethod
    def from_cite(cls, text: str) -> Reference | None:
        """The reference ``cite`` wrote, or None when ``text`` is not one."""
        m = _CITE.match(text)
        if not m:
            return None
        where, url = m["where"], ""
        if where.startswith(("http://", "https://")):
            where, url = "", where
        elif ", http" in where:
            where, _, rest = where.rpartition(", ")
            url = rest
        return cls(m["found"], m["checked"], url, where)


@dataclass(frozen=True)
class Term:
    """One designation of a concept in one language, with the evidence that it is used so."""

    text: str
    type: str = "full form"
    status: str = "preferred"
    sources: tuple[str, ...] = ()  # seed lines, seeds/FILE:LINE
    note: str = ""
    # A proposed term a translator has accepted (``glossary import`` of a non-fuzzy entry).
    reviewed: bool = False
    references: tuple[Reference, ...] = ()  # outside sources that use the term

    @property
    def proposed(self) -> bool:
        """True when neither a seed line nor an outside source attests the term."""
        return not self.sources and not self.references

    @property
    def reliability(self) -> str:
        """What a user sees: attested (in the seeds), referenced (outside sources) or proposed."""
        return "attested" if self.sources else "referenced" if self.references else "proposed"

    def to_dict(self) -> dict[str, Any]:
        """The term as JSON: ``source`` is a list of ``seeds/FILE:LINE`` (empty for a term only
        outside sources use) or "proposed"; ``references`` when it has any."""
        data: dict[str, Any] = {
            "text": self.text,
            "type": self.type,
            "status": self.status,
            "reliability": self.reliability,
            "source": PROPOSED if self.proposed else list(self.sources),
        }
        if self.references:
            data["references"] = [r.to_dict() for r in self.references]
        if self.note:
            data["note"] = self.note
        if self.reviewed:
            data["reviewed"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Term:
        """The inverse of ``to_dict``."""
        source = data["source"]
        return cls(
            text=data["text"],
            type=data["type"],
            status=data["status"],
            sources=() if source == PROPOSED else tuple(source),
            note=data.get("note", ""),
            reviewed=data.get("reviewed", False),
            references=tuple(Reference.from_dict(r) for r in data.get("references", ())),
        )


@dataclass(frozen=True)
class Concept:
    """A concept: an id, its subject field, a definition, notes and terms per language.

    ``derived`` holds, per language, words derived from the concept's name (American,
    американский, американдық for the United States): not equivalents, so not terms, but what
    a translation may say instead of a term, which ``check`` accepts at a lower severity.
    ``state`` is the id of the state a place lies in or a person holds office in: each may stand
    for the other (Moscow for Russia, Токаев for the President of Kazakhstan).
    """

    id: str
    subject: str
    definition: str
    terms: Mapping[str, tuple[Term, ...]]
    notes: tuple[str, ...] = ()
    derived: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    state: str = ""

    def languages(self) -> tuple[str, ...]:
        """The languages that have terms, in the canonical order."""
        return tuple(lang for lang in LANGUAGES if self.terms.get(lang))

    def preferred(self, lang: str) -> Term | None:
        """The preferred term in ``lang``, or None when the language has none."""
        for term in self.terms.get(lang, ()):
            if term.status == "preferred":
                return term
        return None

    def all_terms(self) -> Iterator[tuple[str, Term]]:
        """Every (language, term) pair, languages in canonical order."""
        for lang in self.languages():
            for term in self.terms[lang]:
                yield lang, term

    def to_dict(self, languages: Sequence[str] | None = None) -> dict[str, Any]:
        """The concept as JSON (what ``export --format json`` writes), with only ``languages`` when
        given.
        """
        shown = [lang for lang in self.languages() if languages is None or lang in languages]
        data: dict[str, Any] = {
            "id": self.id,
            "subject": self.subject,
            "definition": self.definition,
            "notes": list(self.notes),
            "terms": {lang: [term.to_dict() for term in self.terms[lang]] for lang in shown},
        }
        derived = {lang: list(self.derived[lang]) for lang in LANGUAGES
                   if self.derived.get(lang) and (languages is None or lang in languages)}
        if derived:
            data["derived"] = derived
        if self.state:
            data["state"] = self.state
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Concept:
        """The inverse of ``to_dict``."""
        return cls(
            id=data["id"],
            subject=data["subject"],
            definition=data["definition"],
            terms={
                lang: tuple(map(Term.from_dict, items)) for lang, items in data["terms"].items()
            },
            notes=tuple(data.get("notes", ())),
            derived={lang: tuple(words) for lang, words in data.get("derived", {}).items()},
            state=data.get("state", ""),
        )

    def problems(self) -> list[tuple[str, str]]:
        """The model's invariants that this concept breaks, as (field, message) pairs."""
        found: list[tuple[str, str]] = []
        if not ID_PATTERN.match(self.id):
            found.append(("id", f"{self.id!r} is not a slug (a lowercase letter, then lowercase "
                                "letters, digits, single hyphens)"))
        if not self.definition.strip():
            found.append(("definition", "must not be empty"))
        if not self.subject.strip():
            found.append(("subject", "must not be empty"))
        for lang, terms in self.terms.items():
            if lang not in LANGUAGES:
                found.append((lang, f"unknown language code; use one of {', '.join(LANGUAGES)}"))
                continue
            preferred = [t for t in terms if t.status == "preferred"]
            if len(preferred) != 1:
                found.append((lang, f"needs exactly one preferred term, has {len(preferred)}"))
            for term in preferred:
                if term.proposed and not term.note:
                    found.append(
                        (lang, f"proposed term {term.text!r} needs a note saying what it rests on")
                    )
            seen: set[str] = set()
            for term in terms:
                if term.text in seen:
                    found.append((lang, f"term {term.text!r} is listed twice"))
                seen.add(term.text)
        if not self.languages():
            found.append(("terms", "a concept needs terms in at least one language"))
        return found + self._derived_problems()

    def _derived_problems(self) -> list[tuple[str, str]]:
        """What is wrong with the derived words (a language, an empty word, a word twice or that
        is also a term) and the state (no id)."""
        found = []
        if self.state and not ID_PATTERN.match(self.state):
            found.append(("state", f"{self.state!r} is no concept id"))
        for lang, words in self.derived.items():
            terms = {t.text for t in self.terms.get(lang, ())}
            for n, word in enumerate(words):
                why = ("is in no known language (" + ", ".join(LANGUAGES) + ")"
                       if lang not in LANGUAGES else "must not be empty" if not word.strip()
                       else "is a term of the concept; a derived word is not" if word in terms
                       else "is listed twice" if word in words[:n] else "")
                if why:
                    found.append(("derived", f"{lang}: {word!r} {why}"))
        return found


class Termbase(Mapping[str, Concept]):
    """Concepts by id, iterated in id order so that every output is stable."""

    def __init__(self, concepts: Mapping[str, Concept] | None = None) -> None:
        self._concepts = dict(sorted((concepts or {}).items()))

    def __getitem__(self, concept_id: str) -> Concept:
        return self._concepts[concept_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._concepts)

    def __len__(self) -> int:
        return len(self._concepts)

    def concepts(self) -> list[Concept]:
        """The concepts in id order."""
        return list(self._concepts.values())


@dataclass(frozen=True)
class Translation:
    """A translator's rendering of a concept's English preferred term: a catalogue entry read back.

    Gettext is a projection of the model (one entry per concept); reading a
    catalogue gives these, which ``termbase.edits`` turns into changes.
    """

    english: str  # the msgid: the English preferred term
    lang: str
    text: str  # the msgstr
    concept: str | None = None  # the msgctxt, where the catalogue names the concept
    reviewed: bool = False  # not fuzzy
    line: int | None = None  # where the entry starts in its file


@dataclass(frozen=True)
class Unit:
    """A translation unit of a file a translation tool writes (PO, XLIFF, TMX): its id, the
    source and target text and their languages, and the line it starts on when known."""

    id: str
    source: str
    target: str
    source_lang: str
    target_lang: str
    line: int | None = None


def language_code(tag: str) -> str:
    """The two-letter language of a tag a tool writes: kk-KZ, ru_RU and EN-us give kk, ru, en."""
    return tag.replace("_", "-").split("-")[0].lower()
