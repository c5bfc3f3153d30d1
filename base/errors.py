"""The one error type users see: what went wrong, where, and what to do about it."""

from __future__ import annotations

from pathlib import Path


class DrugkgError(Exception):
    """A problem with the user's input or environment, reported as one clear line.

    >>> str(DrugkgError("quote not found", where="corpus/claims/a.yaml:12", fix="correct the offsets"))
    'corpus/claims/a.yaml:12: quote not found; correct the offsets'
    """

    def __init__(self, what: str, *, where: str | Path | None = None, fix: str | None = None) -> None:
        self.what = what
        self.where = str(where) if where is not None else None
        self.fix = fix
        super().__init__(self.line())

    def line(self) -> str:
        text = self.what if self.where is None else f"{self.where}: {self.what}"
        return text if not self.fix else f"{text}; {self.fix}"


class StatusError(DrugkgError):
    """A DrugkgError that also carries the HTTP status a server answers it with."""

    def __init__(self, what: str, *, status: int, fix: str | None = None) -> None:
        self.status = status
        super().__init__(what, fix=fix)


def location(path: str | Path, line: int | None = None) -> str:
    """Format a file position as `path:line` (or just `path` when the line is unknown)."""
    return f"{path}:{line}" if line else str(path)
