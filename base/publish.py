"""Publishing a set of files together: a reader sees the old set or the new one, never a mix.

A published folder is a symbolic link to a versioned folder beside it:

    build/.current -> .current.versions/3f2a9c0d1e2b4a5f     (one atomic switch: rename of a new link)
    build/.current.versions/3f2a9c0d1e2b4a5f/drugkg.ttl ...

The version is named after the content (so the same files give the same name and a rebuild that changes
nothing switches nothing). Files are written and fsynced in a staging folder, the staging folder is renamed
to its version name, and only then is the link replaced with `os.replace`, which is atomic on POSIX. The
previous version is kept (a reader that resolved the link a moment ago can finish); older ones are removed.
A run killed at any step leaves either the old link or the new one, plus staging debris that `clean_stale`
removes at the next run (see docs/decisions/0800-publish-as-a-set.md).

`publish_folder(target, files)` replaces a whole folder (the KGX and Neo4j exports); `link_names` makes the
familiar paths (`build/drugkg.ttl`) stable links into the published set.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import hashlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from base.atomic import current_umask, write_bytes
from base.errors import DrugkgError, from_os_error

KEEP = 2  # versions kept: the current one and the one before (for readers that resolved the link just now)
STALE_AGE = 3600.0  # seconds after which debris without a live writer's pid is removed
_PID_NAME = re.compile(r"^\.(?P<name>.+?)\.(?P<pid>\d+)\.[^.]+\.(?:tmp|staging)$")
_OLD_NAME = re.compile(r"^\..+\.old(?:\.[^.]+)?$")


def versions_of(target: Path) -> Path:
    """The folder holding the versions of the published folder `target`.

    >>> versions_of(Path("build/.current")).as_posix()
    'build/.current.versions'
    """
    return target.with_name(f"{target.name}.versions")


def content_name(files: Mapping[str, str | bytes]) -> str:
    """A version name from the files' names and bytes (the same files give the same name).

    >>> content_name({"a.txt": "x"}) == content_name({"a.txt": b"x"})
    True
    """
    digest = hashlib.sha256()
    for name in sorted(files):
        data = files[name]
        digest.update(name.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).digest())
    return digest.hexdigest()[:16]


def publish_folder(target: str | Path, files: Mapping[str, str | bytes], *, keep: int = KEEP) -> Path:
    """Make `target` a folder holding exactly `files`, switched in one atomic step; returns the version folder.

    `target` becomes a symbolic link to `.<name>.versions/<content hash>`; a real folder left by an older
    drugkg is swapped for the link (atomically where the system offers RENAME_EXCHANGE). Stale debris of
    killed runs beside `target` is removed first.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "drugkg-kgx"
    >>> _ = publish_folder(out, {"nodes.tsv": "id\\n"})
    >>> (out / "nodes.tsv").read_text(), out.is_symlink()
    ('id\\n', True)
    """
    target = Path(target)
    for name in files:
        if not name or "/" in name or name in (".", "..") or "\0" in name:
            raise DrugkgError(f"bad file name {name!r} in a published folder")
    versions = versions_of(target)
    try:
        versions.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise from_os_error(exc, target) from None
    clean_stale(target.parent)
    clean_stale(versions)
    version = versions / content_name(files)
    if not version.is_dir():
        staging = Path(tempfile.mkdtemp(prefix=f".{version.name}.{os.getpid()}.", suffix=".staging", dir=versions))
        try:
            os.chmod(staging, 0o777 & ~current_umask())  # mkdtemp's 0700 would hide the folder from others
            for name, data in sorted(files.items()):
                write_bytes(staging / name, data.encode("utf-8") if isinstance(data, str) else data)
            _fsync_dir(staging)
            staging.rename(version)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            if version.is_dir():  # another run published the same content meanwhile
                pass
            else:
                raise from_os_error(exc, target) from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        _fsync_dir(versions)
    switch_link(target, os.path.join(versions.name, version.name))
    _prune(versions, version, keep)
    return version


def switch_link(link: Path, points_to: str) -> None:
    """Point the symbolic link `link` at `points_to` (relative to its folder) in one atomic rename."""
    link = Path(link)
    with contextlib.suppress(OSError):
        if link.is_symlink() and os.readlink(link) == points_to:
            return
    temporary = link.with_name(f".{link.name}.{os.getpid()}.link.tmp")
    try:
        temporary.unlink(missing_ok=True)
        os.symlink(points_to, temporary)
        if link.is_dir() and not link.is_symlink():
            _replace_folder_with_link(temporary, link)
        else:
            os.replace(temporary, link)
        _fsync_dir(link.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise from_os_error(exc, link) from None


def link_names(folder: Path, names: Iterable[str], via: str) -> list[Path]:
    """Make each `folder/name` a stable link to `via/name` (so `build/drugkg.ttl` follows `build/.current`).

    A regular file of that name (an older build's) is replaced by the link in one rename; once made, the
    links never change again: only `via` switches.
    """
    paths = []
    for name in names:
        path = folder / name
        switch_link(path, os.path.join(via, name))
        paths.append(path)
    return paths


def _replace_folder_with_link(temporary_link: Path, folder: Path) -> None:
    """Put a link where a real folder is: swap them atomically if the system can, else two renames."""
    if _exchange(temporary_link, folder):  # now `temporary_link` names the old folder
        shutil.rmtree(temporary_link, ignore_errors=True)
        return
    old = folder.with_name(f".{folder.name}.{os.getpid()}.old")
    folder.rename(old)
    os.replace(temporary_link, folder)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with Linux's renameat2(RENAME_EXCHANGE); False where unavailable."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return result == 0


def _prune(versions: Path, current: Path, keep: int) -> None:
    """Remove versions beyond the `keep` newest (the current one is always kept)."""
    try:
        found = [p for p in versions.iterdir() if p.is_dir() and not p.name.startswith(".")]
    except OSError:
        return
    found.sort(key=lambda p: (p == current, _mtime(p)), reverse=True)
    for old in found[max(1, keep) :]:
        shutil.rmtree(old, ignore_errors=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(folder: str | Path, *, max_age: float = STALE_AGE) -> list[Path]:
    """Remove what killed runs left in `folder`: hidden `.*.tmp` files and `.*.staging` folders whose writer
    (the pid in the name) is gone, and `.*.old` folders; debris without a pid only once older than `max_age`.
    Returns what was removed.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / ".drugkg.ttl.999999999.abc.tmp").write_text("half")
    >>> [p.name for p in clean_stale(folder)]
    ['.drugkg.ttl.999999999.abc.tmp']
    """
    folder = Path(folder)
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    now = time.time()
    for path in entries:
        name = path.name
        if not name.startswith("."):
            continue
        match = _PID_NAME.match(name)
        if match:
            stale = not _alive(int(match.group("pid"))) or now - _mtime(path) > 24 * max_age
        elif _OLD_NAME.match(name):
            stale = _owner_exists(path) or now - _mtime(path) > max_age
        elif name.endswith(".tmp"):  # an older drugkg's `.NAME.XXXXXXXX.tmp`: only beside NAME, only when old
            stale = (path.parent / name[1:].rsplit(".", 2)[0]).exists() and now - _mtime(path) > max_age
        else:
            continue
        if not stale:
            continue
        with contextlib.suppress(OSError):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return sorted(removed)


def _owner_exists(old: Path) -> bool:
    """An `.X.old...` folder is debris when X itself exists again (the switch it was part of completed)."""
    stem = old.name[1:].split(".old")[0]
    return bool(stem) and (old.parent / stem).exists()


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
