"""``glossary annotate`` and ``glossary check``: the glossary's terms in a text and in its
translation.
"""
from __future__ import annotations

import sys

import click

from glossary.cli.options import LANG_CHOICE, echo_json, open_index, read_document, termbase_option


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
@termbase_option
def annotate_command(
    file: str, lang: str | None, as_json: bool, color: bool | None, termbase: str | None
) -> None:
    """Mark every glossary term in FILE (- for standard input), in any inflected form.

    Prints the text with each term marked, [[surface]]{concept} (in colour on a
    terminal), then the concepts found with their equivalents in all three languages.

    \b
    Example:
      glossary annotate seeds/003_6ff2c148979281d9.txt
    """
    from glossary.aids.annotation import Span, annotate
    from glossary.cli.render import equivalents

    index = open_index(termbase)
    result = annotate(read_document(file), index, lang)
    if as_json:
        echo_json(result.to_dict(index.record))
        return
    color = sys.stdout.isatty() if color is None else color

    def mark(s: Span) -> str:
        return click.style(s.text, fg="cyan", bold=True) + click.style(f"{{{s.concept}}}", dim=True)

    click.echo(result.marked(mark if color else None).rstrip("\n"), color=color)
    counts = result.concepts()
    click.echo(f"\n{len(result.spans)} term(s) of {len(counts)} concept(s)")
    width = max((len(c) for c in counts), default=0)
    for concept, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        click.echo(f"{concept:<{width}}  {n:>3}  {equivalents(index.record(concept))}")


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
@termbase_option
def check_command(source: str, target: str | None, source_lang: str | None, target_lang: str | None,
                  as_json: bool, termbase: str | None) -> None:
    """Check that TARGET, a translation of SOURCE, uses the glossary's equivalents.

    Reports, per aligned sentence, each glossary term of SOURCE whose
    equivalent (in any inflected form) is missing from TARGET, and each
    deprecated term TARGET uses. Given one trilingual article instead, checks
    its abstracts against each other (--from and --to pick a direction; by
    default every direction). Exit 0 when clean, 1 when there are findings.

    \b
    Examples:
      glossary check article.ru.txt article.kk.txt
      glossary check seeds/003_6ff2c148979281d9.txt --from ru --to kk
    """
    from glossary.aids.termcheck import check, check_article
    from glossary.cli.render import report_lines
    from glossary.errors import GlossaryError

    index = open_index(termbase)
    if target is None:
        try:
            reports = check_article(read_document(source), source_lang, target_lang, index)
        except GlossaryError as exc:
            raise GlossaryError(f"{source}: {exc}") from exc
    else:
        reports = [
            check(read_document(source), read_document(target), index, source_lang, target_lang)
        ]
    if as_json:
        echo_json(
            {"reports": [r.to_dict() for r in reports], "clean": all(r.clean for r in reports)}
        )
    else:
        for report in reports:
            click.echo("\n".join(report_lines(report, source, target or source)))
    if not all(r.clean for r in reports):
        sys.exit(1)
