"""Shared fixtures: the lexicon, the project's corpus built once per session, the location of ../shared/data, and a
headless Chromium for the browser tests (tests/headless.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from headless import chromium, sync_api

from base.paths import DEFAULT_CORPUS, PROJECT_ROOT
from ontology.lexicon import Entity, load_lexicon

pytest.register_assert_rewrite("claimsets")  # before a test module imports it: a failure shows the sets' difference

SHARED = PROJECT_ROOT.parent / "shared"
SHARED_DATA = SHARED / "data"


@pytest.fixture(scope="session", autouse=True)
def isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Extraction caches go to a temporary folder, never the user's ~/.cache (subprocesses inherit it)."""
    import os

    folder = tmp_path_factory.mktemp("cache")
    previous = os.environ.get("DRUGKG_CACHE_DIR")
    os.environ["DRUGKG_CACHE_DIR"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("DRUGKG_CACHE_DIR", None)
    else:
        os.environ["DRUGKG_CACHE_DIR"] = previous


@pytest.fixture(scope="module")
def lexicon() -> dict[str, Entity]:
    """The project's lexicon (ontology/lexicon.yaml), loaded once per test module (a module may change its copy)."""
    return load_lexicon()


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


@pytest.fixture(scope="module")
def base_url(graph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`drugkg serve` on the built graph, with the graph page mounted; its base URL."""
    from queries.server import Limits, SparqlServer
    from queries.viz_serve import mount

    path = tmp_path_factory.mktemp("served") / "drugkg.ttl"
    graph.serialize(path, format="turtle")
    mount()
    server = SparqlServer([path], "127.0.0.1", 0, Limits(workers=1))
    url = server.start()
    try:
        yield url
    finally:
        server.stop()


@pytest.fixture(scope="module")
def playwright() -> Iterator[object]:
    """A running Playwright (skips when Chromium or the playwright package is absent)."""
    with sync_api().sync_playwright() as running:
        yield running


@pytest.fixture(scope="module")
def browser(playwright) -> Iterator[object]:
    """A headless Chromium context with a fresh profile, shared by a test module."""
    with chromium(playwright) as context:
        yield context


@pytest.fixture(scope="module")
def query_server() -> Iterator[object]:
    """`drugkg serve` on the query tests' fixture graph (tests/fixtures/query/graph.ttl), one worker."""
    from fixtures.query.support import FIXTURE

    from queries.server import Limits, SparqlServer

    server = SparqlServer([FIXTURE], limits=Limits(workers=1))
    server.start()
    yield server
    server.stop()
