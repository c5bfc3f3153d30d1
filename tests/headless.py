"""Debian's Chromium driven by Playwright, for the browser tests (the `playwright` and `browser` fixtures in
conftest.py use it). No browser is downloaded; a test skips with the reason when Chromium or Playwright is absent."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 60_000  # a slow shared machine: generous, never a timing assertion


def sync_api():
    """Playwright's sync API, or a skip saying what is missing."""
    if not CHROMIUM.exists():
        pytest.skip(f"needs Chromium at {CHROMIUM} (apt-get install chromium)")
    return pytest.importorskip("playwright.sync_api", reason="needs the playwright package (pip install playwright)")


@contextmanager
def chromium(playwright, **options: object) -> Iterator[object]:
    """Debian's Chromium, headless, with a fresh profile (user-data-dir) that is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="drugkg-chromium-") as profile:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            args=ARGS,
            headless=True,
            viewport={"width": 1600, "height": 1000},
            **options,
        )
        try:
            yield context
        finally:
            context.close()
