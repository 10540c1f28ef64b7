"""The ``glossary`` command: a thin click shell over the library.

Each command parses its options, calls the library and prints the result.
One place, ``Group.invoke``, turns the library's errors (``GlossaryError``)
and the system's (``OSError``) into ``error: ...`` with exit code 2. Exit
codes: 0 found or clean, 1 not found or problems found, 2 usage or input
error. Commands are found by ``"module:object"`` and imported only when run,
so that a lookup loads only what it uses.
"""
from __future__ import annotations

import errno
import importlib
import io
import sys

import click

from glossary import __version__
from glossary.cli.options import UsageFailure
from glossary.errors import GlossaryError

# Command name -> "module:object" under glossary.cli; grep finds each command here.
COMMANDS = {
    "lookup": "lookup_cmd:lookup_command",
    "index": "lookup_cmd:index_command",
    "validate": "termbase_cmd:validate_command",
    "export": "termbase_cmd:export_command",
    "show": "termbase_cmd:show_command",
    "coverage": "termbase_cmd:coverage_command",
    "new": "termbase_cmd:new_command",
    "build": "catalogue_cmd:build_command",
    "import": "catalogue_cmd:import_command",
    "detect": "detect_cmd:detect_command",
    "split": "detect_cmd:split_command",
    "annotate": "annotate_cmd:annotate_command",
    "check": "annotate_cmd:check_command",
    "align": "align_cmd:align_command",
    "extract": "align_cmd:extract_command",
    "site": "site_cmd:site_command",
}


def as_usage_failure(exc: Exception) -> UsageFailure:
    """The one-line ``error: ...`` of a library or system error."""
    if isinstance(exc, OSError) and not isinstance(exc, GlossaryError):
        where = f"{exc.filename}: " if exc.filename else ""
        return UsageFailure(f"{where}{exc.strerror or exc}")
    return UsageFailure(str(exc))


class Group(click.Group):
    """A group that imports a command only when it runs (click's lazy-loading recipe) and reports
    library and system errors in one line, exit code 2."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, _, obj = COMMANDS[name].partition(":")
        command = getattr(importlib.import_module(f"glossary.cli.{module}"), obj)
        assert isinstance(command, click.Command)
        return command

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """The command named first in ``args``; a mistyped name gets a "did you mean"."""
        name = args[0] if args else ""
        if name and not name.startswith("-") and name not in COMMANDS:
            import difflib

            close = difflib.get_close_matches(name, list(COMMANDS), n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            ctx.fail(f"No such command {name!r}.{hint}")
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each command with its whole first sentence, not one cut at 45 characters."""
        rows = [(name, command.get_short_help_str(limit=300))
                for name in self.list_commands(ctx) if (command := self.get_command(ctx, name))]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Remember whether the command prints JSON (a program reads it: no progress bars)."""
        ctx.meta["glossary.json"] = "--json" in args
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise  # a reader that stopped early (| head): click's own handling
            raise as_usage_failure(exc) from exc
        except GlossaryError as exc:
            if getattr(exc, "errno", None) == errno.EPIPE:  # -o /dev/stdout | head
                raise BrokenPipeError(errno.EPIPE, str(exc)) from exc
            raise as_usage_failure(exc) from exc


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="glossary")
@click.option("--quiet", "-q", is_flag=True,
              help="No progress bars (they show on a terminal only).")
@click.pass_context
def cli(ctx: click.Context, quiet: bool) -> None:
    """An aligned English-Kazakh-Russian glossary of Russian soft power and the post-Soviet space.
    """
    from glossary.cli import progress

    progress.quiet(quiet or bool(ctx.meta.get("glossary.json")))


def main() -> None:
    """Entry point of the console script and of ``python -m glossary``."""
    for stream in (sys.stdout, sys.stderr):  # a latin-1 or C-locale terminal: escape, never crash
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    args = []
    for arg in sys.argv[1:]:  # bytes the locale could not decode come as lone surrogates
        try:
            args.append(arg.encode("utf-8", "surrogateescape").decode("utf-8"))
        except UnicodeError:
            click.echo(f"error: argument {arg!r} is not UTF-8 text", err=True)
            sys.exit(2)
    cli(args, prog_name="glossary")
