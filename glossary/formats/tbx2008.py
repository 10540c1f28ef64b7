"""TBX 2008 (``<martif type="TBX">``): what OmegaT 3.x and older CAT tools read."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import IO

from glossary.formats.tbxbasic import PUBLICATION, SOURCE_DESC, V2008, read_root, write_body
from glossary.formats.xmlutil import XML_LANG, name_of, parse, serialize, sub
from glossary.model import Termbase


def dumps(termbase: Termbase) -> bytes:
    """The termbase as TBX 2008."""
    root = ET.Element("martif", {"type": "TBX", XML_LANG: "en"})
    header = sub(root, "martifHeader")
    desc = sub(header, "fileDesc")
    sub(sub(desc, "titleStmt"), "title", "glossary")
    sub(sub(desc, "publicationStmt"), "p", PUBLICATION)
    sub(sub(desc, "sourceDesc"), "p", SOURCE_DESC)
    sub(sub(header, "encodingDesc"), "p", "TBX-Basic", type="XCSURI")
    write_body(sub(sub(root, "text"), "body"), termbase, V2008)
    return serialize(root)


def write_tbx2008(fileobj: IO[bytes], termbase: Termbase) -> None:
    """Write the termbase as TBX 2008."""
    fileobj.write(dumps(termbase))


def read_tbx2008(fileobj: IO[bytes]) -> Termbase:
    """A termbase from TBX 2008 (or TBX v3)."""
    return read_root(parse(fileobj), name_of(fileobj))
