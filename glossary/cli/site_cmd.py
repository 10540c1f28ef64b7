"""``glossary site``: the web glossary, a static site that searches like ``glossary lookup``."""
from __future__ import annotations

import click

from glossary.cli.options import UsageFailure, seeds_option, termbase_option


@click.command("site")
@click.option("-o", "--output", "folder", required=True, type=click.Path(file_okay=False),
              help="Folder to write the site into (new, empty, or a site built before).")
@click.option("--no-seeds", is_flag=True, help="Leave out the quotations from seeds/.")
@termbase_option
@seeds_option
def site_command(folder: str, no_seeds: bool, termbase: str | None, seeds: str | None) -> None:
    """Write the web glossary of the termbase into a folder: a static site to open from disk
    (file://) or publish as it is.

    DIR/index.html searches as you type, as glossary lookup does (inflected forms,
    romanizations, abbreviations with endings), and lists the concepts by subject field and
    by first letter; DIR/concepts/ID.html shows a concept's terms with their type, status and
    reliability, the seed lines that attest them and the references that cite them. The same
    termbase always gives the same files.

    \b
    Example:
      glossary site -o public && open public/index.html
    """
    import os

    from glossary.site.build import build_site
    from glossary.termbase.paths import default_termbase, find_seeds

    path = termbase or default_termbase()
    if not os.path.exists(path):
        raise UsageFailure(f"{path}: no such file or folder")
    found = None if no_seeds else (seeds or find_seeds(path))
    if found is None and not no_seeds:
        click.echo("note: no seeds/ folder found; the pages quote no seed lines (use --seeds DIR)",
                   err=True)
    from glossary.cli.progress import Progress

    bar = Progress("building the site")
    try:
        summary = build_site(path, folder, found, bar)
    finally:
        bar.close()
    click.echo(f"{summary.concepts} concepts, {summary.files} files, "
               f"{summary.size / 1e6:.1f} MB: {os.path.join(summary.folder, 'index.html')}",
               err=True)
