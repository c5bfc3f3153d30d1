"""The server's side of the workers that answer connections themselves (decision 0951).

`Connections` holds the server's copy of every open connection: the connection cap counts them, and when a
worker overruns the time limit or dies, the server answers 503 on its copy. `WorkerPool` starts the
workers (`python -m queries.workers`, each with a control socket and the shared limits), gives each new
connection to the least busy one (its descriptor over the control socket), and runs two threads per pool:
a reader per worker (connections closed, connections handed back, the worker's end) and a supervisor that
stops a query past the time limit (the worker's slot in the shared limits says what it runs since when) and
moves the connections waiting behind a query of more than MOVE_AFTER seconds to a worker running nothing.
A dead worker's in-flight query gets the answer its end explains (time, CPU or memory limit); its other
connections move to another worker, and a replacement starts in its slot.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from base.errors import DrugkgError
from queries.shared_limits import IDLE, RUNNING, WRITING, SharedLimits
from queries.worker_http import answer_bytes, receive_message, send_message
from queries.workers import WorkerLimits, memory_message, uses_store

PARKED_LOST = "too many queries at once from your address; wait for one to finish and send it again"
MOVE_AFTER = 0.1  # seconds a query runs before the connections waiting behind it move to an idle worker
#: How long a switch to a new build waits for the old workers to give their idle connections back (seconds).
DRAIN_ACK_WAIT = 2.0


@dataclass(eq=False)
class Connection:
    sock: socket.socket
    id: int
    client: str
    owner: Worker | None = None
    releasing: bool = False  # asked its worker to give it back (it waits behind a long query)
    parked: bool = False  # its worker read a query that waits for the client's share


class Connections:
    """The server's copies of the open connections; `release` frees a slot of the connection cap."""

    def __init__(self) -> None:
        self.table: dict[int, Connection] = {}
        self.lock = threading.Lock()
        self.ids = itertools.count(1)
        self.release: Callable[[], None] = lambda: None

    def add(self, sock: socket.socket, client: str) -> Connection:
        conn = Connection(sock, next(self.ids), client)
        with self.lock:
            self.table[conn.id] = conn
        return conn

    def get(self, conn_id: int) -> Connection | None:
        with self.lock:
            return self.table.get(conn_id)

    def close(self, conn: Connection) -> None:
        with self.lock:
            if self.table.pop(conn.id, None) is None:
                return
        with contextlib.suppress(OSError):
            conn.sock.shutdown(socket.SHUT_RDWR)
        conn.sock.close()
        self.release()

    def answer_and_close(self, conn: Connection, status: int, message: str) -> None:
        """Answer `message` on the server's copy (the worker is gone), then close."""
        from queries.worker_http import Date

        headers = {"Retry-After": "1"} if status in (429, 503) else {}
        body = (message + "\n").encode()
        data = answer_bytes(status, "text/plain; charset=utf-8", body, headers, True, False, Date())
        with contextlib.suppress(OSError):
            conn.sock.settimeout(1.0)
            conn.sock.sendall(data)
        self.close(conn)

    def close_all(self) -> None:
        with self.lock:
            conns = list(self.table.values())
        for conn in conns:
            self.close(conn)


class Worker:
    """A worker process (`python -m queries.workers CONTROL_FD SHARED_FD SLOT`) and its control socket."""

    def __init__(self, slot: int, shared: SharedLimits, config: dict) -> None:
        root = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        env["RUST_BACKTRACE"] = "0"  # a query engine stopped at the memory cap says so in one line, not forty
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        args = [sys.executable, "-m", "queries.workers", str(theirs.fileno()), str(shared.fd), str(slot)]
        self.process = subprocess.Popen(args, pass_fds=(theirs.fileno(), shared.fd), env=env, stdin=subprocess.DEVNULL)
        theirs.close()
        self.control, self.slot = ours, slot
        self.conns: set[int] = set()
        self.ready = threading.Event()
        self.gone = threading.Event()
        self.send_lock = threading.Lock()
        self.timed_out = False
        self.draining = False
        self.drain_seen = threading.Event()  # the worker read "drain" and gave its idle connections back
        send_message(self.control, ("config", config))

    def send(self, message: tuple, fds: list[int] = ()) -> None:
        with self.send_lock:
            send_message(self.control, message, fds)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(5)

    def ended_by(self, wait: float = 1.0) -> int | None:
        """The signal that ended the process (e.g. SIGXCPU, SIGABRT), waiting up to `wait` s; None if alive."""
        try:
            code = self.process.wait(wait)
        except subprocess.TimeoutExpired:
            return None
        return -code if code < 0 else 0


class PoolClosed(Exception):
    """The pool was closed (a newer generation of the graph replaced it)."""


class IdleCount:
    """`pool.idle.qsize()`: how many workers are started and run no query."""

    def __init__(self, pool: WorkerPool) -> None:
        self.pool = pool

    def qsize(self) -> int:
        return sum(1 for w in list(self.pool.all) if w.ready.is_set() and self.pool.shared.slot(w.slot)[0] == IDLE)


@dataclass
class PoolParts:
    """What a pool shares with the server: the limits in shared memory, the connections, the worker slots, and
    what to do with a connection a worker hands back (`back(conn, reason, data, counted)`)."""

    shared: SharedLimits
    connections: Connections
    slots: list[int]
    config: Callable[[], dict]
    back: Callable[[Connection, str, bytes, bool], None]
    rehome: Callable[[Connection, bytes, bool], None]
    pending: list = field(default_factory=list)


class WorkerPool:
    """A fixed number of workers answering connections; late or dead ones are replaced in their slot."""

    def __init__(self, graph_paths: list[Path], size: int, time_limit: float, limits: WorkerLimits, parts: PoolParts):
        self.graph_paths, self.size = graph_paths, max(1, size)
        self.time_limit, self.parts, self.shared = time_limit, parts, parts.shared
        self.limits = replace(limits, persistent=True) if uses_store(graph_paths) else limits
        self.row_limit = self.limits.row_limit
        self.lock = threading.Lock()
        self.all: set[Worker] = set()
        self.idle = IdleCount(self)
        self.closed = False
        self.pending: list[tuple[Connection, bytes, bool]] = []
        self.supervisor: threading.Thread | None = None

    def start(self, timeout: float = 60.0) -> None:
        if self.limits.persistent:  # build the store once, here, before the workers open it read-only
            from base.store import ensure_store

            ensure_store(self.graph_paths[0])
        workers = [self._spawn(slot) for slot in self.parts.slots[: self.size]]
        try:
            for worker in workers:
                self._wait_ready(worker, timeout)
        except BaseException:
            self.close()
            raise
        self.supervisor = threading.Thread(target=self._supervise, name="drugkg-supervisor", daemon=True)
        self.supervisor.start()

    def _config(self) -> dict:
        limits = self.limits
        return {
            **self.parts.config(),
            "graph_paths": self.graph_paths,
            "persistent": limits.persistent,
            "row_limit": limits.row_limit,
            "memory_mb": limits.memory_mb,
            "cpu_seconds": limits.cpu_seconds,
        }

    def _spawn(self, slot: int) -> Worker:
        self.shared.set_slot(slot, IDLE)
        worker = Worker(slot, self.shared, self._config())
        with self.lock:
            self.all.add(worker)
        threading.Thread(target=self._read, args=(worker,), name="drugkg-worker-reader", daemon=True).start()
        return worker

    def _wait_ready(self, worker: Worker, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not worker.ready.wait(0.1):
            if worker.gone.is_set() or time.monotonic() > deadline:
                worker.stop()
                raise DrugkgError("a query worker did not start", fix="check that the graph loads: drugkg query ...")
        self._flush_pending()

    # --- connections in and out

    def dispatch(self, conn: Connection, leftover: bytes = b"", counted: bool = False) -> None:
        """Give `conn` to the least busy started worker (one running no query first); PoolClosed once closed."""
        with self.lock:
            if self.closed:
                raise PoolClosed
            ready = [w for w in self.all if w.ready.is_set() and not w.gone.is_set() and not w.draining]
            if not ready:  # every worker is being replaced: the first one started takes it
                self.pending.append((conn, leftover, counted))
                return
            worker = min(ready, key=lambda w: (self.shared.slot(w.slot)[0] != IDLE, len(w.conns), w.slot))
            worker.conns.add(conn.id)
            conn.owner, conn.releasing, conn.parked = worker, False, False
        with contextlib.suppress(OSError):  # the worker just died: its reader moves its connections, this one too
            worker.send(("conn", conn.id, conn.client, leftover, counted), [conn.sock.fileno()])

    def _flush_pending(self) -> None:
        with self.lock:
            pending, self.pending = self.pending, []
        for conn, leftover, counted in pending:
            self.parts.rehome(conn, leftover, counted)

    def _read(self, worker: Worker) -> None:
        """The messages of one worker, until it ends; then its connections are answered or moved."""
        connections = self.parts.connections
        while True:
            try:
                message, fds = receive_message(worker.control)
            except (OSError, EOFError):
                break
            for fd in fds:
                os.close(fd)
            kind = message[0]
            if kind == "ready":
                worker.ready.set()
                self._flush_pending()
            elif kind == "closed":
                worker.conns.discard(message[1])
                conn = connections.get(message[1])
                if conn is not None:
                    connections.close(conn)
            elif kind == "draining":
                worker.drain_seen.set()
            elif kind in ("parked", "unparked"):
                conn = connections.get(message[1])
                if conn is not None:
                    conn.parked = kind == "parked"
            elif kind == "back":
                _, conn_id, reason, data, counted = message
                worker.conns.discard(conn_id)
                conn = connections.get(conn_id)
                if conn is not None:
                    conn.owner = None
                    self.parts.back(conn, reason, data, counted)
        worker.gone.set()
        self._ended(worker)

    def _supervise(self) -> None:
        """Every tick: kill a worker whose query outlived the time limit; move the connections that wait behind a
        query running longer than MOVE_AFTER to a worker running nothing (they stay with their worker otherwise)."""
        tick = min(0.05, max(0.005, self.time_limit / 20))
        while not self.closed:
            time.sleep(tick)
            now = time.monotonic()
            workers = list(self.all)
            slots = {w: self.shared.slot(w.slot) for w in workers}
            free = any(w.ready.is_set() and not w.draining and slots[w][0] == IDLE for w in workers)
            for worker in workers:
                state, _, running, started, _ = slots[worker]
                if state == RUNNING and now - started > self.time_limit and not worker.timed_out:
                    if self.shared.slot(worker.slot)[:4] != slots[worker][:4]:
                        continue  # a record read while its worker wrote it: read it again next tick (decision 0953)
                    worker.timed_out = True
                    with contextlib.suppress(OSError):
                        worker.process.kill()
                elif state == RUNNING and free and now - started > MOVE_AFTER:
                    self._move_waiting(worker, running)

    def _move_waiting(self, worker: Worker, running: int) -> None:
        """Ask `worker` (busy with connection `running`) to give back every other connection with a request
        waiting unread; its listener thread answers at once, and the server gives them to an idle worker."""
        connections = self.parts.connections
        for conn_id in list(worker.conns):
            conn = connections.get(conn_id)
            if conn_id == running or conn is None or conn.releasing:
                continue
            with contextlib.suppress(OSError, ValueError):
                if conn.parked or select.select([conn.sock], [], [], 0)[0]:  # a request waits (or the end)
                    conn.releasing = True
                    worker.send(("release", conn_id))

    def _ended(self, worker: Worker) -> None:
        """A worker ended (killed at a limit, crashed, retired or stopped): answer its query, move the rest."""
        signal_number = worker.ended_by(5.0)
        state, _, conn_id, _, _ = self.shared.slot(worker.slot)
        self.shared.set_slot(worker.slot, IDLE)
        worker.control.close()
        with self.lock:
            self.all.discard(worker)
            owned = list(worker.conns)
            worker.conns.clear()
        connections = self.parts.connections
        for each in owned:
            conn = connections.get(each)
            if conn is None:
                continue
            conn.owner = None
            if each == conn_id and state == RUNNING:
                connections.answer_and_close(conn, 503, self._death_message(worker, signal_number))
            elif each == conn_id and state == WRITING:
                connections.close(conn)  # half an answer went out: only closing is honest
            elif conn.parked:  # its query was read and waited for the client's share: that answer, now
                connections.answer_and_close(conn, 429, PARKED_LOST)
            else:
                self.parts.rehome(conn, b"", False)
        if not self.closed and not worker.draining:
            threading.Thread(target=self._replace, args=(worker.slot,), daemon=True).start()

    def _replace(self, slot: int) -> None:
        if self.closed:
            return
        fresh = self._spawn(slot)
        with contextlib.suppress(DrugkgError):
            self._wait_ready(fresh, 60.0)

    def _death_message(self, worker: Worker, signal_number: int | None) -> str:
        """What to tell the client whose query's worker ended: the limit it hit, when the end says which."""
        if worker.timed_out:
            return (
                f"query cancelled: it ran longer than the time limit of {self.time_limit:g} s; narrow it or add LIMIT"
            )
        if self.closed:  # stopped by a switch to a new build, not by the query
            return "the server switched to a new build while the query ran; send it again"
        if signal_number == signal.SIGXCPU:
            limit = self.limits.cpu_seconds
            return f"query cancelled: it used more than the CPU limit of {limit:g} s; narrow it or add LIMIT"
        if signal_number in (signal.SIGABRT, signal.SIGSEGV, signal.SIGKILL) and self.limits.memory_mb > 0:
            return memory_message(self.limits.memory_mb)
        return "the query worker stopped unexpectedly; the query was not run to the end"

    def begin_drain(self, wait: float = DRAIN_ACK_WAIT) -> None:
        """Tell every worker to hand its connections back (for the new generation) and stop after its query; wait up
        to `wait` s until each has read that and given its idle connections back, so that a request sent after the
        switch on a kept-alive connection is never answered by the old build."""
        told = []
        for worker in list(self.all):
            if not worker.draining:
                worker.draining = True
                with contextlib.suppress(OSError):
                    worker.send(("drain",))
                    told.append(worker)
        deadline = time.monotonic() + wait
        for worker in told:
            while not (worker.drain_seen.is_set() or worker.gone.is_set()) and time.monotonic() < deadline:
                worker.drain_seen.wait(0.01)

    def close(self, drain: float = 0.0) -> None:
        """Stop every worker; with `drain`, first let each finish its query and hand its connections back."""
        with self.lock:
            self.closed = True
            workers = list(self.all)
            pending, self.pending = self.pending, []
        for conn, leftover, counted in pending:
            self.parts.rehome(conn, leftover, counted)
        if drain > 0:
            self.begin_drain()
            deadline = time.monotonic() + drain
            for worker in workers:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    worker.process.wait(max(0.0, deadline - time.monotonic()))
        for worker in workers:
            worker.stop()
