"""Time and peak memory of the commands that read documents, on inputs of 1, 10 and 50 MB.

Inputs are NTREX-128 news (``../shared/corpora``) repeated to the size: a Russian text (detect,
annotate), an English and a Russian text (check), and one trilingual text with the three
languages' paragraphs in turn (align, extract). Each command runs as its own process under GNU
time (``/usr/bin/time``, Linux), the forms index already built; an input longer than a command
takes at once is refused with a message, which the table shows.

    python benchmarks/bounded.py [--sizes 1 10 50] [--corpora ../shared/corpora]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from ntrex import DEFAULT, LANGS, available, by_document

MB = 2**20


def repeated(text: str, size: int) -> str:
    """``text`` repeated, cut at a line end, to about ``size`` bytes of UTF-8."""
    unit = len(text.encode("utf-8"))
    whole = text * (size // unit + 1)
    cut = whole.encode("utf-8")[:size].decode("utf-8", "ignore")
    return cut[: cut.rfind("\n") + 1]


def inputs(corpora: Path, folder: Path, size: int) -> dict[str, Path]:
    """The input files of one size: ru.txt (about ``size`` bytes), en.txt (the English of the same
    documents: a translation, so shorter in bytes) and trilingual.txt (about ``size`` bytes)."""
    docs = list(by_document(corpora).values())
    texts = {lang: "\n".join(line for doc in docs for line in doc[lang]) + "\n" for lang in LANGS}
    trilingual = "\n".join(
        "\n\n".join(" ".join(doc[lang]) for lang in LANGS) + "\n" for doc in docs)
    ru = repeated(texts["ru"], size)
    copies, lines = divmod(ru.count("\n"), texts["ru"].count("\n"))
    en = texts["en"] * copies + "".join(texts["en"].splitlines(keepends=True)[:lines])
    paths = {}
    for name, text in {"ru": ru, "en": en, "trilingual": repeated(trilingual, size)}.items():
        path = folder / f"{name}-{size // MB}.txt"
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    return paths


def measure(args: list[str]) -> tuple[float, float, str]:
    """Seconds, peak resident MB and the outcome (ok, or the start of the error) of one run."""
    cmd = ["/usr/bin/time", "-f", "%e %M", sys.executable, "-m", "glossary", *args]
    done = subprocess.run(cmd, capture_output=True, text=True)
    *lines, last = done.stderr.strip().splitlines() or ["0 0"]
    seconds, kb = last.split()
    errors = [line for line in lines if line.startswith("error:")]
    outcome = "ok" if done.returncode in (0, 1) else (errors[-1][:90] if errors else "failed")
    return float(seconds), int(kb) / 1024, outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 50])
    args = parser.parse_args()
    if not available(args.corpora) or not os.path.exists("/usr/bin/time"):
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("| command | " + " | ".join(f"{s} MB" for s in args.sizes) + " |")
        print("|---|" + "---:|" * len(args.sizes))
        runs: dict[str, list[str]] = {}
        for size in args.sizes:
            paths = {k: str(v) for k, v in inputs(args.corpora, folder, size * MB).items()}
            commands = {
                "detect": ["detect", paths["ru"]],
                "annotate": ["annotate", "--lang", "ru", paths["ru"]],
                "check": ["check", paths["en"], paths["ru"]],
                "align": ["align", "--format", "json", paths["trilingual"]],
                "extract": ["extract", "--json", paths["trilingual"]],
            }
            for name, command in commands.items():
                seconds, peak, outcome = measure(command)
                cell = f"{seconds:.1f} s, {peak:.0f} MB" + ("" if outcome == "ok" else " (refused)")
                runs.setdefault(name, []).append(cell)
                print(f"  {name} {size} MB: {cell} {'' if outcome == 'ok' else outcome}",
                      file=sys.stderr)
        for name, cells in runs.items():
            print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
