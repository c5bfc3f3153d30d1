"""What a query worker process does with a query, so that a query can be stopped at its time limit.

A pyoxigraph query cannot be interrupted from another thread, and some queries (a sort, an aggregate over
a huge join) compute for a long time before their first row; stopping "between rows" would not stop
them. Each worker is a process with its own copy of the store (or the read-only store of a large graph);
it answers its connections itself (queries/worker_http.py, decision 0951) and the server kills and replaces
one whose query outlives the time limit (queries/worker_pool.py). Parsing, checking, binding, running and
serializing all happen in the worker, under its memory and CPU limits. See
docs/decisions/0102-query-time-limits.md.
"""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from base.errors import DrugkgError


@dataclass(frozen=True)
class Job:
    """One query to run: ad-hoc `text`, or a library query `name` with parameter `values`."""

    text: str | None = None
    name: str | None = None
    values: dict[str, str] = field(default_factory=dict)
    accept: str | None = None
    format: str | None = None
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    base_iri: str | None = None  # relative IRIs in the query resolve against it (the endpoint's URL)


@dataclass(frozen=True)
class Reply:
    status: int
    media_type: str
    body: bytes
    retire: bool = False  # the worker is spent (it hit its memory limit): replace it rather than reuse it


@dataclass(frozen=True)
class WorkerLimits:
    """What one worker process may use: rows per answer, private memory (MB, 0: no cap), CPU seconds per job;
    and where it reads the graph (`persistent`: the read-only store)."""

    row_limit: int = 10000
    memory_mb: int = 1024
    cpu_seconds: float = 15.0
    persistent: bool = False  # read the graph from its persistent store (large graphs), not from memory


READY = b"ready"


class UnknownQuery(DrugkgError):
    """A library query name that the library does not hold (404)."""


def _error(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def run_checked(job: Job, engine, row_limit: int, *, screen: bool = True) -> tuple:
    """Check and run an ad-hoc query: (Result, form); raises the guard's Refused like `check_query`.

    With `screen`, a text the guard could only refuse through the parser (guard.needs_check) runs at once
    and is checked only when the engine fails, so a plain query is parsed once; `screen=False` checks
    every query first (the reference the screened path is tested against, tests/test_guard_screen.py).
    """
    text = job.text
    assert text is not None
    prefixes = screened(text) if screen else None  # None: check first (all the known prefixes)
    if prefixes is None:
        from queries.guard import check_query

        form = check_query(text, engine.graph_names(), base_iri=job.base_iri).form
    else:
        form = None
    try:
        # Protocol dataset parameters select graphs of the store; a graph it does not hold is empty
        # (as in Oxigraph server) and nothing is ever fetched. FROM in the text is refused (guard).
        answer = engine.run(
            text,
            default_graphs=job.default_graphs or None,
            named_graphs=job.named_graphs or None,
            base_iri=job.base_iri,
            prefixes=prefixes,
        )
        written = _written(answer, job, text, row_limit)
        if written is not None:
            return written, "select"
        result = engine.result(answer, row_limit)
    except DrugkgError as exc:
        if form is None and not getattr(exc, "limit_kind", None):
            from queries.guard import check_query

            check_query(text, engine.graph_names(), base_iri=job.base_iri)  # its refusal, when it has one
        raise
    if form is None:
        form = _TABLE_FORMS.get(result.kind)
        if form is None:
            from queries.guard import form_of

            form = form_of(text)
    return result, form


def _written(answer, job: Job, text: str, row_limit: int) -> bytes | None:
    """The answer as SPARQL JSON written by pyoxigraph itself, when that is what the client gets and the row cap
    provably cannot be passed: a SELECT whose own LIMIT (guard.top_limit) is within the cap. None otherwise
    (the caller reads the rows under the cap and writes them). Decision 0953."""
    solutions, json_format, top_limit, ProtocolError, negotiate = _writing()
    if type(answer) is not solutions:
        return None
    bound = top_limit(text)
    if bound is None or bound > row_limit:
        return None
    try:
        if negotiate(job.accept, "select", job.format) != "json":
            return None
    except ProtocolError:
        return None  # the usual path answers 406, after the same run
    return answer.serialize(format=json_format) + b"\n"


@functools.cache
def _writing() -> tuple:
    """What `_written` uses, imported once."""
    import pyoxigraph as ox

    from queries.guard import top_limit
    from queries.protocol import ProtocolError, negotiate

    return ox.QuerySolutions, ox.QueryResultsFormat.JSON, top_limit, ProtocolError, negotiate


_TABLE_FORMS = {"select": "select", "ask": "ask"}


@functools.lru_cache(maxsize=1024)  # the same query texts come again and again
def screened(text: str) -> dict[str, str] | None:
    """The prefixes to run `text` with at once, or None when it needs the guard's `check_query` first
    (guard.needs_check): the screen's verdict, remembered per text (decision 0953).

    >>> screened("SELECT * WHERE { ?s skos:prefLabel ?o }") == named_prefixes("SELECT * WHERE { ?s skos:prefLabel ?o }")
    True
    >>> screened("SELECT * FROM <http://e/g> { ?s ?p ?o }") is None
    True
    """
    from queries.guard import needs_check

    return None if needs_check(text) else named_prefixes(text)


@functools.lru_cache(maxsize=1024)  # the same query texts come again and again
def named_prefixes(text: str) -> dict[str, str]:
    """The known prefixes `text` names (`name:` in it): the only ones the parser can look up, and each costs.

    >>> named_prefixes("SELECT * WHERE { ?s skos:prefLabel ?o }")["skos"]
    'http://www.w3.org/2004/02/skos/core#'
    """
    from queries.prefixes import known_prefixes

    return {k: v for k, v in known_prefixes().items() if k + ":" in text}


_GRAPH_FORMS = {"select": "select", "ask": "ask", "graph": "construct"}


@functools.lru_cache(maxsize=16)
def _content_type(fmt: str) -> str:
    from queries.formats import media_type

    return media_type(fmt) + ("; charset=utf-8" if fmt != "rdfxml" else "")


@functools.cache
def _handling() -> tuple:
    """What `handle` uses, imported on first use (this module is imported by the server too) and only once:
    an import statement in `handle` cost ~5 µs per query (decision 0953)."""
    from queries.engine import LimitExceeded
    from queries.formats import write_result
    from queries.guard import Refused
    from queries.protocol import ProtocolError, negotiate

    return LimitExceeded, write_result, Refused, ProtocolError, negotiate


def handle(job: Job, engine, row_limit: int, *, screen: bool = True) -> Reply:
    """Run one job on `engine` (an OxigraphEngine) and serialize the answer; errors become 4xx replies."""
    LimitExceeded, write_result, Refused, ProtocolError, negotiate = _handling()
    try:
        if job.name is not None:
            from queries.library import get_query, load_library
            from queries.resolve import bind_params

            if job.name not in load_library():
                raise UnknownQuery(f"no library query called {job.name!r}")
            query = get_query(job.name)
            bindings = bind_params(query, job.values, engine)
            result = engine.query(query.text, bindings, row_limit=row_limit)
            form = _GRAPH_FORMS[result.kind]
        else:
            assert job.text is not None
            result, form = run_checked(job, engine, row_limit, screen=screen)
        fmt = negotiate(job.accept, form, job.format)
        return Reply(200, _content_type(fmt), result if type(result) is bytes else write_result(result, fmt))
    except LimitExceeded as exc:
        return _error(422 if exc.limit_kind == "rows" else 503, exc.line())
    except (Refused, ProtocolError) as exc:
        return _error(exc.status, exc.line())
    except UnknownQuery as exc:
        return _error(404, f"{exc.what}; GET /library lists the library's queries")
    except DrugkgError as exc:  # `where` is a file of the server (a path): never part of an answer
        return _error(400, exc.what + (f"; {exc.fix}" if exc.fix else ""))


def apply_memory_limit(memory_mb: int) -> None:
    """Cap this process's private writable memory at `memory_mb` MB (RLIMIT_DATA: the heap and every private
    writable mapping), so a query that grows without bound fails here (MemoryError, or an abort in the query
    engine) instead of taking the machine's memory.

    Not the address space (RLIMIT_AS): an on-disk store reserves hundreds of MB of address space it never
    fills (RocksDB's maps, the allocator's arenas), which failed ordinary queries under an address-space cap;
    what a query allocates counts here either way. See docs/decisions/0950-serve-at-engine-speed.md.
    """
    import resource

    if memory_mb > 0:
        cap = memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_DATA)
        resource.setrlimit(resource.RLIMIT_DATA, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))


#: Graph files up to this size (in all) are loaded in each worker's memory (fastest); larger ones are read from
#: their persistent store, opened read-only by every worker (base/store.py), so N workers do not hold N copies.
IN_MEMORY_MAX_BYTES = 32 * 1024 * 1024


def uses_store(graph_paths: list[Path]) -> bool:
    """Whether workers read `graph_paths` from the persistent store rather than loading them in memory.

    >>> uses_store([Path(__file__)])
    False
    """
    if len(graph_paths) != 1:
        return False
    try:
        return graph_paths[0].stat().st_size > IN_MEMORY_MAX_BYTES
    except OSError:
        return False


def open_engine(graph_paths: list[Path], persistent: bool):
    """The worker's engine: the graph's read-only persistent store, or the files loaded in memory."""
    from queries.engine import OxigraphEngine

    if persistent:
        from base.store import open_graph_store

        return OxigraphEngine(open_graph_store(graph_paths[0], create=False))  # memory when it is not fresh
    return OxigraphEngine.from_files(graph_paths, persistent=False)


def allow_cpu(seconds: float) -> None:
    """Let the next job use at most `seconds` of CPU: the soft RLIMIT_CPU is set to what this process has used
    so far plus `seconds`; past it the kernel sends SIGXCPU, which ends the worker (the pool replaces it)."""
    import math
    import resource

    if seconds <= 0:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = math.ceil(usage.ru_utime + usage.ru_stime + seconds)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def memory_message(memory_mb: int) -> str:
    return (
        f"query cancelled: it needed more than the memory limit of {memory_mb} MB per query worker;"
        " narrow it or add LIMIT"
    )


def main(argv: list[str]) -> None:
    """Entry point of a worker process: `python -m queries.workers CONTROL_FD SHARED_FD SLOT` (its configuration
    comes over the control socket; queries/worker_pool.py starts it, queries/worker_http.py is its loop)."""
    from queries.worker_http import worker_entry

    os.dup2(2, 1)  # anything printed by libraries goes to stderr, never into an answer
    worker_entry(int(argv[0]), int(argv[1]), int(argv[2]))


if __name__ == "__main__":  # run the module's own copy, so pickled classes are queries.workers.*
    from queries.workers import main as worker_entry

    worker_entry(sys.argv[1:])
