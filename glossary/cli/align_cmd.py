"""``glossary align`` and ``glossary extract``: parallel text in a trilingual article, and the concepts it suggests."""
from __future__ import annotations

import os

import click

from glossary.cli.main import UsageFailure, open_lookup, termbase_option
from glossary.cli.detect_cmd import read_document
from glossary.vocab import LANGUAGES

FORMATS = ("json", "tmx", "text")


def _text_report(result) -> str:
    lines = []
    for block in result.blocks():
        lines.append(f"{block['start_line']:>5}-{block['end_line']:<5} {block['lang']}  {block['kind']:<11} {' '.join(str(block['text']).split())[:60]}")
    lines.append("")
    for number, link in enumerate(result.links, 1):
        lines.append(f"{number}. {link.kind}")
        for lang in LANGUAGES:
            span = link.lines.get(lang)
            where = f"{span[0]}" if span and span[0] == span[1] else (f"{span[0]}-{span[1]}" if span else "-")
            lines.append(f"   {lang} [{where}] {link.texts.get(lang) or '(no counterpart)'}")
    for lang, keyword in result.leftovers:
        lines.append(f"left over: {lang} keyword {keyword!r}")
    return "\n".join(lines) + "\n"


@click.command("align")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of standard output.")
@termbase_option
def align_command(file: str, fmt: str, output: str | None, termbase: str | None) -> None:
    """Align the titles, keywords and abstracts of a trilingual article (FILE, or - for standard input).

    Finds each language's front matter (labelled or not, in any order),
    aligns the keyword lists item by item and the abstracts sentence by
    sentence (1:1, 1:2, 2:1, 1:0 ...), using the glossary's terms as anchors.

    \b
    Examples:
      glossary align seeds/003_6ff2c148979281d9.txt
      glossary align seeds/003_6ff2c148979281d9.txt --format tmx -o 003.tmx
    """
    import json

    from glossary.document.article import align_document

    text = read_document(file)
    result = align_document(text, open_lookup(termbase))
    if len(result.front) < 2:
        raise UsageFailure(f"{file}: found front matter in {len(result.front)} language(s); align needs two or three")
    if fmt == "json":
        payload = {"blocks": result.blocks(), "alignments": [link.to_dict() for link in result.links],
                   "leftovers": [{"lang": lang, "keyword": kw} for lang, kw in result.leftovers]}
        data = (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    elif fmt == "tmx":
        from glossary.formats import tmx

        data = tmx.write(result.links, os.path.basename(file) if file != "-" else "")
    else:
        data = _text_report(result).encode("utf-8")
    if output:
        from glossary.atomic import write_bytes

        write_bytes(output, data)
        click.echo(f"{output}: {len(result.links)} alignment(s)", err=True)
    else:
        click.echo(data.decode("utf-8"), nl=False)


@click.command("extract")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print the candidates as JSON.")
@click.option("--write", is_flag=True, help="Create a concept file (all terms proposed) for each new candidate.")
@termbase_option
def extract_command(file: str, as_json: bool, write: bool, termbase: str | None) -> None:
    """Propose concepts from a trilingual article (FILE, or - for standard input).

    Candidates are the aligned keywords, quoted terms «…» and acronyms of the
    front matter, each in its dictionary form with the lines it stands on;
    known concepts are reported as known. With --write, each new candidate in
    two or more languages becomes a concept file in the termbase, every term
    proposed for review; an existing file is never overwritten (the clash is
    reported instead).

    \b
    Example:
      glossary extract seeds/003_6ff2c148979281d9.txt
    """
    from glossary.aids.extract import extract, proposed_concept
    from glossary.termbase.paths import default_termbase

    text = read_document(file)
    candidates = extract(text, open_lookup(termbase))
    if not candidates:
        raise UsageFailure(f"{file}: no aligned front matter to extract from")
    name = os.path.basename(file) if file != "-" else "stdin"
    source = f"seeds/{name}" if file != "-" and os.path.basename(os.path.dirname(os.path.abspath(file))) == "seeds" else name
    if as_json:
        import json

        click.echo(json.dumps([c.to_dict() for c in candidates], ensure_ascii=False, indent=2))
    else:
        for c in candidates:
            terms = " | ".join(f"{lang} {c.terms[lang]}" for lang in LANGUAGES if lang in c.terms)
            status = f"known {c.known}" if c.known else "new (proposed)"
            click.echo(f"{status}: {terms}  [{c.why}]")
            for lang in LANGUAGES:
                if lang in c.terms:
                    lines = ", ".join(map(str, c.evidence.get(lang, ()))) or "-"
                    extra = f"  ({c.analogy[lang]})" if lang in c.analogy else ""
                    click.echo(f"    {lang} lines {lines}{extra}")
    if not write:
        return
    from glossary.atomic import write_text
    from glossary.termbase.write import concept_toml

    folder = termbase or default_termbase()
    clashes = 0
    for c in candidates:
        if c.known or len(c.terms) < 2:
            continue
        concept = proposed_concept(c, source)
        path = os.path.join(folder, f"{concept.id}.toml")
        if os.path.exists(path):
            clashes += 1
            click.echo(f"{path}: exists; not overwritten (candidate {' | '.join(c.terms.values())})", err=True)
            continue
        write_text(path, concept_toml(concept, f"Proposed by glossary extract from {source}: review before use."))
        click.echo(f"{path}: written (proposed)", err=True)
    if clashes:
        raise SystemExit(1)
