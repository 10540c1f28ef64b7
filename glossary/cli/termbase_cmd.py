"""Commands over the termbase as a whole: validate, export, show, coverage."""
from __future__ import annotations

import sys

import click

from glossary.cli.main import UsageFailure, echo_json, load, open_seeds, seeds_option, termbase_option
from glossary.termbase.paths import default_termbase


@click.command("validate")
@click.argument("path", required=False, type=click.Path())
@click.option("--seeds", type=click.Path(file_okay=False), help="Folder the attestations point into (default: the checkout's or installed seeds/).")
def validate_command(path: str | None, seeds: str | None) -> None:
    """Check the concept files in PATH (default: the termbase in use).

    Prints every problem as path:line: field: message, then exits 1; exits 0
    when the termbase is clean.
    """
    from pathlib import Path

    from glossary.termbase.paths import find_seeds
    from glossary.termbase.validate import validate as run

    path = Path(path or default_termbase())
    if not path.exists():
        raise UsageFailure(f"{path}: no such file or folder")
    seeds = seeds or find_seeds(path)
    termbase, problems = run(path, seeds)
    for problem in problems:
        click.echo(str(problem))
    if seeds is None:
        click.echo("note: no seeds/ folder found; attestations were not checked (use --seeds DIR)", err=True)
    if problems:
        click.echo(f"{len(problems)} problem(s) in {path}", err=True)
        sys.exit(1)
    click.echo(f"{len(termbase)} concepts, no problems", err=True)


FORMATS = ("json", "tbx", "tbx-2008", "tsv", "csv")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True, help="Exchange format.")
@click.option("--to", "target", type=click.Choice(["kk", "ru"]), help="Target language of a tsv glossary (required for tsv).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file (atomically) instead of standard output.")
@termbase_option
def export_command(fmt: str, target: str | None, output: str | None, termbase: str | None) -> None:
    """Export the whole termbase in an exchange format.

    \b
    json      the concepts as JSON (the shape of lookup --json)
    tbx       TBX-Basic in TBX v3 (ISO 30042:2019, urn:iso:std:iso:30042:ed-2)
    tbx-2008  TBX 2008 <martif>, for OmegaT 3.x and older tools
    tsv       OmegaT glossary, English to --to kk|ru: term, translation, comment
              (name it .utf8, .tab or .txt: OmegaT ignores .tsv)
    csv       every term with every field, one row each
    """
    if fmt == "tsv" and target is None:
        raise UsageFailure("--format tsv needs --to kk or --to ru")
    data = render_export(load(termbase), fmt, target)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        from glossary.atomic import write_bytes

        write_bytes(output, data)


def render_export(termbase, fmt: str, target: str | None = None) -> bytes:
    """The bytes of ``termbase`` in export format ``fmt``."""
    if fmt == "json":
        import io

        from glossary.formats.json import write_json

        buffer = io.StringIO()
        write_json(buffer, termbase.concepts())
        return buffer.getvalue().encode("utf-8")
    if fmt in ("tbx", "tbx-2008"):
        from glossary.formats import tbx

        return tbx.write_v3(termbase) if fmt == "tbx" else tbx.write_2008(termbase)
    from glossary.formats import tabular

    return tabular.write_tsv(termbase, target or "kk") if fmt == "tsv" else tabular.write_csv(termbase)


@click.command("show")
@click.argument("concept_id")
@click.option("--width", default=40, show_default=True, help="Characters of context on each side.")
@click.option("--limit", default=10, show_default=True, help="Lines shown per term at most.")
@click.option("--json", "as_json", is_flag=True, help="Print the concept and its hits as JSON.")
@termbase_option
@seeds_option
def show_command(concept_id: str, width: int, limit: int, as_json: bool, termbase: str | None, seeds: str | None) -> None:
    """Show concept CONCEPT_ID with keyword-in-context lines from seeds/ for each term.

    \b
    Example:
      glossary show soft-power
    """
    from glossary.termbase.concordance import concordance
    from glossary.formats.json import concept_to_dict
    from glossary.cli.render import concept_text

    base = load(termbase)
    if concept_id not in base:
        import difflib

        close = difflib.get_close_matches(concept_id, list(base), n=1)
        more = f"; did you mean {close[0]}?" if close else ""
        raise UsageFailure(f"no concept with id {concept_id!r}{more}")
    concept = base[concept_id]
    hits = concordance(concept, open_seeds(termbase, seeds), width, limit)
    if as_json:
        payload = {**concept_to_dict(concept), "examples": [h.to_dict() for h in hits]}
        echo_json(payload)
        return
    click.echo(concept_text(concept))
    for lang in concept.languages():
        lang_hits = [h for h in hits if h.lang == lang]
        click.echo(f"\n{lang}: {len(lang_hits)} line(s) in seeds/")
        for h in lang_hits:
            left = h.left.rjust(width)
            click.echo(f"  {h.place:<38} {left}[{h.match}]{h.right}")


@click.command("coverage")
@click.option("--min-count", default=3, show_default=True, help="Phrases seen fewer times are left out.")
@click.option("--json", "as_json", is_flag=True, help="Print the candidates as JSON.")
@termbase_option
@seeds_option
def coverage_command(min_count: int, as_json: bool, termbase: str | None, seeds: str | None) -> None:
    """List frequent phrases, names and acronyms in seeds/ that no concept covers yet."""
    from glossary.termbase.coverage import uncovered

    candidates = uncovered(load(termbase), open_seeds(termbase, seeds), min_count)
    if as_json:
        echo_json([c.to_dict() for c in candidates])
        return
    for c in candidates:
        click.echo(f"{c.count:>4}  {c.kind:<8} {c.text:<40} {c.first}")
    click.echo(f"{len(candidates)} uncovered candidate(s)", err=True)
