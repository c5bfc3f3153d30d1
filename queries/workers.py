"""Worker processes that run the endpoint's queries, so that a query can be stopped at its time limit.

A pyoxigraph query cannot be interrupted from another thread, and some queries (a sort, an aggregate over
a huge join) compute for a long time before their first row; stopping "between rows" would not stop
them. Each worker is a process with its own copy of the store (the built graph loads in ~15 ms); the
server sends it one job at a time and waits at most the time limit for the answer. A worker that is late
is killed and replaced. Parsing, checking, binding, running and serializing all happen in the worker, so
the time limit covers all of it and rdflib's parser is only ever used by one thread per process. See
docs/decisions/0102-query-time-limits.md.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import select
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection
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
    from queries.guard import check_query, form_of, needs_check
    from queries.prefixes import known_prefixes

    text = job.text
    assert text is not None
    if not screen or needs_check(text):
        form = check_query(text, engine.graph_names(), base_iri=job.base_iri).form
        prefixes = None
    else:
        form = None
        known = known_prefixes()  # only those the text names: the parser looks up no other, and each costs
        prefixes = {k: v for k, v in known.items() if k + ":" in text}
    try:
        # Protocol dataset parameters select graphs of the store; a graph it does not hold is empty
        # (as in Oxigraph server) and nothing is ever fetched. FROM in the text is refused (guard).
        result = engine.query(
            text,
            default_graphs=job.default_graphs or None,
            named_graphs=job.named_graphs or None,
            row_limit=row_limit,
            base_iri=job.base_iri,
            prefixes=prefixes,
        )
    except DrugkgError as exc:
        if form is None and not getattr(exc, "limit_kind", None):
            check_query(text, engine.graph_names(), base_iri=job.base_iri)  # its refusal, when it has one
        raise
    if form is None:
        form = {"select": "select", "ask": "ask"}.get(result.kind) or form_of(text)
    return result, form


def handle(job: Job, engine, row_limit: int, *, screen: bool = True) -> Reply:
    """Run one job on `engine` (an OxigraphEngine) and serialize the answer; errors become 4xx replies."""
    from queries.engine import LimitExceeded
    from queries.formats import media_type, write_result
    from queries.guard import Refused
    from queries.protocol import ProtocolError, negotiate

    try:
        if job.name is not None:
            from queries.library import get_query, load_library
            from queries.resolve import bind_params

            if job.name not in load_library():
                raise UnknownQuery(f"no library query called {job.name!r}")
            query = get_query(job.name)
            bindings = bind_params(query, job.values, engine)
            result = engine.query(query.text, bindings, row_limit=row_limit)
            form = {"select": "select", "ask": "ask", "graph": "construct"}[result.kind]
        else:
            assert job.text is not None
            result, form = run_checked(job, engine, row_limit, screen=screen)
        fmt = negotiate(job.accept, form, job.format)
        return Reply(200, media_type(fmt) + ("; charset=utf-8" if fmt != "rdfxml" else ""), write_result(result, fmt))
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


def worker_main(read_fd: int, write_fd: int, graph_paths: list[Path], limits: WorkerLimits) -> None:
    """The loop of a worker process: open the graph, warm the parser, cap memory, then answer jobs until closed."""
    from queries.guard import warm_up

    reader, writer = Connection(read_fd, writable=False), Connection(write_fd, readable=False)
    engine = open_engine(graph_paths, limits.persistent)  # kept open for every job of this worker
    warm_up()
    apply_memory_limit(limits.memory_mb)
    writer.send_bytes(READY)
    while True:
        try:
            job = pickle.loads(reader.recv_bytes())
        except (EOFError, OSError):
            return
        allow_cpu(limits.cpu_seconds)
        try:
            reply = handle(job, engine, limits.row_limit)
        except MemoryError:
            reply = _error(503, memory_message(limits.memory_mb))
            reply = Reply(reply.status, reply.media_type, reply.body, retire=True)
        writer.send_bytes(pickle.dumps(reply, pickle.HIGHEST_PROTOCOL))
        if reply.retire:
            return


def memory_message(memory_mb: int) -> str:
    return (
        f"query cancelled: it needed more than the memory limit of {memory_mb} MB per query worker;"
        " narrow it or add LIMIT"
    )


class Worker:
    """A child process (`python -m queries.workers`) talking over its stdin and a private copy of stdout."""

    def __init__(self, graph_paths: list[Path], limits: WorkerLimits) -> None:
        root = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        env["RUST_BACKTRACE"] = "0"  # a query engine stopped at the memory cap says so in one line, not forty
        numbers = [str(limits.row_limit), str(limits.memory_mb), repr(limits.cpu_seconds), str(int(limits.persistent))]
        args = [sys.executable, "-m", "queries.workers", *numbers, *map(str, graph_paths)]
        self.process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.writer = Connection(os.dup(self.process.stdin.fileno()), readable=False)
        self.reader = Connection(os.dup(self.process.stdout.fileno()), writable=False)
        self.process.stdin.close()
        self.process.stdout.close()
        self.poller = select.poll()  # one poll object per worker, not a selector built per job
        self.poller.register(self.reader.fileno(), select.POLLIN)

    def wait_ready(self, timeout: float) -> None:
        try:
            ready = self.reader.poll(timeout) and self.reader.recv_bytes() == READY
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.stop()
            raise DrugkgError("a query worker did not start", fix="check that the graph loads: drugkg query ...")

    def send(self, job: Job) -> None:
        # Plain pickles over the pipe: multiprocessing's send() builds a ForkingPickler per message.
        self.writer.send_bytes(pickle.dumps(job, pickle.HIGHEST_PROTOCOL))

    def reply(self, timeout: float) -> Reply | None:
        """The worker's reply, waiting at most `timeout` seconds; None when it is late."""
        if not self.poller.poll(max(0, int(timeout * 1000))):
            return None
        return pickle.loads(self.reader.recv_bytes())  # EOFError when the worker died

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(5)
        self.reader.close()
        self.writer.close()

    def ended_by(self, wait: float = 1.0) -> int | None:
        """The signal that ended the process (e.g. SIGXCPU, SIGABRT), waiting up to `wait` s; None if alive."""
        try:
            code = self.process.wait(wait)
        except subprocess.TimeoutExpired:
            return None
        return -code if code < 0 else 0


class PoolClosed(Exception):
    """The pool was closed (a newer generation of the graph replaced it) before the job could start."""


class WorkerPool:
    """A fixed number of workers; `run` lends one to a job and replaces it when the job overruns or kills it."""

    def __init__(
        self, graph_paths: list[Path], size: int, time_limit: float, row_limit: int, limits: WorkerLimits | None = None
    ) -> None:
        self.graph_paths, self.size = graph_paths, max(1, size)
        self.time_limit = time_limit
        self.limits = limits or WorkerLimits(row_limit=row_limit, cpu_seconds=time_limit + 5)
        if uses_store(self.graph_paths):
            self.limits = replace(self.limits, persistent=True)
        self.row_limit = self.limits.row_limit
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.lock = threading.Lock()
        self.all: set[Worker] = set()
        self.closed = False
        self.busy = 0
        self.drained = threading.Condition(self.lock)

    def start(self, timeout: float = 60.0) -> None:
        if self.limits.persistent:  # build the store once, here, before the workers open it read-only
            from base.store import ensure_store

            ensure_store(self.graph_paths[0])  # None (not writable): each worker loads the file in memory
        workers = [self._spawn() for _ in range(self.size)]
        try:
            for worker in workers:
                worker.wait_ready(timeout)
                self.idle.put(worker)
        except BaseException:
            self.close()
            raise

    def _spawn(self) -> Worker:
        worker = Worker(self.graph_paths, self.limits)
        with self.lock:
            self.all.add(worker)
        return worker

    def _replace(self, worker: Worker) -> None:
        with self.lock:
            self.all.discard(worker)
        worker.stop()
        if self.closed:
            return
        fresh = self._spawn()
        try:
            fresh.wait_ready(60.0)
        except DrugkgError:
            return
        self._give_back(fresh)

    def _give_back(self, worker: Worker) -> None:
        if self.closed:
            with self.lock:
                self.all.discard(worker)
            worker.stop()
        else:
            self.idle.put(worker)

    def _replace_later(self, worker: Worker) -> None:
        threading.Thread(target=self._replace, args=(worker,), daemon=True).start()

    def run(self, job: Job) -> Reply:
        """Run `job` on an idle worker (waiting up to the time limit for one); PoolClosed once the pool is closed
        (the server then runs the job on the pool that replaced this one)."""
        deadline = time.monotonic() + self.time_limit
        while True:
            if self.closed:
                raise PoolClosed
            try:
                worker = self.idle.get(timeout=min(0.25, max(0.0, deadline - time.monotonic())))
                break
            except queue.Empty:
                if time.monotonic() >= deadline:
                    return _error(503, "all query workers are busy; try again in a moment")
        with self.lock:
            if self.closed:  # closed while we waited: the worker may already be stopped
                self.idle.put(worker)
                raise PoolClosed
            self.busy += 1
        try:
            return self._run_on(worker, job)
        finally:
            with self.lock:
                self.busy -= 1
                self.drained.notify_all()

    def _run_on(self, worker: Worker, job: Job) -> Reply:
        try:
            worker.send(job)
            reply = worker.reply(self.time_limit)
            if reply is not None:
                if reply.retire:
                    self._replace_later(worker)
                else:
                    self._give_back(worker)
                return reply
        except Exception:  # the worker died or sent garbage: replace it, never lose it from the pool
            signal_number = worker.ended_by()
            self._replace_later(worker)
            return self._death_reply(signal_number)
        self._replace_later(worker)
        return _error(
            503, f"query cancelled: it ran longer than the time limit of {self.time_limit:g} s; narrow it or add LIMIT"
        )

    def _death_reply(self, signal_number: int | None) -> Reply:
        """What to tell the client when its worker died: the limit it hit, when the signal says which."""
        if self.closed:  # stopped by a switch to a new build, not by the query
            return _error(503, "the server switched to a new build while the query ran; send it again")
        if signal_number == signal.SIGXCPU:
            return _error(
                503,
                f"query cancelled: it used more than the CPU limit of {self.limits.cpu_seconds:g} s;"
                " narrow it or add LIMIT",
            )
        if signal_number in (signal.SIGABRT, signal.SIGSEGV, signal.SIGKILL) and self.limits.memory_mb > 0:
            return _error(503, memory_message(self.limits.memory_mb))
        return _error(500, "the query worker stopped unexpectedly; the query was not run to the end")

    def close(self, drain: float = 0.0) -> None:
        """Stop every worker; with `drain`, first wait up to that many seconds for running jobs to finish."""
        with self.lock:
            self.closed = True
            if drain > 0:
                self.drained.wait_for(lambda: self.busy == 0, timeout=drain)
            workers = list(self.all)
            self.all.clear()
        for worker in workers:
            worker.stop()


def main(argv: list[str]) -> None:
    """Entry point of a worker process: `python -m queries.workers ROW_LIMIT MEMORY_MB CPU_SECONDS STORE GRAPH...`."""
    protocol_out = os.dup(1)
    os.dup2(2, 1)  # anything printed by libraries goes to stderr, never into the protocol stream
    limits = WorkerLimits(int(argv[0]), int(argv[1]), float(argv[2]), argv[3] == "1")
    worker_main(0, protocol_out, [Path(p) for p in argv[4:]], limits)


if __name__ == "__main__":  # run the module's own copy, so pickled classes are queries.workers.*
    from queries.workers import main as worker_entry

    worker_entry(sys.argv[1:])
