"""base/progress.py: a bar with rate and ETA on a terminal, a few plain lines elsewhere, nothing when quiet or short."""

from __future__ import annotations

import io

import pytest

from base import progress
from base.progress import Progress, set_quiet, track


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def loud(monkeypatch: pytest.MonkeyPatch):
    """Progress allowed (neither the environment nor another test silences it)."""
    monkeypatch.delenv(progress.QUIET_ENV, raising=False)
    set_quiet(False)
    yield
    set_quiet(False)


def _run(total: int | None, seconds_each: float, count: int, **options) -> list[str]:
    out, clock = io.StringIO(), Clock()
    with Progress(total, "extracting", "doc", stream=out, clock=clock, **options) as bar:
        for _ in range(count):
            clock.now += seconds_each
            bar.update()
    return out.getvalue().splitlines()


def test_plain_lines_come_at_each_tenth_then_a_last_line() -> None:
    lines = _run(100, 0.5, 100)  # 50 s of work: past the delay from the 5th document on
    tenths = [line for line in lines if "%)," in line and "done" not in line]
    assert [line.split()[1] for line in tenths] == [f"{n}/100" for n in range(10, 100, 10)]
    assert "about" in tenths[0] and "doc/s" in tenths[0]  # rate and time left
    assert lines[-1] == "extracting: 100/100 doc (100%), done"


def test_plain_lines_every_ten_seconds_when_the_total_is_unknown() -> None:
    lines = _run(None, 1.0, 35)  # one document a second for 35 s
    assert [line.split(",")[0] for line in lines] == [
        "extracting: 10 doc",
        "extracting: 20 doc",
        "extracting: 30 doc",
        "extracting: 35 doc",
    ]


def test_short_work_prints_nothing() -> None:
    assert _run(100, 0.01, 100) == []  # 1 s in all: under the 2 s delay


def test_quiet_prints_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    set_quiet(True)
    assert _run(100, 1.0, 100) == []
    set_quiet(False)
    monkeypatch.setenv(progress.QUIET_ENV, "1")
    assert _run(100, 1.0, 100) == []


def test_disabled_prints_nothing() -> None:
    assert _run(100, 1.0, 100, enabled=False) == []


def test_a_terminal_gets_a_tqdm_bar_with_rate() -> None:
    out = Terminal()
    with Progress(5, "merging", "triple", stream=out, delay=0, refresh=0) as bar:
        for _ in range(5):
            bar.update()
    text = out.getvalue()
    assert "merging" in text and "5/5" in text and "triple/s" in text


def test_set_total_learnt_late() -> None:
    out, clock = io.StringIO(), Clock()
    with Progress(None, "exporting", "triple", stream=out, clock=clock, delay=0) as bar:
        bar.set_total(4)
        for _ in range(4):
            clock.now += 1
            bar.update()
    assert out.getvalue().splitlines()[-1] == "exporting: 4/4 triple (100%), done"


def test_track_yields_every_item_and_counts_them() -> None:
    out, clock = io.StringIO(), Clock()

    def items():
        for i in range(20):
            clock.now += 1
            yield i

    assert list(track(items(), "reading", "doc", total=20, stream=out, clock=clock)) == list(range(20))
    assert out.getvalue().splitlines()[-1] == "reading: 20/20 doc (100%), done"


def test_a_failure_ends_with_stopped() -> None:
    out, clock = io.StringIO(), Clock()
    with pytest.raises(RuntimeError), Progress(10, "building", "doc", stream=out, clock=clock, delay=0) as bar:
        clock.now += 1
        bar.update()
        raise RuntimeError("boom")
    assert out.getvalue().splitlines()[-1] == "building: 1/10 doc (10%), stopped"
