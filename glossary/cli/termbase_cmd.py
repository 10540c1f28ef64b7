"""Commands over the termbase as a whole: validate, export, show, coverage."""
from __future__ import annotations

import sys

import click

from glossary.cli.options import (
    UsageFailure,
    echo_json,
    emit,
    load,
    open_seeds,
    output_option,
    seeds_option,
    termbase_option,
)
from glossary.formats.registry import TARGETS, names
from glossary.termbase.paths import default_termbase


@click.command("validate")
@click.argument("path", required=False, type=click.Path())
@click.option("--seeds", type=click.Path(file_okay=False),
              help="Folder the attestations point into (default: the checkout's or installed).")
@click.option("--format", "fmt", type=click.Choice(["text", "github"]), default="text",
              show_default=True,
              help="github: a workflow annotation per problem, on the pull request's lines.")
def validate_command(path: str | None, seeds: str | None, fmt: str) -> None:
    """Check the concept files in PATH (default: the termbase in use).

    Prints every problem of every file at once as path:line: field: message,
    sorted by file and line, then exits 1; exits 0 when the termbase is clean.

    \b
    Examples:
      glossary validate
      glossary validate glossary/terms/soft-power.toml --format github
    """
    from pathlib import Path

    from glossary.cli.render import github_annotation
    from glossary.termbase.files import skipped_files
    from glossary.termbase.paths import describe, find_seeds
    from glossary.termbase.validate import validate

    folder = Path(path or default_termbase())
    if not folder.exists():
        raise UsageFailure(f"{folder}: no such file or folder")
    if seeds and not Path(seeds).is_dir():
        raise UsageFailure(f"{seeds}: no such folder (--seeds)")
    found = Path(seeds) if seeds else find_seeds(folder)
    click.echo(f"termbase: {describe(str(folder))}; seeds: {found or 'none found'}", err=True)
    termbase, problems = validate(folder, found)
    for skipped in skipped_files(folder):
        click.echo(f"note: {skipped}: not read (a hidden file, or not a regular file)", err=True)
    for problem in problems:
        click.echo(github_annotation(problem) if fmt == "github" else str(problem))
    if found is None:
        click.echo("note: no seeds/ folder found; attestations were not checked (use --seeds DIR)",
                   err=True)
    if problems:
        click.echo(f"{len(problems)} problem(s) in {folder}", err=True)
        sys.exit(1)
    click.echo(f"{len(termbase)} concepts, no problems", err=True)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(names()), default="json", show_default=True,
              help="Exchange format.")
@click.option("--to", "target", type=click.Choice(TARGETS),
              help="Target language: required for tsv and mo; po without it is the template.")
@output_option
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
    po        gettext catalogue of --to kk|ru (the template without --to)
    mo        compiled gettext catalogue of --to kk|ru

    \b
    Examples:
      glossary export --format tbx -o glossary.tbx
      glossary export --format tsv --to kk -o omegat/glossary/glossary.utf8
    """
    import io

    from glossary.formats.registry import by_name

    chosen = by_name(fmt)
    if chosen.target == "required" and target is None:
        raise UsageFailure(f"--format {fmt} needs --to kk or --to ru")
    if chosen.target == "none" and target is not None:
        raise UsageFailure(f"--format {fmt} has no target language; leave out --to")
    buffer = io.BytesIO()
    options = {"target": target} if chosen.target != "none" else {}
    chosen.write(buffer, load(termbase), **options)
    emit(buffer.getvalue(), output)


@click.command("show")
@click.argument("concept_id")
@click.option("--width", default=40, show_default=True, type=click.IntRange(0, 1000),
              help="Characters of context on each side (at most 1,000).")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(0, 10000),
              help="Lines shown per term at most.")
@click.option("--json", "as_json", is_flag=True, help="Print the concept and its hits as JSON.")
@termbase_option
@seeds_option
def show_command(concept_id: str, width: int, limit: int, as_json: bool, termbase: str | None,
                 seeds: str | None) -> None:
    """Show concept CONCEPT_ID with keyword-in-context lines from seeds/ for each term.

    \b
    Example:
      glossary show soft-power
    """
    from glossary.cli.render import concept_text
    from glossary.termbase.concordance import concordance, find

    concept = find(load(termbase), concept_id)
    hits = concordance(concept, open_seeds(termbase, seeds), width, limit)
    if as_json:
        echo_json({**concept.to_dict(), "examples": [h.to_dict() for h in hits]})
        return
    click.echo(concept_text(concept))
    for lang in concept.languages():
        lang_hits = [h for h in hits if h.lang == lang]
        click.echo(f"\n{lang}: {len(lang_hits)} line(s) in seeds/")
        for h in lang_hits:
            click.echo(f"  {h.place:<38} {h.left.rjust(width)}[{h.match}]{h.right}")
        cited = [(t.text, r) for t in concept.terms[lang] for r in t.references]
        if cited:
            click.echo(f"{lang}: {len(cited)} reference(s)")
        for text, ref in cited:
            click.echo(f"  {text}: {ref.cite()}")


@click.command("coverage")
@click.option(
    "--min-count", default=3, show_default=True, help="Phrases seen fewer times are left out."
)
@click.option("--json", "as_json", is_flag=True, help="Print the candidates as JSON.")
@termbase_option
@seeds_option
def coverage_command(
    min_count: int, as_json: bool, termbase: str | None, seeds: str | None
) -> None:
    """List frequent phrases, names and acronyms in seeds/ that no concept covers yet.

    Only the articles' bodies count; what seeds/LEFT_OUT.toml lists (with the reason it is
    left out of the termbase) is not listed.

    \b
    Example:
      glossary coverage --min-count 2
    """
    from glossary.termbase.coverage import LEFT_OUT, left_out, uncovered

    found = open_seeds(termbase, seeds)
    skip = left_out(found)
    candidates = uncovered(load(termbase), found, min_count, skip)
    if as_json:
        echo_json([c.to_dict() for c in candidates])
        return
    for c in candidates:
        click.echo(f"{c.count:>4}  {c.kind:<8} {c.text:<40} {c.first}")
    click.echo(f"{len(candidates)} uncovered candidate(s); {len(skip)} left out on purpose "
               f"(seeds/{LEFT_OUT})", err=True)


@click.command("new")
@click.argument("concept_id", required=False)
@click.option("--en", help="The English preferred term.")
@click.option("--kk", help="The Kazakh preferred term.")
@click.option("--ru", help="The Russian preferred term.")
@click.option("--subject", help="The subject field, e.g. 'international relations'.")
@click.option("--definition", help="One or two neutral sentences.")
@click.option("--note", "notes", multiple=True, metavar="LANG=TEXT",
              help="What a term no seed line attests rests on (repeatable): --note kk='...'.")
@click.option("--dry-run", is_flag=True, help="Print the file; write nothing.")
@termbase_option
@seeds_option
def new_command(concept_id: str | None, en: str | None, kk: str | None, ru: str | None,
                subject: str | None, definition: str | None, notes: tuple[str, ...], dry_run: bool,
                termbase: str | None, seeds: str | None) -> None:
    """Start a concept file CONCEPT_ID in the termbase in use, citing the seed lines that attest
    each term (any inflected form, article bodies only); the rest is proposed with its note.

    On a terminal, what the options leave out is asked for. An existing file is never
    overwritten.

    \b
    Example:
      glossary new hard-power --en "hard power" --kk "қатаң күш" --ru "жесткая сила" \\
        --subject "international relations" --definition "Coercion by military or economic means."
    """
    from glossary.termbase.files import concept_toml
    from glossary.termbase.new import draft, write

    asking = sys.stdin.isatty() and not any((en, kk, ru, subject, definition))
    ask = _asker(asking)
    concept_id = concept_id or ask("Concept id (a slug, e.g. hard-power)", "")
    terms = {"en": en or ask("English term", ""), "kk": kk or ask("Kazakh term", ""),
             "ru": ru or ask("Russian term", "")}
    given = dict(note.split("=", 1) for note in notes if "=" in note)
    found = open_seeds(termbase, seeds)
    for lang, text in terms.items():
        if text and lang not in given and asking and not found.attest(text, lang, 1):
            question = f"No seed line has the {lang} term {text!r}; what does it rest on?"
            given[lang] = ask(question, "")
    concept = draft(concept_id or "", subject or ask("Subject field", ""),
                    definition or ask("Definition", ""), terms, given, found)
    if dry_run:
        click.echo(concept_toml(concept), nl=False)
        return
    click.echo(f"{write(termbase or default_termbase(), concept)}: written; "
               "run glossary validate, then glossary show " + concept.id, err=True)


def _asker(asking: bool):
    """A prompt on a terminal, else a function that returns the default."""
    if asking:
        return lambda text, default: click.prompt(text, default=default, show_default=False)
    return lambda text, default: default
