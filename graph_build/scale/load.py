"""Load a distributed build's N-Triples into an Oxigraph store that a SPARQL server serves.

Two places, one loader (pyoxigraph's bulk loader, the engine `oxigraph load` runs):

- by default, the parts are joined into `OUT/drugkg.nt` and its persistent store is made where every reader
  of the project looks for it (base/store.py: `OUT/drugkg.nt.store/db`): `drugkg query --graph
  OUT/drugkg.nt`, `drugkg serve --graph OUT/drugkg.nt` and `oxigraph serve-read-only --location
  OUT/drugkg.nt.store/db` all answer from that one store, loaded once;
- with `store`, the parts are bulk-loaded straight into that folder (no joined file) for an Oxigraph server
  of its own: `oxigraph serve-read-only --location STORE`.

Each file's sha256 is checked against manifest.json before anything is loaded.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from base.atomic import atomic_open
from base.errors import DrugkgError
from base.store import DB, ensure_store, file_sha256, store_path
from graph_build.scale.distributed import read_manifest

GRAPH_FILE = "drugkg.nt"


@dataclass
class Loaded:
    graph: Path | None  # the joined N-Triples file (None when loaded into a store of its own)
    location: Path  # the Oxigraph store folder a server serves (`--location`)
    triples: int


def graph_files(out: str | Path) -> list[Path]:
    """The output's N-Triples files in manifest order, each checked against its recorded sha256."""
    out = Path(out)
    manifest = read_manifest(out)
    files = []
    for entry in manifest["files"]:
        if not entry["file"].endswith(".nt"):
            continue
        path = out / entry["file"]
        if not path.is_file() or file_sha256(path) != entry["sha256"]:
            raise DrugkgError(
                f"'{entry['file']}' is missing or differs from manifest.json",
                where=out,
                fix="build the output again with `drugkg build-distributed`",
            )
        files.append(path)
    return files


def load_output(out: str | Path, store: str | Path | None = None) -> Loaded:
    """Load the graph of the distributed build in `out` (see the module's docstring for where)."""
    import pyoxigraph as ox

    out = Path(out)
    files = graph_files(out)
    triples = read_manifest(out)["triples"]
    if store is None:
        graph = out / GRAPH_FILE
        with atomic_open(graph, "wb") as handle:
            for path in files:
                with path.open("rb") as part:
                    shutil.copyfileobj(part, handle, 1 << 20)
        folder = ensure_store(graph)
        if folder is None:
            raise DrugkgError("cannot create the store beside the graph", where=graph, fix="make the folder writable")
        return Loaded(graph, folder / DB, triples)
    target = Path(store)
    if target.exists() and any(target.iterdir()):
        raise DrugkgError("the store folder exists and is not empty", where=target, fix="give a new folder")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".staging", dir=target.parent))
    try:
        db = ox.Store(str(staging))
        for path in files:
            db.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
        db.flush()
        db.optimize()
        loaded = len(db)
        del db
        if target.exists():
            target.rmdir()
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return Loaded(None, target, loaded)


def default_location(out: str | Path) -> Path:
    """Where `load_output` puts the store without `store`.

    >>> default_location("/data/run").as_posix().endswith("drugkg.nt.store/db")
    True
    """
    return store_path(Path(out) / GRAPH_FILE) / DB
