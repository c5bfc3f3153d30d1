"""Default locations: the project's corpus and the build folder."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT_ROOT / "corpus"
DEFAULT_OUT = Path("build")
DEFAULT_GRAPH = DEFAULT_OUT / "drugkg.ttl"
