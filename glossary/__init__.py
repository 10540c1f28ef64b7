"""An aligned English-Kazakh-Russian glossary of Russian soft power and the post-Soviet space.

The library does the work; ``glossary.cli`` is a thin click shell over it.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "detect", "segment"]


def __getattr__(name: str):
    """``glossary.detect`` and ``glossary.segment``, imported on first use (a lookup never needs them)."""
    if name == "detect":
        from glossary.langid import detect

        return detect
    if name == "segment":
        from glossary.blocks import segment

        return segment
    raise AttributeError(f"module 'glossary' has no attribute {name!r}")
