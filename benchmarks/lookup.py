"""Cold whole-process lookup time against the floor of any click program.

Runs ``glossary lookup QUERY`` and ``python -c "import click"`` alternately
(paired runs) and prints the medians and their ratio. Needs the package
installed in the running interpreter's environment.

    python benchmarks/lookup.py [--runs 30] [QUERY]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("query", nargs="?", default="мягкая сила")
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    floor_cmd = [sys.executable, "-c", "import click"]
    script = Path(sys.executable).parent / "glossary"
    base = [str(script)] if script.exists() else [sys.executable, "-m", "glossary"]
    lookup_cmd = base + ["lookup", args.query]
    wall(floor_cmd), wall(lookup_cmd)  # warm the file cache
    floors, lookups = [], []
    for _ in range(args.runs):
        floors.append(wall(floor_cmd))
        lookups.append(wall(lookup_cmd))
    f, l = statistics.median(floors), statistics.median(lookups)
    paired = statistics.median(b / a for a, b in zip(floors, lookups))
    print(f"import click      median {f * 1000:7.1f} ms")
    print(f"lookup {args.query!r:<12} median {l * 1000:7.1f} ms")
    print(f"ratio of medians {l / f:.2f}; median of paired ratios {paired:.2f}")


if __name__ == "__main__":
    main()
