"""Commands over documents: detect (the language of each block) and split (one file per language)."""
from __future__ import annotations

import os

import click

from glossary.cli.main import UsageFailure, echo_json
from glossary.document.blocks import GRANULARITIES


def read_document(path: str) -> str:
    """The text of FILE, or of standard input for "-"; a clear error for anything else."""
    if path == "-":
        with click.open_file("-", encoding="utf-8") as handle:
            return handle.read()
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except UnicodeDecodeError as exc:
        raise UsageFailure(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise UsageFailure(f"{path}: {exc.strerror}") from exc


@click.command("detect")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--granularity", type=click.Choice(GRANULARITIES), default="paragraph", show_default=True, help="What a block is.")
@click.option("--json", "as_json", is_flag=True, help="Print the blocks as JSON.")
def detect_command(file: str, granularity: str, as_json: bool) -> None:
    """Print the language (en, kk, ru or und) of each block of FILE (- for standard input).

    One row per block: line range, language, confidence, first words.
    """
    from glossary.document.blocks import segment

    blocks = segment(read_document(file), granularity)
    if as_json:
        echo_json([{"start_line": b.start, "end_line": b.end, "lang": b.lang, "confidence": b.confidence,
                    "probabilities": b.probabilities, "text": b.text} for b in blocks])
        return
    for b in blocks:
        lines = f"{b.start}" if b.start == b.end else f"{b.start}-{b.end}"
        words = " ".join(b.text.split()[:8])
        click.echo(f"{lines:>9}  {b.lang:<3}  {b.confidence:.2f}  {words[:70]}")


@click.command("split")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--output", "folder", required=True, type=click.Path(file_okay=False), help="Folder to write DIR/<stem>.<lang>.txt into.")
def split_command(file: str, folder: str) -> None:
    """Write each language's paragraphs of FILE to DIR/<stem>.<lang>.txt, in document order."""
    from glossary.atomic import write_text
    from glossary.document.blocks import segment

    stem = "stdin" if file == "-" else os.path.splitext(os.path.basename(file))[0]
    by_lang: dict[str, list[str]] = {}
    for block in segment(read_document(file), "paragraph"):
        if block.lang != "und":
            by_lang.setdefault(block.lang, []).append(block.text)
    for lang, texts in sorted(by_lang.items()):
        path = os.path.join(folder, f"{stem}.{lang}.txt")
        write_text(path, "\n\n".join(texts) + "\n")
        click.echo(f"{path}: {len(texts)} paragraph(s)")
