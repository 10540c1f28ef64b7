"""``glossary annotate`` and ``glossary check``: the glossary's terms in a text and in its translation."""
from __future__ import annotations

import sys

import click

from glossary.cli.main import LANG_CHOICE, UsageFailure, echo_json, open_lookup, termbase_option
from glossary.cli.detect_cmd import read_document
from glossary.vocab import LANGUAGES


def _equivalents(record: dict) -> str:
    """The preferred term of each language, "en soft power | kk жұмсақ күш | ru мягкая сила"."""
    parts = []
    for lang in LANGUAGES:
        preferred = [t["text"] for t in record["terms"].get(lang, ()) if t["status"] == "preferred"]
        parts.append(f"{lang} {preferred[0] if preferred else '-'}")
    return " | ".join(parts)


@click.command("annotate")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--lang", type=LANG_CHOICE, help="The text's language (default: detect each sentence's).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: sentences, spans and concepts.")
@click.option("--color/--no-color", default=None, help="Colour the terms (default: when writing to a terminal).")
@termbase_option
def annotate_command(file: str, lang: str | None, as_json: bool, color: bool | None, termbase: str | None) -> None:
    """Mark every glossary term in FILE (- for standard input), in any inflected form.

    Prints the text with each term marked, [[surface]]{concept} (in colour on a
    terminal), then the concepts found with their equivalents in all three languages.

    \b
    Example:
      glossary annotate seeds/003_6ff2c148979281d9.txt
    """
    from glossary.aids.annotation import annotate

    index = open_lookup(termbase)
    result = annotate(read_document(file), index, lang)
    counts = result.concepts()
    if as_json:
        echo_json({
            "sentences": [{"start": s.start, "end": s.end, "lang": s.lang} for s in result.sentences],
            "spans": [s.to_dict() for s in result.spans],
            "concepts": [{"id": c, "count": n, "terms": {lg: [t["text"] for t in index.record(c)["terms"].get(lg, ())]
                                                          for lg in LANGUAGES}} for c, n in counts.items()],
        })
        return
    if color is None:
        color = sys.stdout.isatty()
    if color:
        mark = lambda s: click.style(s.text, fg="cyan", bold=True) + click.style(f"{{{s.concept}}}", dim=True)  # noqa: E731
    else:
        mark = None
    click.echo(result.marked(mark).rstrip("\n"), color=color)
    click.echo()
    click.echo(f"{len(result.spans)} term(s) of {len(counts)} concept(s)")
    width = max((len(c) for c in counts), default=0)
    for concept, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        click.echo(f"{concept:<{width}}  {n:>3}  {_equivalents(index.record(concept))}")


@click.command("check")
@click.argument("source", type=click.Path(dir_okay=False, allow_dash=True))
@click.argument("target", type=click.Path(dir_okay=False, allow_dash=True), required=False)
@click.option("--from", "source_lang", type=LANG_CHOICE, help="The source language (default: detected).")
@click.option("--to", "target_lang", type=LANG_CHOICE, help="The target language (default: detected).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: one report per direction with its findings.")
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
    from glossary.aids.termcheck import check, check_document

    index = open_lookup(termbase)
    if target is None:
        text = read_document(source)
        from glossary.document.article import align_document

        alignment = align_document(text, index)
        present = list(alignment.front)
        if len(present) < 2:
            raise UsageFailure(f"{source}: not a trilingual article (front matter found in {len(present)} language(s)); give SOURCE and TARGET")
        for lang in (source_lang, target_lang):
            if lang and lang not in present:
                raise UsageFailure(f"{source}: has no {lang} front matter (it has {', '.join(present)})")
        directions = [(a, b) for a in present for b in present if a != b
                      and (source_lang in (None, a)) and (target_lang in (None, b))]
        reports = [check_document(text, a, b, index, alignment) for a, b in directions]
        names = (source, source)
    else:
        reports = [check(read_document(source), read_document(target), index, source_lang, target_lang)]
        names = (source, target)
    if as_json:
        echo_json({"reports": [r.to_dict() for r in reports], "clean": all(r.clean for r in reports)})
    else:
        for report in reports:
            for f in report.findings:
                if f.kind == "missing":
                    click.echo(f"{names[0]}:{f.source_line}: missing: {report.source_lang} \"{f.text}\" ({f.concept}) has no "
                               f"{report.target_lang} equivalent in {names[1]}:{f.target_line}; expected {' or '.join(f.expected)}")
                else:
                    click.echo(f"{names[1]}:{f.target_line}: deprecated: {report.target_lang} \"{f.text}\" ({f.concept}); "
                               f"use {' or '.join(f.expected) or 'another term'}")
            click.echo(report.summary())
    if not all(r.clean for r in reports):
        raise SystemExit(1)
