"""What the commands share: options, the termbase and index in use, reading input and writing
output.
"""
from __future__ import annotations

import os
import sys
from typing import IO, TYPE_CHECKING, Any

import click

from glossary.termbase.paths import TERMBASE_ENV, default_termbase
from glossary.vocab import LANGUAGES

if TYPE_CHECKING:
    from glossary.forms.index import FormsIndex
    from glossary.model import Termbase
    from glossary.termbase.seeds import Seeds

LANG_CHOICE = click.Choice(LANGUAGES)


class UsageFailure(click.ClickException):
    """An input error: printed as ``error: ...`` with exit code 2."""

    exit_code = 2

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


termbase_option = click.option(
    "--termbase",
    type=click.Path(),
    default=None,
    envvar=TERMBASE_ENV,
    help="Folder of concept files to use instead of the shipped termbase.",
)
seeds_option = click.option(
    "--seeds",
    type=click.Path(file_okay=False, exists=True),
    help="Folder of source documents (default: the checkout's or installed seeds/).",
)
output_option = click.option(
    "-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
    help="Write to this file (atomically) instead of standard output.",
)


def open_index(termbase: str | None) -> FormsIndex:
    """The forms index of the termbase in use, built into the cache when missing or stale."""
    from glossary.forms.index import FormsIndex

    path = termbase or default_termbase()
    if not os.path.exists(path):
        raise UsageFailure(f"{path}: no such file or folder")
    from glossary.cli.progress import Progress

    bar = Progress("building the forms index")
    try:
        return FormsIndex.open(path, notice=notice, progress=bar)
    finally:
        bar.close()


def notice(message: str) -> None:
    """A one-line note on standard error (a damaged cache rebuilt)."""
    click.echo(f"note: {message}", err=True)


def load(termbase: str | None) -> Termbase:
    """The termbase in use, read from its concept files."""
    from glossary.termbase.files import load_termbase

    return load_termbase(termbase or default_termbase())


def open_seeds(termbase: str | None, seeds: str | None) -> Seeds:
    """The source documents: ``--seeds``, or the ones found beside the termbase or installed."""
    from glossary.termbase.paths import find_seeds
    from glossary.termbase.seeds import Seeds

    found = seeds or find_seeds(termbase or default_termbase())
    if found is None:
        raise UsageFailure("no seeds/ folder found; give --seeds DIR")
    return Seeds(found)


def echo_json(payload: object) -> None:
    """Print ``payload`` as indented UTF-8 JSON."""
    import json

    click.echo(json.dumps(payload, ensure_ascii=False, indent=2))


MILLION = 1_000_000
# Characters a command reads at once (memory stays under 1 GB); more is refused, never half-read.
READ_LIMIT = 10 * MILLION
ALIGN_LIMIT = 3 * MILLION  # for aligning (align, check), which takes about 15 s a million


def read_document(path: str, limit: int = READ_LIMIT) -> str:
    """The text of FILE, or of standard input for "-"; a clear error for anything else, and for a
    text longer than ``limit`` characters (memory stays bounded: no more is ever read)."""
    what = "-: standard input" if path == "-" else path
    try:
        if path == "-":
            with click.open_file("-", encoding="utf-8") as handle:
                text = str(handle.read(limit + 1))
        else:
            with open(path, encoding="utf-8") as handle:
                text = handle.read(limit + 1)
    except UnicodeDecodeError as exc:
        problem = f"{what} is not" if path == "-" else f"{path}: not"
        raise UsageFailure(f"{problem} UTF-8 text (byte {exc.start})") from exc
    except (OSError, ValueError) as exc:
        if path == "-":
            raise UsageFailure(f"-: standard input cannot be read ({exc})") from exc
        raise UsageFailure(f"{path}: {getattr(exc, 'strerror', None) or exc}") from exc
    if len(text) > limit:
        raise UsageFailure(f"{what}: longer than {limit // MILLION} million characters, more than "
                           "this command takes at once; split it (by document or chapter) and run "
                           "it on each part")
    return text


def emit(data: bytes, output: str | None) -> None:
    """``data`` to the file ``output`` (atomically), or to standard output when it is None or "-".
    """
    if output is None or output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from glossary.atomic import write_bytes

    write_bytes(output, data)
