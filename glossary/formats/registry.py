"""Every exchange format by name: its extensions, what it carries, its reader and its writer.

``export``, ``import`` and ``align`` find formats here. Readers and writers
are named as ``"module:function"`` and imported on first use, so that
listing the formats loads none of them.

>>> by_name("tbx").extensions
('.tbx',)
>>> by_extension("glossary.utf8").name
'tsv'
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from glossary.errors import DataFileError, GlossaryError

TARGETS = ("kk", "ru")


@dataclass(frozen=True)
class Format:
    """One exchange format: what it writes (a termbase or alignments) and, if it can be read, what
    reading gives.
    """

    name: str
    extensions: tuple[str, ...]
    writes: str  # "termbase", "alignments", or "units" for a format only read
    writer: str | None  # "module:function" under glossary.formats
    reader: str | None = None
    reads: str | None = None  # "termbase", "translations" or "segments"
    # Whether a target language (--to kk|ru) is "required", "optional" or "none".
    target: str = "none"
    summary: str = ""
    unit_reader: str | None = None  # translation units for glossary check, when the format has them

    def write(self, fileobj: IO[bytes], data: Any, **options: Any) -> None:
        """Write ``data`` in this format."""
        if self.writer is None:
            raise GlossaryError(f"{self.name} files are only read, not written")
        resolve(self.writer)(fileobj, data, **options)

    def read(self, fileobj: IO[bytes]) -> Any:
        """What a file of this format holds; a ``GlossaryError`` when the format cannot be read."""
        if self.reader is None:
            raise GlossaryError(f"{self.name} files cannot be read, only written")
        return _decoded(resolve(self.reader), fileobj)

    def read_units(self, fileobj: IO[bytes]) -> Any:
        """The translation units of a file of this format (``model.Unit``), for checking."""
        if self.unit_reader is None:
            raise GlossaryError(f"{self.name} files hold no translation units to check")
        return _decoded(resolve(self.unit_reader), fileobj)


def _decoded(reader: Callable[[IO[bytes]], Any], fileobj: IO[bytes]) -> Any:
    """``reader(fileobj)``, a file that is not UTF-8 reported as such (with the byte)."""
    try:
        return reader(fileobj)
    except UnicodeDecodeError as exc:
        from glossary.formats.xmlutil import name_of

        raise DataFileError(name_of(fileobj), None, "encoding",
                            f"not UTF-8 text (byte {exc.start})") from exc


FORMATS: tuple[Format, ...] = (
    Format(
        "json",
        (".json",),
        "termbase",
        "json:write_json",
        "json:read_json",
        "termbase",
        summary="the concepts as JSON (the shape of lookup --json)",
    ),
    Format(
        "tbx",
        (".tbx",),
        "termbase",
        "tbx:write_tbx",
        "tbx:read_tbx",
        "termbase",
        summary="TBX-Basic in TBX v3 (ISO 30042:2019, urn:iso:std:iso:30042:ed-2)",
    ),
    Format(
        "tbx-2008",
        (".tbx",),
        "termbase",
        "tbx2008:write_tbx2008",
        "tbx2008:read_tbx2008",
        "termbase",
        summary="TBX 2008 <martif>, for OmegaT 3.x and older tools",
    ),
    Format(
        "tsv",
        (".utf8", ".tab", ".txt", ".tsv"),
        "termbase",
        "tsv:write_tsv",
        target="required",
        summary="OmegaT glossary, English to --to kk|ru: term, translation, comment",
    ),
    Format(
        "csv",
        (".csv",),
        "termbase",
        "csv:write_csv",
        "csv:read_csv",
        "termbase",
        summary="every term with every field, one row each",
    ),
    Format(
        "po",
        (".po", ".pot"),
        "termbase",
        "po:write_po",
        "po:read_po",
        "translations",
        target="optional",
        summary="gettext catalogue of --to kk|ru (the template without --to)",
        unit_reader="po:read_po_units",
    ),
    Format(
        "mo",
        (".mo",),
        "termbase",
        "po:write_mo",
        target="required",
        summary="compiled gettext catalogue of --to kk|ru (attested and reviewed terms)",
    ),
    Format(
        "tmx",
        (".tmx",),
        "alignments",
        "tmx:write_tmx",
        "tmx:read_tmx",
        "segments",
        summary="TMX 1.4 translation memory of aligned text",
        unit_reader="tmx:read_tmx_units",
    ),
    Format(
        "xliff",
        (".xlf", ".xliff"),
        "units",
        None,
        unit_reader="xliff:read_xliff",
        summary="XLIFF 1.2 or 2.0 from a translation tool (read by glossary check)",
    ),
)


def resolve(spec: str) -> Callable[..., Any]:
    module, _, function = spec.partition(":")
    return getattr(importlib.import_module(f"glossary.formats.{module}"), function)


def by_name(name: str) -> Format:
    """The format called ``name``; a ``GlossaryError`` listing the names otherwise."""
    for fmt in FORMATS:
        if fmt.name == name:
            return fmt
    raise GlossaryError(f"unknown format {name!r}; use one of {', '.join(f.name for f in FORMATS)}")


def by_extension(path: str, reads: tuple[str, ...] | None = None) -> Format:
    """The first format whose extension ``path`` has (and that reads one of ``reads``, when given).
    """
    lower = path.lower()
    def fits(fmt: Format) -> bool:
        return reads is None or fmt.reads in reads or ("units" in reads and bool(fmt.unit_reader))

    for fmt in FORMATS:
        if lower.endswith(fmt.extensions) and fits(fmt):
            return fmt
    wanted = [f for f in FORMATS if fits(f)]
    extensions = sorted({e for f in wanted for e in f.extensions})
    raise GlossaryError(f"{path}: expected a file ending in {', '.join(extensions)}")


def names(writes: str = "termbase") -> tuple[str, ...]:
    """The names of the formats that write ``writes``, in registry order."""
    return tuple(f.name for f in FORMATS if f.writes == writes)
