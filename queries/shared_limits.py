"""The endpoint's per-client limits in memory shared by the server and its workers (decision 0951).

Since the workers answer their connections themselves, the rate limit and the per-client shares of the
workers must count every process's requests: they live in one shared mapping (a memfd the workers inherit).
It holds one slot per worker (what it runs: state, connection, start time, client) and a table of token
buckets per client address. Writers take a process lock (a POSIX record lock on the mapping's file, plus a
thread lock in processes with several threads); a worker's own slot is written by that worker alone and
read by the server's supervisor, which stops a query that outlives the time limit.
"""

from __future__ import annotations

import fcntl
import math
import mmap
import os
import socket
import struct
import threading
import time
import zlib

SLOTS = 64
SLOT = struct.Struct("<iiqd16s")  # state, pid, connection id, started (monotonic), client key
BUCKETS = 16384
BUCKET = struct.Struct("<16sdd")  # client key, tokens, time
PROBES = 8
SIZE = SLOTS * SLOT.size + BUCKETS * BUCKET.size + 8  # slots, buckets, how many slots are in use (the end)
IDLE, RUNNING, WRITING = 0, 1, 2
EMPTY_KEY = bytes(16)


def client_key(address: str) -> bytes:
    """16 bytes naming a client address (IPv4 or IPv6; anything else by its first 15 bytes).

    >>> client_key("127.0.0.2") != client_key("127.0.0.3")
    True
    """
    try:
        packed = socket.inet_pton(socket.AF_INET, address)
    except OSError:
        try:
            packed = socket.inet_pton(socket.AF_INET6, address)
        except OSError:
            packed = b"\x01" + address.encode("utf-8", "replace")[:15]
    return packed.ljust(16, b"\x00") if len(packed) < 16 else packed


class SharedLimits:
    """Worker slots and per-client token buckets in a shared mapping; `fd` is inherited by the workers.

    >>> shared = SharedLimits.create(rate=1.0, burst=2)
    >>> [shared.take("a", now=0.0), shared.take("a", now=0.0), shared.take("a", now=0.0), shared.take("b", now=0.0)]
    [None, None, 1, None]
    >>> shared.claim(0, client_key("a"), 7, limit=1), shared.claim(1, client_key("a"), 8, limit=1)
    (True, False)
    """

    def __init__(self, fd: int, rate: float, burst: int) -> None:
        self.fd = fd
        self.rate, self.burst = rate, max(1, burst)
        self.size = SIZE
        self.map = mmap.mmap(fd, self.size, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)
        self.thread_lock = threading.Lock()
        self.buckets_at = SLOTS * SLOT.size
        self.used_at = self.buckets_at + BUCKETS * BUCKET.size

    @classmethod
    def create(cls, rate: float, burst: int) -> SharedLimits:
        fd = os.memfd_create("drugkg-limits", 0)  # inheritable only through pass_fds
        os.ftruncate(fd, SIZE)
        return cls(fd, rate, burst)

    def close(self) -> None:
        self.map.close()
        os.close(self.fd)

    def _lock(self) -> None:
        self.thread_lock.acquire()
        fcntl.lockf(self.fd, fcntl.LOCK_EX)

    def _unlock(self) -> None:
        fcntl.lockf(self.fd, fcntl.LOCK_UN)
        self.thread_lock.release()

    # --- worker slots

    def slot(self, index: int) -> tuple[int, int, int, float, bytes]:
        return SLOT.unpack_from(self.map, index * SLOT.size)

    def set_slot(self, index: int, state: int, pid: int = 0, conn: int = 0, started: float = 0.0, key=EMPTY_KEY):
        SLOT.pack_into(self.map, index * SLOT.size, state, pid, conn, started, key)

    def set_used(self, count: int) -> None:
        """Slots 0..count-1 may be in use (the server allocates them from the start): a claim reads no others."""
        struct.pack_into("<i", self.map, self.used_at, count)

    def set_state(self, index: int, state: int) -> None:
        struct.pack_into("<i", self.map, index * SLOT.size, state)

    def claim(self, index: int, key: bytes, conn: int, limit: int) -> bool:
        """Mark slot `index` running a query of client `key` unless that client already runs `limit` queries."""
        self._lock()
        try:
            return self._claim(index, key, conn, limit)
        finally:
            self._unlock()

    def _claim(self, index: int, key: bytes, conn: int, limit: int) -> bool:
        used = struct.unpack_from("<i", self.map, self.used_at)[0] or SLOTS
        running = 0
        for other, (state, _, _, _, owner) in enumerate(SLOT.iter_unpack(self.map[: used * SLOT.size])):
            if state != IDLE and owner == key and other != index:
                running += 1
        if running >= limit:
            return False
        # The record first, its state last: the supervisor reads slots without the lock, and a record copied
        # in one go could be read half-written (RUNNING with the last IDLE record's start, 0.0: "running for
        # hours", and the worker was killed at the time limit; decision 0953).
        SLOT.pack_into(self.map, index * SLOT.size, IDLE, os.getpid(), conn, time.monotonic(), key)
        struct.pack_into("<i", self.map, index * SLOT.size, RUNNING)
        return True

    def take_claim(self, key: bytes, index: int, conn: int, limit: int) -> tuple[int | None, bool]:
        """`take` for client `key` and, when it may send, `claim` slot `index` for it, under one lock (a worker's
        plain query needs both; one lock is two system calls fewer, decision 0953): (seconds to wait or None,
        claimed). Not claimed, the request was still counted, as `take` then `claim` would have.

        >>> shared = SharedLimits.create(rate=1.0, burst=1)
        >>> shared.take_claim(client_key("a"), 0, 7, 1), shared.take_claim(client_key("a"), 1, 8, 1)
        ((None, True), (1, False))
        """
        self._lock()
        try:
            wait = self._take(key, time.monotonic()) if self.rate > 0 else None
            return wait, wait is None and self._claim(index, key, conn, limit)
        finally:
            self._unlock()

    # --- token buckets (the rate limit)

    def take(self, client: str, now: float | None = None) -> int | None:
        """None when `client` may send a request now, else the seconds to wait (as RateLimiter.take)."""
        if self.rate <= 0:
            return None
        key = client_key(client)
        now = time.monotonic() if now is None else now
        self._lock()
        try:
            return self._take(key, now)
        finally:
            self._unlock()

    def _take(self, key: bytes, now: float) -> int | None:
        start = zlib.crc32(key) % BUCKETS  # the same in every process (hash() is salted per process)
        found, oldest, oldest_time = -1, -1, math.inf
        for probe in range(PROBES):
            index = (start + probe) % BUCKETS
            owner, tokens, then = BUCKET.unpack_from(self.map, self.buckets_at + index * BUCKET.size)
            if owner == key:
                found = index
                break
            if owner == EMPTY_KEY:
                found, tokens, then = index, float(self.burst), now
                break
            if then < oldest_time:  # the table is crowded here: forget the longest-idle client
                oldest, oldest_time = index, then
        if found < 0:
            found, tokens, then = oldest, float(self.burst), now
        tokens = min(float(self.burst), tokens + (now - then) * self.rate)
        wait = None
        if tokens >= 1.0:
            tokens -= 1.0
        else:
            wait = max(1, math.ceil((1.0 - tokens) / self.rate))
        BUCKET.pack_into(self.map, self.buckets_at + found * BUCKET.size, key, tokens, now)
        return wait
