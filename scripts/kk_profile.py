"""Build the Kazakh data shipped in glossary/language/profiles from KazNERD: a langdetect profile
and a word list.

langdetect ships no Kazakh profile. This builds one in langdetect's own JSON
profile format (``{"freq": ..., "n_words": ..., "name": "kk"}``) with its own
``LangProfile``: n-grams of 1 to 3 characters, rare ones dropped as
langdetect does. Beside it, ``kk.words``: the Kazakh words without a letter
only Kazakh has (бар, деп, арнайы, президент) seen at least ``MIN_COUNT``
times, names left out, with their counts; a word of this kind is where n-grams cannot tell
Kazakh from Russian. The text is KazNERD's validation split (CC BY 4.0:
attribution only), read from ``../shared/corpora/kk``; its test split is kept
for measuring. Running it again gives the same files.

    python scripts/kk_profile.py [--corpus ../shared/corpora/kk/kaznerd-valid.txt]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "kk" / "kaznerd-valid.txt"
OUT = ROOT / "glossary" / "language" / "profiles"
MIN_COUNT = 3  # fewer sightings are mostly Russian quoted inside Kazakh news (мы, ты, на: 2 each)


def build(lines: list[str]) -> dict:
    from langdetect.utils.lang_profile import LangProfile

    profile = LangProfile("kk")
    for line in lines:
        profile.update(line)
    profile.omit_less_freq()
    return {"freq": dict(sorted(profile.freq.items())), "n_words": profile.n_words, "name": "kk"}


def words(lines: list[str]) -> list[tuple[str, int]]:
    """Lower-cased Cyrillic words without a Kazakh-only letter, seen at least MIN_COUNT times.

    Names are left out (words written with a capital more often than not): Алматы
    or Астана are as much Russian as Kazakh.
    """
    sys.path.insert(0, str(ROOT))
    from glossary.language.langid import _CYRILLIC, _WORD, KAZAKH_LETTERS

    seen = [
        w
        for line in lines
        for w in _WORD.findall(line)
        if _CYRILLIC.search(w) and KAZAKH_LETTERS.isdisjoint(w)
    ]
    counts = Counter(w.lower() for w in seen)
    capitals = Counter(w.lower() for w in seen if w[0].isupper())
    return sorted((w, n) for w, n in counts.items() if n >= MIN_COUNT and 2 * capitals[w] <= n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: not found; this script needs KazNERD from ../shared/corpora/kk")
    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    OUT.mkdir(exist_ok=True)
    data = json.dumps(
        build(lines), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")
    (OUT / "kk").write_bytes(data)
    listed = words(lines)
    (OUT / "kk.words").write_text("".join(f"{w}\t{n}\n" for w, n in listed), encoding="utf-8")
    digest = hashlib.sha256(args.corpus.read_bytes()).hexdigest()
    print(f"wrote {OUT / 'kk'}: {len(data)} bytes and {OUT / 'kk.words'}: {len(listed)} words, "
          f"from {args.corpus.name} (sha256 {digest[:16]}…)")


if __name__ == "__main__":
    main()
