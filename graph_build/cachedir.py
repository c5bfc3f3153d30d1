"""Where drugkg keeps its caches (a light module: the whole-build cache must not import the pipeline)."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "DRUGKG_CACHE_DIR"


def cache_root() -> Path:
    """Where drugkg keeps caches: $DRUGKG_CACHE_DIR, else $XDG_CACHE_HOME/drugkg, else ~/.cache/drugkg.

    Kept out of the output folder so that the output holds only the graph files.
    """
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "drugkg"
