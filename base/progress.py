"""Progress of long work on stderr: a tqdm bar with rate and ETA on a terminal, a few quiet lines elsewhere.

Every command that can run longer than a few seconds reports through this module (build per document,
merge, export, the distributed run), so that all of them look alike and obey the same switch:

- on a terminal (stderr is a TTY): a tqdm bar with count, rate and time left, shown once the work has run
  `delay` seconds (short work prints nothing);
- elsewhere (CI logs, pipes): one plain line at each 10 % step or every 10 s, whichever comes first, again
  only once the work has run `delay` seconds, and a last line when it ends;
- quiet (`--quiet` on the command, or DRUGKG_QUIET=1 in the environment): nothing.

Use it as a context manager and call `update`, or wrap an iterable with `track`:

>>> import io
>>> out = io.StringIO()  # not a terminal: plain lines
>>> with Progress(4, "checking", "doc", stream=out, delay=0) as bar:
...     for _ in range(4):
...         bar.update()
>>> print(out.getvalue().splitlines()[-1])
checking: 4/4 doc (100%), done
>>> list(track(range(3), "counting", enabled=False))
[0, 1, 2]

A process that does its work elsewhere (worker processes, a Dask cluster) keeps one `Progress` in the
process that waits and calls `update(n)` as results arrive; `set_total` fixes a total learnt late.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TypeVar

T = TypeVar("T")

QUIET_ENV = "DRUGKG_QUIET"
_quiet = False


def set_quiet(quiet: bool) -> None:
    """Silence (or allow again) every progress report of this process (the commands' `--quiet`)."""
    global _quiet
    _quiet = quiet


def is_quiet() -> bool:
    """Whether progress is silenced, by `set_quiet` or by DRUGKG_QUIET=1 (inherited by worker processes)."""
    return _quiet or os.environ.get(QUIET_ENV, "").strip().lower() in ("1", "true", "yes")


def _duration(seconds: float) -> str:
    """A short duration for a progress line.

    >>> [_duration(s) for s in (4.2, 75, 3725)]
    ['4 s', '1 min 15 s', '1 h 2 min']
    """
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


class Progress:
    """Progress of `total` units of work (None when unknown) named `desc`, counted in `unit`s.

    `enabled=False` or quiet mode makes every call a no-op. `stream` defaults to stderr; `clock` (seconds)
    is replaceable for tests. Lines (not a terminal) come at each `step` fraction of the total or every
    `every` seconds; nothing is shown before `delay` seconds have passed. The bar is redrawn at most every
    `refresh` seconds.
    """

    def __init__(
        self,
        total: int | None,
        desc: str,
        unit: str = "it",
        *,
        enabled: bool = True,
        stream: IO[str] | None = None,
        delay: float = 2.0,
        every: float = 10.0,
        step: float = 0.1,
        refresh: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total, self.desc, self.unit = total, desc, unit
        self.count = 0
        self._stream = stream if stream is not None else sys.stderr
        self._clock, self._delay, self._every, self._step = clock, delay, every, step
        self._start = clock()
        self._last_line = self._start
        self._last_step = 0
        self._printed = False
        self._bar: Any = None
        self._on = enabled and not is_quiet()
        if self._on and _isatty(self._stream):
            try:
                from tqdm import tqdm
            except ImportError:  # a plain-line report still works without tqdm
                return
            self._bar = tqdm(
                total=total,
                desc=desc,
                unit=unit,
                file=self._stream,
                delay=delay,
                mininterval=refresh,
                dynamic_ncols=True,
                leave=False,
            )

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(done=exc[0] is None)

    def set_total(self, total: int | None) -> None:
        """Fix the total once it is known (e.g. after a first pass)."""
        self.total = total
        if self._bar is not None:
            self._bar.total = total
            self._bar.refresh()

    def update(self, n: int = 1) -> None:
        """Count `n` more units done."""
        if not self._on:
            return
        self.count += n
        if self._bar is not None:
            self._bar.update(n)
            return
        now = self._clock()
        if now - self._start < self._delay or (self.total and self.count >= self.total):
            return  # too early to show; or complete, which `close` says
        steps = int(self.count / self.total / self._step + 1e-9) if self.total else 0
        if now - self._last_line >= self._every or steps > self._last_step:
            self._line(now)
            self._last_line, self._last_step = now, steps

    def close(self, *, done: bool = True) -> None:
        """End the report: the bar disappears; in line mode a last line is written if any line was."""
        if not self._on:
            return
        self._on = False
        if self._bar is not None:
            self._bar.close()
            return
        if self._printed or (self._delay <= 0 and self.count):
            self._line(self._clock(), end=", done" if done else ", stopped")

    def _line(self, now: float, end: str = "") -> None:
        elapsed = max(now - self._start, 1e-9)
        rate = self.count / elapsed
        text = f"{self.desc}: {self.count:,}"
        if self.total:
            text += f"/{self.total:,} {self.unit} ({100 * self.count / self.total:.0f}%)"
        else:
            text += f" {self.unit}"
        if end:
            text += end
        else:
            text += f", {rate:,.1f} {self.unit}/s"
            if self.total and rate > 0:
                text += f", about {_duration((self.total - self.count) / rate)} left"
        try:
            self._stream.write(text + "\n")
            self._stream.flush()
        except (OSError, ValueError):  # a closed stderr must not stop the work
            self._on = False
        self._printed = True


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def track(
    items: Iterable[T],
    desc: str,
    unit: str = "it",
    *,
    total: int | None = None,
    enabled: bool = True,
    **options: Any,
) -> Iterator[T]:
    """Yield `items`, counting each one on a `Progress` (its total: `total`, else `len(items)` when it has one)."""
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    with Progress(total, desc, unit, enabled=enabled, **options) as bar:
        for item in items:
            yield item
            bar.update()
