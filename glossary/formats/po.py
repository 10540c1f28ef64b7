"""Gettext catalogues (.pot, .po, .mo) of the termbase, written and read with polib.

One entry per concept that has an English preferred term: msgid is that
term, msgstr the preferred term in the catalogue's language, and msgctxt the
concept id only where two concepts share an English term (so that plain
``gettext("soft power")`` works and ``pgettext`` tells the others apart). A
translation that no source attests is marked fuzzy: translators review it,
and msgfmt leaves it out of the .mo, so programs only get attested ones.
No date in the headers: rebuilding gives the same bytes.
"""
from __future__ import annotations

from collections import Counter
from typing import IO, TYPE_CHECKING

from glossary import __version__
from glossary.errors import DataFileError
from glossary.model import Concept, Term, Termbase, Translation, Unit, language_code
from glossary.vocab import LANGUAGE_NAMES

if TYPE_CHECKING:
    import polib

DOMAIN = "glossary"
TARGETS = ("kk", "ru")
PLURAL_FORMS = {
    "kk": "nplurals=2; plural=(n != 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
          "(n%100<10 || n%100>=20) ? 1 : 2);",
}
WRAP = 79
# A constant, not the time of the build, so that rebuilding gives the same bytes;
# msgfmt --check-header wants the field. Change it when the catalogue format changes.
REVISION_DATE = "2026-11-22 00:00+0000"


def _header(lang: str | None) -> dict[str, str]:
    header = {
        "Project-Id-Version": f"glossary {__version__}",
        "Last-Translator": "glossary contributors (generated from glossary/terms)",
        "Language-Team": f"{LANGUAGE_NAMES[lang]} (glossary/terms)" if lang
        else "glossary contributors (glossary/terms)",
        "PO-Revision-Date": REVISION_DATE,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    header["Language"] = lang or ""
    if lang:
        header["Plural-Forms"] = PLURAL_FORMS[lang]
    return header


def _comments(concept: Concept) -> str:
    """The ``#.`` lines: definition, every term with its status and sources, romanizations.

    The same in the template and every catalogue, so that msgmerge changes nothing.
    """
    lines = [f"{concept.id}: {concept.definition}"]
    for lang in ("en", *TARGETS):
        for term in concept.terms.get(lang, ()):
            where = _evidence(term)
            lines.append(f"{lang}: {term.text} ({term.type}, {term.status}; {where})")
        preferred = concept.preferred(lang)
        if lang != "en" and preferred is not None:
            lines += _romanizations(lang, preferred)
    # a line break in a note would end the comment
    return "\n".join(" ".join(line.split()) for line in lines)


def _evidence(term: Term) -> str:
    """Seed lines, references, or what a proposed term rests on, in a comment line."""
    if term.proposed:
        return "proposed" + (f": {term.note}" if term.note else "")
    parts = [", ".join(term.sources)] if term.sources else []
    parts += ["referenced " + r.cite() for r in term.references]
    return "; ".join(parts)


def _romanizations(lang: str, term: Term) -> list[str]:
    from glossary.language import romanize
    from glossary.language.script import has_cyrillic
    from glossary.language.textnorm import fold

    if not has_cyrillic(term.text):
        return []
    if lang == "ru":
        pairs = romanize.russian(fold(term.text))
    else:
        pairs = romanize.kazakh(fold(term.text))
    return [f"{lang} romanized: " + "; ".join(f"{latin} ({names})" for latin, names in pairs)]


def _references(term: Term) -> list[tuple[str, str]]:
    out = []
    for source in term.sources:
        path, _, line = source.rpartition(":")
        out.append((path, line))
    return out


def _entries(termbase: Termbase) -> list[tuple[Concept, Term, str | None]]:
    """(concept, English preferred term, msgctxt) for every concept with an English term, in id
    order.
    """
    english = [(c, t) for c in termbase.concepts() if (t := c.preferred("en")) is not None]
    shared = Counter(t.text for _, t in english)
    return [(c, t, c.id if shared[t.text] > 1 else None) for c, t in english]


def catalogue(termbase: Termbase, lang: str | None = None) -> polib.POFile:
    """The template (``lang`` None) or the catalogue of ``lang``."""
    import polib

    po = polib.POFile(wrapwidth=WRAP)
    po.metadata = _header(lang)
    po.header = (
        "Terms of the glossary of Russian soft power and the post-Soviet space.\n"
        "Generated from glossary/terms by `glossary build`: edit the concept files, or\n"
        "edit this catalogue and run `glossary import`. Released under the MIT licence."
    )
    for concept, english, context in _entries(termbase):
        entry = polib.POEntry(
            msgid=english.text,
            msgctxt=context,
            msgstr="",
            comment=_comments(concept),
            occurrences=_references(english),
        )
        if lang:
            term = concept.preferred(lang)
            if term is not None:
                entry.msgstr = term.text
                if term.proposed and not term.reviewed:
                    entry.flags.append("fuzzy")
        po.append(entry)
    return po


def dumps(termbase: Termbase, lang: str | None = None) -> bytes:
    """The template (``lang`` None) or the catalogue of ``lang`` as .po text."""
    return _text(catalogue(termbase, lang))


def _text(po: polib.POFile) -> bytes:
    return str(po).rstrip("\n").encode("utf-8") + b"\n"


def write_po(fileobj: IO[bytes], termbase: Termbase, target: str | None = None) -> None:
    """Write the template (``target`` None) or the catalogue of ``target`` (kk or ru)."""
    fileobj.write(dumps(termbase, target))


def write_mo(fileobj: IO[bytes], termbase: Termbase, target: str) -> None:
    """Write the compiled catalogue of ``target``: attested and reviewed translations only."""
    fileobj.write(catalogue(termbase, target).to_binary())


def outputs(termbase: Termbase) -> dict[str, bytes]:
    """Every catalogue file of the termbase, by path relative to a locales folder, as bytes."""
    files = {f"{DOMAIN}.pot": dumps(termbase)}
    for lang in TARGETS:
        po = catalogue(termbase, lang)
        files[f"{lang}/LC_MESSAGES/{DOMAIN}.po"] = _text(po)
        files[f"{lang}/LC_MESSAGES/{DOMAIN}.mo"] = po.to_binary()
    return files


def read_po(fileobj: IO[bytes]) -> list[Translation]:
    """The translations of a catalogue a translation tool edited: one per entry with a msgstr.

    A ``DataFileError`` names the file and line when it is not a catalogue of kk or ru.
    """
    import polib

    name = getattr(fileobj, "name", None)
    shown = name if isinstance(name, str) else "-"
    try:
        text = fileobj.read().decode("utf-8")
        po = polib.pofile(text if "\n" in text else text + "\n")  # content, never a path
    except UnicodeDecodeError as exc:
        raise DataFileError(shown, None, "encoding", f"not UTF-8 ({exc.reason})") from exc
    except (OSError, ValueError) as exc:
        raise DataFileError(shown, _line(str(exc)), "po", str(exc).split(" (line")[0]) from exc
    lang = po.metadata.get("Language", "")
    if lang not in TARGETS:
        raise DataFileError(shown, 1, "Language", f"header Language is {lang!r}; expected kk or ru")
    return [Translation(entry.msgid, lang, entry.msgstr.strip(), entry.msgctxt or None,
                        "fuzzy" not in entry.flags, entry.linenum)
            for entry in po if not entry.obsolete and entry.msgstr.strip()]


def _line(message: str) -> int | None:
    import re

    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else None


def read_po_units(fileobj: IO[bytes]) -> list[Unit]:
    """Every translated entry of any PO file as a unit (msgid → msgstr), for ``glossary check``;
    the source language is the header's X-Source-Language, else English."""
    import polib

    name = getattr(fileobj, "name", None)
    shown = name if isinstance(name, str) else "-"
    try:
        text = fileobj.read().decode("utf-8")
        po = polib.pofile(text if "\n" in text else text + "\n")
    except UnicodeDecodeError as exc:
        raise DataFileError(shown, None, "encoding", f"not UTF-8 ({exc.reason})") from exc
    except (OSError, ValueError) as exc:
        raise DataFileError(shown, _line(str(exc)), "po", str(exc).split(" (line")[0]) from exc
    source = language_code(po.metadata.get("X-Source-Language", "en"))
    target = language_code(po.metadata.get("Language", ""))
    if not target:
        raise DataFileError(shown, 1, "Language", "the header names no Language")
    return [
        Unit(
            entry.msgctxt or f"line {entry.linenum}",
            entry.msgid,
            entry.msgstr,
            source,
            target,
            entry.linenum,
        )
        for entry in po
        if not entry.obsolete and entry.msgstr
    ]
