"""The forms index: every way a term may be typed, computed ahead into SQLite.

Built from the termbase with the morphology engines (pymorphy3 for Russian
forms, iuliia for romanizations) and cached under a signature of the
termbase, so that a lookup opens one file and loads no engine. The index is
word by word (see ``glossary.forms.spellings``): ``terms`` holds each term and its
folded key, ``units`` each word in its role, ``places`` which unit stands at
which position of which term, and ``spellings`` every key a unit may be typed
as. It grows with the vocabulary of the termbase, not with its phrases' forms.
"""
from __future__ import annotations

import marshal
import os
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

from glossary.language.textnorm import fold

if TYPE_CHECKING:
    from glossary.model import Termbase

VERSION = "2"
MANY_FILES = 1000  # above this, the signature trusts the folder's mtime instead of reading every file
SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value);
CREATE TABLE concepts(id TEXT PRIMARY KEY, data BLOB);
CREATE TABLE terms(id INTEGER PRIMARY KEY, concept TEXT, lang TEXT, text TEXT, key TEXT, n INTEGER);
CREATE TABLE units(id INTEGER PRIMARY KEY, lang TEXT, word TEXT, role TEXT);
CREATE TABLE places(unit INTEGER, pos INTEGER, term INTEGER, PRIMARY KEY(unit, pos, term)) WITHOUT ROWID;
CREATE TABLE spellings(key TEXT, unit INTEGER, kind INTEGER, mask INTEGER, schemes INTEGER, form TEXT, label TEXT);
"""
INDEXES = """
CREATE INDEX terms_key ON terms(key);
CREATE INDEX spellings_key ON spellings(key);
"""


def _hasher(data: bytes):
    """BLAKE2b without loading OpenSSL (hashlib does, at a cost to every lookup's start-up)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - other Pythons
        from hashlib import blake2b
    return blake2b(data, digest_size=16)


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def signature(termbase: str | os.PathLike[str]) -> str:
    """A hash that changes when the termbase changes.

    It covers each concept file's name, size and modification time (a stat,
    cheaper than reading the files). A folder of more than ``MANY_FILES``
    files is not listed on every lookup: its own modification time, which
    adding, removing or renaming a file changes, stands for it (editing a
    file in place is not noticed: run ``glossary index``).
    """
    root = os.path.abspath(termbase)
    digest = _hasher(f"{VERSION}\0{root}\0".encode())
    if os.path.isfile(root):
        digest.update(_read(root))
        return digest.hexdigest()
    mtime = os.stat(root).st_mtime_ns
    many = _many_hint(root)
    if not (os.path.exists(many) and _read(many) == str(mtime).encode()):
        entries = [e for e in os.scandir(root) if e.name.endswith(".toml")]
        if len(entries) <= MANY_FILES:
            for entry in sorted(entries, key=lambda e: e.name):
                stat = entry.stat()
                digest.update(f"{entry.name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
            return digest.hexdigest()
        try:
            os.makedirs(cache_dir(), exist_ok=True)
            with open(many, "w", encoding="ascii") as handle:
                handle.write(str(mtime))
        except OSError:
            pass
    digest.update(f"many\0{mtime}".encode())
    return digest.hexdigest()


def _owner(root: str) -> str:
    return _hasher(os.path.abspath(root).encode()).hexdigest()[:12]


def _many_hint(root: str) -> str:
    """Where the modification time of a large termbase folder is remembered, to skip listing it."""
    return os.path.join(cache_dir(), f"many-{_owner(root)}.txt")


def cache_dir() -> str:
    """``$GLOSSARY_CACHE``, else ``$XDG_CACHE_HOME/glossary``, else ``~/.cache/glossary``."""
    if os.environ.get("GLOSSARY_CACHE"):
        return os.environ["GLOSSARY_CACHE"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "glossary")


def build(termbase: Termbase, path: str | os.PathLike[str], sig: str = "") -> None:
    """Write the index of ``termbase`` to ``path`` atomically; the same termbase gives the same rows."""
    import tempfile

    from glossary.language import kazakh
    from glossary.formats.json import concept_to_dict
    from glossary.forms.spellings import roles

    path = os.fspath(path)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".index.", suffix=".sqlite", dir=os.path.dirname(path) or ".")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + SCHEMA)
        meta = [("version", VERSION), ("signature", sig), ("kk_endings", marshal.dumps(sorted(kazakh.endings())))]
        db.executemany("INSERT INTO meta VALUES (?, ?)", meta)
        units: dict[tuple[str, str, str], int] = {}
        terms, places = [], []
        for concept in termbase.concepts():
            for lang, term in concept.all_terms():
                key = fold(term.text)
                words = key.split(" ")
                terms.append((len(terms) + 1, concept.id, lang, term.text, key, len(words)))
                for pos, unit in enumerate(zip(words, roles(lang, term.text, words))):
                    places.append((units.setdefault((lang, *unit), len(units) + 1), pos, len(terms)))
        db.executemany("INSERT INTO concepts VALUES (?, ?)", ((c.id, marshal.dumps(concept_to_dict(c))) for c in termbase.concepts()))
        db.executemany("INSERT INTO terms VALUES (?, ?, ?, ?, ?, ?)", terms)
        db.executemany("INSERT INTO units VALUES (?, ?, ?, ?)", ((i, *u) for u, i in units.items()))
        db.executemany("INSERT OR IGNORE INTO places VALUES (?, ?, ?)", places)
        db.executemany("INSERT INTO spellings VALUES (?, ?, ?, ?, ?, ?, ?)", _spelling_rows(list(units)))
        db.executescript(INDEXES)
        db.commit()
        db.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _unit_rows(batch: list[tuple[int, tuple[str, str, str]]]) -> list[tuple]:
    from glossary.forms.spellings import spellings

    return [(s.key, i, s.kind, s.mask, s.schemes, s.form, s.label) for i, unit in batch for s in spellings(*unit)]


def _spelling_rows(units: list[tuple[str, str, str]]) -> Iterator[tuple]:
    """The spellings rows of every unit (numbered from 1), in unit order, on every CPU for a large termbase."""
    from glossary.parallel import batched_map

    return batched_map(_unit_rows, list(enumerate(units, start=1)), batch=500, parallel_from=5000)


def open_index(termbase_path: str | os.PathLike[str], rebuild: bool = False) -> sqlite3.Connection:
    """The index of the termbase at ``termbase_path``, built first when missing or stale."""
    sig = signature(termbase_path)
    owner = _owner(os.fspath(termbase_path))
    name = f"index-{owner}-{sig[:16]}.sqlite"
    path = os.path.join(cache_dir(), name)
    if rebuild or not os.path.exists(path):
        from glossary.termbase.files import load_termbase

        termbase = load_termbase(termbase_path)
        try:
            build(termbase, path, sig)
            for old in os.listdir(cache_dir()):
                if old.startswith(f"index-{owner}-") and old != name:
                    os.unlink(os.path.join(cache_dir(), old))
        except OSError:  # no writable cache: build in a temporary folder
            import tempfile

            path = os.path.join(tempfile.mkdtemp(prefix="glossary-"), name)
            build(termbase, path, sig)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
