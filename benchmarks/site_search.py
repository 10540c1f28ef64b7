"""The web glossary's size, and its search time in node and in headless Chromium.

Builds the site of the shipped termbase (or of ``--termbase DIR``, or of a generated termbase
of N concepts with ``--generate N``, see ``termbase_gen.py``), then reports:

- the build time and the site's size: files and bytes of the pages, the search data, the
  assets; and how much search data the queries read;
- the search under node (``node glossary/site/assets/site.js SITE``, the page's engine): each
  query typed letter by letter, every prefix a search, in a fresh process (cold: the files a
  search needs are read as it needs them) and again (warm);
- the same in headless Chromium from ``file://`` (Debian's chromium and chromium-driver, with
  selenium): ``glossary.search`` timed in the page, scripts added as the search needs them.

    python benchmarks/site_search.py [--generate 100000] [--folder DIR] [--keep SITE]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
SITE_JS = ROOT / "glossary" / "site" / "assets" / "site.js"
SHOWN = 30  # matches the page shows at first (site.js), read in full
QUERIES = ["мягкой силы", "Myagkoy Sily", "жұмсақ күштің", "ҰҚШҰ-ға", "Орталық Азиядағы",
           "colour revolutions", "sfot powr"]


def keystrokes(queries: list[str]) -> list[str]:
    """What the search box holds after each key: every prefix of every query."""
    return [q[:i] for q in queries for i in range(1, len(q) + 1)]


def sizes(site: Path) -> dict[str, tuple[int, int]]:
    """Files and bytes per part of the site."""
    parts: dict[str, list[int]] = {}
    for path in site.rglob("*"):
        if path.is_file():
            part = path.relative_to(site).parts[0] if path.parent != site else "index.html"
            parts.setdefault(part, []).append(path.stat().st_size)
    return {part: (len(found), sum(found)) for part, found in sorted(parts.items())}


def node_times(site: Path, typed: list[str]) -> tuple[list[float], list[float], list[int]]:
    """Each keystroke's search time in ms, in a fresh node process and then warm; and the bytes
    of search data each keystroke read first."""
    payload = json.dumps({"op": "lookup", "items": typed + typed, "limit": SHOWN})
    done = subprocess.run(["node", str(SITE_JS), str(site)], input=payload, capture_output=True,
                          text=True, check=True)
    found = json.loads(done.stdout)
    ms = [r["ms"] for r in found]
    read = [sum((site / "search" / f"{name}.js").stat().st_size for name in r["read"])
            for r in found[: len(typed)]]
    return ms[: len(typed)], ms[len(typed) :], read


def browser_times(site: Path, typed: list[str]) -> tuple[list[float], list[float]] | None:
    """Each keystroke's search time in ms in headless Chromium, cold and then warm."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        return None
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    found = shutil.which("chromedriver")
    if not found:
        return None
    driver = webdriver.Chrome(service=Service(found), options=options)
    try:
        driver.get((site / "index.html").as_uri())
        script = """const done = arguments[arguments.length - 1], typed = arguments[0];
            (async () => { const out = [];
              for (const q of typed) { const t = performance.now(); await glossary.search(q);
                                       out.push(performance.now() - t); }
              done(out); })();"""
        driver.set_script_timeout(600)
        cold = driver.execute_async_script(script, typed)
        warm = driver.execute_async_script(script, typed)
        return cold, warm
    finally:
        driver.quit()


def summary(ms: list[float]) -> str:
    ordered = sorted(ms)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return (f"median {statistics.median(ms):.2f} ms, 95th percentile {p95:.2f} ms, "
            f"max {max(ms):.1f} ms")


def build(termbase: str, site: Path) -> float:
    env = {**os.environ, "GLOSSARY_CACHE": os.environ.get("GLOSSARY_CACHE")
           or tempfile.mkdtemp(prefix="glossary-cache-")}
    subprocess.run([sys.executable, "-m", "glossary", "index", "--termbase", termbase], env=env,
                   check=True, capture_output=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "glossary", "site", "--termbase", termbase, "-o",
                    str(site), "--seeds", str(ROOT / "seeds")], env=env, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generate", type=int, metavar="N", help="a generated termbase of N")
    parser.add_argument("--folder", help="where the generated termbase is (made when missing)")
    parser.add_argument("--termbase", default=str(ROOT / "glossary" / "terms"))
    parser.add_argument("--keep", help="build the site here and keep it")
    args = parser.parse_args()
    termbase = args.termbase
    if args.generate:
        sys.path.insert(0, str(Path(__file__).parent))
        from termbase_gen import generate

        termbase = args.folder or tempfile.mkdtemp(prefix="glossary-bench-")
        if not os.path.exists(os.path.join(termbase, "soft-power.toml")):
            generate(args.generate, termbase)
    site = Path(args.keep or tempfile.mkdtemp(prefix="glossary-site-")) / "public"
    print(f"site build (index already built): {build(termbase, site):.1f} s")
    for part, (files, size) in sizes(site).items():
        print(f"{part:<12} {files:>7} files {size / 1e6:9.2f} MB")
    typed = keystrokes(QUERIES)
    cold, warm, read = node_times(site, typed)
    manifest = (site / "search" / "manifest.js").stat().st_size
    print(f"search data read: manifest {manifest / 1e3:.0f} kB on loading the page, then "
          f"{sum(read) / 1e6:.2f} MB for {len(typed)} keystrokes (at most {max(read) / 1e3:.0f} kB "
          "for one)")
    print(f"node, {len(typed)} keystrokes: cold {summary(cold)}; warm {summary(warm)}")
    found = browser_times(site, typed)
    if found:
        print(f"chromium, {len(typed)} keystrokes: cold {summary(found[0])}; "
              f"warm {summary(found[1])}")


if __name__ == "__main__":
    main()
