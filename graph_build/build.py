"""`build_graph`: corpus -> validated knowledge graph files in the output folder."""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from base.errors import DrugkgError

if TYPE_CHECKING:
    from rdflib import Graph

    from graph_build.read import SizeLimits
    from graph_build.summarise import Summary

GRAPH_FILE = "drugkg.ttl"
ONTOLOGY_FILE = "ontology.ttl"
SUMMARY_FILE = "summary.json"
VOID_FILE = "void.ttl"


@dataclass
class BuildResult:
    _graph: Graph | None  # None when the build came from the whole-build cache: parsed from the file on demand
    summary: Summary
    outputs: list[Path]
    changes: list[str] | None = None  # the change report since the last build into `out`
    extracted: int = 0  # claims the text mining found (0 without extraction)
    validated: tuple[int, int] | None = None  # (nodes SHACL checked, nodes in the graph); None: not validated now

    @property
    def graph(self) -> Graph:
        if self._graph is None:
            from rdflib import Graph

            self._graph = Graph().parse(self.outputs[0], format="turtle")
        return self._graph


#: The cyclic garbage collector's thresholds while a build runs (Python's: 700, 10, 10). See `_fewer_collections`.
COLLECTION_THRESHOLDS = (20_000, 20, 10)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the block with the garbage collector's youngest generation collected every 20,000 allocations instead of
    every 700 (restored after).

    A build allocates millions of long-lived objects (spaCy's and the vocabularies' tables, the graph): with Python's
    thresholds a cold seed build made ~500 young, ~45 middle and 3 full collections, 0.3–0.35 s of its CPU (a full
    collection walks every object); with these, ~17 young collections and no older one, ~0.09 s. Cyclic garbage is
    still collected, later (decision 0964).
    """
    before = gc.get_threshold()
    gc.set_threshold(*COLLECTION_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def build_graph(
    corpus: str | Path,
    out: str | Path,
    *,
    validate: bool = True,
    extract: bool = False,
    progress: bool = False,
    limits: SizeLimits | None = None,
    jobs: int = 1,
    validate_all: bool = False,
) -> BuildResult:
    """Build the graph of `corpus` and write it to `out`; nothing is written unless every check passes.

    Writes `drugkg.ttl` (the graph), `ontology.ttl` (the schema it follows), `summary.json` and `void.ttl`
    (the VoID/DCAT description of the dataset), published as one set (a reader sees the previous build's
    files or these, never a mix: graph_build/buildcache.write_outputs). `limits` caps the size of each
    document and of the corpus (graph_build/read.SizeLimits). When every input is unchanged since a build (the
    whole-build cache, graph_build/buildcache.py), its files are reused without building again.

    `jobs` processes extract the documents not in the extraction cache (graph_build/text/parallel.py); the
    files are the same for any `jobs`. SHACL checks only the nodes whose context changed since the last build
    validated into `out` (graph_build/validate_changes.py); `validate_all` checks the whole graph (and does
    not reuse a whole cached build). `progress` reports each document on stderr (base/progress.py).
    """
    with _fewer_collections():
        return _build_graph(corpus, out, validate, extract, progress, limits, jobs, validate_all)


def _build_graph(
    corpus: str | Path,
    out: str | Path,
    validate: bool,
    extract: bool,
    progress: bool,
    limits: SizeLimits | None,
    jobs: int,
    validate_all: bool,
) -> BuildResult:
    from graph_build.buildcache import build_key, load_entry, store_entry, write_outputs
    from graph_build.changes import record_state
    from graph_build.read import SizeLimits

    corpus, out, limits = Path(corpus), Path(out), limits or SizeLimits()
    key = build_key(corpus, extract=extract, validate=validate, limits=limits)
    entry = load_entry(key) if key and not validate_all else None
    if entry is not None:
        from graph_build.summarise import Summary

        outputs = write_outputs(out, entry["texts"])
        _write_store(outputs)
        changes = record_state(out, entry["state"]).lines()
        return BuildResult(None, Summary(**entry["summary"]), outputs, changes, entry["extracted"])
    from graph_build.validate_changes import load_record, save_record

    known = None if validate_all or not validate else load_record(out)
    graph, summary, texts, extracted, digests, checked = _build(
        corpus,
        validate=validate,
        extract=extract,
        progress=progress,
        limits=limits,
        jobs=jobs,
        known=known,
        whole=validate_all,
    )
    outputs = write_outputs(out, texts)
    _write_store(outputs)
    if digests:
        save_record(out, digests)
    from graph_build.changes import state_of

    state = state_of(graph)
    if key:
        store_entry(key, texts, summary.as_dict(), state, extracted)
    validated = (checked, len(digests)) if validate and digests else None
    return BuildResult(graph, summary, outputs, record_state(out, state).lines(), extracted, validated)


def _write_store(outputs: list[Path]) -> None:
    """Add the graph's persistent query store to the published set (beside the graph in its version folder,
    base/store.py), so that `query` and `serve` open it instead of parsing the Turtle."""
    from base.store import ensure_store

    ensure_store(outputs[0])


def _build(
    corpus: Path,
    *,
    validate: bool,
    extract: bool,
    progress: bool,
    limits: SizeLimits | None = None,
    jobs: int = 1,
    known: set[str] | None = None,
    whole: bool = False,
) -> tuple[Graph, Summary, dict, int, set[str], int]:
    from graph_build.assemble import assemble_graph
    from graph_build.claims import merge_claims
    from graph_build.curated import load_curated
    from graph_build.describe import void_graph
    from graph_build.read import read_corpus
    from graph_build.summarise import summarise
    from graph_build.validate_changes import validate_changes
    from graph_build.write import turtle_text
    from ontology import ONTOLOGY_TTL
    from ontology.lexicon import load_lexicon

    documents = read_corpus(corpus, limits)
    lexicon = load_lexicon()
    curated, extracted = load_curated(corpus, documents, lexicon), 0
    if extract:  # text mining (graph_build/text/textmine.py): per-document results cached (graph_build/text/cache.py)
        from graph_build.text.cache import extraction_cache
        from graph_build.text.textmine import mine

        mined = mine(documents, lexicon, curated, extraction_cache(), jobs=jobs, progress=progress)
        curated, lexicon, extracted = mined.claims, mined.lexicon, mined.extracted
    claims = merge_claims(curated)
    graph = assemble_graph(documents, claims, lexicon)
    digests: set[str] = set()
    checked = 0
    if validate:  # only nodes whose context is not on record from the last build (all when `known` is None)
        # `whole`: one pyshacl run over the whole graph (no parts in processes), the check `--validate-all` asks
        violations, digests, checked = validate_changes(graph, known, jobs=1 if whole else jobs)
        if violations:
            first = violations[0].describe()
            raise DrugkgError(
                f"the graph does not conform to the SHACL shapes ({len(violations)} violations; first: {first})",
                where=corpus,
                fix="nothing was written; fix the data named",
            )
    summary = summarise(graph)
    texts = {
        GRAPH_FILE: turtle_text(graph),
        ONTOLOGY_FILE: ONTOLOGY_TTL.read_text(encoding="utf-8"),
        SUMMARY_FILE: json.dumps(summary.as_dict(), indent=2, sort_keys=True) + "\n",
        VOID_FILE: turtle_text(void_graph(graph)),
    }
    return graph, summary, texts, extracted, digests, checked
