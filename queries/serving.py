"""The serving machinery under queries/server.py: generations of the graph and a bounded HTTP server.

A `Generation` is one published set of graph files with its worker pool and its VoID; the server swaps the
current generation when a new build is published (docs/decisions/0800-publish-as-a-set.md).
`BoundedHTTPServer` accepts at most `max_connections` connections at once, gives each to the workers
(docs/decisions/0951-workers-answer-connections.md) and keeps dropped connections quiet
(docs/decisions/0802-endpoint-limits.md).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

from queries.worker_pool import PoolParts, WorkerPool

if TYPE_CHECKING:
    from queries.server import Limits


class Generation:
    """One published set of graph files and everything derived from it: the worker pool, the VoID.

    `key` identifies the set (each file's real path, inode, size and time), so a switched link or a
    replaced file is a new generation. A request takes `app.current` once and uses that generation's
    files and workers throughout, so it never sees two builds.
    """

    def __init__(self, paths: list[Path], limits: Limits, parts: PoolParts) -> None:
        self.key = generation_key(paths)
        self.paths = [Path(os.path.realpath(p)) for p in paths]  # this generation's files, whatever links do next
        self.pool = WorkerPool(self.paths, limits.workers, limits.time_limit, limits.worker_limits(), parts)
        self._void: dict[str, bytes] = {}
        self._void_lock = threading.Lock()

    def void(self, endpoint: str) -> bytes:
        """The VoID of this generation's graph, computed once (not once per request)."""
        with self._void_lock:
            if endpoint not in self._void:
                from rdflib import Graph

                from graph_build.describe import void_graph
                from graph_build.write import turtle_text

                graph = Graph()
                for path in self.paths:
                    graph.parse(path, format="turtle")
                self._void[endpoint] = turtle_text(void_graph(graph, endpoint=endpoint)).encode("utf-8")
            return self._void[endpoint]


def generation_key(paths: list[Path]) -> tuple:
    """What identifies the current set of graph files (changes when a build is published)."""
    key = []
    for path in paths:
        try:
            info = os.stat(path)
            key.append((os.path.realpath(path), info.st_ino, info.st_size, info.st_mtime_ns))
        except OSError:
            key.append((str(path), None))
    return tuple(key)


def _log(line: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"drugkg serve: {line}\n")
        sys.stderr.flush()


BUSY = b"too many connections: the server is at its limit; try again in a moment\n"


class BoundedHTTPServer(ThreadingHTTPServer):
    """The listening socket: at most `max_connections` connections at once (the next ones get a short 503),
    each accepted connection given to `dispatch` (the workers answer it; decision 0951). A slot of the cap
    is freed when the server closes its copy of the connection (`slots.release`).

    Errors of connections that clients dropped are not printed (http.server prints a traceback for each).
    """

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type, max_connections: int, dispatch=None) -> None:
        self.slots = threading.BoundedSemaphore(max(1, max_connections))
        self.dispatch = dispatch
        super().__init__(address, handler)

    def process_request(self, request, client_address) -> None:
        if not self.slots.acquire(blocking=False):
            with contextlib.suppress(OSError):
                request.settimeout(1.0)
                request.sendall(
                    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                    + b"Retry-After: 1\r\nConnection: close\r\n"
                    + f"Content-Length: {len(BUSY)}\r\n\r\n".encode("ascii")
                    + BUSY
                )
            self.shutdown_request(request)
            return
        try:
            self.dispatch(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def handle_error(self, request, client_address) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            return
        _log(f"error on a connection from {client_address[0]}: {type(error).__name__}: {error}".splitlines()[0])
