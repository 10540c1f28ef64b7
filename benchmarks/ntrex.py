"""NTREX-128 (newstest2019, en/kk/ru) from ``../shared/corpora/parallel``, read once for the benchmarks that use it."""
from __future__ import annotations

from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora"
LANGS = ("en", "kk", "ru")


def available(corpora: Path) -> bool:
    return (corpora / "parallel" / "ntrex128-newstest2019.en.txt").exists()


def documents(corpora: Path) -> list[dict[str, list[str]]]:
    """Each NTREX document as its lines per language, in corpus order."""
    folder = corpora / "parallel"
    ids = (folder / "ntrex128-newstest2019.docids.txt").read_text(encoding="utf-8").splitlines()
    text = {lang: (folder / f"ntrex128-newstest2019.{lang}.txt").read_text(encoding="utf-8").splitlines() for lang in LANGS}
    docs: dict[str, dict[str, list[str]]] = {}
    for number, doc in enumerate(ids):
        for lang in LANGS:
            docs.setdefault(doc, {l: [] for l in LANGS})[lang].append(text[lang][number])
    return list(docs.values())
