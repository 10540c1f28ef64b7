"""Where the termbase, the source documents and a checkout of the repository are."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

# Plain strings and os.path: pathlib costs a lookup several milliseconds of start-up.
PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TERMBASE_ENV = "GLOSSARY_TERMBASE"
SEEDS_ENV = "GLOSSARY_SEEDS"


def default_termbase() -> str:
    """``$GLOSSARY_TERMBASE``; else, inside a checkout of this repository, the checkout's
    ``glossary/terms`` (what a contributor edits); else the termbase shipped in the package."""
    if os.environ.get(TERMBASE_ENV):
        return os.environ[TERMBASE_ENV]
    root = checkout()
    return os.path.join(root, "glossary", "terms") if root else os.path.join(PACKAGE, "terms")


def describe(termbase: str) -> str:
    """Which termbase ``termbase`` is, in words: the checkout's, the installed one, or a folder."""
    path = os.path.abspath(termbase)
    root = checkout()
    if os.environ.get(TERMBASE_ENV) and path == os.path.abspath(os.environ[TERMBASE_ENV]):
        return f"{path} (from ${TERMBASE_ENV})"
    if root and path == os.path.join(root, "glossary", "terms"):
        return f"{path} (this checkout's)"
    if path == os.path.join(PACKAGE, "terms"):
        return f"{path} (the installed package's)"
    return path


def is_checkout(root: str | os.PathLike[str]) -> bool:
    """True when ``root`` is a checkout of this repository: its packaging, termbase and catalogues.
    """
    return all(os.path.exists(os.path.join(root, *parts))
               for parts in (("setup.cfg",), ("glossary", "terms"), ("locales",), ("seeds",)))


def checkout() -> str | None:
    """The checkout the package runs from (an editable install), else the one the working directory
    is in.
    """
    candidates = [os.path.dirname(PACKAGE)]
    here = os.path.abspath(os.getcwd())
    while True:
        candidates.append(here)
        parent = os.path.dirname(here)
        if parent == here:
            break
        here = parent
    return next((c for c in candidates if is_checkout(c)), None)


def find_seeds(termbase: str | os.PathLike[str] | None = None) -> Path | None:
    """The ``seeds/`` folder: ``$GLOSSARY_SEEDS``, the one beside the termbase, the checkout's, or
    the installed copy.
    """
    import sys
    from pathlib import Path

    if os.environ.get(SEEDS_ENV):
        return Path(os.environ[SEEDS_ENV])
    candidates = []
    if termbase is not None:
        base = Path(termbase).resolve()
        candidates += [base.parent.parent / "seeds", base.parent / "seeds"]
    root = checkout()
    if root:
        candidates.append(Path(root) / "seeds")
    candidates += [
        Path(PACKAGE).parent / "seeds",
        Path(sys.prefix) / "share" / "glossary" / "seeds",
        Path.cwd() / "seeds",
    ]
    for candidate in candidates:
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    return None
