"""Where the termbase and the source documents are, installed or in a checkout."""
from __future__ import annotations

import os
import sys

# Plain strings and os.path: pathlib costs a lookup several milliseconds of start-up.
PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TERMBASE_ENV = "GLOSSARY_TERMBASE"
SEEDS_ENV = "GLOSSARY_SEEDS"


def default_termbase() -> str:
    """``$GLOSSARY_TERMBASE``, else the termbase shipped inside the package."""
    return os.environ.get(TERMBASE_ENV) or os.path.join(PACKAGE, "terms")


def find_seeds(termbase: str | os.PathLike[str] | None = None):
    """The ``seeds/`` folder (a Path): ``$GLOSSARY_SEEDS``, the checkout's, or the installed copy."""
    from pathlib import Path

    if os.environ.get(SEEDS_ENV):
        return Path(os.environ[SEEDS_ENV])
    candidates = []
    if termbase is not None:
        base = Path(termbase).resolve()
        candidates += [base.parent.parent / "seeds", base.parent / "seeds"]
    candidates += [
        Path(PACKAGE).parent / "seeds",
        Path(sys.prefix) / "share" / "glossary" / "seeds",
        Path.cwd() / "seeds",
    ]
    for candidate in candidates:
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    return None
