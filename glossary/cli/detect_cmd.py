"""Commands over documents: detect (the language of each block) and split (one file per language).
"""
from __future__ import annotations

import os

import click

from glossary.cli.options import echo_json, read_document
from glossary.document.blocks import GRANULARITIES


@click.command("detect")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--granularity",
    type=click.Choice(GRANULARITIES),
    default="paragraph",
    show_default=True,
    help="What a block is.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the blocks as JSON.")
def detect_command(file: str, granularity: str, as_json: bool) -> None:
    """Print the language (en, kk, ru or und) of each block of FILE (- for standard input).

    One row per block: line range, language, confidence, first words.

    \b
    Example:
      glossary detect --granularity line seeds/003_6ff2c148979281d9.txt
    """
    from glossary.cli.render import block_row
    from glossary.document.blocks import segment

    blocks = segment(read_document(file), granularity)
    if as_json:
        echo_json([b.to_dict() for b in blocks])
        return
    for block in blocks:
        click.echo(block_row(block))


@click.command("split")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--output", "folder", required=True, type=click.Path(file_okay=False),
              help="Folder to write DIR/<stem>.<lang>.txt into.")
def split_command(file: str, folder: str) -> None:
    """Write each language's paragraphs of FILE to DIR/<stem>.<lang>.txt, in document order.

    \b
    Example:
      glossary split seeds/003_6ff2c148979281d9.txt -o parts/
    """
    from glossary.atomic import write_text
    from glossary.document.blocks import by_language

    stem = "stdin" if file == "-" else os.path.splitext(os.path.basename(file))[0]
    for lang, texts in by_language(read_document(file)).items():
        path = os.path.join(folder, f"{stem}.{lang}.txt")
        write_text(path, "\n\n".join(texts) + "\n")
        click.echo(f"{path}: {len(texts)} paragraph(s)")
