"""How far ``glossary check`` can be trusted: findings on correct translations, judged by hand, and
injected terminology errors, on parallel news it was not tuned on (NTREX-128, split by document).

For each NTREX document of the part and each of the six directions among en, kk and ru, the two
texts are aligned and checked as ``glossary check SOURCE TARGET`` does. Then:

* **Findings on correct translations.** Every finding of severity warning or error is written to
  ``--findings`` (TSV, with both segments) for judging by hand; ``--judged`` reads the verdicts
  back (a column ``verdict``: real, harmless, false, or not-parallel where the aligned target does
  not translate the source at all) and prints the share that are real.
* **Injected errors.** In a target segment whose term matches a term of the aligned source
  segment (each concept once on each side), the term is replaced by the preferred term of another
  concept of the same subject field that the nearby source does not name (a plausible wrong term:
  China for Russia, hard power for soft power). The text is checked again; the error counts as
  reported when a new finding of severity warning or error names the replaced concept, or a new
  substitution shows the wrong term itself (as another concept's: the segment names two states),
  or a new ``unsourced`` warning does (a state the whole source names nowhere).
* **Exact match**, what Xbench-style tools do, on the same aligned segments: a source term found
  as written (case aside, whole words) needs one of the concept's target terms as written.

* **Deleted terms** (``--deleted``): the same places, the term removed instead; reported when a
  new warning or error names the concept. What the information-level kinds cost: an omission
  they wrongly call harmless.

The held-out part is run once, at the end; development looks at ``--part dev`` only. ``--part
pud`` checks UD PUD (news and Wikipedia, English and Russian only: en→ru and ru→en), a second
held-out set, run blind once on 2026-12-01 and looked at since (benchmarks/README.md). ``--part
items --items DIR`` checks a directory of items, each two or three files ``N.en.txt``,
``N.kk.txt``, ``N.ru.txt`` that translate one another (the third held-out set: official news
relayed in several languages).

    python benchmarks/check.py [--part dev|test|pud|items] [--items DIR] [--per-direction 70]
                               [--findings FILE]
                               [--judged FILE] [--deleted]
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from ntrex import DEFAULT, LANGS, available, by_document, held_out, pud_by_document

DIRECTIONS = [(s, t) for s in LANGS for t in LANGS if s != t]
SEVERE = ("error", "warning")
COLUMNS = ["doc", "direction", "kind", "severity", "concept", "text", "source_line", "expected",
           "source", "target", "verdict", "why"]


def parts(corpora: Path, part: str, items: Path | None = None, half: str = "all"
          ) -> list[tuple[str, dict[str, str]]]:
    """(document id, text per language) of one part, in corpus order."""
    if part == "items" and items is not None:
        return items_by_document(items, half)
    if part == "pud":
        return [(doc, {lang: "\n".join(lines[lang]) + "\n" for lang in ("en", "ru")})
                for doc, lines in pud_by_document(corpora).items()]
    return [(doc, {lang: "\n".join(lines[lang]) + "\n" for lang in LANGS})
            for doc, lines in by_document(corpora).items() if held_out(doc) == (part == "test")]


def items_by_document(root: Path, half: str = "all") -> list[tuple[str, dict[str, str]]]:
    """Items of a directory tree, ``N.en.txt``, ``N.kk.txt``, ``N.ru.txt`` (two or three of them
    per item): each item a document, each file one language's text; ``half`` "dev" or "test"
    keeps one of two halves fixed by a hash of the item's name, chosen before any was read."""
    found: dict[str, dict[str, str]] = {}
    for path in sorted(root.rglob("*.txt")):
        stem, _, lang = path.stem.rpartition(".")
        if lang in LANGS and stem:
            doc = f"{path.parent.relative_to(root).as_posix()}/{stem}".lstrip("./")
            found.setdefault(doc, {})[lang] = path.read_text(encoding="utf-8")
    return [(doc, texts) for doc, texts in sorted(found.items())
            if len(texts) >= 2 and half in ("all", item_half(doc))]


def item_half(doc: str) -> str:
    """"test" for about half the items (held out), "dev" for the others."""
    import hashlib

    return ("dev", "test")[int(hashlib.sha256(doc.encode()).hexdigest(), 16) % 2]


class Exact:
    """The exact-match check: each concept's terms as written, case aside, as whole words."""

    def __init__(self, index: Any) -> None:
        rows = index.db.execute("SELECT DISTINCT concept FROM terms WHERE derived = 0")
        self.terms: dict[str, dict[str, list[re.Pattern[str]]]] = {}
        for (concept,) in rows:
            record = index.record(concept)
            self.terms[concept] = {
                lang: [re.compile(rf"(?<!\w){re.escape(t['text'])}(?!\w)", re.I)
                       for t in record["terms"].get(lang, ()) if t["status"] != "deprecated"]
                for lang in LANGS}

    def findings(self, segments: list[Any], s: str, t: str) -> set[tuple[str, int]]:
        """(concept, segment number) of each source concept whose target term is not there."""
        found = set()
        for n, seg in enumerate(segments):
            if not seg.source or not seg.target:
                continue
            for concept, terms in self.terms.items():
                if terms[t] and any(p.search(seg.source) for p in terms[s]) and not any(
                        p.search(seg.target) for p in terms[t]):
                    found.add((concept, n))
        return found


def severe(report: Any) -> list[Any]:
    return [f for f in report.findings if f.severity in SEVERE]


def key(f: Any) -> tuple[str, str, str, int | None]:
    return (f.kind, f.concept, f.text, f.source_line)


def run(tool: Any, src: str, tgt: str, s: str, t: str) -> tuple[list[Any], Any]:
    """The segments of a pair and the report on them."""
    from glossary.aids.checking import text_segments
    from glossary.aids.termcheck import check_segments

    segments = text_segments(src, tgt, tool)
    return segments, check_segments(segments, s, t, annotator=tool)


def candidates(tool: Any, segments: list[Any], report: Any, s: str, t: str) -> list[Any]:
    """Target terms that match a source term of their segment, each concept once a side, whose
    concept has no finding: where an injected error can be told apart."""
    from glossary.aids.termspans import spans

    flagged = {f.concept for f in report.findings}
    out = []
    for n, seg in enumerate(segments):
        src = Counter(x.concept for x in spans(tool, seg.source, s) if not x.derived)
        found = spans(tool, seg.target, t)
        tgt = Counter(x.concept for x in found)
        for span in found:
            if (not span.derived and src[span.concept] == 1 and span.concept not in flagged
                    and tgt[span.concept] == 1):
                out.append((n, span))
    return out


def replacement(index: Any, concept: str, t: str, named: set[str], rng: random.Random) -> str | None:
    """The preferred target term of another concept of the same subject field, not named nearby."""
    subject = index.record(concept)["subject"]
    pool = sorted(c for c in subject_members(index, subject) if c != concept and c not in named)
    choices = [p for c in pool for p in [preferred(index.record(c), t)] if p]
    return rng.choice(choices) if choices else None


_MEMBERS: dict[str, list[str]] = {}


def subject_members(index: Any, subject: str) -> list[str]:
    if not _MEMBERS:
        for (concept,) in index.db.execute("SELECT id FROM concepts"):
            _MEMBERS.setdefault(index.record(concept)["subject"], []).append(concept)
    return _MEMBERS.get(subject, [])


def preferred(record: dict[str, Any], lang: str) -> str | None:
    return next((x["text"] for x in record["terms"].get(lang, ()) if x["status"] == "preferred"),
                None)


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT)
    parser.add_argument("--part", choices=("dev", "test", "pud", "items"), default="dev")
    parser.add_argument("--items", type=Path,
                        help="with --part items: a directory of N.en.txt, N.kk.txt, N.ru.txt")
    parser.add_argument("--half", choices=("all", "dev", "test"), default="all",
                        help="with --part items: the development or the held-out half")
    parser.add_argument("--per-direction", type=int, default=70, help="injected errors at most")
    parser.add_argument("--findings", type=Path, help="write the findings to judge (TSV)")
    parser.add_argument("--judged", type=Path, help="read verdicts (TSV) and print precision")
    parser.add_argument("--missed", action="store_true", help="print each injected error missed")
    parser.add_argument("--deleted", action="store_true",
                        help="also delete each chosen term and count the warnings")
    parser.add_argument("--exact-sample", type=int, default=0,
                        help="print this many exact-match findings the check does not make")
    return parser.parse_args()


def usable(args: argparse.Namespace) -> bool:
    """Whether the part asked for is there to check; says why not on stderr."""
    if not available(args.corpora):
        return False
    if args.part == "pud" and not (args.corpora / "parallel" / "ud-pud-test.en.txt").exists():
        print(f"{args.corpora}: UD PUD not found", file=sys.stderr)
        return False
    if args.part == "items" and (args.items is None or not args.items.is_dir()):
        print(f"{args.items}: --part items needs --items DIR", file=sys.stderr)
        return False
    return True


def main() -> int:
    args = arguments()
    if not usable(args):
        return 2
    from glossary.aids.annotation import Annotator
    from glossary.forms.index import FormsIndex

    index = FormsIndex.default()
    tool = Annotator(index, derived=True)
    exact = Exact(index)
    docs = parts(args.corpora, args.part, args.items, args.half)
    directions = [(s, t) for s, t in DIRECTIONS if args.part != "pud" or "kk" not in (s, t)]
    began = time.perf_counter()
    rows: list[dict[str, Any]] = []
    pools: dict[tuple[str, str], list[Any]] = {d: [] for d in directions}
    exact_clean: Counter[tuple[str, str]] = Counter()
    exact_only: list[tuple[str, str, str, Any, str]] = []
    clean: dict[tuple[str, str, str], tuple[list[Any], Any]] = {}
    for doc, text in docs:
        for s, t in directions:
            if s not in text or t not in text:
                continue
            segments, report = run(tool, text[s], text[t], s, t)
            clean[(doc, s, t)] = (segments, report)
            found = exact.findings(segments, s, t)
            exact_clean[(s, t)] += len(found)
            ours = {(f.concept, f.source_line) for f in severe(report)}
            exact_only += [(doc, s, t, segments[n], c) for c, n in sorted(found)
                           if (c, segments[n].source_line) not in ours
                           and not any(f.concept == c for f in severe(report))]
            for f in severe(report):
                rows.append(finding_row(doc, s, t, f, segments))
            pools[(s, t)] += [(doc, n, span) for n, span in candidates(tool, segments, report, s, t)]
    seconds = time.perf_counter() - began
    print(f"{args.part}: {len(docs)} documents, {len(directions)} directions, checked in "
          f"{seconds:.1f} s")
    by_direction = Counter(r["direction"] for r in rows)
    kinds = Counter((r["direction"], r["kind"]) for r in rows)
    for s, t in directions:
        d = f"{s}→{t}"
        detail = ", ".join(f"{k} {n}" for (dd, k), n in sorted(kinds.items()) if dd == d)
        print(f"  {d}: {by_direction[d]} findings of warning or error ({detail or 'none'}); "
              f"exact match: {exact_clean[(s, t)]}")
    info = Counter(f.kind for _, rep in clean.values() for f in rep.findings
                   if f.severity == "info")
    print(f"  info findings (not judged): {dict(sorted(info.items()))}")
    if args.findings:
        write_rows(args.findings, rows)
    if args.judged:
        precision(args.judged, rows)
    for doc, s, t, seg, concept in random.Random(7).sample(
            exact_only, min(args.exact_sample, len(exact_only))):
        print(f"  exact only [{doc} {s}→{t}] {concept}:\n    {seg.source[:200]!r}\n    {seg.target[:200]!r}")
    print(f"  exact-match findings the check does not make: {len(exact_only)}")
    inject(index, tool, exact, docs, clean, pools, args.per_direction, args.missed)
    if args.deleted:
        inject(index, tool, exact, docs, clean, pools, args.per_direction, args.missed, True)
    return 0


def finding_row(doc: str, s: str, t: str, f: Any, segments: list[Any]) -> dict[str, Any]:
    seg = next((g for g in segments if g.source_line is not None and f.source_line is not None
                and g.source_line <= f.source_line <= g.source_line + g.source.count("\n")),
               None) if f.source_line else None
    if seg is None:
        seg = next((g for g in segments if g.target and f.text in g.target), None)
    return {"doc": doc, "direction": f"{s}→{t}", "kind": f.kind, "severity": f.severity,
            "concept": f.concept, "text": f.text, "source_line": f.source_line or "",
            "expected": " / ".join(f.expected), "source": seg.source if seg else "",
            "target": seg.target if seg else "", "verdict": "", "why": ""}


def write_rows(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: str(v).replace("\n", " ").replace("\t", " ")
                             for k, v in row.items()})
    print(f"  {len(rows)} findings written to {path}")


def precision(path: Path, rows: list[dict[str, Any]]) -> None:
    """The share of judged findings that are real, per direction; unjudged ones are listed."""
    with path.open(encoding="utf-8", newline="") as handle:
        verdicts = {(r["doc"], r["direction"], r["kind"], r["concept"], r["text"],
                     r["source_line"]): (r["verdict"], r["why"])
                    for r in csv.DictReader(handle, delimiter="\t")}
    tally: dict[str, Counter[str]] = {}
    for row in rows:
        k = (row["doc"], row["direction"], row["kind"], row["concept"], row["text"],
             str(row["source_line"]))
        verdict = verdicts.get(k, ("unjudged", ""))[0] or "unjudged"
        tally.setdefault(row["direction"], Counter())[verdict] += 1
    total: Counter[str] = sum(tally.values(), Counter())
    for direction, counts in sorted(tally.items()) + [("all", total)]:
        judged = sum(n for v, n in counts.items() if v != "unjudged")
        share = f"{100 * counts['real'] / judged:.0f}%" if judged else "-"
        parallel = judged - counts["not-parallel"]  # a relay's own sentence, a cut text
        aside = (f"; on parallel segments {counts['real']} of {parallel}"
                 + (f" ({100 * counts['real'] / parallel:.0f}%)" if parallel else "")
                 if counts["not-parallel"] else "")
        print(f"  precision {direction}: {counts['real']} real of {judged} judged ({share}{aside}); "
              + ", ".join(f"{v} {n}" for v, n in sorted(counts.items())))


def inject(index: Any, tool: Any, exact: Exact, docs: list[tuple[str, dict[str, str]]],
           clean: dict[tuple[str, str, str], tuple[list[Any], Any]],
           pools: dict[tuple[str, str], list[Any]], limit: int, missed: bool = False,
           delete: bool = False) -> None:
    """Replace one target term at a time by a plausible wrong one (or ``delete`` it); count what
    each check reports: a new warning or error naming the concept (and, for a deletion, a new
    finding of any severity)."""
    texts = dict(docs)
    rng = random.Random(2026)
    total: Counter[str] = Counter()
    what = "deleted" if delete else "injected"
    for s, t in pools:
        got: Counter[str] = Counter()
        for doc, n, span in rng.sample(pools[(s, t)], min(limit, len(pools[(s, t)]))):
            segments, report = clean[(doc, s, t)]
            named = {x.concept for x in tool.sentence(segments[n].source, 0,
                                                      len(segments[n].source), s)}
            wrong = replacement(index, span.concept, t, named | {span.concept}, rng)
            if wrong is None:
                got["no replacement"] += 1
                continue
            got.update(one(tool, exact, texts[doc], (s, t), segments, report, n, span,
                           "" if delete else wrong, f"{doc}:{n}" if missed else ""))
        total.update(got)
        print(f"  {what} {s}→{t}: {share(got)}"
              + (f"; skipped: no replacement {got['no replacement']}, not located "
                 f"{got['not located']}" if got["no replacement"] + got["not located"] else ""))
    print(f"  {what} all: {share(total)}")


def share(got: Counter[str]) -> str:
    n = max(1, got["injected"])
    return (f"{got['injected']}; reported by check {got['ours']} ({100 * got['ours'] / n:.1f}%"
            f"; at any severity {100 * got['noted'] / n:.1f}%), by exact match {got['exact']} "
            f"({100 * got['exact'] / n:.1f}%)")


def one(tool: Any, exact: Exact, text: dict[str, str], langs: tuple[str, str],
        segments: list[Any], report: Any, n: int, span: Any, wrong: str,
        missed: str) -> Counter[str]:
    """Put ``wrong`` in the place of ``span`` in target segment ``n``; what each check says (and,
    with ``missed`` naming the place, print it when the check misses it)."""
    s, t = langs
    target = text[t]
    where = target.find(segments[n].target.split("\n")[0][:40])
    at = target.find(span.text, max(where, 0))
    if at < 0:
        return Counter(["not located"])
    broken = target[:at] + wrong + target[at + len(span.text):]
    new_segments, new_report = run(tool, text[s], broken, s, t)
    before = {key(f) for f in report.findings}
    new = [f for f in new_report.findings if f.concept == span.concept and key(f) not in before]
    # reported: a new warning or error names the concept, or a new substitution points at the
    # wrong term itself (naming another concept of the segment as the one it displaced)
    ours = any(f.severity in SEVERE for f in new) or bool(wrong) and any(
        (f.kind == "substitution" and f.found == wrong or f.kind == "unsourced"
         and f.text == wrong) and key(f) not in before for f in new_report.findings)
    theirs = any(c == span.concept for c, _ in exact.findings(new_segments, s, t)
                 - exact.findings(segments, s, t))
    if missed and not ours:
        print(f"    missed [{missed}] {s}→{t} {span.concept} {span.text!r} → {wrong!r}: "
              f"{segments[n].source[:120]!r} || {segments[n].target[:120]!r}; found: "
              + "; ".join(f"{f.kind} {f.concept}" for f in new_report.findings
                          if key(f) not in before))
    return Counter({"injected": 1, "ours": ours, "noted": bool(new) or ours, "exact": theirs})


if __name__ == "__main__":
    sys.exit(main())
