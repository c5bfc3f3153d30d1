"""`drugkg serve`: a read-only SPARQL 1.1 Protocol endpoint with a web page for the query library.

Routes (all answers carry CORS headers, so browser clients on other origins can query):

    /               the web page (queries/web/index.html): write and run queries, run library queries
    /void           the dataset's VoID/DCAT description, with this endpoint as its void:sparqlEndpoint
    /sparql         the endpoint: GET ?query=, POST form, POST application/sparql-query; without a query,
                    the service description (Turtle, N-Triples, JSON-LD or RDF/XML by Accept)
    /library        the library as JSON (names, titles, descriptions, parameters, text)
    /library/NAME   run a library query; parameters as URL parameters (?drug=Klonopin), format by Accept
                    or ?format=

More pages are mounted by adding to ROUTES: a path (or a prefix ending in "/*") mapped to a function that
takes a Request and returns a Response, e.g. ``ROUTES["/graph"] = my_handler`` before `start()`; see
docs/sparql.md. Queries run in worker processes (queries/workers.py) with a time, a row, a memory and a CPU
limit. Routes other than /sparql, /library and the static page run in the server process: they count
against `Limits.in_process` (at most that many at once), like worker jobs count against each client's share.

Every request holds to the limits of docs/reliability.md: a hard body cap whatever the headers say, socket
timeouts, a bounded number of connections, a per-client rate (429 with Retry-After), per-client shares of the
workers, no server path or stack trace in any answer. When the graph files are switched (a new build is
published, base/publish.py), the server notices within `Limits.reload_interval` seconds and switches every
route and worker to the new set at once (`Generation`).
"""

from __future__ import annotations

import contextlib
import contextvars
import io
import json
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from base.errors import DrugkgError
from queries.client_limits import scrub
from queries.protocol import FORM_MEDIA, ProtocolError, media_type_of, read_query_request
from queries.serving import BoundedHTTPServer, Generation, _log, generation_key
from queries.shared_limits import SLOTS, SharedLimits
from queries.worker_pool import Connection, Connections, PoolClosed, PoolParts, WorkerPool
from queries.workers import Job, Reply, WorkerLimits

WEB = Path(__file__).resolve().parent / "web"


@dataclass(frozen=True)
class Limits:
    """The endpoint's limits (docs/reliability.md lists them with their reasons).

    time_limit: seconds per query; row_limit: rows (or triples) per answer; max_body: bytes per request
    body; workers: query worker processes; memory_mb: private memory per worker, MB (RLIMIT_DATA; 0: no
    cap); cpu_seconds: CPU per query (0: time_limit + 5); socket_timeout: seconds a connection may stay
    silent (reading a request or idle between requests); max_connections: connections served at once (more get 503);
    rate / burst: requests per second per client address, and the burst allowed (rate 0: no limit);
    client_jobs: queries one client may have running at once (0: all workers but one, at least one);
    request_timeout: seconds from a request's first byte to the end of its body, however slowly it drips in;
    in_process: in-process page requests (/void, /explore, ...) at once; reload_interval: seconds between
    checks for a new build (0: never switch).
    """

    time_limit: float = 10.0
    row_limit: int = 10000
    max_body: int = 65536
    workers: int = 2
    memory_mb: int = 1024
    cpu_seconds: float = 0.0
    socket_timeout: float = 10.0
    request_timeout: float = 30.0
    max_connections: int = 64
    rate: float = 20.0
    burst: int = 40
    client_jobs: int = 0
    in_process: int = 2
    reload_interval: float = 1.0

    def worker_limits(self) -> WorkerLimits:
        return WorkerLimits(self.row_limit, self.memory_mb, self.cpu_seconds or self.time_limit + 5)

    def jobs_per_client(self) -> int:
        return self.client_jobs or max(1, self.workers - 1)


@dataclass
class Request:
    """What a route handler sees: method, path, URL parameters, headers, body (capped), the app."""

    method: str
    path: str
    url_query: str
    headers: dict[str, str]
    body: bytes
    app: App

    def params(self) -> dict[str, list[str]]:
        return urllib.parse.parse_qs(self.url_query, keep_blank_values=True)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    media_type: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Request], Response]
ROUTES: dict[str, Handler] = {}


def route(path: str) -> Callable[[Handler], Handler]:
    """Register a handler for `path` (exact) or for every path under a prefix ending in "/*"."""

    def register(handler: Handler) -> Handler:
        ROUTES[path] = handler
        return handler

    return register


def find_route(path: str) -> Handler | None:
    key = route_key(path)
    return ROUTES[key] if key is not None else None


def text(status: int, message: str) -> Response:
    return Response(status, (message.rstrip("\n") + "\n").encode("utf-8"))


def from_reply(reply: Reply) -> Response:
    return Response(reply.status, reply.body, reply.media_type)


#: The address of the client a handler thread is serving (for per-client shares of the workers).
CLIENT: contextvars.ContextVar[str] = contextvars.ContextVar("client", default="")
#: Routes that never run in the server process beyond a file read (their work is bounded by the workers).
LIGHT_ROUTES = {"/", "/app.js", "/library", "/sparql", "/library/*", "/vendor/*"}


class HandOff(Exception):  # not an error: the request goes to a worker
    """Raised by `App.run` in the server process: the request it read is a query, for a worker to answer."""


class App:
    """The state shared by the handlers: the current generation of the graph, the limits, the guards."""

    def __init__(self, graph_paths: list[Path], limits: Limits) -> None:
        for path in graph_paths:
            if not Path(path).is_file():
                raise DrugkgError("graph file not found", where=path, fix="run `drugkg build` first or pass --graph")
        self.given_paths = [Path(p) for p in graph_paths]
        self.limits = limits
        self.base_url = ""
        self.review: object | None = None  # the review desk of `drugkg serve --review` (queries/review_serve.py)
        self.shared = SharedLimits.create(limits.rate, limits.burst)  # the rate limit and shares, every process
        self.rate = self.shared
        self.connections = Connections()
        self.handler_class: type = RequestHandler  # bound to this app by SparqlServer
        self.free_slots = list(range(SLOTS))
        self._slots_lock = threading.Lock()
        self.current = self._generation()
        self.in_process = threading.BoundedSemaphore(max(1, limits.in_process))
        self._switch_lock = threading.Lock()
        self._failed_key: tuple | None = None
        self._stopping = threading.Event()
        self._watcher: threading.Thread | None = None
        self.switches = 0

    @property
    def graph_paths(self) -> list[Path]:
        """The current generation's graph files (their real paths)."""
        return self.current.paths

    @property
    def pool(self) -> WorkerPool:
        return self.current.pool

    def _generation(self) -> Generation:
        """A new generation of the graph's files, its workers in free slots of the shared limits."""
        with self._slots_lock:
            if len(self.free_slots) < self.limits.workers:
                raise DrugkgError(
                    f"no room for {self.limits.workers} more query workers (at most {SLOTS} at once)",
                    fix="use fewer --workers",
                )
            self.free_slots.sort()  # the lowest first, so a claim reads few slots
            slots, self.free_slots = self.free_slots[: self.limits.workers], self.free_slots[self.limits.workers :]
            self.shared.set_used(max(set(range(SLOTS)) - set(self.free_slots)) + 1)
        parts = PoolParts(self.shared, self.connections, slots, self.worker_config, self.back, self.rehome)
        return Generation(self.given_paths, self.limits, parts)

    def _free(self, generation: Generation, drain: float = 0.0) -> None:
        generation.pool.close(drain=drain)
        with self._slots_lock:
            self.free_slots += generation.pool.parts.slots

    def worker_config(self) -> dict:
        """What every worker needs to answer connections as the server would."""
        limits = self.limits
        return {
            "max_body": limits.max_body,
            "socket_timeout": limits.socket_timeout,
            "jobs_per_client": limits.jobs_per_client(),
            "base_url": self.base_url,
            "private_paths": [*self.graph_paths, *self.given_paths],
            "rate": limits.rate,
            "burst": limits.burst,
        }

    def start(self) -> None:
        self.current.pool.start()
        if self.limits.reload_interval > 0:
            self._watcher = threading.Thread(target=self._watch, name="drugkg-reload", daemon=True)
            self._watcher.start()

    def stop(self) -> None:
        self._stopping.set()
        self.current.pool.close()
        self.connections.close_all()

    # --- connections: the workers answer them; the server reads what they hand back (decision 0951)

    def accept(self, sock, address) -> None:
        """A new connection (from the listening socket): to a worker of the current generation."""
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = self.connections.add(sock, str(address[0]) if address else "")
        self.rehome(conn, b"", False)

    def rehome(self, conn: Connection, leftover: bytes, counted: bool) -> None:
        """Give `conn` (with bytes already read from it) to a worker of the current generation."""
        for _ in range(3):  # a pool closed by a switch between our look-up and the hand-over: use the new one
            try:
                return self.current.pool.dispatch(conn, leftover, counted)
            except PoolClosed:
                continue
        self.connections.close(conn)

    def back(self, conn: Connection, reason: str, data: bytes, counted: bool) -> None:
        """A worker handed `conn` back: a request it does not answer itself ("slow"), an answer the client did
        not take at once ("write"), or a worker stopping for a new build ("moved")."""
        if reason == "moved":
            self.rehome(conn, data, counted)
            return
        target = self._write_rest if reason.startswith("write") else self._serve_one
        args = (conn, data, reason == "write-close") if target == self._write_rest else (conn, data, counted)
        threading.Thread(target=target, args=args, name="drugkg-connection", daemon=True).start()

    def _write_rest(self, conn: Connection, data: bytes, close: bool) -> None:
        try:
            conn.sock.settimeout(self.limits.socket_timeout)
            conn.sock.sendall(data)
        except OSError:
            close = True
        if close:
            self.connections.close(conn)
        else:
            self.rehome(conn, b"", False)

    def _serve_one(self, conn: Connection, data: bytes, counted: bool) -> None:
        """Read and answer one request on `conn` with the server's own handler (all its clocks and caps), then
        give the connection back to a worker, or close it."""
        handler_class = self.handler_class
        try:
            conn.sock.settimeout(self.limits.socket_timeout)
            handler = handler_class(conn.sock, (conn.client, 0), None, prefix=data, counted=counted)
        except Exception as exc:  # a dropped connection or a bug: never a traceback
            if not isinstance(exc, ConnectionError | TimeoutError | OSError):
                _log(f"error on a connection from {conn.client}: {type(exc).__name__}: {exc}".splitlines()[0])
            self.connections.close(conn)
            return
        if handler.handoff is not None:
            self.rehome(conn, handler.handoff + handler.leftover, True)
        elif handler.close_connection:
            self.connections.close(conn)
        else:
            self.rehome(conn, handler.leftover, False)

    def _watch(self) -> None:
        while not self._stopping.wait(self.limits.reload_interval):
            with contextlib.suppress(Exception):  # a half-published or broken set: keep serving the old one
                self.reload()

    def reload(self) -> bool:
        """Switch to a new generation when the graph files changed; True when it switched.

        The new workers load and start before the switch; requests already running finish on the old
        generation, whose workers stop once they are done.
        """
        with self._switch_lock:
            key = generation_key(self.given_paths)
            if key in (self.current.key, self._failed_key):  # unchanged, or a set that did not load (tried once)
                return False
            fresh = self._generation()
            try:
                fresh.pool.start()
            except DrugkgError as exc:
                self._free(fresh)
                self._failed_key = key
                _log(f"a new build was found but its graph does not load ({exc.line()}); still serving the old one")
                raise
            old, self.current = self.current, fresh
            self.switches += 1
        old.pool.begin_drain()  # before returning: a request sent after the switch is never the old build's
        threading.Thread(target=self._free, args=(old, self.limits.time_limit + 1), daemon=True).start()
        return True

    def run(self, job: Job) -> Response:
        """Queries are the workers' to run: the request goes to a worker whole (`HandOff`)."""
        raise HandOff

    @contextlib.contextmanager
    def in_process_slot(self) -> Iterator[bool]:
        """A slot for in-process page work (bounded at `Limits.in_process`); False when none frees in time."""
        acquired = self.in_process.acquire(timeout=self.limits.time_limit)
        try:
            yield acquired
        finally:
            if acquired:
                self.in_process.release()


@route("/sparql")
def sparql(request: Request) -> Response:
    job = sparql_job(request.method, request.url_query, request.header("content-type"), request.body,
                     request.header("accept"), request.app.base_url)  # fmt: skip
    if job is None:
        from queries.service import describe_service

        return describe_service(request.app.base_url + "/sparql", request.header("accept"), request.app.limits)
    return job if isinstance(job, Response) else request.app.run(job)


def sparql_job(
    method: str, url_query: str, content_type: str | None, body: bytes, accept: str | None, base_url: str
) -> Job | Response | None:
    """The query job a /sparql request asks for, its refusal, or None (no query: the service description).
    The same function reads the request in the server process and in a worker that answers it itself."""
    try:
        operation = read_query_request(method, url_query, content_type, body)
    except ProtocolError as exc:
        response = text(exc.status, exc.line())
        if exc.status == 405:
            response.headers["Allow"] = "GET, POST, OPTIONS"
        return response
    if operation is None:
        return None
    return Job(
        text=operation.query,
        accept=accept,
        format=operation.format,
        default_graphs=operation.default_graphs,
        named_graphs=operation.named_graphs,
        base_iri=base_url + "/sparql",
    )


@route("/library")
def library_list(request: Request) -> Response:
    from queries.library import load_library

    items = [
        {
            "name": q.name,
            "title": q.title,
            "description": q.description,
            "params": [
                {
                    "name": p.name,
                    "type": p.type,
                    "default": p.default,
                    "label": p.label,
                    "required": p.required,
                    "example": p.example,
                    "classes": list(p.classes),
                }
                for p in q.params
            ],
            "text": q.text,
        }
        for q in load_library().values()
        if not q.problems
    ]
    return Response(200, json.dumps(items, indent=1).encode("utf-8"), "application/json")


@route("/library/*")
def library_run(request: Request) -> Response:
    job = library_job(request.method, request.path, request.url_query, request.header("content-type"),
                      request.body, request.header("accept"))  # fmt: skip
    return job if isinstance(job, Response) else request.app.run(job)


def library_job(
    method: str, path: str, url_query: str, content_type: str | None, body: bytes, accept: str | None
) -> Job | Response:
    """The job of a /library/NAME request (parameters from the URL or a form body), or its refusal."""
    if method not in ("GET", "HEAD", "POST"):
        return text(405, f"method {method} not allowed; use GET or POST")
    name = urllib.parse.unquote(path.removeprefix("/library/"))
    params = urllib.parse.parse_qs(url_query, keep_blank_values=True)
    if method == "POST" and body:
        kind, options = media_type_of(content_type)
        if kind != FORM_MEDIA:
            return text(415, f"a POST to a library query sends a form ({FORM_MEDIA}), not {kind or '(none)'}")
        if options.get("charset", "utf-8") not in ("utf-8", "utf8"):
            return text(415, "the form must be UTF-8")
        try:
            form = urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True, errors="strict")
        except (UnicodeDecodeError, ValueError):
            return text(400, "the form body is not UTF-8 form data")
        for key, values in form.items():
            params.setdefault(key, [])
            params[key] += values
    if any(len(v) > 1 for v in params.values()):
        return text(400, "each parameter may be given once (in the URL or the form, not both)")
    values = {k: v[0] for k, v in params.items() if k != "format"}
    fmt = params.get("format", [None])[0]
    return Job(name=name, values=values, accept=accept, format=fmt)


@route("/")
def index(request: Request) -> Response:
    return Response(200, (WEB / "index.html").read_bytes(), "text/html; charset=utf-8")


@route("/app.js")
def app_js(request: Request) -> Response:
    return Response(200, (WEB / "app.js").read_bytes(), "text/javascript; charset=utf-8")


#: The vendored editor's files (queries/web/vendor/, licences beside them), by exact name: nothing else is served.
VENDOR = {
    "yasqe/yasqe.min.js": "text/javascript; charset=utf-8",
    "yasqe/yasqe.min.css": "text/css; charset=utf-8",
    "yasqe/LICENSE": "text/plain; charset=utf-8",
}


@route("/vendor/*")
def vendor(request: Request) -> Response:
    name = request.path.removeprefix("/vendor/")
    if name not in VENDOR:
        return text(404, "no such file")
    response = Response(200, (WEB / "vendor" / name).read_bytes(), VENDOR[name])
    response.headers["Cache-Control"] = "max-age=86400"
    return response


@route("/terms")
def graph_terms(request: Request) -> Response:
    """The graph's classes, predicates, entities and labels (queries/terms.py), for the page's autocompletion."""
    from queries.terms import terms_json

    generation = request.app.current
    return Response(200, terms_json(generation.paths, generation.key), "application/json")


@route("/void")
def void_description(request: Request) -> Response:
    """The dataset's VoID/DCAT description, naming this endpoint as its void:sparqlEndpoint (computed once per
    generation of the graph, so requests cost a look-up, not a parse of the graph)."""
    body = request.app.current.void(request.app.base_url + "/sparql")
    body += prefix_declarations(request.app.base_url + "/sparql")
    return Response(200, body, "text/turtle; charset=utf-8")


def prefix_declarations(endpoint: str) -> bytes:
    """The prefixes known to the endpoint as SHACL declarations of the VoID dataset (N-Triples, valid Turtle)."""
    import pyoxigraph as ox

    from graph_build.describe import DATASET
    from queries.prefixes import declaration_triples

    return ox.serialize(sorted(declaration_triples(str(DATASET), endpoint), key=str), format=ox.RdfFormat.N_TRIPLES)


class DeadlineReader(io.RawIOBase):
    """The connection's reading side with two clocks: each receive waits at most the socket timeout, and a
    request must arrive whole (head and body) within `request_timeout` of its first byte, so a client that
    drips one byte just inside the socket timeout is still cut off. `prefix`: bytes a worker already read
    from the connection, read first. With `nonblocking`, a receive that would wait returns None instead."""

    def __init__(self, sock, handler: RequestHandler, prefix: bytes = b"") -> None:
        self.sock, self.handler, self.prefix = sock, handler, prefix
        self.nonblocking = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int | None:
        handler = self.handler
        if self.prefix:
            count = min(len(buffer), len(self.prefix))
            buffer[:count], self.prefix = self.prefix[:count], self.prefix[count:]
        elif self.nonblocking:
            try:
                self.sock.settimeout(0.0)
                return self.sock.recv_into(buffer)
            except BlockingIOError:
                return None
            finally:
                self.sock.settimeout(handler.timeout)
        else:
            wait = handler.timeout
            if handler.deadline is not None:
                remaining = handler.deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("the request did not arrive within the request timeout")
                wait = min(wait, remaining)
            self.sock.settimeout(wait)
            count = self.sock.recv_into(buffer)
        if count and handler.waiting:
            handler.waiting = False
            handler.deadline = time.monotonic() + handler.request_timeout
        return count


class RequestHandler(BaseHTTPRequestHandler):
    """The server's own reading of one request on a connection a worker handed back (half a request, a body
    still to come, a page computed in the server): every clock and cap of docs/reliability.md. A query it
    reads goes back to a worker whole (`handoff`); the connection then returns to a worker (decision 0951)."""

    server_version = "drugkg"
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # TCP_NODELAY: a kept-alive answer goes out at once, not after the peer's ACK
    app: App
    timeout = 10.0  # seconds a connection may stay silent (set from Limits.socket_timeout)
    request_timeout = 30.0  # seconds from a request's first byte to the end of its body (Limits.request_timeout)

    def __init__(self, request, client_address, server, prefix: bytes = b"", counted: bool = False) -> None:
        self.prefix, self.counted = prefix, counted
        self.handoff: bytes | None = None  # a query read whole, for a worker to answer
        self.leftover = b""  # bytes read past the request (the next one), for the worker
        super().__init__(request, client_address, server)

    def setup(self) -> None:
        super().setup()
        self.deadline: float | None = None
        self.waiting = True
        size = self.rbufsize if self.rbufsize > 0 else io.DEFAULT_BUFFER_SIZE
        self.reader = DeadlineReader(self.connection, self, self.prefix)
        self.rfile = io.BufferedReader(self.reader, size)

    def handle(self) -> None:
        """One request; the connection then goes back to a worker (or is closed)."""
        self.close_connection = True
        self.handle_one_request()
        if not self.close_connection or self.handoff is not None:
            self.leftover = self._unread()

    def _unread(self) -> bytes:
        """What was read from the connection past this request, without waiting for more."""
        self.reader.nonblocking = True
        chunks = []
        with contextlib.suppress(OSError, ValueError):
            while chunk := self.rfile.peek():
                chunks.append(self.rfile.read(len(chunk)))
        return b"".join(chunks)

    def handle_one_request(self) -> None:
        self.deadline, self.waiting = None, True  # the request's clock starts with its first byte
        super().handle_one_request()

    def log_message(self, format: str, *args) -> None:  # quiet; errors go in the answers
        pass

    def _client(self) -> str:
        return str(self.client_address[0]) if self.client_address else ""

    def _read_body(self, headers: dict[str, str]) -> bytes | Response:
        """The request body, never more than max_body bytes whatever the headers say, or the refusal."""
        limit = self.app.limits.max_body
        if "transfer-encoding" in headers:
            return text(411, "chunked request bodies are not accepted; send the body with a Content-Length")
        length = headers.get("content-length")
        if length is None:
            return text(411, "a POST needs a Content-Length") if self.command == "POST" else b""
        if not length.strip().isdigit():
            return text(400, f"bad Content-Length {length[:40]!r}: it must be a whole number of bytes")
        size = int(length)
        if size > limit:
            return text(413, f"request body of {size} bytes is over the limit of {limit}")
        try:
            body = self.rfile.read(size)
        except TimeoutError:
            return text(408, "the request body did not arrive in time; send it whole, without pauses")
        if len(body) < size:
            return text(400, "the request body ended before its Content-Length")
        return body

    def _handle(self) -> None:
        client = self._client()
        CLIENT.set(client)
        wait = None if self.counted else self.app.rate.take(client)
        if wait is not None:
            response = text(
                429,
                f"too many requests from your address: the limit is {self.app.limits.rate:g} per second"
                f" (bursts of {self.app.limits.burst}); retry in {wait} s",
            )
            response.headers["Retry-After"] = str(wait)
            return self._send(response, close=True)
        parsed = urllib.parse.urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        body = self._read_body(headers)
        self.deadline = None  # the request is in: answering it is bounded by the query limits, not this clock
        if isinstance(body, Response):
            return self._send(body, close=True)
        path = parsed.path.rstrip("/") or "/"
        handler = find_route(path)
        if handler is None:
            return self._send(text(404, "no page at this address; the endpoint is /sparql"))
        request = Request(self.command, parsed.path, parsed.query, headers, body, self.app)
        response = self._answer(handler, request, route_key(path))
        if response is None:  # a query: a worker answers it, from the request rebuilt whole
            self.handoff = self._rebuilt(parsed, body)
            return
        self._send(response)

    def _rebuilt(self, parsed: urllib.parse.SplitResult, body: bytes) -> bytes:
        """The request as a worker reads it: origin-form target, one Content-Length, no Expect (answered)."""
        version = "HTTP/1.0" if self.request_version == "HTTP/1.0" else "HTTP/1.1"
        target = (parsed.path or "/") + (f"?{parsed.query}" if parsed.query else "")
        lines = [f"{self.command} {target} {version}"]
        for name, value in self.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "expect"):
                lines.append(f"{name}: {' '.join(value.split())}")
        lines.append(f"Content-Length: {len(body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace") + body

    def _answer(self, handler: Handler, request: Request, key: str | None) -> Response | None:
        try:
            if key in LIGHT_ROUTES:
                return handler(request)
            with self.app.in_process_slot() as free:  # pages computed in this process: a bounded number at once
                if not free:
                    response = text(503, "the server is busy with other pages; try again in a moment")
                    response.headers["Retry-After"] = "1"
                    return response
                return handler(request)
        except HandOff:
            return None
        except DrugkgError as exc:  # `where` may be a file of the server: the client gets what and fix
            return text(getattr(exc, "status", 400), exc.what + (f"; {exc.fix}" if exc.fix else ""))
        except (ConnectionError, TimeoutError):
            raise
        except MemoryError:
            return text(503, "the server ran short of memory for this page; ask for less (a smaller max_nodes)")
        except Exception as exc:  # a bug: answer without internals, log one line for the operator
            _log(f"internal error on {request.method} {request.path}: {type(exc).__name__}: {exc}".splitlines()[0])
            return text(500, "internal error: the server could not answer this request (a bug; see the server log)")

    def _send(self, response: Response, close: bool = False) -> None:
        body = response.body
        if response.status >= 400 and response.media_type.startswith("text/plain"):
            body = scrub(body.decode("utf-8", "replace"), self.app.graph_paths + self.app.given_paths).encode("utf-8")
        try:
            self.connection.settimeout(self.timeout)  # the reading clocks may have left a shorter one
            self.send_response(response.status)
            self.send_header("Content-Type", response.media_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Vary", "Accept")
            for key, value in response.headers.items():
                self.send_header(key, value)
            if close:
                self.send_header("Connection", "close")
                self.close_connection = True
            # Head and body in one write: two small writes on one connection would wait for each other's ACK.
            self._headers_buffer.append(b"\r\n")
            if self.command != "HEAD":
                self._headers_buffer.append(body)
            self.flush_headers()
        except (ConnectionError, TimeoutError):  # the client went away: nothing to tell anyone
            self.close_connection = True

    def do_OPTIONS(self) -> None:  # CORS preflight
        response = Response(204)
        response.headers.update(
            {
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, Accept",
                "Access-Control-Max-Age": "86400",
                "Allow": "GET, POST, OPTIONS",
            }
        )
        self._send(response)

    do_GET = do_POST = do_HEAD = _handle

    def _refuse(self) -> None:
        response = text(405, f"method {self.command} not allowed: this endpoint is read-only; use GET or POST")
        response.headers["Allow"] = "GET, POST, OPTIONS"
        self._send(response, close=True)

    do_PUT = do_DELETE = do_PATCH = _refuse


def route_key(path: str) -> str | None:
    """The ROUTES key that serves `path` (as find_route chooses it)."""
    if path in ROUTES:
        return path
    prefixes = [p for p in ROUTES if p.endswith("/*") and path.startswith(p[:-1])]
    return max(prefixes, key=len) if prefixes else None


class SparqlServer:
    """The endpoint as an object: `start()` serves in a background thread and returns the base URL."""

    def __init__(self, graph_paths: list[Path], host: str = "127.0.0.1", port: int = 0, limits: Limits = Limits()):
        self.app = App(graph_paths, limits)
        timeouts = {"timeout": limits.socket_timeout, "request_timeout": limits.request_timeout}
        handler = type("BoundHandler", (RequestHandler,), {"app": self.app, **timeouts})
        self.app.handler_class = handler
        self.httpd = BoundedHTTPServer((host, port), handler, limits.max_connections, dispatch=self.app.accept)
        self.app.connections.release = self.httpd.slots.release
        host_name = host if ":" not in host else f"[{host}]"
        self.url = f"http://{host_name}:{self.httpd.server_address[1]}"
        self.app.base_url = self.url
        self.thread: threading.Thread | None = None

    def start(self) -> str:
        self.app.start()
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self.url

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.app.stop()


def serve_forever(
    graph: Path, host: str, port: int, limits: Limits, announce: Callable[[str], None], review: object | None = None
) -> None:
    """Serve until interrupted (the `drugkg serve` command); `review`: a review desk enables the review pages."""
    try:
        server = SparqlServer([graph], host, port, limits)
    except OSError as exc:
        raise DrugkgError(f"cannot listen on {host}:{port}: {exc.strerror}", fix="choose another --port") from exc
    server.app.review = review
    server.start()
    announce(server.url + "/")
    try:
        server.thread.join() if server.thread else None
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
