"""Safe writes: a reader sees the old file or the new one, never half of either.

A file is written beside its target and renamed over it, keeping the
target's permissions; a symbolic link is followed (the file it names is
replaced, not the link), and a device or a pipe (``/dev/stdout``) is written
in place, since renaming over it would replace it. Every failure is a
``WriteError`` naming the path.
"""
from __future__ import annotations

import os
import stat
import tempfile

from glossary.errors import GlossaryError


class WriteError(GlossaryError):
    """A file that could not be written: ``PATH: cannot write (reason)``."""

    def __init__(self, path: str | os.PathLike[str], exc: OSError) -> None:
        self.path = os.fspath(path)
        super().__init__(f"{self.path}: cannot write ({exc.strerror or exc})")


def _mode(path: str) -> int:
    """The permissions to give a new version of ``path``: its own, else what the umask allows."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _temporary(path: str, data: bytes) -> str:
    """``data`` in a new temporary file beside ``path``, with the permissions ``path`` should have.
    """
    folder = os.path.dirname(path) or "."
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode(path))
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace the file ``path`` with ``data`` atomically (a device or pipe is written in place)."""
    target = os.path.realpath(path)
    try:
        if os.path.exists(target) and not stat.S_ISREG(os.stat(target).st_mode):
            with open(target, "wb") as handle:
                handle.write(data)
            return
        tmp = _temporary(target, data)
        try:
            os.replace(tmp, target)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:
        raise WriteError(path, exc) from exc


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """``write_bytes`` for UTF-8 text."""
    write_bytes(path, text.encode("utf-8"))


def write_new(path: str | os.PathLike[str], data: bytes) -> bool:
    """Create the file ``path`` with ``data`` atomically; False, writing nothing, when it exists."""
    target = os.fspath(path)
    try:
        if os.path.lexists(target):
            return False
        tmp = _temporary(target, data)
        try:
            os.link(tmp, target)  # fails when the file appeared meanwhile: never overwrites
        except FileExistsError:
            return False
        finally:
            os.unlink(tmp)
    except OSError as exc:
        raise WriteError(path, exc) from exc
    return True
