"""Shared fixtures: the project's corpus built once per session, and the location of ../shared/data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drugkg.paths import DEFAULT_CORPUS, PROJECT_ROOT

SHARED = PROJECT_ROOT.parent / "shared"
SHARED_DATA = SHARED / "data"


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory):
    """The project's corpus built into a temporary folder (BuildResult)."""
    from graph_build.build import build_graph

    return build_graph(DEFAULT_CORPUS, tmp_path_factory.mktemp("build"))


@pytest.fixture(scope="session")
def graph(built):
    """The built graph (rdflib.Graph). Tests must not modify it."""
    return built.graph


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the project's corpus (documents, manifest and curated claims)."""
    target = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS, target)
    return target


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data beside the checkout; tests that need it skip with the reason when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"needs the public datasets in {SHARED_DATA} (absent here)")
    return SHARED_DATA
