"""What ``glossary build`` writes: the gettext catalogues of a termbase, and which of them are
stale.

The catalogues go into a checkout's ``locales/`` (and its .mo files into the
checkout's ``glossary/locale/``, which ships with the package), or into a
folder the caller names; never into an installed package.
"""
from __future__ import annotations

import os

from glossary.errors import GlossaryError
from glossary.model import Termbase


def plan(termbase: Termbase, folder: str | os.PathLike[str] | None = None) -> dict[str, bytes]:
    """Every file a build writes, by path, as bytes: under ``folder``, by default the checkout's
    ``locales/``.
    """
    from glossary.formats.po import outputs
    from glossary.termbase.paths import checkout

    root = checkout()
    if folder is None:
        if root is None:
            raise GlossaryError(
                "not inside a checkout of the glossary repository: give --locales DIR"
            )
        folder = os.path.join(root, "locales")
    folder = os.fspath(folder)
    files = {os.path.join(folder, name): data for name, data in outputs(termbase).items()}
    if root is not None and os.path.abspath(folder) == os.path.join(root, "locales"):
        shipped = os.path.join(root, "glossary", "locale")
        for name, data in list(files.items()):
            if name.endswith(".mo"):
                files[os.path.join(shipped, os.path.relpath(name, folder))] = data
    return files


def _same(path: str, data: bytes) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read() == data
    except OSError:
        return False


def stale(files: dict[str, bytes]) -> list[str]:
    """The paths of ``files`` whose content on disk differs from what they should hold, sorted."""
    return [path for path, data in sorted(files.items()) if not _same(path, data)]


def write(files: dict[str, bytes], paths: list[str]) -> None:
    """Write ``paths`` of ``files``, each atomically."""
    from glossary.atomic import write_bytes

    for path in paths:
        write_bytes(path, files[path])
