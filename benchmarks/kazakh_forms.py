"""How many forms of the apertium-kaz paradigm tables the Kazakh generator makes.

Reads ``../shared/corpora/morph/apertium-kaz-paradigm-{noun,adj}.tsv``
(surface, lemma, tags; GPL: read here, never copied into the repository) and
compares them with ``glossary.language.kazakh.forms(lemma)``: recall over every row,
recall over the rows whose tags the generator models (number, possessive,
case, the -ғы/-гі attributive after the locative, the -дай/-дей similative), and how many generated
forms the table does not list.

    python benchmarks/kazakh_forms.py [--morph DIR]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

from glossary.language.kazakh import forms

MODELLED = {"n", "adj", "pl", "px1sg", "px2sg", "px3sp", "px1pl", "px2pl", "frm",
            "nom", "gen", "dat", "acc", "loc", "abl", "ins", "attr", "sim"}
DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "morph"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--morph", type=Path, default=DEFAULT)
    args = parser.parse_args()
    tables = sorted(args.morph.glob("apertium-kaz-paradigm-*.tsv")) if args.morph.is_dir() else []
    if not tables:
        sys.exit(
            f"{args.morph}: no apertium-kaz paradigm tables here; this benchmark needs ../shared/corpora/morph"
        )
    for table in tables:
        rows = list(csv.DictReader(table.open(encoding="utf-8"), delimiter="\t"))
        by_lemma: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
        for row in rows:
            by_lemma[row["lemma"]].append(
                (row["surface"], set(re.findall(r"<([^>]+)>", row["tags"])))
            )
        for lemma, entries in sorted(by_lemma.items()):
            ours = set(forms(lemma)) | {lemma}
            theirs = {s for s, _ in entries}
            modelled = {s for s, tags in entries if tags <= MODELLED}
            missed = sorted(modelled - ours)
            print(
                f"{table.name}: {lemma}: all rows {len(theirs & ours)}/{len(theirs)} "
                f"({100 * len(theirs & ours) / len(theirs):.1f}%); modelled rows {len(modelled & ours)}/{len(modelled)} "
                f"({100 * len(modelled & ours) / max(len(modelled), 1):.1f}%); generated but not listed {len(ours - theirs)}"
            )
            if missed:
                print("  missed:", ", ".join(missed[:20]))


if __name__ == "__main__":
    main()
