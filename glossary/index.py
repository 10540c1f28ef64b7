"""The forms index: every way a term may be typed, computed ahead into SQLite.

Built from the termbase with the morphology engines (pymorphy3 for Russian
forms, iuliia for romanizations) and cached under a signature of the
termbase, so that a lookup opens one small file and loads no engine.
Kazakh endings are not stored: ``kazakh.analyses`` strips them at lookup time.

Keys (all folded, see ``textnorm.fold``):
  exact        the term itself
  form         an inflected or other-spelling form (detail: which form)
  romanization a Latin spelling of a Russian or Kazakh term or form (detail: scheme)
  loose        the same folded across schemes and ad hoc spellings (romanize.loose_*)
  plain        a Kazakh term written with Russian letters only
"""
from __future__ import annotations

import marshal
import os
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

from glossary.textnorm import fold, words

if TYPE_CHECKING:
    from glossary.model import Termbase

VERSION = "1"
MANY_FILES = 1000  # above this, the signature trusts the folder's mtime instead of reading every file
SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value);
CREATE TABLE concepts(id TEXT PRIMARY KEY, data BLOB);
CREATE TABLE keys(key TEXT, kind TEXT, concept TEXT, lang TEXT, term TEXT, detail TEXT);
CREATE TABLE words(word TEXT, concept TEXT, lang TEXT, term TEXT);
"""
INDEXES = """
CREATE INDEX keys_key ON keys(key);
CREATE INDEX words_word ON words(word);
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
    cheaper than reading the files); for a folder of more than ``MANY_FILES``
    files only the folder's own modification time and file count.
    """
    root = os.path.abspath(termbase)
    digest = _hasher(f"{VERSION}\0{root}\0".encode())
    if os.path.isfile(root):
        digest.update(_read(root))
        return digest.hexdigest()
    entries = [e for e in os.scandir(root) if e.name.endswith(".toml")]
    if len(entries) > MANY_FILES:
        digest.update(f"{len(entries)}\0{os.stat(root).st_mtime_ns}".encode())
        return digest.hexdigest()
    for entry in sorted(entries, key=lambda e: e.name):
        stat = entry.stat()
        digest.update(f"{entry.name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def cache_dir() -> str:
    """``$GLOSSARY_CACHE``, else ``$XDG_CACHE_HOME/glossary``, else ``~/.cache/glossary``."""
    if os.environ.get("GLOSSARY_CACHE"):
        return os.environ["GLOSSARY_CACHE"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "glossary")


def _forms(lang: str, text: str, term_type: str) -> dict[str, str]:
    from glossary import english, russian

    if term_type == "romanization":
        return {}
    if lang == "en":
        return english.forms(text)
    if lang == "ru":
        return russian.phrase_forms(text)
    return {}


def term_keys(termbase: Termbase) -> Iterator[tuple[str, str, str, str, str, str]]:
    """Every (key, kind, concept, lang, term, detail) row of the index."""
    from glossary import romanize

    for concept in termbase.concepts():
        for lang, term in concept.all_terms():
            row = (concept.id, lang, term.text)
            yield (fold(term.text), "exact", *row, "")
            forms = _forms(lang, term.text, term.type)
            for form, label in forms.items():
                if fold(form) != fold(term.text):
                    yield (fold(form), "form", *row, f"{label}: {form}")
            if lang == "ru" and romanize.has_cyrillic(term.text):
                for form, label in {term.text.lower(): "", **forms}.items():
                    what = f" ({label}: {form})" if label else ""
                    for latin, scheme in romanize.russian(fold(form)):
                        yield (romanize.strip_marks(latin), "romanization", *row, f"{scheme}{what}")
                        yield (romanize.loose_ru(latin), "loose", *row, f"ad hoc spelling{what}")
            if lang == "kk":
                for latin, scheme in romanize.kazakh(fold(term.text)):
                    yield (romanize.strip_marks(latin), "romanization", *row, scheme)
                    yield (romanize.loose_kk(latin), "loose", *row, "ad hoc Kazakh Latin")
                plain = romanize.plain_kk(fold(term.text))
                if plain != fold(term.text):
                    yield (plain, "plain", *row, "Kazakh typed with Russian letters")


def word_keys(lang: str, text: str, term_type: str) -> set[str]:
    """The single words a query word may match in a term: its words, their forms and spellings."""
    from glossary import romanize

    found = set(words(text))
    for form in _forms(lang, text, term_type):
        found.update(words(form))
    if lang == "ru" and romanize.has_cyrillic(text):
        for word in list(found):
            found.update(romanize.loose_ru(latin) for latin, _ in romanize.russian(word))
    if lang == "kk":
        for word in words(text):
            found.update(romanize.loose_kk(latin) for latin, _ in romanize.kazakh(word))
            found.add(romanize.plain_kk(word))
    return found


def query_words(word: str, kazakh_endings: frozenset[str] | None = None) -> set[str]:
    """The keys a query word is looked up under in the words table (Kazakh stems when endings are given)."""
    from glossary import romanize

    found = {word}
    if romanize.has_latin(word):
        found |= {romanize.loose_ru(word), romanize.loose_kk(word)}
    if romanize.has_cyrillic(word):
        found.add(romanize.plain_kk(word))
        if kazakh_endings is not None:
            from glossary import kazakh

            found.update(stem for stem, _ in kazakh.analyses(word, kazakh_endings))
    return found


def build(termbase: Termbase, path: str | os.PathLike[str], sig: str = "") -> None:
    """Write the index of ``termbase`` to ``path`` atomically; rows in a stable order."""
    import tempfile

    from glossary import kazakh
    from glossary.jsonfmt import concept_to_dict

    path = os.fspath(path)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".index.", suffix=".sqlite", dir=os.path.dirname(path) or ".")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.executescript(SCHEMA)
        meta = [("version", VERSION), ("signature", sig), ("kk_endings", marshal.dumps(sorted(kazakh.endings())))]
        db.executemany("INSERT INTO meta VALUES (?, ?)", meta)
        db.executemany(
            "INSERT INTO concepts VALUES (?, ?)",
            ((c.id, marshal.dumps(concept_to_dict(c))) for c in termbase.concepts()),
        )
        db.executemany("INSERT INTO keys VALUES (?, ?, ?, ?, ?, ?)", sorted(set(term_keys(termbase))))
        db.executemany(
            "INSERT INTO words VALUES (?, ?, ?, ?)",
            sorted(
                {
                    (word, c.id, lang, t.text)
                    for c in termbase.concepts()
                    for lang, t in c.all_terms()
                    for word in word_keys(lang, t.text, t.type)
                }
            ),
        )
        db.executescript(INDEXES)
        db.commit()
        db.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def open_index(termbase_path: str | os.PathLike[str], rebuild: bool = False) -> sqlite3.Connection:
    """The index of the termbase at ``termbase_path``, built first when missing or stale."""
    sig = signature(termbase_path)
    owner = _hasher(os.path.abspath(termbase_path).encode()).hexdigest()[:12]
    name = f"index-{owner}-{sig[:16]}.sqlite"
    path = os.path.join(cache_dir(), name)
    if rebuild or not os.path.exists(path):
        from glossary.termfile import load_termbase

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
