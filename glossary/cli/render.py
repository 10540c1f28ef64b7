"""Plain-text rendering for people: concepts, blocks, alignments and findings (the CLI's human
output).

Concepts are rendered from their JSON form (``Concept.to_dict``), which is
what the forms index stores, so that a lookup prints without building the model.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from glossary.vocab import LANGUAGES, PROPOSED

if TYPE_CHECKING:
    from glossary.aids.report import Finding, Report
    from glossary.document.article import DocumentAlignment
    from glossary.document.blocks import Block
    from glossary.errors import DataFileError
    from glossary.model import Concept

SHOWN_SOURCES = 3


def _first(items: Sequence[str]) -> str:
    """The first few items and how many more there are."""
    rest = len(items) - SHOWN_SOURCES
    return ", ".join(items[:SHOWN_SOURCES]) + (f" (+{rest} more)" if rest > 0 else "")


def evidence_text(term: dict[str, Any]) -> str:
    """A term's reliability at a glance: attested with its seed lines, referenced with its
    sources' addresses, or proposed."""
    if term["source"] and term["source"] != PROPOSED:
        return "attested: " + _first(term["source"])
    if term.get("references"):
        cited = [r.get("url") or r.get("title", "") for r in term["references"]]
        return "referenced: " + _first(cited)
    return PROPOSED


def record_text(record: dict[str, Any], languages: Sequence[str] = LANGUAGES, how: str = "") -> str:
    """A concept's JSON form as a block of lines: id, terms per language (preferred first),
    definition.
    """
    lines = [f"{record['id']}  [{record['subject']}]" + (f"  ({how})" if how else "")]
    for lang in LANGUAGES:
        if lang not in languages or not record["terms"].get(lang):
            continue
        ordered = sorted(record["terms"][lang], key=lambda t: t["status"] != "preferred")
        for i, term in enumerate(ordered):
            label = lang if i == 0 else ""
            where = evidence_text(term)
            lines.append(
                f"  {label:<3} {term['text']}  ({term['type']}, {term['status']}; {where})"
            )
    derived = record.get("derived", {})
    words = [f"{lang} {', '.join(derived[lang])}" for lang in LANGUAGES
             if lang in languages and derived.get(lang)]
    if words:
        lines.append("  derived words (not equivalents): " + " · ".join(words))
    if record.get("state"):
        lines.append(f"  state: {record['state']} (may stand for it and it for this)")
    lines += _wrap(record["definition"], "  ", "  ")
    for note in record.get("notes", ()):
        lines += _wrap(note, "  note: ", "        ")
    return "\n".join(lines)


def concept_text(concept: Concept, languages: Sequence[str] = LANGUAGES, how: str = "") -> str:
    """A concept as a block of lines (see ``record_text``)."""
    return record_text(concept.to_dict(), languages, how)


def _wrap(text: str, first: str, rest: str, width: int = 88) -> list[str]:
    """Greedy word wrap (textwrap would add a millisecond to every lookup's start-up)."""
    if not text.split():
        return []
    lines, line = [], first
    for word in text.split():
        if line.strip() and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = rest
        line += ("" if line in (first, rest) else " ") + word
    lines.append(line)
    return lines


def block_row(block: Block) -> str:
    """One row of ``glossary detect``: line range, language, confidence, first words."""
    lines = f"{block.start}" if block.start == block.end else f"{block.start}-{block.end}"
    words = " ".join(block.text.split()[:8])
    return f"{lines:>9}  {block.lang:<3}  {block.confidence:.2f}  {words[:70]}"


def alignment_text(result: DocumentAlignment) -> str:
    """``glossary align``'s text report: the front-matter blocks, then each link language by
    language.
    """
    lines = []
    for block in result.blocks():
        text = " ".join(str(block["text"]).split())[:60]
        where = f"{block['start_line']:>5}-{block['end_line']:<5}"
        lines.append(f"{where} {block['lang']}  {block['kind']:<11} {text}")
    lines.append("")
    for number, link in enumerate(result.links, 1):
        lines.append(f"{number}. {link.kind}")
        for lang in LANGUAGES:
            span = link.lines.get(lang)
            where = (
                f"{span[0]}"
                if span and span[0] == span[1]
                else (f"{span[0]}-{span[1]}" if span else "-")
            )
            lines.append(f"   {lang} [{where}] {link.texts.get(lang) or '(no counterpart)'}")
    for lang, keyword in result.leftovers:
        lines.append(f"left over: {lang} keyword {keyword!r}")
    return "\n".join(lines) + "\n"


def _where(name: str, line: int | None, unit: str) -> str:
    """file:line, or file:unit for a translation tool's file; the file alone for no line (a
    sentence without a counterpart there)."""
    return f"{name}:{unit}" if unit else f"{name}:{line}" if line is not None else name


# What a finding of each kind says of the source term, before "; expected ...".
_SAYS = {
    "missing": "has no {t} equivalent in {tgt}",
    "general": "has no {t} equivalent in {tgt}; a general word: check its sense",
    "lowercase": "stands in {tgt} as «{found}», in lower case (another sense?)",
    "spelt": "stands in {tgt} as «{found}», spelt otherwise than the termbase's (a variant?)",
    "widened": "stands in {tgt} only inside «{found}», a wider term of another concept the "
               "source does not name",
    "quoted": "has no {t} equivalent in {tgt}, a direct quotation ({found}…) that leaves the "
              "speaker out: check that the speech is his",
    "collective": "has no {t} equivalent in {tgt}, which names it with others as «{found}»",
    "generic": "has no {t} equivalent in {tgt}, which may name it as «{found}»",
    "dateline": "stands in a news dateline and has no {t} equivalent in {tgt}",
    "short": "is a short form that here may be another state's (beside «{found}»); no {t} "
             "equivalent in {tgt}: check whose it is",
    "name": "stands inside a longer name and has no {t} equivalent in {tgt}; check the name's "
            "translation",
    "foreign": "stands in {tgt} as «{found}», not a {t} term",
    "elsewhere": "has no {t} equivalent in {tgt}, which named it just before (a pronoun?)",
    "modifier": "qualifies a noun and has no {t} equivalent in {tgt} (implied?)",
    "metonymy": "stands in {tgt} as «{found}», which may stand for it (a capital for its state, a "
                "president for his)",
    "place": "comes after «{found}», a place or region in it, and has no {t} equivalent in {tgt} "
             "(implied by the place?)",
    "substitution": "stands as «{found}» in {tgt}",
    "derived": "stands in {tgt} as the derived word «{found}»",
    "loose": "has no {t} equivalent in {tgt}, where the aligned text {found}: another sentence "
             "aligned with it, or an omission?",
    "unmatched": "stands in a sentence that has no counterpart in {tgt}: left out, or too loose "
                 "a translation for the aligner to place?",
}


def finding_line(f: Finding, report: Report, source: str, target: str) -> str:
    """One finding as a compiler-style line: where, severity, kind, what was expected."""
    src, tgt = _where(source, f.source_line, f.unit), _where(target, f.target_line, f.unit)
    s, t = report.source_lang, report.target_lang
    expected = " or ".join(f.expected) or "another term"
    if f.kind == "deprecated":
        where, what = tgt, f'{t} "{f.text}" ({f.concept}) is deprecated; use {expected}'
    elif f.kind in ("added", "unsourced"):
        where, what = tgt, f'{t} "{f.text}" ({f.concept}) has no counterpart in {src}' + (
            "; the source names this state nowhere, nor its capital or president: another "
            "country's name?" if f.kind == "unsourced" else "")
    else:
        says = _SAYS[f.kind].format(t=t, tgt=tgt, found=f.found)
        where, what = src, f'{s} "{f.text}" ({f.concept}) {says}; expected {expected}'
    return f"{where}: {f.severity}: {f.kind}: {what}"


def report_lines(report: Report, source: str, target: str) -> list[str]:
    """``glossary check``'s lines for one direction: each finding at its place, then the
    summary."""
    return [finding_line(f, report, source, target) for f in report.findings] + [report.summary()]


def equivalents(record: dict[str, Any]) -> str:
    """The preferred term of each language, "en soft power | kk жұмсақ күш | ru мягкая сила"."""
    parts = []
    for lang in LANGUAGES:
        preferred = [t["text"] for t in record["terms"].get(lang, ()) if t["status"] == "preferred"]
        parts.append(f"{lang} {preferred[0] if preferred else '-'}")
    return " | ".join(parts)


def github_annotation(problem: DataFileError) -> str:
    """A GitHub Actions workflow command that shows ``problem`` on its line of the pull request."""
    import os

    def escape(text: str, prop: bool = False) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if prop else text

    path = os.path.relpath(problem.path) if os.path.isabs(problem.path) else problem.path
    where = f"file={escape(path, True)}" + (f",line={problem.line}" if problem.line else "")
    return f"::error {where},title={escape(problem.field, True)}::{escape(problem.message)}"
