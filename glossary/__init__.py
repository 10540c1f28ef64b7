"""An aligned English-Kazakh-Russian glossary of Russian soft power and the post-Soviet space.

The library does the work; ``glossary.cli`` is a thin click shell over it.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
