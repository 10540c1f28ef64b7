"""XLIFF 1.2 and 2.0, as translation tools write them: read for ``glossary check``.

Read with translate-toolkit, which knows both versions; each translation unit
becomes a ``Unit`` with its id and the file's source and target languages.
"""
from __future__ import annotations

from typing import IO

from glossary.errors import DataFileError
from glossary.formats.xmlutil import name_of
from glossary.model import Unit, language_code

XLIFF2 = b"urn:oasis:names:tc:xliff:document:2"


def read_xliff(fileobj: IO[bytes]) -> list[Unit]:
    """The units of an XLIFF 1.x or 2.0 file; a ``DataFileError`` when it is not one."""
    from translate.storage import xliff, xliff2

    data = fileobj.read()
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        # XLIFF has no DTD: refused before lxml (which translate-toolkit uses) sees any entity
        raise DataFileError(name_of(fileobj), None, "xliff",
                            "not an XLIFF file (it declares a DOCTYPE or entities)")
    kind = xliff2.Xliff2File if XLIFF2 in data[:2000] else xliff.xlifffile
    try:
        store = kind.parsestring(data)
    # lxml's XMLSyntaxError is a SyntaxError; a document without <file> ends translate-toolkit's
    # search for one in StopIteration
    except (ValueError, SyntaxError, StopIteration, AttributeError, KeyError) as exc:
        raise DataFileError(name_of(fileobj), None, "xliff",
                            f"not an XLIFF file ({exc or type(exc).__name__})") from exc
    source = language_code(store.getsourcelanguage() or "")
    target = language_code(store.gettargetlanguage() or "")
    if not source or not target:
        raise DataFileError(
            name_of(fileobj), 1, "xliff", "the file names no source or target language"
        )
    return [
        Unit(
            str(unit.getid()).split("\x04")[-1],
            str(unit.source or ""),
            str(unit.target or ""),
            source,
            target,
        )
        for unit in store.units
        if unit.source
    ]
