"""A query worker that answers its connections itself (decision 0951): no server→worker hop per request.

The server accepts each connection and passes its descriptor to a worker (queries/workers.py), keeping a
copy. The worker reads requests, and answers those it can read whole and plainly (a complete head, a body
within the cap, a query route) in its own process: parse, run, serialize, write. Anything else — half a
request, a body announced but not yet here, chunked bodies, `Expect`, a lying Content-Length, an answer
the client does not read, any page other than a query — goes back to the server with the bytes read so
far (`back`), and the server's own handler (queries/server.py, with its clocks and caps) takes it from
there, exactly as before. The time limit, the memory and CPU limits stay the server's to enforce: the
worker writes what it runs into its slot of the shared limits (queries/shared_limits.py), and the
server's supervisor stops a query past its time, answering 503 on its copy of the connection. A listener
thread takes the server's messages even while a query runs (pyoxigraph releases the GIL), so a connection
waiting behind a long query is handed back at once and moved to an idle worker.
"""

from __future__ import annotations

import contextlib
import email.utils
import functools
import os
import pickle
import selectors
import socket
import sys
import threading
import time
import types
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import NamedTuple

from queries.shared_limits import IDLE, WRITING, SharedLimits, client_key

MAX_HEAD = 65536
INLINE = 32768  # control messages up to this size go inline, larger ones in a memfd
REASONS = {status.value: status.phrase for status in HTTPStatus}
SERVER = f"drugkg Python/{sys.version.split()[0]}"
SHARE_WAIT = 2.0
PLAIN = "text/plain; charset=utf-8"


@dataclass
class Conn:
    sock: socket.socket
    id: int
    client: str
    buf: bytearray = field(default_factory=bytearray)
    counted: bool = False  # the first request in buf was already counted by the server's rate limit
    active: float = field(default_factory=time.monotonic)
    parked: tuple | None = None  # a request waiting for the client's share: (request, give up at)
    key: bytes = b""  # the client's key in the shared limits

    def __post_init__(self) -> None:
        self.key = client_key(self.client)


class Parsed(NamedTuple):
    method: str
    path: str
    url_query: str
    headers: Mapping[str, str]  # read-only: shared by the requests with the same head
    body: bytes
    close: bool


INCOMPLETE, SLOW = "incomplete", "slow"


def parse(buf: bytearray, max_body: int) -> tuple[Parsed, int] | str:
    """The first request of `buf` and its length, INCOMPLETE, or SLOW (one the server's handler must read).

    A head seen recently is not read again: `read_head` is a pure function of its bytes, cached (decision 0953).
    """
    end = buf.find(b"\r\n\r\n")
    if end < 0:
        return SLOW if len(buf) > MAX_HEAD else INCOMPLETE
    head = bytes(buf[:end])
    found = read_head(head, max_body) if end <= CACHED_HEAD else read_head.__wrapped__(head, max_body)
    if isinstance(found, str):
        return SLOW
    method, path, url_query, headers, size, close = found
    start = end + 4
    if len(buf) < start + size:
        return INCOMPLETE
    body = bytes(buf[start : start + size]) if size else b""
    return Parsed(method, path, url_query, headers, body, close), start + size


#: Request heads up to this size are remembered (at most 256 of them: ≤ 2 MB), and so are their query jobs.
CACHED_HEAD = 8192


@functools.lru_cache(maxsize=256)
def read_head(head: bytes, max_body: int) -> tuple | str:
    r"""What a request head says: (method, path, URL query, headers (read-only), body size, close), or SLOW.

    >>> read_head(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x", 100)[:3]
    ('GET', '/sparql', 'query=ASK%7B%7D')
    >>> read_head(b"POST /sparql HTTP/1.1\r\nTransfer-Encoding: chunked", 100)
    'slow'
    """
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or parts[2] not in ("HTTP/1.1", "HTTP/1.0") or parts[0] not in ("GET", "POST", "HEAD"):
        return SLOW
    method, target, version = parts
    if not target.startswith("/") or "#" in target:
        return SLOW
    headers = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon or not name or name[0] in " \t" or name != name.strip():
            return SLOW
        headers[name.lower()] = value.strip()
    if "transfer-encoding" in headers or "expect" in headers:
        return SLOW
    size = 0
    if "content-length" in headers:
        length = headers["content-length"]
        if not length.isdigit() or int(length) > max_body:
            return SLOW
        size = int(length)
    elif method == "POST":
        return SLOW
    connection = headers.get("connection", "").lower()
    close = "close" in connection or (version == "HTTP/1.0" and "keep-alive" not in connection)
    path, _, url_query = target.partition("?")
    return method, path, url_query, types.MappingProxyType(headers), size, close


@functools.lru_cache(maxsize=256)
def query_job(method: str, path: str, url_query: str, content_type: str | None, body: bytes, accept: str | None,
              base_url: str):  # fmt: skip
    """The job (or refusal) of a query request, as the server's routes read it; None for other pages. A pure
    function of the request, cached: the same queries come again and again (decision 0953). A Job is frozen and
    a refusal is never changed once made, so the same object can answer every request that asks the same."""
    from queries.server import library_job, sparql_job

    path = path.rstrip("/") or "/"
    if path == "/sparql":
        return sparql_job(method, url_query, content_type, body, accept, base_url)
    if path.startswith("/library/"):
        return library_job(method, path, url_query, content_type, body, accept)
    return None


def send_message(sock: socket.socket, message: tuple, fds: list[int] = ()) -> None:
    """One control message (a pickle) with descriptors; a large one travels in a memfd, not the socket."""
    data = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
    if len(data) <= INLINE:
        socket.send_fds(sock, [b"I" + data], list(fds))
        return
    payload = os.memfd_create("drugkg-message")
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(payload, view) :]
        socket.send_fds(sock, [b"M"], [*fds, payload])
    finally:
        os.close(payload)


def receive_message(sock: socket.socket) -> tuple[tuple, list[int]]:
    """The next control message and its descriptors; EOFError when the other side is gone."""
    data, fds, _, _ = socket.recv_fds(sock, INLINE + 1, 4)
    if not data:
        for fd in fds:
            os.close(fd)
        raise EOFError
    if data[:1] == b"M":
        payload = fds.pop()
        try:
            size = os.fstat(payload).st_size
            data = b"I" + os.pread(payload, size, 0)
        finally:
            os.close(payload)
    return pickle.loads(data[1:]), fds


class Date:
    """The Date header, formatted once per second."""

    def __init__(self) -> None:
        self.second, self.text = -1, ""

    def __call__(self) -> str:
        now = int(time.time())
        if now != self.second:
            self.second, self.text = now, email.utils.formatdate(now, usegmt=True)
        return self.text


def answer_bytes(status: int, media_type: str, body: bytes, headers: dict, close: bool, head_only: bool, date) -> bytes:
    r"""An answer's bytes: its head (always these headers, in this order) and, unless `head_only`, its body.

    >>> answer = answer_bytes(200, "text/plain", b"ok", {"Retry-After": "1"}, True, False, lambda: "D")
    >>> answer.split(b"\r\n")[2:6]
    [b'Date: D', b'Content-Type: text/plain', b'Content-Length: 2', b'Access-Control-Allow-Origin: *']
    >>> answer.split(b"\r\n")[6:]
    [b'Vary: Accept', b'Retry-After: 1', b'Connection: close', b'', b'ok']
    """
    extra = "".join([f"{k}: {v}\r\n" for k, v in headers.items()]) if headers else ""
    if close:
        extra += "Connection: close\r\n"
    head = (
        f"{_status_line(status)}Date: {date()}\r\nContent-Type: {media_type}\r\nContent-Length: {len(body)}\r\n"
        f"Access-Control-Allow-Origin: *\r\nVary: Accept\r\n{extra}\r\n"
    ).encode("latin-1")
    return head if head_only else head + body


@functools.lru_cache(maxsize=64)
def _status_line(status: int) -> str:
    return f"HTTP/1.1 {status} {REASONS.get(status, '')}\r\nServer: {SERVER}\r\n"


@functools.cache
def _answering() -> tuple:
    """What `answer` uses, imported once (queries.server imports this module); an import statement per request
    cost microseconds (decision 0953)."""
    from queries.server import Response
    from queries.workers import allow_cpu, handle, memory_message

    return Response, allow_cpu, handle, memory_message


class ConnectionWorker:
    """The worker's loop: its control socket (connections in, connections and notices out) and its connections."""

    def __init__(self, control: socket.socket, shared: SharedLimits, slot: int, engine, config: dict) -> None:
        self.control, self.shared, self.slot, self.engine = control, shared, slot, engine
        self.config = config
        self.max_body = config["max_body"]
        self.socket_timeout = config["socket_timeout"]
        self.share_limit = config["jobs_per_client"]
        self.base_url = config["base_url"]
        self.private = config["private_paths"]
        self.selector = selectors.DefaultSelector()
        self.wake_in, self.wake_out = socket.socketpair()  # the listener wakes the loop for a new connection
        self.wake_in.setblocking(False)
        self.selector.register(self.wake_in, selectors.EVENT_READ, None)
        self.lock = threading.Lock()  # the connections' state; released while a query runs
        self.tell_lock = threading.Lock()
        self.busy: int | None = None  # the connection whose query runs now
        self.arrived: deque[Conn] = deque()  # connections given with bytes already read: the loop serves them
        self.gone = False
        self.conns: dict[int, Conn] = {}
        self.parked: deque[Conn] = deque()
        self.date = Date()
        self.draining = False
        self.retire = False
        self.cpu_armed = -1.0

    def tell(self, *message) -> None:
        with self.tell_lock:
            send_message(self.control, message)

    def run(self) -> None:
        """The loop: serve readable connections; the listener thread takes the server's messages meanwhile, even
        while a query runs (pyoxigraph releases the GIL), so a connection waiting here can be moved away."""
        threading.Thread(target=self.listen, name="drugkg-listener", daemon=True).start()
        sweep = time.monotonic() + 1.0
        while not self.retire and not self.gone:
            events = self.selector.select(0.01 if self.parked else 1.0)
            with self.lock:
                for key, _ in events:
                    conn = key.data
                    if conn is None:
                        with contextlib.suppress(OSError):
                            self.wake_in.recv(4096)
                    elif self.conns.get(conn.id) is conn:  # not moved or closed since the select
                        self.readable(conn)
                    if self.retire:
                        break
                while self.arrived and not self.retire:
                    conn = self.arrived.popleft()
                    if self.conns.get(conn.id) is conn:
                        self.serve(conn)
                for conn in list(self.parked):
                    self.serve(conn)
                now = time.monotonic()
                if now >= sweep:
                    sweep = now + 1.0
                    for conn in list(self.conns.values()):
                        if not conn.parked and now - conn.active > self.socket_timeout and not self.waiting(conn):
                            self.close(conn)
                if self.draining and not any(c.parked for c in self.conns.values()):
                    for conn in list(self.conns.values()):
                        self.back(conn, "moved")
                    self.tell("drained")
                    return

    def listen(self) -> None:
        """The listener thread: connections in, "release" (a connection waits behind this worker's query: give it
        back, the server moves it to an idle worker) and "drain" (a new build); ends the loop when the server is
        gone."""
        while True:
            try:
                message, fds = receive_message(self.control)
            except (OSError, EOFError):
                self.gone = True
                self.wake()
                return
            with self.lock:
                if message[0] == "conn":
                    _, conn_id, client, leftover, counted = message
                    sock = socket.socket(fileno=fds[0])
                    sock.setblocking(False)
                    conn = Conn(sock, conn_id, client, bytearray(leftover), counted)
                    self.conns[conn_id] = conn
                    self.selector.register(sock, selectors.EVENT_READ, conn)
                    if conn.buf:
                        self.arrived.append(conn)
                        self.wake()
                elif message[0] == "release":
                    conn = self.conns.get(message[1])
                    if conn is not None and conn.id != self.busy:
                        if conn.parked:  # its request goes back whole, already counted by the rate limit
                            conn.buf[:0], conn.counted = conn.parked[3], True
                            self.unpark(conn)
                        self.back(conn, "moved")
                elif message[0] == "drain":  # a new build: every connection goes to its workers, but the busy one
                    self.draining = True
                    for conn in list(self.conns.values()):
                        if conn.id != self.busy and not conn.parked:
                            self.back(conn, "moved")
                    self.tell("draining")  # after the connections it gave back: the server may now call the switch done
                    self.wake()

    def wake(self) -> None:
        with contextlib.suppress(OSError):
            self.wake_out.send(b"x")

    def waiting(self, conn: Conn) -> bool:
        """Whether `conn` has a request this worker has not read yet (it was busy): not an idle connection."""
        try:
            return bool(conn.sock.recv(1, socket.MSG_PEEK))
        except BlockingIOError:
            return False
        except OSError:
            return False

    def readable(self, conn: Conn) -> None:
        try:
            data = conn.sock.recv(65536)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self.close(conn)
            return
        conn.buf += data
        conn.active = time.monotonic()
        if not conn.parked:
            self.serve(conn)

    def serve(self, conn: Conn) -> None:
        """Answer the complete requests in `conn`'s buffer; hand the connection back when one is not plain."""
        while conn.id in self.conns:
            if conn.parked:
                parsed, job, give_up, raw = conn.parked
                if not self.answer(conn, parsed, job, give_up, raw):
                    return
                continue
            if not conn.buf:
                return
            found = parse(conn.buf, self.max_body)
            job = None if isinstance(found, str) else self.job_of(found[0])
            if job is None and conn.counted:  # the server read it whole, yet it does not read here: never loop
                self.send(conn, 400, PLAIN, b"the request could not be read\n", {}, True, "GET")
                return
            if job is None:  # half a request (the server waits for the rest with its clocks), or not a query
                self.back(conn, "slow")
                return
            parsed, size = found
            raw = bytes(conn.buf[:size])
            del conn.buf[:size]
            claimed = False
            if conn.counted:
                conn.counted = False
            else:
                wait, claimed = self.take(conn, job)
                if wait is not None:
                    message = (
                        f"too many requests from your address: the limit is {self.shared.rate:g} per second"
                        f" (bursts of {self.shared.burst}); retry in {wait} s\n"
                    )
                    headers = {"Retry-After": str(wait)}
                    self.send(conn, 429, PLAIN, message.encode(), headers, True, parsed.method)
                    return
            if not self.answer(conn, parsed, job, time.monotonic() + SHARE_WAIT, raw, claimed):
                return

    def take(self, conn: Conn, job) -> tuple[int | None, bool]:
        """The rate limit's verdict on `conn`'s request (seconds to wait, or None: go on) and, for a query the
        client's share allows, whether this worker's slot was claimed for it under the same lock (True)."""
        if isinstance(job, _answering()[0]):  # a refusal (Response): counted, never run
            return self.shared.take(conn.client), False
        return self.shared.take_claim(conn.key, self.slot, conn.id, self.share_limit)

    def job_of(self, parsed: Parsed):
        """The job (or refusal) of a query request, as the server's routes read it; None for other pages."""
        headers = parsed.headers
        if len(parsed.url_query) + len(parsed.body) > CACHED_HEAD:
            return query_job.__wrapped__(parsed.method, parsed.path, parsed.url_query, headers.get("content-type"),
                                         parsed.body, headers.get("accept"), self.base_url)  # fmt: skip
        return query_job(parsed.method, parsed.path, parsed.url_query, headers.get("content-type"), parsed.body,
                         headers.get("accept"), self.base_url)  # fmt: skip

    def answer(self, conn: Conn, parsed: Parsed, job, give_up: float, raw: bytes = b"", claimed: bool = False) -> bool:
        """Run `job` and write its answer (its worker slot already `claimed` for it, or claimed here); False when it
        waits for the client's share (parked) or the connection left this worker."""
        Response, allow_cpu, handle, memory_message = _answering()

        if isinstance(job, Response):
            return self.send(conn, job.status, job.media_type, job.body, job.headers, parsed.close, parsed.method)
        if not claimed and not self.shared.claim(self.slot, conn.key, conn.id, self.share_limit):
            if time.monotonic() < give_up:
                if conn.parked is None:
                    self.parked.append(conn)
                    self.tell("parked", conn.id)  # the server may move it while this worker runs a query
                conn.parked = (parsed, job, give_up, raw)
                return False
            self.unpark(conn)
            message = (
                f"too many queries at once from your address: at most {self.share_limit} may run at a time;"
                " wait for one to finish\n"
            )
            headers = {"Retry-After": "1"}
            return self.send(conn, 429, PLAIN, message.encode(), headers, parsed.close, parsed.method)
        self.unpark(conn)
        used = time.process_time()
        if used - self.cpu_armed > 0.25:  # re-arm the CPU limit once a quarter second was used (3 system calls)
            allow_cpu(self.config["cpu_seconds"])
            self.cpu_armed = used
        self.busy = conn.id
        self.lock.release()  # the listener may move other connections while the query runs
        try:
            reply = handle(job, self.engine, self.config["row_limit"])
            status, media_type, body = reply.status, reply.media_type, reply.body
        except MemoryError:
            status, media_type = 503, PLAIN
            body = (memory_message(self.config["memory_mb"]) + "\n").encode()
            self.retire = True
        finally:
            self.lock.acquire()
            self.busy = None
        self.shared.set_state(self.slot, WRITING)
        sent = self.send(conn, status, media_type, body, {}, parsed.close or self.retire, parsed.method)
        self.shared.set_slot(self.slot, IDLE, os.getpid())
        return sent

    def unpark(self, conn: Conn) -> None:
        if conn.parked is not None:
            conn.parked = None
            with contextlib.suppress(ValueError):
                self.parked.remove(conn)
            self.tell("unparked", conn.id)

    def send(
        self, conn: Conn, status: int, media_type: str, body: bytes, headers: dict, close: bool, method: str
    ) -> bool:
        """Write an answer without blocking; what the client does not take at once goes to the server to write."""
        if status >= 400 and media_type.startswith("text/plain"):
            from queries.client_limits import scrub

            body = scrub(body.decode("utf-8", "replace"), self.private).encode("utf-8")
        data = answer_bytes(status, media_type, body, headers, close, method == "HEAD", self.date)
        try:
            sent = conn.sock.send(data)
        except BlockingIOError:
            sent = 0
        except OSError:
            self.close(conn)
            return False
        if sent < len(data):
            self.back(conn, "write-close" if close else "write", data[sent:])
            return False
        conn.active = time.monotonic()
        if close:
            self.close(conn)
            return False
        return True

    def forget(self, conn: Conn) -> None:
        self.unpark(conn)
        self.conns.pop(conn.id, None)
        with contextlib.suppress(KeyError, ValueError):
            self.selector.unregister(conn.sock)

    def close(self, conn: Conn) -> None:
        self.forget(conn)
        with contextlib.suppress(OSError):
            conn.sock.shutdown(socket.SHUT_RDWR)  # the server holds a copy: shut down so the client sees the end
        conn.sock.close()
        self.tell("closed", conn.id)

    def back(self, conn: Conn, reason: str, pending: bytes = b"") -> None:
        """Give the connection back to the server: its unread bytes (or the answer's unwritten rest)."""
        self.forget(conn)
        data = pending if reason.startswith("write") else bytes(conn.buf)
        conn.sock.close()
        self.tell("back", conn.id, reason, data, conn.counted)


def worker_entry(control_fd: int, shared_fd: int, slot: int) -> None:
    """A worker process: read its configuration, open the graph, then serve connections until told to stop."""
    import signal

    from queries.guard import warm_up
    from queries.workers import apply_memory_limit, open_engine

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops its workers; Ctrl-C is the server's
    control = socket.socket(fileno=control_fd)
    config, _ = receive_message(control)
    config = config[1]
    shared = SharedLimits(shared_fd, config["rate"], config["burst"])
    engine = open_engine(config["graph_paths"], config["persistent"])
    warm_up()
    apply_memory_limit(config["memory_mb"])
    shared.set_slot(slot, IDLE, os.getpid())
    worker = ConnectionWorker(control, shared, slot, engine, config)
    worker.tell("ready")
    worker.run()
