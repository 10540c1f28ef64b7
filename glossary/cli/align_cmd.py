"""``glossary align`` and ``glossary extract``: parallel text in a trilingual article, and the
concepts it suggests.
"""
from __future__ import annotations

import os
import sys

import click

from glossary.cli.options import (
    echo_json,
    emit,
    open_index,
    output_option,
    read_document,
    termbase_option,
)
from glossary.vocab import LANGUAGES

FORMATS = ("json", "tmx", "text")


@click.command("align")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format.",
)
@output_option
@termbase_option
def align_command(file: str, fmt: str, output: str | None, termbase: str | None) -> None:
    """Align the titles, keywords and abstracts of a trilingual article (FILE, or - for standard
    input).

    Finds each language's front matter (labelled or not, in any order),
    aligns the keyword lists item by item and the abstracts sentence by
    sentence (1:1, 1:2, 2:1, 1:0 ...), using the glossary's terms as anchors.

    \b
    Examples:
      glossary align seeds/003_6ff2c148979281d9.txt
      glossary align seeds/003_6ff2c148979281d9.txt --format tmx -o 003.tmx
    """
    import json

    from glossary.aids.annotation import Annotator
    from glossary.cli.render import alignment_text
    from glossary.document.article import align_document
    from glossary.errors import GlossaryError

    result = align_document(read_document(file), Annotator(open_index(termbase)).concepts)
    if len(result.front) < 2:
        found = len(result.front)
        raise GlossaryError(
            f"{file}: found front matter in {found} language(s); align needs two or three"
        )
    if fmt == "json":
        data = (json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    elif fmt == "tmx":
        from glossary.formats.tmx import dumps

        data = dumps(result.links, os.path.basename(file) if file != "-" else "")
    else:
        data = alignment_text(result).encode("utf-8")
    emit(data, output)
    if output and output != "-":
        click.echo(f"{output}: {len(result.links)} alignment(s)", err=True)


@click.command("extract")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print the candidates as JSON.")
@click.option(
    "--write",
    is_flag=True,
    help="Create a concept file (all terms proposed) for each new candidate.",
)
@termbase_option
def extract_command(file: str, as_json: bool, write: bool, termbase: str | None) -> None:
    """Propose concepts from a trilingual article (FILE, or - for standard input).

    Candidates are the aligned keywords, quoted terms «…» and acronyms of the
    front matter, each in its dictionary form with the lines it stands on;
    known concepts are reported as known. With --write, each new candidate in
    two or more languages becomes a concept file in the termbase, every term
    proposed for review; an existing file is never overwritten (the clash is
    reported instead).

    \b
    Example:
      glossary extract seeds/003_6ff2c148979281d9.txt
    """
    from glossary.aids.extract import extract
    from glossary.aids.proposals import source_name, write_candidates
    from glossary.errors import GlossaryError
    from glossary.termbase.paths import default_termbase

    candidates = extract(read_document(file), open_index(termbase))
    if not candidates:
        raise GlossaryError(f"{file}: no aligned front matter to extract from")
    if as_json:
        echo_json([c.to_dict() for c in candidates])
    else:
        for c in candidates:
            click.echo(_candidate_text(c))
    if write:
        done = write_candidates(candidates, termbase or default_termbase(), source_name(file))
        for item in done:
            if item.written:
                click.echo(f"{item.path}: written (proposed)", err=True)
            else:
                terms = " | ".join(item.candidate.terms.values())
                click.echo(f"{item.path}: exists; not overwritten (candidate {terms})", err=True)
        if not all(item.written for item in done):
            sys.exit(1)


def _candidate_text(c: object) -> str:
    """A candidate in lines: its terms, whether known, and the lines each term stands on."""
    from glossary.aids.extract import Candidate

    assert isinstance(c, Candidate)
    terms = " | ".join(f"{lang} {c.terms[lang]}" for lang in LANGUAGES if lang in c.terms)
    status = f"known {c.known}" if c.known else "new (proposed)"
    lines = [f"{status}: {terms}  [{c.why}]"]
    for lang in (lang for lang in LANGUAGES if lang in c.terms):
        where = ", ".join(map(str, c.evidence.get(lang, ()))) or "-"
        extra = f"  ({c.analogy[lang]})" if lang in c.analogy else ""
        lines.append(f"    {lang} lines {where}{extra}")
    return "\n".join(lines)
