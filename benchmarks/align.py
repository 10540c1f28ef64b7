"""Sentence alignment on trilingual news in the layouts users have, and how its time grows.

NTREX-128 (kk/ru/en) documents are cut into passages of up to ``--size``
consecutive sentences, each laid out as a user might: ``paragraphs`` (three
plain paragraphs, one per language, no labels), ``labelled`` (each language
a title and an "Abstract:"/"Аңдатпа:"/"Аннотация:" paragraph, the journal
layout), ``lines`` (one sentence a line, the languages one after another, no
blank line anywhere) and ``files`` (one text per language, one sentence a
line); ``long`` lays out whole documents joined into texts of 500 sentences
or more, a paragraph per NTREX document. The languages take every order in
turn. Paragraph layouts give a headline a final stop, as an abstract's
sentences have one. Each case runs through what ``glossary align`` runs:
``align_document`` on one text, ``align_texts`` on one text per language,
with the shipped glossary's concepts as anchors. A gold triple (one NTREX
line in each language) is recovered when a title or sentence link holds
exactly its texts, as its own unit; a refused document recovers nothing. A
second run drops one random sentence of one language per passage (per
document in ``long``), so that 1:0 links are needed; the line's other two
languages are then the gold unit.

``--part dev`` (the default) is the only part tuning may look at; ``--part
test`` is the held-out part (``ntrex.py``: a third of NTREX's documents, and
UD PUD, English and Russian, whole), to be run once, at the end.
``--growth`` times ``glossary check`` on an English and a Russian text of
100 to 10,000 sentences (dev sentences, repeated), and ``align_document`` on
a trilingual text of as many sentences per language.

    python benchmarks/align.py [--part dev|test] [--size 8] [--corpora ../shared/corpora]
    python benchmarks/align.py --growth
"""
from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from collections.abc import Callable, Iterator
from itertools import permutations
from pathlib import Path

from ntrex import DEFAULT, Document, available, documents, pud_documents

LABELS = {"en": "Abstract:", "kk": "Аңдатпа:", "ru": "Аннотация:"}
LONG = 500  # sentences of a long document at least
Shown = dict[str, list[str | None]]  # each line as the layout shows it, None where dropped
Layout = Callable[[Shown, tuple[str, ...]], tuple[list[str], Shown]]


def _stop(line: str) -> str:
    """A line as an abstract's sentence: a headline without a final stop gets one."""
    line = " ".join(line.split())
    return line if re.search(r"[.!?…][»”“\"')]*$", line) else line + "."


def _kept(lines: list[str | None]) -> list[str]:
    return [line for line in lines if line is not None]


def paragraphs(doc: Shown, order: tuple[str, ...]) -> tuple[list[str], Shown]:
    shown = {lang: [None if s is None else _stop(s) for s in doc[lang]] for lang in order}
    return ["\n\n".join(" ".join(_kept(shown[lang])) for lang in order) + "\n"], shown


def labelled(doc: Shown, order: tuple[str, ...]) -> tuple[list[str], Shown]:
    sections, shown = [], {}
    for lang in order:
        kept = [n for n, s in enumerate(doc[lang]) if s is not None]
        shown[lang] = [None if s is None else _stop(s) for s in doc[lang]]
        shown[lang][kept[0]] = " ".join(str(doc[lang][kept[0]]).split())  # the title as it stands
        abstract = " ".join(str(shown[lang][n]) for n in kept[1:])
        sections.append(f"{shown[lang][kept[0]]}\n\n{LABELS[lang]} {abstract}")
    return ["\n\n".join(sections) + "\n"], shown


def lines(doc: Shown, order: tuple[str, ...]) -> tuple[list[str], Shown]:
    shown = {lang: [None if s is None else " ".join(s.split()) for s in doc[lang]] for lang in order}
    return ["\n".join(line for lang in order for line in _kept(shown[lang])) + "\n"], shown


def files(doc: Shown, order: tuple[str, ...]) -> tuple[list[str], Shown]:
    shown = {lang: [None if s is None else " ".join(s.split()) for s in doc[lang]] for lang in order}
    return ["\n".join(_kept(shown[lang])) + "\n" for lang in order], shown


def long(doc: Shown, order: tuple[str, ...]) -> tuple[list[str], Shown]:
    """A paragraph per NTREX document: the documents' lines are told apart by a None marker."""
    shown = {lang: [None if s is None else _stop(s) if s else s for s in doc[lang]]
             for lang in order}
    parts = []
    for lang in order:
        text = " ".join(s if s else "\n\n" for s in _kept(shown[lang]))
        parts.append("\n\n".join(p.strip() for p in text.split("\n\n") if p.strip()))
    return ["\n\n".join(parts) + "\n"], shown


LAYOUTS: dict[str, Layout] = {"paragraphs": paragraphs, "labelled": labelled, "lines": lines,
                              "files": files, "long": long}


def passages(docs: list[Document], size: int) -> list[Document]:
    """Runs of up to ``size`` consecutive sentences of each document."""
    return [{lang: lines[start : start + size] for lang, lines in doc.items()}
            for doc in docs for start in range(0, len(next(iter(doc.values()))), size)]


def joined(docs: list[Document]) -> list[Document]:
    """Whole documents joined in corpus order into documents of ``LONG`` sentences or more, an
    empty line marking where one ends (the last, if short, joins the one before)."""
    out: list[Document] = []
    for doc in docs:
        if not out or len(next(iter(out[-1].values()))) >= LONG:
            out.append({lang: [] for lang in doc})
        for lang, lines in doc.items():
            out[-1][lang] += lines + [""]
    if len(out) > 1 and len(next(iter(out[-1].values()))) < LONG:
        last = out.pop()
        for lang in last:
            out[-1][lang] += last[lang]
    return out


def _dropped(doc: Document, rng: random.Random, drop: bool, first: int) -> Shown:
    """The document, with one sentence of one language (from line ``first`` on) left out."""
    shown: Shown = {lang: list(lines) for lang, lines in doc.items()}
    if drop:
        lang = rng.choice(sorted(shown))
        candidates = [n for n, s in enumerate(shown[lang]) if s and n >= first]
        if len(candidates) > 1:
            shown[lang][rng.choice(candidates)] = None
    return shown


def cases(docs: list[Document], layout: str, drop: bool) -> Iterator[tuple[list[str], Shown]]:
    rng = random.Random(2026)
    orders = list(permutations(sorted(docs[0])))
    for number, doc in enumerate(docs):
        first = 1 if layout == "labelled" else 0  # a title left out would make a sentence a title
        yield LAYOUTS[layout](_dropped(doc, rng, drop, first), orders[number % len(orders)])


def _found(texts: list[str], langs: tuple[str, ...], concepts) -> set[tuple[str, ...]] | None:
    from glossary.document.aligntext import align_texts
    from glossary.document.article import align_document
    from glossary.errors import GlossaryError

    try:
        result = (align_document(texts[0], concepts) if len(texts) == 1
                  else align_texts(texts, concepts=concepts))
    except GlossaryError:
        return None
    return {tuple(" ".join((link.texts.get(lang) or "").split()) for lang in langs)
            for link in result.links if link.kind in ("title", "sentence")}


def run(docs: list[Document], layout: str, drop: bool, concepts) -> tuple[int, int, int, float]:
    """Gold units recovered, gold units, documents refused, seconds."""
    recovered = total = refused = 0
    began = time.perf_counter()
    for texts, shown in cases(docs, layout, drop):
        langs = tuple(sorted(shown))
        found = _found(texts, langs, concepts)
        refused += found is None
        for n in range(len(shown[langs[0]])):
            gold = tuple(shown[lang][n] or "" for lang in langs)
            if any(gold):  # the empty lines that mark a document's end in ``long`` are not units
                total += 1
                recovered += found is not None and gold in found
    return recovered, total, refused, time.perf_counter() - began


def report(name: str, short: list[Document], whole: list[Document], unit: str) -> None:
    from glossary.aids.annotation import Annotator
    from glossary.forms.index import FormsIndex

    concepts = Annotator(FormsIndex.default()).concepts
    print(f"\n{name}: {len(short)} passages, {len(whole)} long documents "
          f"({', '.join(str(len(next(iter(d.values())))) for d in whole)} lines)")
    for layout in LAYOUTS:
        for drop in (False, True):
            docs = whole if layout == "long" else short
            recovered, total, refused, seconds = run(docs, layout, drop, concepts)
            label = f"{layout}, {'one sentence dropped' if drop else 'all kept'}"
            print(f"  {label:<36} {recovered:>5}/{total:<5} {unit} = {100 * recovered / total:5.1f}%"
                  f"  refused {refused}  ({seconds:.1f} s)")


def _texts(n: int, lang: str) -> str:
    base = [line for doc in documents(DEFAULT, "dev") for line in doc[lang]]
    return "\n".join((base * (n // len(base) + 1))[:n]) + "\n"


def growth(sizes: tuple[int, ...]) -> None:
    from glossary import check
    from glossary.document.article import align_document

    print("sentences  check en→ru  align en+kk+ru (one file)  peak RSS")
    for n in sizes:
        en, ru, kk = _texts(n, "en"), _texts(n, "ru"), _texts(n, "kk")
        began = time.perf_counter()
        check(en, ru, source_lang="en", target_lang="ru")
        checked = time.perf_counter() - began
        began = time.perf_counter()
        align_document(en + "\n" + kk + "\n" + ru)
        aligned = time.perf_counter() - began
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"{n:>9,}  {checked:>9.2f} s  {aligned:>22.2f} s  {peak:>6} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT)
    parser.add_argument("--size", type=int, default=8, help="sentences per passage (default 8)")
    parser.add_argument("--part", choices=("dev", "test"), default="dev")
    parser.add_argument("--growth", action="store_true", help="time check and align instead")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 700, 1000, 10000])
    args = parser.parse_args()
    if not available(args.corpora):
        return 2
    if args.growth:
        growth(tuple(args.sizes))
        return 0
    ntrex = documents(args.corpora, args.part)
    held = "held out" if args.part == "test" else "development"
    report(f"NTREX-128 {held} part", passages(ntrex, args.size), joined(ntrex), "triples")
    if args.part == "test":
        pud = pud_documents(args.corpora)
        report("UD PUD, English and Russian (held out)", passages(pud, args.size), joined(pud),
               "pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
