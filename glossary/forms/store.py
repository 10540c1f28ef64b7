"""The forms index's store: every way a term may be typed, computed ahead into SQLite.

Built from the termbase with the morphology engines (pymorphy3 for Russian
forms, iuliia for romanizations) and cached under a signature of the
termbase, the package and the data it was built with, so that a lookup opens
one file and loads no engine, and an upgrade never leaves a stale index. The
index is word by word (see ``glossary.forms.spellings``): ``terms`` holds each
term and its folded key, ``units`` each word in its role, ``places`` which
unit stands at which position of which term, and ``spellings`` every key a
unit may be typed as. It grows with the vocabulary of the termbase, not with
its phrases' forms. Only ``glossary.forms`` reads it (``FormsIndex``).
"""
from __future__ import annotations

import marshal
import os
import sqlite3
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from glossary import __version__
from glossary.errors import GlossaryError
from glossary.language.textnorm import fold

if TYPE_CHECKING:
    from glossary.model import Termbase

VERSION = "16"
# above this, the signature trusts the folder's mtime instead of reading every file
MANY_FILES = 1000
# The data the spellings are computed from: an upgrade of any changes the index.
DATA_PACKAGES = ("iuliia", "pymorphy3", "pymorphy3_dicts_ru")
SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value);
CREATE TABLE concepts(id TEXT PRIMARY KEY, data BLOB, state TEXT);
-- derived: 1 for a word derived from the concept's name (not a term; see Concept.derived)
CREATE TABLE terms(id INTEGER PRIMARY KEY, concept TEXT, lang TEXT, text TEXT, key TEXT, n INTEGER,
                   derived INTEGER);
CREATE TABLE units(id INTEGER PRIMARY KEY, lang TEXT, word TEXT, role TEXT);
CREATE TABLE places(unit INTEGER, pos INTEGER, term INTEGER,
                    PRIMARY KEY(unit, pos, term)) WITHOUT ROWID;
CREATE TABLE spellings(key TEXT, unit INTEGER, kind INTEGER, mask INTEGER, schemes INTEGER,
                       form TEXT, label TEXT);
"""
INDEXES = """
CREATE INDEX terms_key ON terms(key);
CREATE INDEX spellings_key ON spellings(key);
"""


class CacheError(GlossaryError):
    """The index cannot be written where it belongs."""


def _hasher(data: bytes) -> Any:
    """BLAKE2b without loading OpenSSL (hashlib does, at a cost to every lookup's start-up)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - other Pythons
        from hashlib import blake2b
    return blake2b(data, digest_size=16)


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def data_versions() -> str:
    """The installed versions of the packages the spellings come from, read off their dist-info
    folders.

    ``importlib.metadata`` would cost every lookup 20 ms of imports; the folder names say the same.
    """
    import importlib.util

    found = []
    listings: dict[str, list[str]] = {}
    for package in DATA_PACKAGES:
        spec = importlib.util.find_spec(package)
        locations = list(spec.submodule_search_locations or []) if spec else []
        if not locations:
            found.append(f"{package}:missing")
            continue
        folder = os.path.dirname(locations[0])
        if folder not in listings:
            listings[folder] = sorted(os.listdir(folder))
        prefix = package.replace("_", "-").lower()
        dists = [
            n
            for n in listings[folder]
            if n.endswith(".dist-info")
            and n.lower().replace("_", "-").startswith(prefix + "-")
            and n[len(prefix) + 1 : len(prefix) + 2].isdigit()
        ]
        found.append(",".join(dists) or f"{package}:{os.stat(locations[0]).st_mtime_ns}")
    return ";".join(found)


def signature(termbase: str | os.PathLike[str]) -> str:
    """A hash that changes when the termbase, the package or the data it is built with change.

    It covers each concept file's name, size and modification time (a stat,
    cheaper than reading the files). A folder of more than ``MANY_FILES``
    files is not listed on every lookup: its own modification time, which
    adding, removing or renaming a file changes, stands for it (editing a
    file in place is not noticed: run ``glossary index``).
    """
    root = os.path.abspath(termbase)
    digest = _hasher(f"{VERSION}\0{__version__}\0{data_versions()}\0{root}\0".encode())
    if os.path.isfile(root):
        digest.update(_read(root))
        return str(digest.hexdigest())
    mtime = os.stat(root).st_mtime_ns
    many = _many_hint(root)
    if not (os.path.exists(many) and _read(many) == str(mtime).encode()):
        entries = [e for e in os.scandir(root) if e.name.endswith(".toml") and e.name[:1] != "."]
        if len(entries) <= MANY_FILES:
            for entry in sorted(entries, key=lambda e: e.name):
                try:
                    stat = entry.stat()
                except OSError:  # a dangling link or a loop: not a concept file
                    continue
                digest.update(f"{entry.name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
            return str(digest.hexdigest())
        try:
            os.makedirs(cache_dir(), exist_ok=True)
            with open(many, "w", encoding="ascii") as handle:
                handle.write(str(mtime))
        except OSError:
            pass
    digest.update(f"many\0{mtime}".encode())
    return str(digest.hexdigest())


def _owner(root: str) -> str:
    return str(_hasher(os.path.abspath(root).encode()).hexdigest()[:12])


def _many_hint(root: str) -> str:
    """Where the modification time of a large termbase folder is remembered, to skip listing it."""
    return os.path.join(cache_dir(), f"many-{_owner(root)}.txt")


def cache_dir() -> str:
    """``$GLOSSARY_CACHE``, else ``$XDG_CACHE_HOME/glossary``, else ``~/.cache/glossary``."""
    if os.environ.get("GLOSSARY_CACHE"):
        return os.environ["GLOSSARY_CACHE"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "glossary")


Progress = Callable[[int, int], None]  # (units done, units in all)


def fill(db: sqlite3.Connection, termbase: Termbase, sig: str = "",
         progress: Progress | None = None) -> None:
    """Write the index of ``termbase`` into the empty database ``db``; the same termbase gives the
    same rows; ``progress`` hears how many word units have their spellings.
    """
    from glossary.forms.spellings import roles
    from glossary.language import kazakh, romanize

    db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + SCHEMA)
    meta = [
        ("version", VERSION),
        ("signature", sig),
        ("kk_endings", marshal.dumps(sorted(kazakh.endings()))),
        ("kk_latin", marshal.dumps(sorted(romanize.latin_endings(kazakh.endings())))),
    ]
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta)
    units: dict[tuple[str, str, str], int] = {}
    terms: list[tuple[object, ...]] = []
    places: list[tuple[int, int, int]] = []
    for concept in termbase.concepts():
        names = [(lang, term.text, 0) for lang, term in concept.all_terms()]
        names += [(lang, word, 1) for lang in concept.derived for word in concept.derived[lang]]
        for lang, text, derived in names:
            key = fold(text)
            words = key.split(" ")
            terms.append((len(terms) + 1, concept.id, lang, text, key, len(words), derived))
            for pos, unit in enumerate(zip(words, roles(lang, text, words), strict=True)):
                places.append((units.setdefault((lang, *unit), len(units) + 1), pos, len(terms)))
    records = ((c.id, marshal.dumps(c.to_dict()), c.state) for c in termbase.concepts())
    db.executemany("INSERT INTO concepts VALUES (?, ?, ?)", records)
    db.executemany("INSERT INTO terms VALUES (?, ?, ?, ?, ?, ?, ?)", terms)
    db.executemany("INSERT INTO units VALUES (?, ?, ?, ?)", ((i, *u) for u, i in units.items()))
    db.executemany("INSERT OR IGNORE INTO places VALUES (?, ?, ?)", places)
    db.executemany(
        "INSERT INTO spellings VALUES (?, ?, ?, ?, ?, ?, ?)", _spelling_rows(list(units), progress)
    )
    db.executescript(INDEXES)
    db.commit()


def build(termbase: Termbase, path: str | os.PathLike[str], sig: str = "",
          progress: Progress | None = None) -> None:
    """Write the index of ``termbase`` to the file ``path`` atomically (a half-built index a killed
    build left is deleted by the next)."""
    from glossary.atomic import temporary_file

    path = os.fspath(path)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    fd, tmp = temporary_file(os.path.dirname(path) or ".", "index", ".sqlite")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        fill(db, termbase, sig, progress)
        db.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _unit_rows(batch: list[tuple[int, tuple[str, str, str]]]) -> list[tuple[object, ...]]:
    from glossary.forms.spellings import spellings

    return [
        (s.key, i, int(s.kind), s.mask, s.schemes, s.form, s.label)
        for i, unit in batch
        for s in spellings(*unit)
    ]


def _spelling_rows(units: list[tuple[str, str, str]], progress: Progress | None = None
                   ) -> Iterator[tuple[object, ...]]:
    """The spellings rows of every unit (numbered from 1), in unit order, on every CPU for a large
    termbase.
    """
    from glossary.parallel import batched_map

    for row in batched_map(_unit_rows, list(enumerate(units, start=1)), batch=500,
                           parallel_from=5000):
        if progress is not None:
            progress(int(row[1]) - 1, len(units))  # type: ignore[call-overload]
        yield row
    if progress is not None:
        progress(len(units), len(units))


def _load(termbase_path: str | os.PathLike[str]) -> Termbase:
    from glossary.termbase.files import load_termbase

    return load_termbase(termbase_path)


def _sound(db: sqlite3.Connection) -> bool:
    """True when ``db`` is a forms index of this version (a damaged file is not)."""
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == VERSION


def connect(termbase_path: str | os.PathLike[str], rebuild: bool = False, memory: bool = True,
            notice: Callable[[str], None] | None = None, progress: Progress | None = None
            ) -> sqlite3.Connection:
    """The index of the termbase at ``termbase_path``, built into the cache first when missing or
    stale.

    When the cache folder cannot be written, the index is built in memory
    (``memory``), else ``CacheError`` says where and why.
    """
    sig = signature(termbase_path)
    owner = _owner(os.fspath(termbase_path))
    name = f"index-{owner}-{sig[:16]}.sqlite"
    path = os.path.join(cache_dir(), name)
    if not rebuild and os.path.exists(path):
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        if _sound(db):
            return db
        db.close()
        if notice is not None:
            notice(f"{path}: the cached forms index is damaged; rebuilding it")
    termbase = _load(termbase_path)
    try:
        build(termbase, path, sig, progress)
    except OSError as exc:
        if not memory:
            raise CacheError(
                f"{cache_dir()}: cannot write the forms index ({exc.strerror or exc})"
            ) from exc
        db = sqlite3.connect(":memory:")
        fill(db, termbase, sig)
        return db
    for old in os.listdir(cache_dir()):
        if old.startswith(f"index-{owner}-") and old != name:
            os.unlink(os.path.join(cache_dir(), old))
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
