"""The JSON exchange format: the termbase as an array of concepts, shaped as ``Concept.to_dict``
gives them.

The shape is the one ``glossary lookup --json`` prints for a match, without
the ``match`` field; keys in a stable order, UTF-8 left readable.
"""
from __future__ import annotations

import json
from typing import IO

from glossary.errors import DataFileError
from glossary.model import Concept, Termbase


def dumps(termbase: Termbase) -> bytes:
    """The termbase as one JSON array."""
    text = json.dumps([c.to_dict() for c in termbase.concepts()], ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def write_json(fileobj: IO[bytes], termbase: Termbase) -> None:
    """Write the termbase as one JSON array of concepts."""
    fileobj.write(dumps(termbase))


def read_json(fileobj: IO[bytes]) -> Termbase:
    """Read what ``write_json`` wrote; a ``DataFileError`` naming the line of a syntax error or a
    bad concept.
    """
    name = getattr(fileobj, "name", "-")
    try:
        items = json.loads(fileobj.read().decode("utf-8"))
        return Termbase({c.id: c for c in map(Concept.from_dict, items)})
    except json.JSONDecodeError as exc:
        raise DataFileError(str(name), exc.lineno, "json", exc.msg) from exc
    except UnicodeDecodeError as exc:
        raise DataFileError(str(name), None, "encoding", f"not UTF-8 ({exc.reason})") from exc
    except (KeyError, TypeError, AttributeError) as exc:
        raise DataFileError(str(name), None, "json", f"not a list of concepts ({exc!r})") from exc
