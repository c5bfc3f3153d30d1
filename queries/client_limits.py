"""Per-client limits of the endpoint, and keeping server paths out of answers.

`RateLimiter` is a token bucket per client address: `rate` requests per second on average, `burst` at
once; a client over it gets 429 with Retry-After while every other client is still served. `ClientShares`
caps how many queries one address may have running at once, so one client's heavy queries cannot hold every
worker. `scrub` removes the server's own paths (the install folder, the graph's folder, the home folder)
from error texts. See docs/reliability.md and docs/decisions/0802-endpoint-limits.md.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

MAX_CLIENTS = 10000  # remembered addresses; idle ones are forgotten first


class RateLimiter:
    """Token buckets per client: `take(client)` is None when the request may go on, else the seconds to wait.

    >>> limiter = RateLimiter(rate=1.0, burst=2, clock=lambda: 0.0)
    >>> [limiter.take("a"), limiter.take("a"), limiter.take("a"), limiter.take("b")]
    [None, None, 1, None]
    """

    def __init__(self, rate: float, burst: int, clock=time.monotonic) -> None:
        self.rate, self.burst = rate, max(1, burst)
        self.clock = clock
        self.buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, time)
        self.lock = threading.Lock()

    def take(self, client: str) -> int | None:
        if self.rate <= 0:
            return None
        now = self.clock()
        with self.lock:
            tokens, then = self.buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - then) * self.rate)
            if tokens >= 1.0:
                self.buckets[client] = (tokens - 1.0, now)
                self._forget(now)
                return None
            self.buckets[client] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / self.rate))

    def _forget(self, now: float) -> None:
        if len(self.buckets) <= MAX_CLIENTS:
            return
        full = self.burst / self.rate  # after this long idle a bucket is full again: forgetting it changes nothing
        for client, (_, then) in list(self.buckets.items()):
            if now - then > full:
                del self.buckets[client]
        while len(self.buckets) > MAX_CLIENTS:  # still too many: forget the oldest
            del self.buckets[min(self.buckets, key=lambda c: self.buckets[c][1])]


class ClientShares:
    """At most `limit` jobs at once per client address; `hold` waits up to `wait` seconds for the client's
    own earlier job to finish (a page that sends two queries at once is served), then refuses.

    >>> shares = ClientShares(1)
    >>> with shares.hold("a") as first, shares.hold("a") as second, shares.hold("b") as other:
    ...     (first, second, other)
    (True, False, True)
    """

    def __init__(self, limit: int) -> None:
        self.limit = max(1, limit)
        self.running: dict[str, int] = {}
        self.lock = threading.Lock()
        self.freed = threading.Condition(self.lock)

    @contextlib.contextmanager
    def hold(self, client: str, wait: float = 0.0) -> Iterator[bool]:
        with self.lock:
            allowed = self.freed.wait_for(lambda: self.running.get(client, 0) < self.limit, timeout=wait)
            if allowed:
                self.running[client] = self.running.get(client, 0) + 1
        try:
            yield allowed
        finally:
            if allowed:
                with self.lock:
                    self.running[client] -= 1
                    if not self.running[client]:
                        del self.running[client]
                    self.freed.notify_all()


def _private_roots(extra: Iterable[Path]) -> list[tuple[str, str]]:
    roots = {}
    for path in extra:
        with contextlib.suppress(OSError, ValueError):
            folder = Path(path).absolute().parent
            roots[str(folder)] = "<graph folder>"
            roots[os.path.realpath(folder)] = "<graph folder>"
    project = str(Path(__file__).resolve().parents[1])
    roots[project] = "<drugkg>"
    roots[sys.prefix] = "<python>"
    roots[sys.base_prefix] = "<python>"
    with contextlib.suppress(RuntimeError, KeyError):
        roots[str(Path.home())] = "~"
    roots.setdefault(os.getcwd(), ".")
    return sorted(((k, v) for k, v in roots.items() if len(k) > 1), key=lambda kv: -len(kv[0]))


def scrub(text: str, graph_paths: Iterable[Path] = ()) -> str:
    """`text` without the server's own folders (install, Python, graph, home, working folder).

    >>> from pathlib import Path
    >>> scrub(f"{Path(__file__).resolve().parents[1]}/queries: no library query called 'x'")
    "<drugkg>/queries: no library query called 'x'"
    """
    for root, name in _private_roots(graph_paths):
        text = text.replace(root, name)
    return text
