"""Safe writes: what a killed writer leaves behind is cleared by the next."""
from __future__ import annotations

import os

from glossary.atomic import temporary_file, write_bytes


def test_a_killed_writers_temporary_file_is_deleted_by_the_next(tmp_path):
    dead = tmp_path / ".out.tsv.999999999.abcd"  # no process has this id
    live = tmp_path / f".out.tsv.{os.getppid()}.abcd"  # a running process's: left alone
    other = tmp_path / ".other.tsv.999999999.abcd"  # another file's
    for path in (dead, live, other):
        path.write_bytes(b"half")
    write_bytes(tmp_path / "out.tsv", b"whole")
    assert (tmp_path / "out.tsv").read_bytes() == b"whole"
    assert not dead.exists() and live.exists() and other.exists()
    fd, name = temporary_file(str(tmp_path), "index", ".sqlite")
    os.close(fd)
    assert os.path.basename(name).startswith(f".index.{os.getpid()}.") and name.endswith(".sqlite")
