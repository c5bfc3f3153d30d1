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

import os
import queue
import subprocess
import sys
import threading
from dataclasses import dataclass, field
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


def _error(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def handle(job: Job, engine, row_limit: int) -> Reply:
    """Run one job on `engine` (an OxigraphEngine) and serialize the answer; errors become 4xx replies."""
    from queries.engine import LimitExceeded
    from queries.formats import media_type, write_result
    from queries.guard import Refused, check_query
    from queries.protocol import ProtocolError, negotiate

    try:
        if job.name is not None:
            from queries.library import get_query
            from queries.resolve import bind_params

            query = get_query(job.name)
            bindings = bind_params(query, job.values, engine)
            result = engine.query(query.text, bindings, row_limit=row_limit)
            form = {"select": "select", "ask": "ask", "graph": "construct"}[result.kind]
        else:
            assert job.text is not None
            checked = check_query(job.text, engine.graph_names())
            form = checked.form
            # Protocol dataset parameters select graphs of the store; a graph it does not hold is empty
            # (as in Oxigraph server) and nothing is ever fetched. FROM in the text is refused (guard).
            result = engine.query(
                job.text,
                default_graphs=job.default_graphs or None,
                named_graphs=job.named_graphs or None,
                row_limit=row_limit,
                base_iri=job.base_iri,
            )
        fmt = negotiate(job.accept, form, job.format)
        return Reply(200, media_type(fmt) + ("; charset=utf-8" if fmt != "rdfxml" else ""), write_result(result, fmt))
    except LimitExceeded as exc:
        return _error(422 if exc.limit_kind == "rows" else 503, exc.line())
    except (Refused, ProtocolError) as exc:
        return _error(exc.status, exc.line())
    except DrugkgError as exc:
        return _error(400, exc.line())


def worker_main(read_fd: int, write_fd: int, graph_paths: list[Path], row_limit: int) -> None:
    """The loop of a worker process: load the graph, warm the parser, then answer jobs until closed."""
    from queries.engine import OxigraphEngine
    from queries.guard import warm_up

    reader, writer = Connection(read_fd, writable=False), Connection(write_fd, readable=False)
    engine = OxigraphEngine.from_files(graph_paths)
    warm_up()
    writer.send("ready")
    while True:
        try:
            job = reader.recv()
        except (EOFError, OSError):
            return
        writer.send(handle(job, engine, row_limit))


class Worker:
    """A child process (`python -m queries.workers`) talking over its stdin and a private copy of stdout."""

    def __init__(self, graph_paths: list[Path], row_limit: int) -> None:
        root = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        args = [sys.executable, "-m", "queries.workers", str(row_limit), *map(str, graph_paths)]
        self.process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.writer = Connection(os.dup(self.process.stdin.fileno()), readable=False)
        self.reader = Connection(os.dup(self.process.stdout.fileno()), writable=False)
        self.process.stdin.close()
        self.process.stdout.close()

    def wait_ready(self, timeout: float) -> None:
        try:
            ready = self.reader.poll(timeout) and self.reader.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.stop()
            raise DrugkgError("a query worker did not start", fix="check that the graph loads: drugkg query ...")

    def send(self, job: Job) -> None:
        self.writer.send(job)

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(5)
        self.reader.close()
        self.writer.close()


class WorkerPool:
    """A fixed number of workers; `run` lends one to a job and replaces it when the job overruns."""

    def __init__(self, graph_paths: list[Path], size: int, time_limit: float, row_limit: int) -> None:
        self.graph_paths, self.size = graph_paths, max(1, size)
        self.time_limit, self.row_limit = time_limit, row_limit
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.lock = threading.Lock()
        self.all: set[Worker] = set()
        self.closed = False

    def start(self, timeout: float = 60.0) -> None:
        workers = [self._spawn() for _ in range(self.size)]
        for worker in workers:
            worker.wait_ready(timeout)
            self.idle.put(worker)

    def _spawn(self) -> Worker:
        worker = Worker(self.graph_paths, self.row_limit)
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
        self.idle.put(fresh)

    def run(self, job: Job) -> Reply:
        try:
            worker = self.idle.get(timeout=self.time_limit)
        except queue.Empty:
            return _error(503, "all query workers are busy; try again in a moment")
        try:
            worker.send(job)
            if worker.reader.poll(self.time_limit):
                reply = worker.reader.recv()
                self.idle.put(worker)
                return reply
        except Exception:  # the worker died or sent garbage: replace it, never lose it from the pool
            threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
            return _error(500, "the query worker stopped unexpectedly; the query was not run to the end")
        threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
        return _error(
            503, f"query cancelled: it ran longer than the time limit of {self.time_limit:g} s; narrow it or add LIMIT"
        )

    def close(self) -> None:
        self.closed = True
        with self.lock:
            workers = list(self.all)
            self.all.clear()
        for worker in workers:
            worker.stop()


def main(argv: list[str]) -> None:
    """Entry point of a worker process: `python -m queries.workers ROW_LIMIT GRAPH...`."""
    protocol_out = os.dup(1)
    os.dup2(2, 1)  # anything printed by libraries goes to stderr, never into the protocol stream
    worker_main(0, protocol_out, [Path(p) for p in argv[1:]], int(argv[0]))


if __name__ == "__main__":  # run the module's own copy, so pickled classes are queries.workers.*
    from queries.workers import main as worker_entry

    worker_entry(sys.argv[1:])
