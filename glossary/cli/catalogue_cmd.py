"""Commands between the termbase and translation tools: build (gettext catalogues) and import."""
from __future__ import annotations

import os
import sys

import click

from glossary.cli.main import UsageFailure, load, termbase_option
from glossary.termbase.paths import PACKAGE, default_termbase


def checkout_locales() -> str:
    """The checkout's ``locales/`` (beside the package), else ``./locales``."""
    beside = os.path.join(os.path.dirname(PACKAGE), "locales")
    return beside if os.path.isdir(beside) else os.path.join(os.getcwd(), "locales")


@click.command("build")
@click.option("--locales", "folder", type=click.Path(file_okay=False), help="Where to write (default: the checkout's locales/).")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 naming the files that differ from what the termbase gives.")
@termbase_option
def build_command(folder: str | None, check: bool, termbase: str | None) -> None:
    """Write the gettext catalogues: glossary.pot, and kk and ru .po and .mo.

    The .mo files are also copied into the package (glossary/locale/) when
    the checkout's locales/ is written, so that they ship with it.
    """
    from glossary.atomic import write_bytes
    from glossary.formats.po import outputs

    folder = folder or checkout_locales()
    files = {os.path.join(folder, name): data for name, data in outputs(load(termbase)).items()}
    if os.path.abspath(folder) == os.path.abspath(checkout_locales()) and os.path.isdir(os.path.join(PACKAGE, "terms")):
        for name, data in list(files.items()):
            if name.endswith(".mo"):
                files[os.path.join(PACKAGE, "locale", os.path.relpath(name, folder))] = data
    stale = [path for path, data in sorted(files.items()) if not _same(path, data)]
    if check:
        for path in stale:
            click.echo(f"{os.path.relpath(path)}: stale; run glossary build")
        if stale:
            sys.exit(1)
        click.echo(f"{len(files)} files up to date", err=True)
        return
    for path in stale:
        write_bytes(path, files[path])
    click.echo(f"{len(stale)} of {len(files)} files written under {os.path.relpath(folder)}", err=True)


def _same(path: str, data: bytes) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read() == data
    except OSError:
        return False


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Show the changes; write nothing.")
@termbase_option
def import_command(file: str, dry_run: bool, termbase: str | None) -> None:
    """Bring translations edited in a translation tool (FILE.po or FILE.tbx) back into the concept files.

    A changed translation updates a proposed term; removing fuzzy in a .po
    marks it reviewed; a term attested in the seeds or already reviewed is
    never overwritten (the clash is reported, and the exit code is 1).
    """
    from glossary.termbase import edits as importer
    from glossary.errors import GlossaryError

    folder = termbase or default_termbase()
    if not os.path.isdir(folder):
        raise UsageFailure(f"{folder}: import needs a folder of concept files")
    tb = load(folder)
    try:
        if file.endswith((".po", ".pot")):
            changes = importer.changes_from_po(tb, file)
        elif file.endswith(".tbx"):
            changes = importer.changes_from_tbx(tb, file)
        else:
            raise UsageFailure(f"{file}: expected a .po or .tbx file")
        for change in changes:
            click.echo(("would " if dry_run and change.applied else "") + change.describe())
        if not dry_run:
            written = importer.apply(changes, folder)
            click.echo(f"{len(written)} concept file(s) changed", err=True)
    except GlossaryError as exc:
        raise UsageFailure(str(exc)) from exc
    if any(not c.applied for c in changes):
        sys.exit(1)
