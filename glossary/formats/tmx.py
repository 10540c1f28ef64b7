"""TMX 1.4 translation memories of aligned text, one ``<tu>`` per alignment.

A language with no counterpart in an alignment gets no ``<tuv>`` (an empty
segment would read as an empty translation). The kind of each unit (title,
keyword, sentence) and its source lines travel as ``x-`` properties. No dates,
so the same document gives the same bytes.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from glossary import __version__
from glossary.formats.tbx import XML_LANG, _serialize, _sub
from glossary.vocab import LANGUAGES

DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'


def write(links: Iterable, source: str = "") -> bytes:
    """TMX 1.4 of ``links`` (``abstracts.Link``): kind and lines as properties, ``source`` as a note."""
    root = ET.Element("tmx", {"version": "1.4"})
    header = _sub(root, "header", creationtool="glossary", creationtoolversion=__version__, segtype="sentence",
                  **{"o-tmf": "glossary", "adminlang": "en", "srclang": "*all*", "datatype": "plaintext"})
    if source:
        _sub(header, "note", f"Aligned from {source} by glossary align.")
    body = _sub(root, "body")
    for number, link in enumerate(links, 1):
        tu = _sub(body, "tu", tuid=str(number))
        _sub(tu, "prop", link.kind, type="x-kind")
        for lang in LANGUAGES:
            text = link.texts.get(lang)
            if text is None:
                continue
            tuv = _sub(tu, "tuv", **{XML_LANG: lang})
            span = link.lines.get(lang)
            if span:
                _sub(tuv, "prop", f"{span[0]}-{span[1]}" if span[0] != span[1] else str(span[0]), type="x-lines")
            _sub(tuv, "seg", text)
    return _serialize(root, DOCTYPE)


def read(data: bytes) -> list[dict[str, str]]:
    """The segments of each ``<tu>`` by language: what a translation tool would load."""
    root = ET.fromstring(data)
    return [{tuv.get(XML_LANG, ""): tuv.findtext("seg", "") for tuv in tu.iter("tuv")} for tu in root.iter("tu")]
