"""The "invented sentence -> exact claim set" check the rule tests share (tests/test_*_07NN.py, _08NN.py), written
once: a module lists its cases and takes the parametrized test from here, e.g.

    test_exact_claims = exact_claims(CASES)

Each case is (text, expected); the test reads `text` with `read` (a reader of tests/extracting.py, given the text and
the lexicon fixture of tests/conftest.py) and asserts the claims are `expected`, no more and no fewer. Registered for
pytest's assertion rewriting in conftest.py, so a failure shows the two sets' difference."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from extracting import polarity_claims

Reader = Callable[[str, dict], set]


def exact_claims(
    cases: Sequence[tuple[str, set | None]],
    read: Reader = polarity_claims,
    ids: Sequence[str] | None = None,
    none_means_no: str | None = None,
) -> Callable[..., None]:
    """A test function parametrized over `cases` (pytest's own ids unless `ids` are given): the claims `read` finds
    in each text are exactly the case's expected set. With `none_means_no`, an expected None says only that no claim
    has that predicate (the case's other claims are not the point)."""

    @pytest.mark.parametrize(("text", "expected"), cases, ids=ids)
    def test(text: str, expected: set | None, lexicon: dict) -> None:
        got = read(text, lexicon)
        if expected is None and none_means_no is not None:
            assert not any(c[1] == none_means_no for c in got), got
        else:
            assert got == expected

    return test


def first_words(cases: Sequence[tuple[str, object]], size: int = 60) -> list[str]:
    """Test ids from the first `size` characters of each case's text (for long texts)."""
    return [text[:size] for text, _ in cases]
