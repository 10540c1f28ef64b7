"""TMX 1.4 translation memories of aligned text, one ``<tu>`` per alignment.

A language with no counterpart in an alignment gets no ``<tuv>`` (an empty
segment would read as an empty translation). The kind of each unit (title,
keyword, sentence) and its source lines travel as ``x-`` properties. No dates,
so the same document gives the same bytes.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from typing import IO, Protocol

from glossary import __version__
from glossary.formats.xmlutil import XML_LANG, parse, serialize, sub
from glossary.model import Unit, language_code
from glossary.vocab import LANGUAGES

DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
HEADER = {"o-tmf": "glossary", "adminlang": "en", "srclang": "*all*", "datatype": "plaintext"}


class Aligned(Protocol):
    """An alignment (``document.article.Link``): its kind, its text and lines per language."""

    @property
    def kind(self) -> str: ...

    @property
    def texts(self) -> Mapping[str, str | None]: ...

    @property
    def lines(self) -> Mapping[str, tuple[int, int] | None]: ...


def _unit(body: ET.Element, number: int, link: Aligned) -> None:
    tu = sub(body, "tu", tuid=str(number))
    sub(tu, "prop", link.kind, type="x-kind")
    for lang in LANGUAGES:
        text = link.texts.get(lang)
        if text is None:
            continue
        tuv = sub(tu, "tuv", **{XML_LANG: lang})
        span = link.lines.get(lang)
        if span:
            sub(
                tuv,
                "prop",
                f"{span[0]}-{span[1]}" if span[0] != span[1] else str(span[0]),
                type="x-lines",
            )
        sub(tuv, "seg", text)


def dumps(links: Iterable[Aligned], source: str = "") -> bytes:
    """TMX 1.4 of ``links``: kind and lines as properties, ``source`` (the document's name) as a
    note.
    """
    root = ET.Element("tmx", {"version": "1.4"})
    header = sub(
        root,
        "header",
        creationtool="glossary",
        creationtoolversion=__version__,
        segtype="sentence",
        **HEADER,
    )
    if source:
        sub(header, "note", f"Aligned from {source} by glossary align.")
    body = sub(root, "body")
    for number, link in enumerate(links, 1):
        _unit(body, number, link)
    return serialize(root, DOCTYPE)


def write_tmx(fileobj: IO[bytes], links: Iterable[Aligned], source: str = "") -> None:
    """Write ``links`` as TMX 1.4."""
    fileobj.write(dumps(links, source))


def read_tmx(fileobj: IO[bytes]) -> list[dict[str, str]]:
    """The segments of each ``<tu>`` by language: what a translation tool would load."""
    root = parse(fileobj)
    return [
        {tuv.get(XML_LANG, ""): tuv.findtext("seg", "") for tuv in tu.iter("tuv")}
        for tu in root.iter("tu")
    ]


def read_tmx_units(fileobj: IO[bytes]) -> list[Unit]:
    """The units of a TMX file, one per ordered pair of its languages in each ``<tu>`` (from the
    header's srclang when it names one), for ``glossary check``."""
    root = parse(fileobj)
    header = root.find("header")
    srclang = language_code(header.get("srclang", "")) if header is not None else ""
    units = []
    for number, tu in enumerate(root.iter("tu"), 1):
        segs = {language_code(tuv.get(XML_LANG, tuv.get("lang", ""))): tuv.findtext("seg", "")
                for tuv in tu.iter("tuv")}
        unit_id = tu.get("tuid") or str(number)
        for a, text_a in segs.items():
            for b, text_b in segs.items():
                if a != b and srclang in ("", "*all*", a):
                    units.append(Unit(unit_id, text_a, text_b, a, b))
    return units
