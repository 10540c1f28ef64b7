"""``glossary annotate`` and ``glossary check``: the glossary's terms in a text and in its
translation.
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from glossary.cli.options import (
    ALIGN_LIMIT,
    LANG_CHOICE,
    UsageFailure,
    echo_json,
    open_index,
    read_document,
    termbase_option,
)


@click.command("annotate")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--lang", type=LANG_CHOICE, help="The text's language (default: detect each sentence's)."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON: sentences, spans and concepts.")
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour the terms (default: when writing to a terminal).",
)
@click.option(
    "--derived",
    is_flag=True,
    help="Mark the concepts' derived words too (American for the United States).",
)
@termbase_option
def annotate_command(file: str, lang: str | None, as_json: bool, color: bool | None,
                     derived: bool, termbase: str | None) -> None:
    """Mark every glossary term in FILE (- for standard input), in any inflected form.

    Prints the text with each term marked, [[surface]]{concept} (in colour on a
    terminal; a derived word, with --derived, as [[surface]]{concept, derived}), then the
    concepts found with their equivalents in all three languages.

    \b
    Examples:
      glossary annotate seeds/003_6ff2c148979281d9.txt
      glossary annotate --derived --lang en news.txt
    """
    from glossary.aids.annotation import Span, annotate
    from glossary.cli.render import equivalents

    index = open_index(termbase)
    result = annotate(read_document(file), index, lang, derived)
    if as_json:
        echo_json(result.to_dict(index.record))
        return
    color = sys.stdout.isatty() if color is None else color

    def mark(s: Span) -> str:
        name = f"{s.concept}, derived" if s.derived else s.concept
        if not color:
            return f"[[{s.text}]]{{{name}}}"
        return click.style(s.text, fg="cyan", bold=not s.derived) + click.style(
            f"{{{name}}}", dim=True)

    click.echo(result.marked(mark).rstrip("\n"), color=color)
    counts = result.concepts()
    words = sum(s.derived for s in result.spans)
    derived_words = f" and {words} derived word(s)" if words else ""
    click.echo(f"\n{len(result.spans) - words} term(s){derived_words} of {len(counts)} concept(s)")
    width = max((len(c) for c in counts), default=0)
    for concept, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        click.echo(f"{concept:<{width}}  {n:>3}  {equivalents(index.record(concept))}")


if TYPE_CHECKING:
    from glossary.aids.report import Report

UNIT_FILES = (".po", ".pot", ".xlf", ".xliff", ".tmx")


@click.command("check")
@click.argument("source", type=click.Path(dir_okay=False, allow_dash=True))
@click.argument("target", type=click.Path(dir_okay=False, allow_dash=True), required=False)
@click.option(
    "--from", "source_lang", type=LANG_CHOICE, help="The source language (default: detected)."
)
@click.option(
    "--to", "target_lang", type=LANG_CHOICE, help="The target language (default: detected)."
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print JSON: one report per direction with its findings.",
)
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too, not only on errors.")
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="A file of dismissed findings: those it lists are not reported.")
@click.option(
    "--write-baseline", is_flag=True, help="Write every finding into --baseline, dismissed."
)
@termbase_option
def check_command(source: str, target: str | None, source_lang: str | None, target_lang: str | None,
                  as_json: bool, strict: bool, baseline: str | None, write_baseline: bool,
                  termbase: str | None) -> None:
    """Check that TARGET, a translation of SOURCE, uses the glossary's equivalents, both ways.

    Each finding has a severity: error (a deprecated term, a term another concept's stands in
    place of), warning (an equivalent missing), info (a general word missing, a term the
    translator added). Given one trilingual article, checks its parts against each other; given
    a PO, XLIFF or TMX file, each unit's target against its source. Exit 0 when there is no
    error (no warning either, with --strict), 1 otherwise.

    \b
    Examples:
      glossary check article.ru.txt article.kk.txt
      glossary check seeds/003_6ff2c148979281d9.txt --from ru --to kk
      glossary check translated.xlf --strict --baseline .glossary-dismissed.toml
    """
    if write_baseline and not baseline:
        raise UsageFailure("--write-baseline needs --baseline FILE")
    reports = _reports(source, target, source_lang, target_lang, termbase)
    if baseline:
        _baseline(reports, baseline, write_baseline)
    if as_json:
        echo_json({"reports": [r.to_dict() for r in reports],
                   "passes": all(r.passes(strict) for r in reports)})
    else:
        from glossary.cli.render import report_lines

        for report in reports:
            click.echo("\n".join(report_lines(report, source, target or source)))
    if not all(r.passes(strict) for r in reports):
        sys.exit(1)


def _reports(source: str, target: str | None, source_lang: str | None, target_lang: str | None,
             termbase: str | None) -> list[Report]:
    """The reports of the inputs: a translation tool's file, a trilingual article, or two texts."""
    from glossary.aids.checking import check, check_article, check_file
    from glossary.errors import GlossaryError

    index = open_index(termbase)
    if target is None and source.lower().endswith(UNIT_FILES):
        return [check_file(source, index, source_lang, target_lang)]
    if target is None:
        try:
            return check_article(read_document(source, ALIGN_LIMIT), source_lang, target_lang,
                                 index)
        except GlossaryError as exc:
            raise GlossaryError(f"{source}: {exc}") from exc
    from glossary.cli.progress import Progress

    bar = Progress("checking")
    try:
        return [check(read_document(source, ALIGN_LIMIT), read_document(target, ALIGN_LIMIT),
                      index, source_lang, target_lang, bar)]
    finally:
        bar.close()


def _baseline(reports: list[Report], path: str, write: bool) -> None:
    """Honour the dismissed findings of ``path``, or write them all into it."""
    import datetime

    from glossary.aids.report import baseline_text, dismiss, read_baseline

    if write:
        from glossary.atomic import write_text

        reason = f"accepted with --write-baseline on {datetime.date.today().isoformat()}"
        write_text(path, baseline_text(reports, reason))
        click.echo(
            f"{path}: {sum(len(r.findings) for r in reports)} finding(s) dismissed", err=True
        )
    dismiss(reports, read_baseline(path))
