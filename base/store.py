"""A persistent pyoxigraph store beside each graph file, so that readers open it instead of parsing RDF.

The store of `build/drugkg.ttl` is the folder `drugkg.ttl.store/` beside the file the link resolves to
(for a published build: inside the build's version folder, `build/.current.versions/<hash>/`, so it comes
and goes with the set); the store of `build/merged.nt` is `build/merged.nt.store/`. It holds

    db/           the Oxigraph (RocksDB) store, opened read-only by readers
    source.json   the sha256 of the RDF file it was loaded from, with the file's size and mtime

`drugkg build` creates the store of the graph it publishes; any reader creates it on first use. A reader
trusts the store when the file's size, mtime and inode are those recorded (one `stat`, no read); otherwise
it hashes the file, and only a different hash rebuilds the store (in a temporary folder renamed into place,
so a reader never opens half a store). Where the folder is not writable, the graph is loaded in memory as
before. See docs/decisions/0900-persistent-store.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

from base.errors import DrugkgError

SUFFIX = ".store"
SOURCE = "source.json"
DB = "db"
VERSION = 1  # bumped when the layout of the store folder changes


def store_path(graph: str | Path) -> Path:
    """Where the store of `graph` lives: beside the file the path resolves to.

    >>> store_path(Path("/tmp/x/merged.nt")).as_posix()
    '/tmp/x/merged.nt.store'
    """
    real = Path(graph).resolve()
    return real.with_name(real.name + SUFFIX)


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file from its extension (Turtle when unknown).

    >>> rdf_format(Path("a.nt")) == ox.RdfFormat.N_TRIPLES
    True
    """
    return ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE


def parse_into(store: ox.Store, path: Path) -> None:
    """Load the RDF file `path` into `store` (the one place a graph file is parsed on the read side)."""
    try:
        store.bulk_load(path=str(path), format=rdf_format(path))
    except (SyntaxError, ValueError, OSError) as exc:
        raise DrugkgError(f"cannot read the graph: {exc}", where=path, fix="rebuild it with `drugkg build`") from exc


def file_sha256(path: Path) -> str:
    """The sha256 of a file's bytes, read in large blocks."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _stamp(path: Path) -> dict[str, int]:
    info = path.stat()
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "inode": info.st_ino}


def _recorded(folder: Path) -> dict | None:
    try:
        data = json.loads((folder / SOURCE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != VERSION or not (folder / DB).is_dir():
        return None
    return data


def is_fresh(graph: Path, folder: Path | None = None) -> bool:
    """Whether the store of `graph` exists and holds the file's current content (same sha256).

    The hash is computed only when the file's size, mtime or inode differ from those recorded; an equal hash
    then records the new ones (best effort), so the next reader needs a `stat` only.
    """
    folder = folder or store_path(graph)
    recorded = _recorded(folder)
    if recorded is None:
        return False
    stamp = _stamp(graph)
    if all(recorded.get(k) == v for k, v in stamp.items()):
        return True
    if recorded.get("sha256") != file_sha256(graph):
        return False
    with contextlib.suppress(OSError):
        _write_source(folder, {**recorded, **stamp})
    return True


def _write_source(folder: Path, data: dict) -> None:
    from base.atomic import write_text

    write_text(folder / SOURCE, json.dumps(data, indent=2, sort_keys=True) + "\n")


def create_store(graph: Path) -> Path:
    """(Re)create the store of `graph` and return its folder; raises OSError when the folder is not writable.

    The store is built in a temporary folder and renamed into place; a store another process finished
    meanwhile for the same content is kept.
    """
    folder = store_path(graph)
    if not graph.is_file():
        raise DrugkgError("graph file not found", where=graph, fix="run `drugkg build` first or pass --graph")
    stamp, digest = _stamp(graph), file_sha256(graph)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.{os.getpid()}.", suffix=".staging", dir=folder.parent))
    from base.atomic import current_umask

    os.chmod(staging, 0o777 & ~current_umask())  # mkdtemp gives 0700: other readers of the build need it
    try:
        store = ox.Store(str(staging / DB))
        parse_into(store, graph)
        store.flush()
        store.optimize()
        del store  # closes the database before the rename
        _write_source(staging, {"version": VERSION, "sha256": digest, **stamp, "file": graph.name})
        if folder.exists():
            recorded = _recorded(folder)
            if recorded is not None and recorded.get("sha256") == digest:
                shutil.rmtree(staging, ignore_errors=True)
                return folder
            old = folder.with_name(f".{folder.name}.{os.getpid()}.old")
            folder.rename(old)
            shutil.rmtree(old, ignore_errors=True)
        try:
            staging.rename(folder)
        except OSError:
            if _recorded(folder) is None:  # not a store another process just put there
                raise
            shutil.rmtree(staging, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return folder


def open_graph_store(graph: str | Path, *, create: bool = True) -> ox.Store:
    """The graph of the RDF file `graph` as a pyoxigraph store: the persistent store opened read-only when it
    is fresh (created or rebuilt first, with `create`), else the file loaded in memory.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
    >>> _ = p.write_text("<http://x/a> <http://x/b> 'c' .")
    >>> len(open_graph_store(p)), store_path(p).is_dir()
    (1, True)
    """
    graph = Path(graph)
    if not graph.is_file():
        raise DrugkgError("graph file not found", where=graph, fix="run `drugkg build` first or pass --graph")
    folder = store_path(graph)
    try:
        fresh = is_fresh(graph, folder)
        if not fresh and create:
            with _creating(folder):  # one process builds it; the others wait, then find it fresh
                if not is_fresh(graph, folder):
                    create_store(graph)
            fresh = True
        if fresh:
            return ox.Store.read_only(str(folder / DB))
    except OSError:
        pass  # a read-only folder (or a store that cannot be opened): read the file as before
    store = ox.Store()
    parse_into(store, graph)
    return store


@contextlib.contextmanager
def _creating(folder: Path):
    """Hold an exclusive lock (`.NAME.store.lock` beside the store) while a store is created, so that the
    workers of `serve` starting together build it once; raises OSError where the folder is not writable."""
    import fcntl

    lock = folder.with_name(f".{folder.name}.lock")
    with lock.open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def ensure_store(graph: str | Path) -> Path | None:
    """Create the store of `graph` unless a fresh one exists; None where the folder is not writable (readers
    then load the file in memory). `drugkg build` calls this for the graph it publishes."""
    graph, folder = Path(graph), store_path(graph)
    try:
        if not is_fresh(graph, folder):
            with _creating(folder):
                if not is_fresh(graph, folder):
                    create_store(graph)
        return folder
    except OSError:
        return None


def clean_store(graph: str | Path) -> None:
    """Remove the store of `graph` (e.g. before deleting the file)."""
    shutil.rmtree(store_path(graph), ignore_errors=True)
