"""An aligned English-Kazakh-Russian glossary of Russian soft power and the post-Soviet space.

The library does the work; ``glossary.cli`` is a thin click shell over it.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "annotate", "check", "check_document", "detect", "segment"]

_LAZY = {
    "detect": "glossary.language.langid",
    "segment": "glossary.document.blocks",
    "annotate": "glossary.aids.annotation",
    "check": "glossary.aids.checking",
    "check_document": "glossary.aids.checking",
}


def __getattr__(name: str):
    """The library's entry points, imported on first use (a lookup never needs them)."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'glossary' has no attribute {name!r}")
