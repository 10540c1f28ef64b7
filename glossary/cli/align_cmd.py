"""``glossary align`` and ``glossary extract``: parallel text in one document or one file per
language, and the concepts it suggests.
"""
from __future__ import annotations

import os
import sys
from typing import Any

import click

from glossary.cli.options import (
    ALIGN_LIMIT,
    UsageFailure,
    echo_json,
    emit,
    open_index,
    output_option,
    read_document,
    termbase_option,
)
from glossary.vocab import LANGUAGES

FORMATS = ("json", "tmx", "text")
FILES = click.argument(
    "files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True)
)


def _files(files: tuple[str, ...]) -> list[str]:
    """The texts of one file, or of one file per language (two or three)."""
    if len(files) > len(LANGUAGES):
        raise UsageFailure(f"{len(files)} files: give one file, or one file per language "
                           f"(two or three)")
    if files.count("-") > 1:
        raise UsageFailure("standard input (-) can stand for one file only")
    return [read_document(file, ALIGN_LIMIT) for file in files]


def _aligned(files: tuple[str, ...], concepts: Any) -> Any:
    """The alignment of the files, a progress bar shown while it runs; a file in one language is
    an input error naming the file."""
    from glossary.cli.progress import Progress
    from glossary.document.aligntext import OneLanguage, align_text, align_texts

    texts, bar = _files(files), Progress("aligning")
    try:
        if len(texts) == 1:
            return align_text(texts[0], concepts, bar)
        return align_texts(texts, files, concepts, bar)
    except OneLanguage as exc:
        raise UsageFailure(f"{files[0]}: {exc}" if len(files) == 1 else str(exc)) from exc
    finally:
        bar.close()


@click.command("align")
@FILES
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
def align_command(files: tuple[str, ...], fmt: str, output: str | None, termbase: str | None
                  ) -> None:
    """Align parallel text sentence by sentence: one FILE with passages in two or three languages
    (- for standard input), or one FILE per language.

    In one file the languages may stand in any order, as paragraphs or lines.
    A trilingual article's front matter (titles, keywords, abstracts; labelled
    or not) is used when it is there: keyword lists item by item, abstracts
    sentence by sentence (1:1, 1:2, 2:1, 1:0 ...), with the glossary's terms
    as anchors. Text in one language only is an input error (exit 2).

    \b
    Examples:
      glossary align seeds/003_6ff2c148979281d9.txt
      glossary align seeds/003_6ff2c148979281d9.txt --format tmx -o 003.tmx
      glossary align article.en.txt article.kk.txt article.ru.txt
    """
    import json

    from glossary.aids.annotation import Annotator
    from glossary.cli.render import alignment_text

    result = _aligned(files, Annotator(open_index(termbase)).concepts)
    if fmt == "json":
        data = (json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    elif fmt == "tmx":
        from glossary.formats.tmx import dumps

        data = dumps(result.links, os.path.basename(files[0]) if files[0] != "-" else "")
    else:
        data = alignment_text(result).encode("utf-8")
    emit(data, output)
    if output and output != "-":
        click.echo(f"{output}: {len(result.links)} alignment(s)", err=True)


def _extracted(files: tuple[str, ...], termbase: str | None) -> tuple[list[Any], Any]:
    """The candidates of one document, or of one file per language read as one document, and how
    a line of it is shown (FILE:LINE when there are several files)."""
    from glossary.aids.extract import extract
    from glossary.document.aligntext import OneLanguage, counted, joined, located
    from glossary.document.passages import passages

    text, starts = joined(_files(files))
    candidates = extract(text, open_index(termbase))
    if not candidates:
        try:
            counted(passages(text))  # says what is wrong when there is one language only
        except OneLanguage as exc:
            raise UsageFailure(f"{' '.join(files)}: {exc}") from exc

    def shown(line: int) -> int | str:
        number, local = located(line, starts)
        return f"{files[number]}:{local}" if len(files) > 1 else line

    return candidates, shown


@click.command("extract")
@FILES
@click.option("--json", "as_json", is_flag=True, help="Print the candidates as JSON.")
@click.option(
    "--write",
    is_flag=True,
    help="Create a concept file (all terms proposed) for each new candidate.",
)
@termbase_option
def extract_command(files: tuple[str, ...], as_json: bool, write: bool, termbase: str | None
                    ) -> None:
    """Propose concepts from parallel text: one FILE with passages in two or three languages (- for
    standard input), or one FILE per language.

    Candidates are the aligned keywords, quoted terms «…» and acronyms of the
    front matter (or of the aligned sentences where there is none), each in
    its dictionary form with the lines it stands on; known concepts are
    reported as known. With --write (one FILE only), each new candidate in two
    or more languages becomes a concept file in the termbase, every term
    proposed for review; an existing file is never overwritten (the clash is
    reported instead).

    \b
    Example:
      glossary extract seeds/003_6ff2c148979281d9.txt
    """
    from glossary.errors import GlossaryError

    if write and len(files) > 1:
        raise UsageFailure("--write takes one FILE (its notes cite one document's lines)")
    candidates, shown = _extracted(files, termbase)
    if not candidates:
        raise GlossaryError(f"{' '.join(files)}: no aligned text to extract from")
    if as_json:
        echo_json([_candidate_json(c, shown) for c in candidates])
    else:
        for c in candidates:
            click.echo(_candidate_text(c, shown))
    if write:
        _write(candidates, termbase, files[0])


def _write(candidates: list[Any], termbase: str | None, file: str) -> None:
    """A concept file for each new candidate; exit 1 when one exists already."""
    from glossary.aids.proposals import source_name, write_candidates
    from glossary.termbase.paths import default_termbase

    done = write_candidates(candidates, termbase or default_termbase(), source_name(file))
    for item in done:
        if item.written:
            click.echo(f"{item.path}: written (proposed)", err=True)
        else:
            terms = " | ".join(item.candidate.terms.values())
            click.echo(f"{item.path}: exists; not overwritten (candidate {terms})", err=True)
    if not all(item.written for item in done):
        sys.exit(1)


def _candidate_json(c: Any, shown: Any) -> dict[str, Any]:
    """A candidate's JSON, its evidence lines as ``shown`` gives them."""
    data: dict[str, Any] = c.to_dict()
    data["evidence"] = {lang: [shown(n) for n in lines] for lang, lines in c.evidence.items()}
    return data


def _candidate_text(c: object, shown: Any) -> str:
    """A candidate in lines: its terms, whether known, and the lines each term stands on."""
    from glossary.aids.extract import Candidate

    assert isinstance(c, Candidate)
    terms = " | ".join(f"{lang} {c.terms[lang]}" for lang in LANGUAGES if lang in c.terms)
    status = f"known {c.known}" if c.known else "new (proposed)"
    lines = [f"{status}: {terms}  [{c.why}]"]
    for lang in (lang for lang in LANGUAGES if lang in c.terms):
        where = ", ".join(str(shown(n)) for n in c.evidence.get(lang, ())) or "-"
        extra = f"  ({c.analogy[lang]})" if lang in c.analogy else ""
        lines.append(f"    {lang} lines {where}{extra}")
    return "\n".join(lines)
