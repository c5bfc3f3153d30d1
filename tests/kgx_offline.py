"""Run the real `kgx` command line offline, on the pinned Biolink Model that the `biolink-model` package ships.

kgx (2.6) builds a Biolink toolkit at import time from the model on GitHub, and fetches Biolink's JSON-LD
context from GitHub when it checks prefixes. Neither is reachable in CI, and neither should decide what
"valid" means: the project pins Biolink 4.4.6. So, before kgx is imported, this module points bmt's Toolkit at
the package's `biolink_model.yaml` (with an empty predicate map, which only matters for old predicate names)
and gives kgx the package's own prefix map as its "biolink" context. Nothing else of kgx is changed.

    python tests/kgx_offline.py validate --input-format tsv nodes.tsv edges.tsv     # as `kgx validate ...`
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path


def patch_kgx_offline() -> None:
    """Make bmt and kgx read the pinned Biolink Model from the installed package (call before importing kgx)."""
    import bmt.toolkit

    model = resources.files("biolink_model")
    bmt.toolkit.Toolkit.__init__.__defaults__ = (
        str(model.joinpath("schema/biolink_model.yaml")),
        {"predicate mappings": []},
    )
    import kgx.config

    kgx.config.jsonld_context_map["biolink"] = json.loads(
        model.joinpath("prefixmaps/biolink_model_prefix_map.json").read_text(encoding="utf-8")
    )
    kgx.config.jsonld_context_map["monarch_context"] = {}
    kgx.config.jsonld_context_map["obo_context"] = {}


def run_kgx(*args: str | Path, timeout: int = 600) -> subprocess.CompletedProcess:
    """`kgx <args>` in a subprocess, offline; output captured as text."""
    return subprocess.run(
        [sys.executable, __file__, *map(str, args)], capture_output=True, text=True, timeout=timeout, check=False
    )


if __name__ == "__main__":
    patch_kgx_offline()
    from kgx.cli import cli

    sys.exit(cli(prog_name="kgx"))
