"""The model's vocabulary: language codes, term types and statuses.

Plain constants apart from ``glossary.model`` so that the lookup path, which
works on the JSON form of concepts, need not build the model's dataclasses.
"""
from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "kk", "ru")
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "kk": "Kazakh", "ru": "Russian"}
TERM_TYPES: tuple[str, ...] = (
    "full form",
    "acronym",
    "abbreviation",
    "short form",
    "variant",
    "romanization",
)
STATUSES: tuple[str, ...] = ("preferred", "admitted", "deprecated")
PROPOSED = "proposed"
