"""A pattern's required literals (graph_build/text/lowered.py, decision 0745): a text holding none of them is not
scanned, and the matches are the same as the pattern's own, with and without the pre-check."""

from __future__ import annotations

import re

import pytest

from graph_build.text import lowered, processes, recognise

#: Invented sentences: some hold a gate's words, some none; some with capitals, one not ASCII.
TEXTS = [
    "",
    "Doxepin can cause a Blocked Nose and a sore throat in some people.",
    "Some people feel light-headed when they stand up quickly after taking prazosin.",
    "The tablets of magnesium supplements were taken with water. Aches in your arms or legs may follow.",
    "Nerve cells then fire fewer signals, so the muscle relaxes.",
    "It reduces the release of acetylcholine; the heart beats more slowly.",
    "Ménière's disease: a type of inner-ear disorder, treated with betahistine.",
    "Nothing here names any cue at all.",
    "The KINASE INHIBITOR blocks the Sodium Channel.",
]


def _patterns() -> list[re.Pattern]:
    found = [*recognise.PROCESS_CUES, *(p for p, _, _ in recognise.LAY_PHRASES)]
    found += [value for value in vars(recognise).values() if isinstance(value, re.Pattern)]
    found += [value for value in vars(processes).values() if isinstance(value, re.Pattern)]
    return [p for p in found if p.flags & re.I]  # (lowered's patterns: case-insensitive ones)


def test_literals_of_branches_runs_and_repeats() -> None:
    assert lowered.required(re.compile(r"\b(pains?|aches?)\s+in\b", re.I)) == frozenset({"pain", "ache"})
    assert lowered.required(re.compile(r"(?:x\s+)+Nerve cells", re.I)) == frozenset({"nerve cells"})
    # an optional part, a class, a short literal or a branch with an alternative requiring nothing: none
    assert lowered.required(re.compile(r"(abc)?d")) is None
    assert lowered.required(re.compile(r"[a-z]+ing")) == frozenset({"ing"})
    assert lowered.required(re.compile(r"[a-z]+\d")) is None
    assert lowered.required(re.compile(r"\bup\b")) is None
    assert lowered.required(re.compile(r"release|\w+ed")) is None
    # a scoped flag changes what a literal matches: its group requires nothing
    assert lowered.required(re.compile(r"(?i:Sore throat)\.")) is None


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_the_pattern(text: str) -> None:
    for pattern in _patterns():
        assert [m.span() for m in lowered.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)], (
            pattern.pattern,
            text,
        )
        assert (lowered.search(pattern, text) is None) == (pattern.search(text) is None)


def test_required_literal_absent_means_no_match() -> None:
    for pattern in _patterns():
        need = lowered.required(pattern)
        if need is None:
            continue
        for text in TEXTS:
            if text.isascii() and not any(n in text.lower() for n in need):
                assert pattern.search(text) is None, (pattern.pattern, text)


def test_may_match_guards_the_processes_scans() -> None:
    for pattern in (processes.CROSSING, processes.SIGNALS, processes.MOVING, processes.QUANTITY, processes.URINE_STEP):
        assert lowered.required(pattern) is not None
        for text in TEXTS:
            if not lowered.may_match(pattern, text):
                assert pattern.search(text) is None, (pattern.pattern, text)
    assert lowered.may_match(processes.SIGNALS, "Ménière: no signal here")  # not ASCII: always scanned
    found = processes.amounts("Nerve cells then fire fewer pain signals.")
    assert [(" ".join(n), down) for _, _, n, down in found] == [("pain signalling", True)]
