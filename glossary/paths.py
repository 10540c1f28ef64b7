"""Where the termbase and the source documents are, installed or in a checkout."""
from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
TERMBASE_ENV = "GLOSSARY_TERMBASE"
SEEDS_ENV = "GLOSSARY_SEEDS"


def default_termbase() -> Path:
    """``$GLOSSARY_TERMBASE``, else the termbase shipped inside the package."""
    return Path(os.environ.get(TERMBASE_ENV) or PACKAGE / "terms")


def find_seeds(termbase: str | os.PathLike[str] | None = None) -> Path | None:
    """The ``seeds/`` folder: ``$GLOSSARY_SEEDS``, the checkout's, or the installed copy."""
    if os.environ.get(SEEDS_ENV):
        return Path(os.environ[SEEDS_ENV])
    candidates = []
    if termbase is not None:
        base = Path(termbase).resolve()
        candidates += [base.parent.parent / "seeds", base.parent / "seeds"]
    candidates += [
        PACKAGE.parent / "seeds",
        Path(sys.prefix) / "share" / "glossary" / "seeds",
        Path.cwd() / "seeds",
    ]
    for candidate in candidates:
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    return None
