"""What the XML formats share: building elements, writing them deterministically, reading them
safely.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import IO

from glossary.errors import DataFileError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    """A child element of ``parent`` with ``text`` and attributes."""
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def serialize(root: ET.Element, prolog: str = "") -> bytes:
    """``root`` indented, after the XML declaration and ``prolog`` (a DOCTYPE, processing
    instructions).
    """
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}{body}\n'.encode()


def name_of(fileobj: IO[bytes]) -> str:
    """The file's name for error messages, or ``-`` for a stream without one."""
    name = getattr(fileobj, "name", None)
    return name if isinstance(name, str) else "-"


def parse(fileobj: IO[bytes]) -> ET.Element:
    """The root element of an XML file; a ``DataFileError`` with its line when it is not
    well-formed.

    The standard library's expat expands no external entity and refuses entity bombs.
    """
    data = fileobj.read()
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise DataFileError(
            name_of(fileobj), exc.position[0], "xml", str(exc).split(":")[0]
        ) from exc
