"""Extraction in worker processes (`drugkg build --jobs N`): the same results, in the same order, sooner.

Extraction is CPU-bound Python, so the documents go to processes, not threads. The processes are started
with "spawn" (no copy of the parent's threads, locks or open stores; the same on every platform); each one
loads the pipeline (spaCy, the vocabularies) and receives the lexicon once, in its initializer, then
extracts the documents it is given and stores each result in the extraction cache itself. Results come back
in document order (`Executor.map`), so the build that combines them cannot tell how many processes there were.
See docs/decisions/0902-parallel-extraction.md.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # this module stays light: `drugkg build --help` reads `default_jobs` from it
    from graph_build.read import Document
    from graph_build.text.extract import Extraction
    from ontology.lexicon import Entity

#: Fewest documents per worker process that make starting it worth while: each process loads the pipeline
#: (about 3 s of CPU), which the documents must repay at 5-10 ms each.
MIN_DOCUMENTS_PER_WORKER = 100
#: Documents sent to a worker at a time (fewer messages; small enough for even shares and a live progress).
CHUNK = 4

_state: dict = {}


def default_jobs() -> int:
    """The CPUs this process may run on (the default of `--jobs`)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def workers_for(documents: int, jobs: int) -> int:
    """How many processes extract `documents` when `jobs` are allowed: 1 (in this process) unless each
    worker gets at least MIN_DOCUMENTS_PER_WORKER documents.

    >>> [workers_for(n, 2) for n in (3, 150, 200, 1000)]
    [1, 1, 2, 2]
    >>> workers_for(1000, 1), workers_for(250, 8)
    (1, 2)
    """
    return max(1, min(jobs, documents // MIN_DOCUMENTS_PER_WORKER))


def _start(lexicon: dict[str, Entity], cache: Path | None) -> None:
    """A worker's initializer: keep the lexicon and the cache folder; load the pipeline once."""
    import graph_build.text.extract  # noqa: F401  (spaCy and the rules, before the first document)

    _state["lexicon"], _state["cache"] = lexicon, cache


def _extract(document: Document) -> Extraction:
    from graph_build.text.cache import store
    from graph_build.text.extract import extract_document

    result = extract_document(document, _state["lexicon"])
    if _state["cache"]:
        store(_state["cache"], document.id, document.sha256, result)
    return result


def extract_in_workers(
    documents: list[Document], lexicon: dict[str, Entity], cache: Path | None, workers: int
) -> Iterator[Extraction]:
    """Each document's extraction, in order, computed by `workers` spawned processes (stopped at the end,
    on error or when the caller stops reading).

    When the processes cannot run (e.g. a script that starts a build without the `if __name__ ==
    "__main__":` guard that "spawn" needs, or a worker killed by the system), the documents not yet done are
    extracted in this process instead: a build never hangs or fails for want of workers.
    """
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=(lexicon, cache))
    try:
        for result in pool.map(_extract, documents, chunksize=CHUNK):
            done += 1
            yield result
    except BrokenProcessPool:
        pool.shutdown(wait=True, cancel_futures=True)
        from graph_build.text.cache import store
        from graph_build.text.extract import extract_document

        for document in documents[done:]:
            result = extract_document(document, lexicon)
            if cache:
                store(cache, document.id, document.sha256, result)
            yield result
    finally:  # also when the caller stops early or fails: the documents not started are dropped
        pool.shutdown(wait=True, cancel_futures=True)
