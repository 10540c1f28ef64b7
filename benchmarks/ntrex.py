"""Parallel documents from ``../shared/corpora/parallel`` for the benchmarks: NTREX-128 (en/kk/ru),
UD PUD (en/ru), each split by document into a development and a held-out part.

The split was fixed on 2026-12-01, before the aligner of issue 18 was changed: an NTREX
document is held out when the SHA-256 of ``"heldout:" + its id`` is divisible by 3 (38 of
its 123 documents, 604 of its 1,997 lines); the rest (85 documents, 1,393 lines) is the
development part, the only one tuning looks at. UD PUD is held out whole: development never
looked at it. ``HELD_OUT`` lists the NTREX ids the rule gives, so that a change to the rule
shows.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora"
LANGS = ("en", "kk", "ru")
SALT = "heldout:"
SHARE = 3  # one document in about SHARE is held out
HELD_OUT = frozenset(
    """
    abcnews.306758 abcnews.306815 bbc.381679 bbc.381680 bbc.381692 bbc.381735 bbc.381780
    bbc.381790 cbsnews.248384 cbsnews.248394 cnbc.com.6772 cnbc.com.6784 cnn.304400
    cnn.304521 dailymail.co.uk.298602 dailymail.co.uk.298644 dailymail.co.uk.298686
    dailymail.co.uk.298692 dailymail.co.uk.298759 euronews-en.153826 foxnews.94512
    independent.226301 independent.226346 nytimes.184825 nytimes.184837 nytimes.184862
    reuters.218861 reuters.218865 reuters.218933 rt.com.91334 rt.com.91350 scotsman.133783
    telegraph.405401 telegraph.405408 telegraph.405422 telegraph.405430 upi.176249
    upi.176266
    """.split()
)

Document = dict[str, list[str]]  # lines per language


def held_out(doc_id: str) -> bool:
    """Whether an NTREX document belongs to the held-out part (the rule above)."""
    return int(hashlib.sha256((SALT + doc_id).encode("utf-8")).hexdigest(), 16) % SHARE == 0


def available(corpora: Path) -> bool:
    """Whether NTREX is there; if not, says so on stderr (the benchmark then exits 2)."""
    if (corpora / "parallel" / "ntrex128-newstest2019.en.txt").exists():
        return True
    print(
        f"{corpora}: NTREX not found; this benchmark needs ../shared/corpora (not in the repository)",
        file=sys.stderr,
    )
    return False


def by_document(corpora: Path) -> dict[str, Document]:
    """Each NTREX document (by id) as its lines per language, in corpus order."""
    folder = corpora / "parallel"
    ids = (folder / "ntrex128-newstest2019.docids.txt").read_text(encoding="utf-8").splitlines()
    text = {
        lang: (folder / f"ntrex128-newstest2019.{lang}.txt").read_text(encoding="utf-8").splitlines()
        for lang in LANGS
    }
    docs: dict[str, Document] = {}
    for number, doc in enumerate(ids):
        for lang in LANGS:
            docs.setdefault(doc, {lg: [] for lg in LANGS})[lang].append(text[lang][number])
    return docs


def documents(corpora: Path, part: str = "all") -> list[Document]:
    """The NTREX documents of one part, ``dev`` or ``test`` (held out), or ``all`` of them (what
    ``annotate.py`` reads), in corpus order."""
    if part not in ("all", "dev", "test"):
        raise ValueError("part is all, dev or test")
    docs = by_document(corpora)
    test = {doc for doc in docs if held_out(doc)}
    if test != HELD_OUT:
        raise SystemExit("the held-out rule no longer gives HELD_OUT: the split has changed")
    return [lines for doc, lines in docs.items()
            if part == "all" or (doc in test) == (part == "test")]


def pud_documents(corpora: Path) -> list[Document]:
    """Each UD PUD document (the first 6 characters of its sentence ids) as its lines in English
    and Russian; all of it is held out.
    """
    return list(pud_by_document(corpora).values())


def pud_by_document(corpora: Path) -> dict[str, Document]:
    """Each UD PUD document by its id (the first 6 characters of its sentence ids)."""
    folder = corpora / "parallel"
    ids = (folder / "ud-pud-test.ids.txt").read_text(encoding="utf-8").splitlines()
    text = {
        lang: (folder / f"ud-pud-test.{lang}.txt").read_text(encoding="utf-8").splitlines()
        for lang in ("en", "ru")
    }
    docs: dict[str, Document] = {}
    for number, sent_id in enumerate(ids):
        for lang in ("en", "ru"):
            docs.setdefault(sent_id[:6], {"en": [], "ru": []})[lang].append(text[lang][number])
    return docs
