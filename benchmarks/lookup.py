"""Cold whole-process lookup time against the floor of any click program, and build time at scale.

Runs ``glossary lookup QUERY`` and ``python -c "import click"`` alternately
(paired runs) and prints the medians and their ratio, for each query. With
``--generate N`` it first writes a generated termbase of N concepts
(``termbase_gen.py``), times ``glossary index`` building its forms index
from scratch, and looks the queries up in it. Needs the package installed
in the running interpreter's environment.

    python benchmarks/lookup.py [--runs 40] [QUERY ...]
    python benchmarks/lookup.py --generate 100000 [--folder DIR] [QUERY ...]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUERIES = ["мягкой силы", "жұмсақ күштің", "Myagkoy Sily", "ҰҚШҰ-ға", "sfot powr"]


def wall(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    return time.perf_counter() - start


def glossary_cmd() -> list[str]:
    script = Path(sys.executable).parent / "glossary"
    return [str(script)] if script.exists() else [sys.executable, "-m", "glossary"]


def paired(query: str, runs: int, termbase: list[str], env: dict[str, str] | None) -> None:
    floor_cmd = [sys.executable, "-c", "import click"]
    lookup_cmd = glossary_cmd() + ["lookup", *termbase, query]
    # warm the file cache (and build the index if it is missing)
    wall(floor_cmd), wall(lookup_cmd, env)
    floors, lookups = [], []
    for _ in range(runs):
        floors.append(wall(floor_cmd))
        lookups.append(wall(lookup_cmd, env))
    f, lk = statistics.median(floors), statistics.median(lookups)
    ratio = statistics.median(b / a for a, b in zip(floors, lookups, strict=True))
    print(f"{query!r:<18} click {f * 1000:6.1f} ms  lookup {lk * 1000:6.1f} ms  "
          f"ratio of medians {lk / f:.2f}  median of paired ratios {ratio:.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("queries", nargs="*", default=QUERIES)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument(
        "--generate", type=int, metavar="N", help="look up in a generated termbase of N concepts"
    )
    parser.add_argument(
        "--folder", help="where to write the generated termbase (default: a temporary folder)"
    )
    args = parser.parse_args()
    termbase: list[str] = []
    env = None
    if args.generate:
        sys.path.insert(0, str(Path(__file__).parent))
        from termbase_gen import generate

        folder = args.folder or tempfile.mkdtemp(prefix="glossary-bench-")
        if not os.path.exists(os.path.join(folder, "soft-power.toml")):
            start = time.perf_counter()
            generate(args.generate, folder)
            print(
                f"generated {args.generate} concepts in {folder} in {time.perf_counter() - start:.1f} s"
            )
        env = {**os.environ, "GLOSSARY_CACHE": tempfile.mkdtemp(prefix="glossary-cache-")}
        termbase = ["--termbase", folder]
        build = wall(glossary_cmd() + ["index", *termbase], env)
        print(f"index build from scratch: {build:.1f} s")
    for query in args.queries:
        paired(query, args.runs, termbase, env)


if __name__ == "__main__":
    main()
