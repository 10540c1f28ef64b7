"""``glossary lookup`` and ``glossary index``: finding concepts by any form of their terms."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from glossary.cli.options import LANG_CHOICE, UsageFailure, echo_json, open_index, termbase_option
from glossary.vocab import LANGUAGES

if TYPE_CHECKING:
    from glossary.forms.index import FormsIndex
    from glossary.forms.match import Match

MAX_QUERY = 200  # characters: the longest term of the termbase has under 100


@click.command("lookup")
@click.argument("query", nargs=-1, required=True)
@click.option(
    "--lang",
    "langs",
    type=LANG_CHOICE,
    multiple=True,
    help="Only match terms of this language (repeatable).",
)
@click.option(
    "--to",
    "to",
    type=LANG_CHOICE,
    multiple=True,
    help="Only show this language's terms (repeatable).",
)
@click.option(
    "--json", "as_json", is_flag=True, help='Print JSON: {"query": ..., "matches": [...]}.'
)
@termbase_option
def lookup_command(
    query: tuple[str, ...],
    langs: tuple[str, ...],
    to: tuple[str, ...],
    as_json: bool,
    termbase: str | None,
) -> None:
    """Find the concepts that QUERY names, in English, Kazakh or Russian.

    \b
    Examples:
      glossary lookup "мягкая сила"
      glossary lookup --to en nomenklatura
      glossary lookup --json "Central Asia"
    """
    text = " ".join(query)
    if not text.strip():
        raise UsageFailure("the query is empty")
    if len(text) > MAX_QUERY:
        raise UsageFailure(f"the query has {len(text)} characters; a term has at most {MAX_QUERY}")
    index = open_index(termbase)
    matches = index.lookup(text, langs or None)
    shown = to or LANGUAGES
    if as_json:
        payload: dict[str, object] = {"query": text, "matches": [m.to_dict(shown) for m in matches]}
        if not matches:
            payload["suggestions"] = index.suggest(text)
        echo_json(payload)
    else:
        _print(index, text, matches, shown)
    sys.exit(0 if matches else 1)


def _print(index: FormsIndex, text: str, matches: list[Match], shown: Sequence[str]) -> None:
    """The matches for people; when there is none, why, and what is close."""
    from glossary.cli.render import record_text

    click.echo("\n\n".join(record_text(m.record, shown, m.describe()) for m in matches),
               nl=bool(matches))
    if not matches:
        empty = not index.statistics()["concepts"]
        why = " (the termbase holds no concepts)" if empty else ""
        click.echo(f"No concept found for {text!r}{why}.", err=True)
        suggestions = index.suggest(text)
        if suggestions:
            click.echo("Did you mean: " + ", ".join(suggestions) + "?", err=True)


@click.command("index")
@click.option("--rebuild", is_flag=True, help="Rebuild even when the cached index is current.")
@termbase_option
def index_command(rebuild: bool, termbase: str | None) -> None:
    """Build the lookup index of the termbase (forms, romanizations) into the cache.

    Lookups build it themselves when it is missing or stale; for a termbase of
    over 1,000 files only a change of the folder is noticed, so run this after
    editing a file of such a termbase in place.

    \b
    Example:
      glossary index --rebuild
    """
    from glossary.cli.options import notice
    from glossary.cli.progress import Progress
    from glossary.forms.index import FormsIndex
    from glossary.termbase.paths import default_termbase

    bar = Progress("building the forms index")
    try:
        stats = FormsIndex.open(termbase or default_termbase(), rebuild=rebuild, memory=False,
                                notice=notice, progress=bar).statistics()
    finally:
        bar.close()
    click.echo(f"{stats['concepts']} concepts, {stats['spellings']} spellings: {stats['file']}")
