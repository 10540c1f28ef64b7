"""The search data of the web glossary: the forms index (``glossary.forms.export``) cut into files.

A browser opened on ``file://`` may not ``fetch`` files, but it may run
scripts: every file here is one call ``glossaryData(NAME, JSON)``, added to
the page when the search needs it. ``search/manifest.js`` holds the rules
and says which file holds what:

- ``k*.js``: the keys (spellings and whole terms), cut by key prefix so that
  no file grows past ``SHARD_BYTES``; a key belongs to the longest prefix in
  the manifest's list that begins it, and the words a query is looked up
  under (the word, its romanization keys, its Kazakh stems) mostly share one;
- ``u*.js``: units: their forms, and the places they hold in terms with what a
  search needs of those terms (text, length, concept, preferred or derived),
  so that the terms a word leads to lie beside it; in runs of about
  ``SHARD_BYTES``. ``c*.js``: the concepts' ids and names, in runs of
  ``CONCEPT_BYTES``, read for the matches a search shows. Each file is named
  by the first number it holds;
- ``vocabulary.js``: the words fuzzy matching compares with, read only when
  nothing else matches.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from glossary.forms.export import SearchData

SHARD_BYTES = 64 * 1024
# Concepts are read a few at a time (the matches shown), from anywhere in the list: small files.
CONCEPT_BYTES = 4 * 1024


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def script(name: str, value: Any) -> bytes:
    """The file ``search/NAME.js``: one call that hands ``value`` to the page."""
    return f"glossaryData({_json(name)},{_json(value)});\n".encode()


def prefixes(sizes: dict[str, int], limit: int = SHARD_BYTES) -> list[str]:
    """Key prefixes, sorted, such that the keys each takes (those it is the longest listed prefix
    of) weigh at most ``limit`` wherever a longer prefix can split them."""
    found: list[str] = []
    _split("", sorted(sizes), sizes, limit, found)
    return sorted(found)


def _split(prefix: str, keys: list[str], sizes: dict[str, int], limit: int,
           found: list[str]) -> None:
    """Give ``prefix`` its keys, splitting off its heaviest next letters until it weighs little."""
    groups: dict[str, list[str]] = {}
    for key in keys:
        if len(key) > len(prefix):
            groups.setdefault(key[: len(prefix) + 1], []).append(key)
    weight = {p: sum(sizes[k] for k in group) for p, group in groups.items()}
    left = sum(sizes[k] for k in keys)
    for child in sorted(groups, key=lambda p: (-weight[p], p)):
        if left <= limit:
            break
        _split(child, groups[child], sizes, limit, found)
        left -= weight[child]
    if left or not prefix:
        found.append(prefix)


def _owner(listed: set[str], longest: int) -> Callable[[str], str]:
    def owner(key: str) -> str:
        for cut in range(min(len(key), longest), -1, -1):
            if key[:cut] in listed:
                return key[:cut]
        raise AssertionError("the empty prefix is always listed")
    return owner


def _runs(rows: list[Any], limit: int) -> list[int]:
    """Where each file of ``rows`` starts: a new file whenever one would pass ``limit`` bytes."""
    starts, size = [0], 0
    for i, row in enumerate(rows):
        weight = len(_json(row).encode()) + 1
        if size and size + weight > limit:
            starts.append(i)
            size = 0
        size += weight
    return starts


def _key_files(data: SearchData, limit: int) -> tuple[list[str], dict[str, bytes]]:
    sizes = {key: len(key.encode()) + len(_json(entry)) + 4 for key, entry in data.keys.items()}
    listed = prefixes(sizes, limit)
    owner = _owner(set(listed), max(map(len, listed)))
    shards: dict[str, dict[str, Any]] = {p: {} for p in listed}
    for key in sorted(data.keys):
        shards[owner(key)][key] = data.keys[key]
    return listed, {f"k{i}": script(f"k{i}", shards[p]) for i, p in enumerate(listed)}


def _runs_of(prefix: str, rows: list[Any], limit: int) -> tuple[list[int], dict[str, bytes]]:
    """``rows`` in files of about ``limit`` bytes named ``PREFIX{first number}``, and where each
    starts."""
    starts = _runs(rows, limit)
    out = {f"{prefix}{start}": script(f"{prefix}{start}", rows[start:end])
           for start, end in zip(starts, [*starts[1:], len(rows)], strict=True)}
    return starts, out


def files(data: SearchData, limit: int = SHARD_BYTES, concept_limit: int = CONCEPT_BYTES
          ) -> dict[str, bytes]:
    """Every file of ``search/``, by name without ``.js``; the same data gives the same bytes."""
    listed, out = _key_files(data, limit)
    units, unit_files = _runs_of("u", data.units, limit)
    concepts, concept_files = _runs_of("c", data.concepts, concept_limit)
    out.update({**unit_files, **concept_files})
    out["vocabulary"] = script("vocabulary", data.vocabulary)
    manifest = {
        "rules": data.rules,
        "keys": listed,
        "units": units,
        "concepts": concepts,
        "counts": {"concepts": len(data.concepts), "terms": len(data.terms),
                   "units": len(data.units), "keys": len(data.keys)},
    }
    out["manifest"] = script("manifest", manifest)
    return out
