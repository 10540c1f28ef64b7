"""TBX exchange files: TBX-Basic in TBX v3 (ISO 30042:2019, DCA style) and TBX 2008 (``<martif>``).

TBX v3 is the current standard and what the official RNG and TBX-Basic
Schematron validate; TBX 2008 is what OmegaT 3.x and older CAT tools read.
Both carry the whole model: subject and definition on the concept, notes,
and per term its type, administrative status, sources (absent: proposed) and
note. Our "romanization" type has no TBX-Basic value: it is written as
``variant`` with a ``glossary-type: romanization`` note, which ``read`` undoes.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from glossary.model import Term, Termbase

NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TERM_TYPES = {"full form": "fullForm", "acronym": "acronym", "abbreviation": "abbreviation",
              "short form": "shortForm", "variant": "variant", "romanization": "variant"}
TBX_TYPES = {"fullForm": "full form", "acronym": "acronym", "abbreviation": "abbreviation",
             "shortForm": "short form", "variant": "variant", "phrase": "full form"}
TYPE_NOTE = "glossary-type: "
REVIEWED_NOTE = "glossary-reviewed: a translator accepted this proposed term"
STATUS = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts", "deprecated": "deprecatedTerm-admn-sts"}
PUBLICATION = "Glossary of Russian soft power and the post-Soviet space (English, Kazakh, Russian). MIT licence."
SOURCE_DESC = "Generated from glossary/terms by `glossary export`; sources are lines of the documents in seeds/."


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _serialize(root: ET.Element, prolog: str) -> bytes:
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}{body}\n').encode("utf-8")


def write_v3(termbase: Termbase) -> bytes:
    """The termbase as TBX-Basic (TBX v3, DCA style)."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: "en"})
    q = lambda tag: f"{{{NS}}}{tag}"  # noqa: E731
    header = _sub(root, q("tbxHeader"))
    desc = _sub(header, q("fileDesc"))
    _sub(_sub(desc, q("publicationStmt")), q("p"), PUBLICATION)
    _sub(_sub(desc, q("sourceDesc")), q("p"), SOURCE_DESC)
    body = _sub(_sub(root, q("text")), q("body"))
    for concept in termbase.concepts():
        entry = _sub(body, q("conceptEntry"), id=concept.id)
        _sub(entry, q("descrip"), concept.subject, type="subjectField")
        _sub(entry, q("descrip"), concept.definition, type="definition")
        for note in concept.notes:
            _sub(entry, q("note"), note)
        for lang in concept.languages():
            langsec = ET.SubElement(entry, q("langSec"), {XML_LANG: lang})
            for term in concept.terms[lang]:
                termsec = _sub(langsec, q("termSec"))
                _sub(termsec, q("term"), term.text)
                _term_children_ns(termsec, term, q)
    prolog = (
        '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng" '
        'type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
        '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" '
        'type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>\n'
    )
    return _serialize(root, prolog)


def _term_children_ns(termsec: ET.Element, term: Term, q) -> None:
    _sub(termsec, q("termNote"), TERM_TYPES[term.type], type="termType")
    _sub(termsec, q("termNote"), STATUS[term.status], type="administrativeStatus")
    for source in term.sources:
        _sub(termsec, q("admin"), source, type="source")
    if TBX_TYPES[TERM_TYPES[term.type]] != term.type:
        _sub(termsec, q("note"), TYPE_NOTE + term.type)
    if term.note:
        _sub(termsec, q("note"), term.note)
    if term.reviewed:
        _sub(termsec, q("note"), REVIEWED_NOTE)


def write_2008(termbase: Termbase) -> bytes:
    """The termbase as TBX 2008 (``<martif type="TBX">``), for OmegaT 3.x and older tools."""
    root = ET.Element("martif", {"type": "TBX", XML_LANG: "en"})
    header = _sub(root, "martifHeader")
    desc = _sub(header, "fileDesc")
    _sub(_sub(desc, "titleStmt"), "title", "glossary")
    _sub(_sub(desc, "publicationStmt"), "p", PUBLICATION)
    _sub(_sub(desc, "sourceDesc"), "p", SOURCE_DESC)
    _sub(_sub(header, "encodingDesc"), "p", "TBX-Basic", type="XCSURI")
    body = _sub(_sub(root, "text"), "body")
    for concept in termbase.concepts():
        entry = _sub(body, "termEntry", id=concept.id)
        _sub(entry, "descrip", concept.subject, type="subjectField")
        _sub(entry, "descrip", concept.definition, type="definition")
        for note in concept.notes:
            _sub(entry, "note", note)
        for lang in concept.languages():
            langset = ET.SubElement(entry, "langSet", {XML_LANG: lang})
            for term in concept.terms[lang]:
                tig = _sub(langset, "tig")
                _sub(tig, "term", term.text)
                _term_children_ns(tig, term, lambda tag: tag)
    return _serialize(root, "")


def read(data: bytes) -> Termbase:
    """A termbase from TBX v3 or TBX 2008 as ``write_v3``/``write_2008`` (or a CAT tool keeping their fields) write it."""
    from glossary.model import Concept, Term, Termbase

    root = ET.fromstring(data)
    ns = f"{{{NS}}}" if root.tag == f"{{{NS}}}tbx" else ""
    entry_tag, lang_tag, term_tag = (f"{ns}conceptEntry", f"{ns}langSec", f"{ns}termSec") if ns else ("termEntry", "langSet", "tig")
    concepts = {}
    for entry in root.iter(entry_tag):
        subject = definition = ""
        for descrip in entry.findall(f"{ns}descrip"):
            if descrip.get("type") == "subjectField":
                subject = descrip.text or ""
            elif descrip.get("type") == "definition":
                definition = descrip.text or ""
        notes = tuple(n.text or "" for n in entry.findall(f"{ns}note"))
        terms: dict[str, tuple[Term, ...]] = {}
        for langsec in entry.findall(lang_tag):
            lang = langsec.get(XML_LANG, "")
            found = []
            for termsec in langsec.findall(term_tag):
                found.append(_read_term(termsec, ns))
            terms[lang] = tuple(found)
        concepts[entry.get("id", "")] = Concept(entry.get("id", ""), subject, definition, terms, notes)
    return Termbase(concepts)


def _read_term(termsec: ET.Element, ns: str) -> Term:
    from glossary.model import Term

    notes = {n.get("type"): n.text or "" for n in termsec.findall(f"{ns}termNote")}
    type_ = TBX_TYPES.get(notes.get("termType", "fullForm"), "full form")
    status = {v: k for k, v in STATUS.items()}.get(notes.get("administrativeStatus", ""), "admitted")
    note, reviewed = "", False
    for element in termsec.findall(f"{ns}note"):
        text = element.text or ""
        if text == REVIEWED_NOTE:
            reviewed = True
        elif text.startswith(TYPE_NOTE):
            type_ = text[len(TYPE_NOTE):]
        else:
            note = text
    sources = tuple(a.text or "" for a in termsec.findall(f"{ns}admin") if a.get("type") == "source")
    return Term(termsec.findtext(f"{ns}term") or "", type_, status, sources, note, reviewed)

