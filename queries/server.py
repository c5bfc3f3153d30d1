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
docs/sparql.md. Queries run in worker processes (queries/workers.py) with a time and a row limit.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from base.errors import DrugkgError
from queries.protocol import ProtocolError, read_query_request
from queries.workers import Job, Reply, WorkerPool

WEB = Path(__file__).resolve().parent / "web"


@dataclass(frozen=True)
class Limits:
    """The endpoint's limits: seconds per query, rows (or triples) per answer, bytes per request body."""

    time_limit: float = 10.0
    row_limit: int = 10000
    max_body: int = 65536
    workers: int = 2


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
    if path in ROUTES:
        return ROUTES[path]
    prefixes = [p for p in ROUTES if p.endswith("/*") and path.startswith(p[:-1])]
    return ROUTES[max(prefixes, key=len)] if prefixes else None


def text(status: int, message: str) -> Response:
    return Response(status, (message.rstrip("\n") + "\n").encode("utf-8"))


def from_reply(reply: Reply) -> Response:
    return Response(reply.status, reply.body, reply.media_type)


class App:
    """The state shared by the handlers: the graph, the limits, the worker pool."""

    def __init__(self, graph_paths: list[Path], limits: Limits) -> None:
        for path in graph_paths:
            if not Path(path).is_file():
                raise DrugkgError("graph file not found", where=path, fix="run `drugkg build` first or pass --graph")
        self.graph_paths = graph_paths
        self.limits = limits
        self.pool = WorkerPool(graph_paths, limits.workers, limits.time_limit, limits.row_limit)
        self.base_url = ""
        self.review: object | None = None  # the review desk of `drugkg serve --review` (queries/review_serve.py)

    def run(self, job: Job) -> Response:
        return from_reply(self.pool.run(job))


@route("/sparql")
def sparql(request: Request) -> Response:
    try:
        operation = read_query_request(request.method, request.url_query, request.header("content-type"), request.body)
    except ProtocolError as exc:
        response = text(exc.status, exc.line())
        if exc.status == 405:
            response.headers["Allow"] = "GET, POST, OPTIONS"
        return response
    if operation is None:
        from queries.service import describe_service

        return describe_service(request.app.base_url + "/sparql", request.header("accept"), request.app.limits)
    job = Job(
        text=operation.query,
        accept=request.header("accept"),
        format=operation.format,
        default_graphs=operation.default_graphs,
        named_graphs=operation.named_graphs,
        base_iri=request.app.base_url + "/sparql",
    )
    return request.app.run(job)


@route("/library")
def library_list(request: Request) -> Response:
    from queries.library import load_library

    items = [
        {
            "name": q.name,
            "title": q.title,
            "description": q.description,
            "params": [{"name": p.name, "type": p.type, "default": p.default, "label": p.label} for p in q.params],
            "text": q.text,
        }
        for q in load_library().values()
        if not q.problems
    ]
    return Response(200, json.dumps(items, indent=1).encode("utf-8"), "application/json")


@route("/library/*")
def library_run(request: Request) -> Response:
    if request.method not in ("GET", "POST"):
        return text(405, f"method {request.method} not allowed; use GET")
    name = urllib.parse.unquote(request.path.removeprefix("/library/"))
    params = request.params()
    if any(len(v) > 1 for v in params.values()):
        return text(400, "each parameter may be given once")
    values = {k: v[0] for k, v in params.items() if k != "format"}
    fmt = params.get("format", [None])[0]
    return request.app.run(Job(name=name, values=values, accept=request.header("accept"), format=fmt))


@route("/")
def index(request: Request) -> Response:
    return Response(200, (WEB / "index.html").read_bytes(), "text/html; charset=utf-8")


@route("/app.js")
def app_js(request: Request) -> Response:
    return Response(200, (WEB / "app.js").read_bytes(), "text/javascript; charset=utf-8")


@route("/void")
def void_description(request: Request) -> Response:
    """The dataset's VoID/DCAT description, naming this endpoint as its void:sparqlEndpoint."""
    from rdflib import Graph

    from graph_build.describe import void_graph
    from graph_build.write import turtle_text

    graph = Graph()
    for path in request.app.graph_paths:
        graph.parse(path, format="turtle")
    described = void_graph(graph, endpoint=request.app.base_url + "/sparql")
    return Response(200, turtle_text(described).encode("utf-8"), "text/turtle; charset=utf-8")


class RequestHandler(BaseHTTPRequestHandler):
    server_version = "drugkg"
    protocol_version = "HTTP/1.1"
    app: App

    def log_message(self, format: str, *args) -> None:  # quiet; errors go in the answers
        pass

    def _handle(self) -> None:
        parsed = urllib.parse.urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        length = headers.get("content-length")
        body = b""
        if self.command == "POST":
            if length is None:
                return self._send(text(411, "a POST needs a Content-Length"), close=True)
            try:
                size = int(length)
            except ValueError:
                return self._send(text(400, "bad Content-Length"), close=True)
            if size > self.app.limits.max_body:
                return self._send(
                    text(413, f"request body of {size} bytes is over the limit of {self.app.limits.max_body}"),
                    close=True,
                )
            body = self.rfile.read(size)
        handler = find_route(parsed.path.rstrip("/") or "/")
        if handler is None:
            return self._send(text(404, f"no page at {parsed.path}; the endpoint is /sparql"))
        request = Request(self.command, parsed.path, parsed.query, headers, body, self.app)
        try:
            response = handler(request)
        except DrugkgError as exc:
            response = text(400, exc.line())
        except Exception as exc:  # a bug: answer, do not kill the connection thread silently
            response = text(500, f"internal error: {type(exc).__name__}: {exc}")
        self._send(response)

    def _send(self, response: Response, close: bool = False) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.media_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        for key, value in response.headers.items():
            self.send_header(key, value)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

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


class SparqlServer:
    """The endpoint as an object: `start()` serves in a background thread and returns the base URL."""

    def __init__(self, graph_paths: list[Path], host: str = "127.0.0.1", port: int = 0, limits: Limits = Limits()):
        self.app = App(graph_paths, limits)
        handler = type("BoundHandler", (RequestHandler,), {"app": self.app})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        host_name = host if ":" not in host else f"[{host}]"
        self.url = f"http://{host_name}:{self.httpd.server_address[1]}"
        self.app.base_url = self.url
        self.thread: threading.Thread | None = None

    def start(self) -> str:
        self.app.pool.start()
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self.url

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.app.pool.close()


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
