"""``glossary lookup`` and ``glossary index``: finding concepts by any form of their terms."""
from __future__ import annotations

import sys

import click

from glossary.cli.main import LANG_CHOICE, UsageFailure, echo_json, open_lookup, termbase_option
from glossary.errors import GlossaryError
from glossary.vocab import LANGUAGES
from glossary.termbase.paths import default_termbase


@click.command("lookup")
@click.argument("query", nargs=-1, required=True)
@click.option("--lang", "langs", type=LANG_CHOICE, multiple=True, help="Only match terms of this language (repeatable).")
@click.option("--to", "to", type=LANG_CHOICE, multiple=True, help="Only show this language's terms (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: {\"query\": ..., \"matches\": [...]}.")
@termbase_option
def lookup_command(query: tuple[str, ...], langs: tuple[str, ...], to: tuple[str, ...], as_json: bool, termbase: str | None) -> None:
    """Find the concepts that QUERY names, in English, Kazakh or Russian.

    \b
    Examples:
      glossary lookup "мягкая сила"
      glossary lookup --to en nomenklatura
      glossary lookup --json "Central Asia"
    """
    from glossary.formats.json import select_languages
    from glossary.cli.render import record_text

    text = " ".join(query)
    index = open_lookup(termbase)
    matches = index.lookup(text, langs or None)
    shown = to or LANGUAGES
    if as_json:
        payload = {
            "query": text,
            "matches": [{**select_languages(m.record, shown), "match": m.explain()} for m in matches],
        }
        if not matches:
            payload["suggestions"] = index.suggest(text)
        echo_json(payload)
    else:
        for i, m in enumerate(matches):
            if i:
                click.echo()
            click.echo(record_text(m.record, shown, m.describe()))
        if not matches:
            click.echo(f"No concept found for {text!r}.", err=True)
            suggestions = index.suggest(text)
            if suggestions:
                click.echo("Did you mean: " + ", ".join(suggestions) + "?", err=True)
    sys.exit(0 if matches else 1)


@click.command("index")
@click.option("--rebuild", is_flag=True, help="Rebuild even when the cached index is current.")
@termbase_option
def index_command(rebuild: bool, termbase: str | None) -> None:
    """Build the lookup index of the termbase (forms, romanizations) into the cache.

    Lookups build it themselves when it is missing or stale; for a termbase of
    over 1,000 files only a change of the folder is noticed, so run this after
    editing a file of such a termbase in place.
    """
    from glossary.forms.store import open_index

    path = termbase or default_termbase()
    try:
        db = open_index(path, rebuild=rebuild)
    except GlossaryError as exc:
        raise UsageFailure(str(exc)) from exc
    (keys,) = db.execute("SELECT count(*) FROM spellings").fetchone()
    (concepts,) = db.execute("SELECT count(*) FROM concepts").fetchone()
    (file,) = [row[2] for row in db.execute("PRAGMA database_list")]
    click.echo(f"{concepts} concepts, {keys} spellings: {file}")
