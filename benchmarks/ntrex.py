"""Parallel documents from ``../shared/corpora/parallel`` for the benchmarks: NTREX-128 (en/kk/ru),
UD PUD (en/ru).
"""
from __future__ import annotations

import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora"
LANGS = ("en", "kk", "ru")


def available(corpora: Path) -> bool:
    """Whether NTREX is there; if not, says so on stderr (the benchmark then exits 2)."""
    if (corpora / "parallel" / "ntrex128-newstest2019.en.txt").exists():
        return True
    print(
        f"{corpora}: NTREX not found; this benchmark needs ../shared/corpora (not in the repository)",
        file=sys.stderr,
    )
    return False


def documents(corpora: Path) -> list[dict[str, list[str]]]:
    """Each NTREX document as its lines per language, in corpus order."""
    folder = corpora / "parallel"
    ids = (folder / "ntrex128-newstest2019.docids.txt").read_text(encoding="utf-8").splitlines()
    text = {
        lang: (folder / f"ntrex128-newstest2019.{lang}.txt")
        .read_text(encoding="utf-8")
        .splitlines()
        for lang in LANGS
    }
    docs: dict[str, dict[str, list[str]]] = {}
    for number, doc in enumerate(ids):
        for lang in LANGS:
            docs.setdefault(doc, {lg: [] for lg in LANGS})[lang].append(text[lang][number])
    return list(docs.values())


def pud_documents(corpora: Path) -> list[dict[str, list[str]]]:
    """Each UD PUD document (the first 6 characters of its sentence ids) as its lines in English and
    Russian.
    """
    folder = corpora / "parallel"
    ids = (folder / "ud-pud-test.ids.txt").read_text(encoding="utf-8").splitlines()
    text = {
        lang: (folder / f"ud-pud-test.{lang}.txt").read_text(encoding="utf-8").splitlines()
        for lang in ("en", "ru")
    }
    docs: dict[str, dict[str, list[str]]] = {}
    for number, sent_id in enumerate(ids):
        for lang in ("en", "ru"):
            docs.setdefault(sent_id[:6], {"en": [], "ru": []})[lang].append(text[lang][number])
    return list(docs.values())
