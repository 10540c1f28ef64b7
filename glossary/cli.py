"""The ``glossary`` command: a thin click shell over the library.

Exit codes: 0 found or clean, 1 not found or problems found, 2 usage or input error.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from glossary import __version__
from glossary.errors import GlossaryError
from glossary.model import LANGUAGES
from glossary.paths import TERMBASE_ENV, default_termbase, find_seeds

LANG_CHOICE = click.Choice(LANGUAGES)


class UsageFailure(click.ClickException):
    """An input error: printed as ``error: ...`` with exit code 2."""

    exit_code = 2

    def show(self, file=None) -> None:  # type: ignore[override]
        click.echo(f"error: {self.format_message()}", err=True)


def termbase_option(func):
    """``--termbase PATH`` (or $GLOSSARY_TERMBASE): another folder of concept files."""
    return click.option(
        "--termbase",
        type=click.Path(path_type=Path),
        default=None,
        envvar=TERMBASE_ENV,
        help="Folder of concept files to use instead of the shipped termbase.",
    )(func)


def _load(termbase: Path | None):
    from glossary.termfile import load_termbase

    try:
        return load_termbase(termbase or default_termbase())
    except GlossaryError as exc:
        raise UsageFailure(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="glossary")
def cli() -> None:
    """An aligned English-Kazakh-Russian glossary of Russian soft power and the post-Soviet space."""


@cli.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--lang", "langs", type=LANG_CHOICE, multiple=True, help="Only match terms of this language (repeatable).")
@click.option("--to", "to", type=LANG_CHOICE, multiple=True, help="Only show this language's terms (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: {\"query\": ..., \"matches\": [...]}.")
@termbase_option
def lookup(query: tuple[str, ...], langs: tuple[str, ...], to: tuple[str, ...], as_json: bool, termbase: Path | None) -> None:
    """Find the concepts that QUERY names, in English, Kazakh or Russian.

    \b
    Examples:
      glossary lookup "мягкая сила"
      glossary lookup --to en nomenklatura
      glossary lookup --json "Central Asia"
    """
    from glossary.jsonfmt import concept_to_dict
    from glossary.lookup import Index
    from glossary.render import concept_text

    text = " ".join(query)
    index = Index(_load(termbase))
    matches = index.lookup(text, langs or None)
    shown = to or LANGUAGES
    if as_json:
        payload = {
            "query": text,
            "matches": [{**concept_to_dict(m.concept, shown), "match": m.explain()} for m in matches],
        }
        if not matches:
            payload["suggestions"] = index.suggest(text)
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for i, m in enumerate(matches):
            if i:
                click.echo()
            how = f'{m.how} match on {m.lang} "{m.term.text}"'
            click.echo(concept_text(m.concept, shown, how))
        if not matches:
            click.echo(f"No concept found for {text!r}.", err=True)
            suggestions = index.suggest(text)
            if suggestions:
                click.echo("Did you mean: " + ", ".join(suggestions) + "?", err=True)
    sys.exit(0 if matches else 1)


@cli.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--seeds", type=click.Path(path_type=Path, file_okay=False), help="Folder the attestations point into (default: the checkout's or installed seeds/).")
def validate(path: Path | None, seeds: Path | None) -> None:
    """Check the concept files in PATH (default: the termbase in use).

    Prints every problem as path:line: field: message, then exits 1; exits 0
    when the termbase is clean.
    """
    from glossary.validate import validate as run

    path = path or default_termbase()
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


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True, help="Exchange format.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write to this file (atomically) instead of standard output.")
@termbase_option
def export(fmt: str, output: Path | None, termbase: Path | None) -> None:
    """Export the whole termbase in an exchange format."""
    import io

    from glossary.atomic import write_text
    from glossary.jsonfmt import write_json

    buffer = io.StringIO()
    write_json(buffer, _load(termbase).concepts())
    if output is None:
        click.echo(buffer.getvalue(), nl=False)
    else:
        write_text(output, buffer.getvalue())


def _seeds(termbase: Path | None, seeds: Path | None):
    from glossary.attest import Seeds

    found = seeds or find_seeds(termbase or default_termbase())
    if found is None:
        raise UsageFailure("no seeds/ folder found; give --seeds DIR")
    return Seeds(found)


seeds_option = click.option(
    "--seeds",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Folder of source documents (default: the checkout's or installed seeds/).",
)


@cli.command()
@click.argument("concept_id")
@click.option("--width", default=40, show_default=True, help="Characters of context on each side.")
@click.option("--limit", default=10, show_default=True, help="Lines shown per term at most.")
@click.option("--json", "as_json", is_flag=True, help="Print the concept and its hits as JSON.")
@termbase_option
@seeds_option
def show(concept_id: str, width: int, limit: int, as_json: bool, termbase: Path | None, seeds: Path | None) -> None:
    """Show concept CONCEPT_ID with keyword-in-context lines from seeds/ for each term.

    \b
    Example:
      glossary show soft-power
    """
    from glossary.concordance import concordance
    from glossary.jsonfmt import concept_to_dict
    from glossary.render import concept_text

    base = _load(termbase)
    if concept_id not in base:
        import difflib

        from glossary.lookup import Index

        close = difflib.get_close_matches(concept_id, list(base), n=1)
        found = Index(base).lookup(concept_id)
        hint = close[0] if close else (found[0].concept.id if found else "")
        more = f"; did you mean {hint}?" if hint else ""
        raise UsageFailure(f"no concept with id {concept_id!r}{more}")
    concept = base[concept_id]
    hits = concordance(concept, _seeds(termbase, seeds), width, limit)
    if as_json:
        payload = {**concept_to_dict(concept), "examples": [h.to_dict() for h in hits]}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    click.echo(concept_text(concept))
    for lang in concept.languages():
        lang_hits = [h for h in hits if h.lang == lang]
        click.echo(f"\n{lang}: {len(lang_hits)} line(s) in seeds/")
        for h in lang_hits:
            left = h.left.rjust(width)
            click.echo(f"  {h.place:<38} {left}[{h.match}]{h.right}")


@cli.command()
@click.option("--min-count", default=3, show_default=True, help="Phrases seen fewer times are left out.")
@click.option("--json", "as_json", is_flag=True, help="Print the candidates as JSON.")
@termbase_option
@seeds_option
def coverage(min_count: int, as_json: bool, termbase: Path | None, seeds: Path | None) -> None:
    """List frequent phrases, names and acronyms in seeds/ that no concept covers yet."""
    from glossary.coverage import uncovered

    candidates = uncovered(_load(termbase), _seeds(termbase, seeds), min_count)
    if as_json:
        click.echo(json.dumps([c.to_dict() for c in candidates], ensure_ascii=False, indent=2))
        return
    for c in candidates:
        click.echo(f"{c.count:>4}  {c.kind:<8} {c.text:<40} {c.first}")
    click.echo(f"{len(candidates)} uncovered candidate(s)", err=True)


def main() -> None:
    """Entry point of the console script and of ``python -m glossary``."""
    cli(prog_name="glossary")
