"""Build the Kazakh data shipped in glossary/language/profiles from KazNERD: a langdetect profile
and a word list.

langdetect ships no Kazakh profile. This builds one in langdetect's own JSON
profile format (``{"freq": ..., "n_words": ..., "name": "kk"}``) with its own
``LangProfile``: n-grams of 1 to 3 characters, rare ones dropped as
langdetect does. Beside it, ``kk.words``: the Kazakh words without a letter
only Kazakh has (бар, деп, арнайы, алайда) seen at least ``MIN_COUNT``
times, with their counts, the names among them (Ресей, Еуропа) marked
``name`` in a third column, since names cross languages more freely; a word
of this kind is where n-grams cannot tell Kazakh from Russian. The text is
KazNERD's validation split (CC BY 4.0: attribution only), read from
``../shared/corpora/kk``; its test split is kept for measuring. Running it
again gives the same files.

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


def words(lines: list[str]) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """Lower-cased Cyrillic words without a Kazakh-only letter, seen at least MIN_COUNT times:
    the words, then the names (written with a capital more often than not after a line's first
    word: Ресей, Алматы).
    """
    sys.path.insert(0, str(ROOT))
    from glossary.language.langid import _CYRILLIC, _WORD, KAZAKH_LETTERS

    seen = [
        (w, i == 0)
        for line in lines
        for i, w in enumerate(_WORD.findall(line))
        if len(w) > 1 and _CYRILLIC.search(w) and KAZAKH_LETTERS.isdisjoint(w)  # not an initial
    ]
    counts = Counter(w.lower() for w, _ in seen)
    inside = Counter(w.lower() for w, first in seen if not first)  # a first word is capitalised anyway
    capitals = Counter(w.lower() for w, first in seen if not first and w[0].isupper())
    common = sorted(w for w, n in counts.items() if n >= MIN_COUNT)
    return (
        [(w, counts[w]) for w in common if 2 * capitals[w] <= inside[w]],
        [(w, counts[w]) for w in common if 2 * capitals[w] > inside[w]],
    )


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
    listed, names = words(lines)
    rows = sorted([f"{w}\t{n}\n" for w, n in listed] + [f"{w}\t{n}\tname\n" for w, n in names])
    (OUT / "kk.words").write_text("".join(rows), encoding="utf-8")
    digest = hashlib.sha256(args.corpus.read_bytes()).hexdigest()
    print(f"wrote {OUT / 'kk'}: {len(data)} bytes and {OUT / 'kk.words'}: {len(listed)} words and "
          f"{len(names)} names, from {args.corpus.name} (sha256 {digest[:16]}…)")


if __name__ == "__main__":
    main()
