"""Commands between the termbase and translation tools: build (gettext catalogues) and import."""
from __future__ import annotations

import os
import sys

import click

from glossary.cli.options import UsageFailure, load, termbase_option
from glossary.termbase.paths import default_termbase


@click.command("build")
@click.option("--locales", "folder", type=click.Path(file_okay=False),
              help="Where to write (default: the checkout's locales/).")
@click.option(
    "--check",
    is_flag=True,
    help="Write nothing; exit 1 naming the files that differ from what the termbase gives.",
)
@termbase_option
def build_command(folder: str | None, check: bool, termbase: str | None) -> None:
    """Write the gettext catalogues: glossary.pot, and kk and ru .po and .mo.

    By default into the checkout's locales/, the .mo files also into the
    checkout's glossary/locale/ so that they ship with the package; outside a
    checkout, give --locales DIR.

    \b
    Examples:
      glossary build
      glossary build --check
    """
    from glossary.termbase import catalogues

    files = catalogues.plan(load(termbase), folder)
    stale = catalogues.stale(files)
    if check:
        for path in stale:
            click.echo(f"{os.path.relpath(path)}: stale; run glossary build")
        if stale:
            sys.exit(1)
        click.echo(f"{len(files)} files up to date", err=True)
        return
    catalogues.write(files, stale)
    where = os.path.relpath(os.path.commonpath(list(files)))
    click.echo(f"{len(stale)} of {len(files)} files written under {where}", err=True)


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Show the changes; write nothing.")
@termbase_option
def import_command(file: str, dry_run: bool, termbase: str | None) -> None:
    """Bring translations edited in a translation tool (FILE.po, FILE.tbx, FILE.json or FILE.csv)
    back into the concept files.

    A changed translation updates a proposed term; removing fuzzy in a .po
    marks it reviewed; a term attested in the seeds or already reviewed is
    never overwritten (the clash is reported, and the exit code is 1).

    \b
    Example:
      glossary import --dry-run locales/kk/LC_MESSAGES/glossary.po
    """
    from glossary.formats.registry import by_extension
    from glossary.termbase import edits

    folder = termbase or default_termbase()
    if not os.path.isdir(folder):
        raise UsageFailure(f"{folder}: import needs a folder of concept files")
    from glossary.atomic import locked

    fmt = by_extension(file, reads=("termbase", "translations"))
    with open(file, "rb") as handle:
        incoming = fmt.read(handle)
    with locked(folder):  # a second import waits for none: it is refused, and loses nothing
        changes = edits.changes_from(load(folder), incoming)
        for change in changes:
            click.echo(("would " if dry_run and change.applied else "") + change.describe())
        if not dry_run:
            written = edits.apply(changes, folder, file)
            click.echo(f"{len(written)} concept file(s) changed", err=True)
    if any(not c.applied for c in changes):
        sys.exit(1)
