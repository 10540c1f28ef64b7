"""Build the Kazakh langdetect profile shipped in glossary/profiles/kk from KazNERD.

langdetect ships no Kazakh profile. This builds one in langdetect's own JSON
profile format (``{"freq": ..., "n_words": ..., "name": "kk"}``) with its own
``LangProfile``: n-grams of 1 to 3 characters, rare ones dropped as
langdetect does. The text is KazNERD's validation split (CC BY 4.0:
attribution only), read from ``../shared/corpora/kk``; its test split is
kept for measuring. Running it again gives the same file.

    python scripts/kk_profile.py [--corpus ../shared/corpora/kk/kaznerd-valid.txt]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "kk" / "kaznerd-valid.txt"
OUT = ROOT / "glossary" / "profiles"


def build(corpus: Path) -> dict:
    from langdetect.utils.lang_profile import LangProfile

    profile = LangProfile("kk")
    for line in corpus.read_text(encoding="utf-8").splitlines():
        profile.update(line)
    profile.omit_less_freq()
    return {"freq": dict(sorted(profile.freq.items())), "n_words": profile.n_words, "name": "kk"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: not found; this script needs KazNERD from ../shared/corpora/kk")
    data = json.dumps(build(args.corpus), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    OUT.mkdir(exist_ok=True)
    (OUT / "kk").write_bytes(data)
    digest = hashlib.sha256(args.corpus.read_bytes()).hexdigest()
    print(f"wrote {OUT / 'kk'}: {len(data)} bytes from {args.corpus.name} (sha256 {digest[:16]}…)")


if __name__ == "__main__":
    main()
