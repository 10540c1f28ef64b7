"""The TBX-Basic data categories both TBX serialisations share, and how a term carries them.

TBX v3 (``formats/tbx.py``) and TBX 2008 (``formats/tbx2008.py``) differ in
element names and namespace only; both carry the whole model: subject and
definition on the concept, notes, and per term its type, administrative
status, sources (absent: proposed) and note. Our "romanization" type has no
TBX-Basic value: it is written as ``variant`` with a ``glossary-type:
romanization`` note, which reading undoes.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass

from glossary.formats.xmlutil import XML_LANG, sub
from glossary.model import Concept, Reference, Term, Termbase

NS = "urn:iso:std:iso:30042:ed-2"
TERM_TYPES = {"full form": "fullForm", "acronym": "acronym", "abbreviation": "abbreviation",
              "short form": "shortForm", "variant": "variant", "romanization": "variant"}
TBX_TYPES = {"fullForm": "full form", "acronym": "acronym", "abbreviation": "abbreviation",
             "shortForm": "short form", "variant": "variant", "phrase": "full form"}
TYPE_NOTE = "glossary-type: "
REVIEWED_NOTE = "glossary-reviewed: a translator accepted this proposed term"
STATUS = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
          "deprecated": "deprecatedTerm-admn-sts"}
PUBLICATION = (
    "Glossary of Russian soft power and the post-Soviet space (English, Kazakh, Russian). "
    "MIT licence."
)
SOURCE_DESC = (
    "Generated from glossary/terms by `glossary export`; "
    "sources are lines of the documents in seeds/."
)


@dataclass(frozen=True)
class Dialect:
    """The element names of one TBX serialisation, namespace included."""

    ns: str
    entry: str
    lang: str
    term: str

    def q(self, tag: str) -> str:
        """``tag`` in the dialect's namespace."""
        return f"{{{self.ns}}}{tag}" if self.ns else tag


V3 = Dialect(NS, "conceptEntry", "langSec", "termSec")
V2008 = Dialect("", "termEntry", "langSet", "tig")


def write_term(termsec: ET.Element, term: Term, q: Callable[[str], str]) -> None:
    """The data categories of ``term`` as children of its termSec (or tig)."""
    sub(termsec, q("termNote"), TERM_TYPES[term.type], type="termType")
    sub(termsec, q("termNote"), STATUS[term.status], type="administrativeStatus")
    for source in term.sources:
        sub(termsec, q("admin"), source, type="source")
    for ref in term.references:
        sub(termsec, q("admin"), ref.cite(), type="source")
        if ref.url:
            sub(termsec, q("xref"), ref.title or ref.url, type="externalCrossReference",
                target=ref.url)
    if TBX_TYPES[TERM_TYPES[term.type]] != term.type:
        sub(termsec, q("note"), TYPE_NOTE + term.type)
    if term.note:
        sub(termsec, q("note"), term.note)
    if term.reviewed:
        sub(termsec, q("note"), REVIEWED_NOTE)


def write_body(body: ET.Element, termbase: Termbase, dialect: Dialect) -> None:
    """One entry per concept under ``body``, in id order."""
    q = dialect.q
    for concept in termbase.concepts():
        entry = sub(body, q(dialect.entry), id=concept.id)
        sub(entry, q("descrip"), concept.subject, type="subjectField")
        sub(entry, q("descrip"), concept.definition, type="definition")
        for note in concept.notes:
            sub(entry, q("note"), note)
        for lang in concept.languages():
            langsec = ET.SubElement(entry, q(dialect.lang), {XML_LANG: lang})
            for term in concept.terms[lang]:
                termsec = sub(langsec, q(dialect.term))
                sub(termsec, q("term"), term.text)
                write_term(termsec, term, q)


def read_term(termsec: ET.Element, ns: str) -> Term:
    """A term from its termSec (or tig)."""
    notes = {n.get("type"): n.text or "" for n in termsec.findall(f"{ns}termNote")}
    type_ = TBX_TYPES.get(notes.get("termType", "fullForm"), "full form")
    status = {v: k for k, v in STATUS.items()}.get(
        notes.get("administrativeStatus", ""), "admitted"
    )
    note, reviewed = "", False
    for element in termsec.findall(f"{ns}note"):
        text = element.text or ""
        if text == REVIEWED_NOTE:
            reviewed = True
        elif text.startswith(TYPE_NOTE):
            type_ = text[len(TYPE_NOTE):]
        else:
            note = text
    cited = [a.text or "" for a in termsec.findall(f"{ns}admin") if a.get("type") == "source"]
    references = tuple(r for r in map(Reference.from_cite, cited) if r is not None)
    sources = tuple(c for c in cited if Reference.from_cite(c) is None)
    term = termsec.findtext(f"{ns}term") or ""
    return Term(term, type_, status, sources, note, reviewed, references)


def _concept(entry: ET.Element, dialect: Dialect) -> Concept:
    ns = f"{{{dialect.ns}}}" if dialect.ns else ""
    descrips = {d.get("type"): d.text or "" for d in entry.findall(f"{ns}descrip")}
    notes = tuple(n.text or "" for n in entry.findall(f"{ns}note"))
    terms = {
        langsec.get(XML_LANG, ""): tuple(
            read_term(t, ns) for t in langsec.findall(dialect.q(dialect.term))
        )
        for langsec in entry.findall(dialect.q(dialect.lang))
    }
    return Concept(
        entry.get("id", ""),
        descrips.get("subjectField", ""),
        descrips.get("definition", ""),
        terms,
        notes,
    )


def read_root(root: ET.Element, name: str = "-") -> Termbase:
    """A termbase from a TBX v3 or TBX 2008 document as the writers (or a CAT tool keeping their
    fields) write it; a ``DataFileError`` for any other document (another namespace, an SVG)."""
    from glossary.errors import DataFileError

    if root.tag not in (f"{{{NS}}}tbx", "martif"):
        expected = f"{{{NS}}}tbx (TBX v3) or martif (TBX 2008)"
        raise DataFileError(name, 1, "xml", f"not a TBX document: the root element is "
                                            f"{root.tag!r}, not {expected}")
    dialect = V3 if root.tag == f"{{{NS}}}tbx" else V2008
    return Termbase(
        {c.id: c for c in (_concept(e, dialect) for e in root.iter(dialect.q(dialect.entry)))}
    )
