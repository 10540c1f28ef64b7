"""One exception base for the package, and the data-file error every reader raises."""
from __future__ import annotations


class GlossaryError(Exception):
    """Base of every error the library raises on purpose."""


class DataFileError(GlossaryError):
    """A problem at a place in a data file, printed as ``path:line: field: message``."""

    def __init__(self, path: str, line: int | None, field: str, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}"
