"""Default locations: the project's corpus and the build folder."""

from __future__ import annotations

from pathlib import Path

import ontology

PROJECT_ROOT = Path(ontology.__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT_ROOT / "corpus"
DEFAULT_OUT = Path("build")
DEFAULT_GRAPH = DEFAULT_OUT / "drugkg.ttl"
