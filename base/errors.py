"""The one error type users see: what went wrong, where, and what to do about it."""

from __future__ import annotations

import errno
import re
from pathlib import Path


class DrugkgError(Exception):
    """A problem with the user's input or environment, reported as one clear line.

    >>> str(DrugkgError("quote not found", where="corpus/claims/a.yaml:12", fix="correct the offsets"))
    'corpus/claims/a.yaml:12: quote not found; correct the offsets'
    """

    #: The exit status of `drugkg` when this error ends a command (1: bad input; subclasses differ).
    exit_code = 1

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


class OutputError(DrugkgError):
    """An output that cannot be created: read-only folder, no permission, a folder where a file should be."""

    exit_code = 73  # EX_CANTCREAT (sysexits.h)


class StorageError(DrugkgError):
    """The disk is full, over quota, or failed while writing."""

    exit_code = 74  # EX_IOERR


class InputError(DrugkgError):
    """An input file that cannot be read (permission, not a regular file, too large)."""

    exit_code = 66  # EX_NOINPUT


class ConnectionLost(DrugkgError):
    """A network peer went away or could not be reached."""

    exit_code = 69  # EX_UNAVAILABLE


_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_DENIED = {errno.EROFS, errno.EACCES, errno.EPERM}


def user_path(path: str | Path) -> str:
    """The path a user gave, for a hidden temporary file that stands in for it (`.name.123.x.tmp` -> `name`).

    >>> user_path("/out/.drugkg.ttl.4242.k3j9.tmp")
    '/out/drugkg.ttl'
    >>> user_path("build/drugkg.ttl")
    'build/drugkg.ttl'
    """
    path = Path(path)
    match = re.fullmatch(r"\.(.+?)\.(?:\d+\.)?[^.]+\.(?:tmp|old)", path.name)
    return str(path.with_name(match.group(1))) if match else str(path)


def from_os_error(exc: OSError, path: str | Path | None = None, *, writing: bool = True) -> DrugkgError:
    """The DrugkgError a user can act on for a file-system fault, naming `path` (or the error's own file).

    >>> import errno
    >>> from_os_error(OSError(errno.ENOSPC, "No space left on device"), "build/drugkg.ttl").line()
    'build/drugkg.ttl: the disk is full (No space left on device); free some space and run again'
    >>> from_os_error(OSError(errno.EROFS, "Read-only file system"), "build").exit_code
    73
    """
    where = user_path(path if path is not None else (exc.filename or "?"))
    reason = exc.strerror or type(exc).__name__
    if exc.errno in _FULL:
        return StorageError(f"the disk is full ({reason})", where=where, fix="free some space and run again")
    if exc.errno == errno.EISDIR:
        return OutputError(f"is a folder, not a file ({reason})", where=where, fix="give a file path")
    if exc.errno == errno.ENOTDIR:
        return OutputError(f"a part of the path is a file, not a folder ({reason})", where=where)
    if exc.errno in _DENIED:
        action = "write" if writing else "read"
        cls = OutputError if writing else InputError
        return cls(f"cannot {action} here ({reason})", where=where, fix="choose another path or change its permissions")
    if not writing:
        return InputError(f"cannot read ({reason})", where=where)
    return StorageError(f"cannot write ({reason})", where=where)
