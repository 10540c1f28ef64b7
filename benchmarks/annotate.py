"""What ``annotate`` finds and how many ``check`` findings are real, on held-out parallel news
(NTREX-128).

Counts the glossary terms ``glossary.annotate`` marks in each language of
the 123 NTREX documents, then runs ``glossary.check`` on every document in
each direction among en, kk and ru and prints every finding with its
sentences, so that a sample can be judged by hand (the verdicts are written
in benchmarks/README.md). NTREX is not in the repository.

    python benchmarks/annotate.py [--corpora ../shared/corpora] [--sample 30]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

from ntrex import DEFAULT, LANGS, available, documents


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT)
    parser.add_argument(
        "--sample", type=int, default=30, help="findings to print for judging by hand"
    )
    args = parser.parse_args()
    if not available(args.corpora):
        return 2
    from glossary.aids.annotation import annotate
    from glossary.aids.checking import check
    from glossary.forms.index import FormsIndex

    index = FormsIndex.default()
    docs = [
        {lang: "\n".join(doc[lang]) + "\n" for lang in LANGS} for doc in documents(args.corpora)
    ]
    began = time.perf_counter()
    spans = {lang: Counter() for lang in LANGS}
    for doc in docs:
        for lang in LANGS:
            for span in annotate(doc[lang], index).spans:
                spans[lang][span.concept] += 1
    seconds = time.perf_counter() - began
    print(f"annotate: {len(docs)} documents x 3 languages in {seconds:.1f} s")
    for lang in LANGS:
        top = ", ".join(f"{c} {n}" for c, n in spans[lang].most_common(8))
        print(f"  {lang}: {sum(spans[lang].values())} terms of {len(spans[lang])} concepts ({top})")
    findings = []
    for doc in docs:
        for source in LANGS:
            for target in LANGS:
                if source != target:
                    report = check(doc[source], doc[target], index, source, target)
                    findings += [(source, target, doc, f) for f in report.findings]
    kinds = Counter((s, t, f.kind) for s, t, _, f in findings)
    print(
        f"check: {len(findings)} findings over {len(docs) * 6} document pairs: "
        + ", ".join(f"{s}→{t} {k} {n}" for (s, t, k), n in sorted(kinds.items()))
    )
    rng = random.Random(2026)
    for source, target, doc, f in rng.sample(findings, min(args.sample, len(findings))):
        src_line = doc[source].splitlines()[f.source_line - 1] if f.source_line else ""
        tgt_line = doc[target].splitlines()[f.target_line - 1] if f.target_line else ""
        print(
            f"\n[{source}→{target}] {f.kind} {f.concept}: {f.text!r}, expected {' / '.join(f.expected)}"
        )
        print(f"  {source}: {src_line[:220]}")
        print(f"  {target}: {tgt_line[:220]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
