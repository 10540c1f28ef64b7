"""Safe writes: a reader sees the old file or the new one, never half of either.

A file is written beside its target and renamed over it, keeping the
target's permissions; a symbolic link is followed (the file it names is
replaced, not the link), and a device or a pipe (``/dev/stdout``) is written
in place, since renaming over it would replace it. Every failure is a
``WriteError`` naming the path.
"""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from glossary.errors import GlossaryError


class WriteError(GlossaryError):
    """A file that could not be written: ``PATH: cannot write (reason)``."""

    def __init__(self, path: str | os.PathLike[str], exc: OSError) -> None:
        self.path = os.fspath(path)
        self.errno = exc.errno  # EPIPE: a reader that stopped early, which is no error
        super().__init__(f"{self.path}: cannot write ({exc.strerror or exc})")


def _mode(path: str) -> int:
    """The permissions to give a new version of ``path``: its own, else what the umask allows."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def temporary_file(folder: str, name: str, suffix: str = "") -> tuple[int, str]:
    """A new temporary file for ``name`` in ``folder``, named with this process's id, so that one
    a killed writer left behind is recognised and deleted by the next writer (``mkstemp``)."""
    prefix = f".{name}."
    if (folder, name) not in _CLEARED:  # once per file and process: a folder of 100,000 concept
        _CLEARED.add((folder, name))  # files is not listed on every write
        for entry in os.listdir(folder):
            pid = entry[len(prefix):].split(".")[0] if entry.startswith(prefix) else ""
            if pid.isdigit() and not _alive(int(pid)):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, entry))
    return tempfile.mkstemp(prefix=f"{prefix}{os.getpid()}.", suffix=suffix, dir=folder)


_CLEARED: set[tuple[str, str]] = set()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process
    return True


def _temporary(path: str, data: bytes) -> str:
    """``data`` in a new temporary file beside ``path``, with the permissions ``path`` should have.
    """
    folder = os.path.dirname(path) or "."
    os.makedirs(folder, exist_ok=True)
    fd, tmp = temporary_file(folder, os.path.basename(path))
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


def _refuse_read_only(path: str, target: str) -> None:
    """A ``WriteError`` when the file ``target`` exists and nobody may write it (chmod 444)."""
    if os.path.exists(target) and stat.S_ISREG(os.stat(target).st_mode):
        if not stat.S_IMODE(os.stat(target).st_mode) & 0o222:
            raise WriteError(path, PermissionError(13, "the file is read-only"))


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace the file ``path`` with ``data`` atomically (a device or pipe is written in place);
    a read-only file is refused."""
    target = os.path.realpath(path)
    _refuse_read_only(os.fspath(path), target)
    try:
        if os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):
            # /dev/stdout, a pipe: written as a stream (its real path may be a pipe's name)
            with open(path, "wb") as handle:
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


def write_all(files: dict[str, bytes] | dict[Path, bytes]) -> None:
    """Replace several files, all or none: every new version is staged beside its target first
    (a full disk or a read-only target stops the lot before any file changes), then each is
    renamed over its target."""
    staged: list[tuple[str, str]] = []
    try:
        for path, data in files.items():
            target = os.path.realpath(path)
            _refuse_read_only(os.fspath(path), target)
            try:
                staged.append((_temporary(target, data), target))
            except OSError as exc:
                raise WriteError(path, exc) from exc
        for tmp, target in staged:
            os.replace(tmp, target)
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)


@contextlib.contextmanager
def locked(folder: str | os.PathLike[str]) -> Iterator[None]:
    """Hold the write lock of ``folder`` (a termbase: the folder itself is locked, no file is
    left in it); a ``GlossaryError`` when another process holds it, so that two writers never
    lose each other's edits."""
    import fcntl

    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        raise WriteError(folder, exc) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise GlossaryError(f"{os.fspath(folder)}: another glossary command is writing this "
                                "termbase; try again when it has finished") from exc
        yield
    finally:
        os.close(fd)
