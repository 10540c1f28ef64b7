"""TBX-Basic in TBX v3 (ISO 30042:2019, DCA style): the current standard, valid against the official
RNG and TBX-Basic Schematron. Reads TBX 2008 too, since a CAT tool may hand either back."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import IO

from glossary.formats.tbxbasic import NS, PUBLICATION, SOURCE_DESC, V3, read_root, write_body
from glossary.formats.xmlutil import XML_LANG, name_of, parse, serialize, sub
from glossary.model import Termbase

SCHEMAS = "https://raw.githubusercontent.com/LTAC-Global"
PROLOG = (
    f'<?xml-model href="{SCHEMAS}/TBX_Core_RNG/master/TBXcoreStructV03.rng" '
    'type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
    f'<?xml-model href="{SCHEMAS}/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" '
    'type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>\n'
)


def dumps(termbase: Termbase) -> bytes:
    """The termbase as TBX-Basic (TBX v3, DCA style)."""
    ET.register_namespace("", NS)
    q = V3.q
    root = ET.Element(q("tbx"), {"type": "TBX-Basic", "style": "dca", XML_LANG: "en"})
    desc = sub(sub(root, q("tbxHeader")), q("fileDesc"))
    sub(sub(desc, q("publicationStmt")), q("p"), PUBLICATION)
    sub(sub(desc, q("sourceDesc")), q("p"), SOURCE_DESC)
    write_body(sub(sub(root, q("text")), q("body")), termbase, V3)
    return serialize(root, PROLOG)


def write_tbx(fileobj: IO[bytes], termbase: Termbase) -> None:
    """Write the termbase as TBX-Basic (TBX v3)."""
    fileobj.write(dumps(termbase))


def read_tbx(fileobj: IO[bytes]) -> Termbase:
    """A termbase from TBX v3 or TBX 2008."""
    return read_root(parse(fileobj), name_of(fileobj))
