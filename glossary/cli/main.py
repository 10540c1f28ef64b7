"""The ``glossary`` command: a thin click shell over the library.

Each command parses its options, calls one library function and prints the
result; library errors become ``error: ...`` with exit code 2. Exit codes:
0 found or clean, 1 not found or problems found, 2 usage or input error.
Modules are imported inside the commands so that a lookup loads only what it uses.
"""
from __future__ import annotations

import click

from glossary import __version__
from glossary.errors import GlossaryError
from glossary.vocab import LANGUAGES
from glossary.termbase.paths import TERMBASE_ENV, default_termbase

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
        type=click.Path(),
        default=None,
        envvar=TERMBASE_ENV,
        help="Folder of concept files to use instead of the shipped termbase.",
    )(func)


seeds_option = click.option(
    "--seeds",
    type=click.Path(file_okay=False, exists=True),
    help="Folder of source documents (default: the checkout's or installed seeds/).",
)


def open_lookup(termbase: str | None):
    """The lookup index of the termbase in use, built into the cache when missing or stale."""
    import os

    from glossary.forms.store import open_index
    from glossary.forms.index import Index

    path = termbase or default_termbase()
    if not os.path.exists(path):
        raise UsageFailure(f"{path}: no such file or folder")
    try:
        return Index(open_index(path))
    except GlossaryError as exc:
        raise UsageFailure(str(exc)) from exc


def load(termbase: str | None):
    """The termbase in use, read from its concept files."""
    from glossary.termbase.files import load_termbase

    try:
        return load_termbase(termbase or default_termbase())
    except GlossaryError as exc:
        raise UsageFailure(str(exc)) from exc


def open_seeds(termbase: str | None, seeds: str | None):
    """The source documents: ``--seeds``, or the ones found beside the termbase or installed."""
    from glossary.termbase.attest import Seeds
    from glossary.termbase.paths import find_seeds

    found = seeds or find_seeds(termbase or default_termbase())
    if found is None:
        raise UsageFailure("no seeds/ folder found; give --seeds DIR")
    return Seeds(found)


def echo_json(payload: object) -> None:
    """Print ``payload`` as indented UTF-8 JSON."""
    import json

    click.echo(json.dumps(payload, ensure_ascii=False, indent=2))


# Command name -> module under glossary.cli that defines it; imported only when run.
COMMANDS = {
    "lookup": "lookup_cmd",
    "index": "lookup_cmd",
    "validate": "termbase_cmd",
    "export": "termbase_cmd",
    "show": "termbase_cmd",
    "coverage": "termbase_cmd",
    "build": "catalogue_cmd",
    "import": "catalogue_cmd",
    "detect": "detect_cmd",
    "split": "detect_cmd",
    "annotate": "annotate_cmd",
    "check": "annotate_cmd",
    "align": "align_cmd",
    "extract": "align_cmd",
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command runs (click's lazy-loading recipe)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        import importlib

        module = importlib.import_module(f"glossary.cli.{COMMANDS[name]}")
        return getattr(module, name.replace("-", "_") + "_command")


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="glossary")
def cli() -> None:
    """An aligned English-Kazakh-Russian glossary of Russian soft power and the post-Soviet space."""


def main() -> None:
    """Entry point of the console script and of ``python -m glossary``."""
    cli(prog_name="glossary")
