"""Patterns screened together by one RE2 pass (decision 0825): a screen never rules out a pattern that matches."""

from __future__ import annotations

import random
import re

import pytest

from graph_build.text import extract, lowered, screen, screens  # noqa: F401 (extract registers the families)

needs_re2 = pytest.mark.skipif(not screen.available, reason="google-re2 not installed: nothing is screened")

#: Invented sentences (no development text), with the recogniser's kinds of wording in them.
TEXTS = [
    "Some people get a stuffy or runny nose and a sore throat after the first dose.",
    "It can cause pain in your arms, legs and back; tell a nurse.",
    "Fits have been reported. A fit (seizure) is rare.",
    "Feeling light-headed when you stand up is common with this tablet.",
    "Tightness in the chest, wheezing or swelling of the lips and tongue need urgent help.",
    "Zolmitriptan narrows the blood vessels around the brain and lowers the release of substances.",
    "Avoid grapefruit juice, alcohol and caffeine while you take it.",
    "It is not addictive, but you may find it hard to fall asleep or wake up too early.",
    "It blocks calcium channels in the heart muscle and slows the heart rate.",
    "Metformin belongs to a group of medicines called biguanides.",
    "Black, tarry stools or an urge to pass urine at night: see a doctor.",
    "Nothing here but plain words about weather, tables and chairs.",
    "",
    "UP\nup\tupwards, liver's LIVER damages THE LIVER",
]


def _family() -> list[re.Pattern]:
    return [p for p in screens.DOCUMENT.patterns]


def _pieces(text: str) -> list[str]:
    """The text, its slices at word edges and inside words (a part of a text may match where the whole does not)."""
    cuts = sorted({0, len(text), *range(0, len(text), 7)})
    return [text, *[text[a:b] for a in cuts for b in cuts if a < b][:200]]


def _random_texts(n: int, seed: int = 25, family: list[re.Pattern] | None = None) -> list[str]:
    """Random ASCII texts made of the family's own words, case changed at random, with punctuation between."""
    rng = random.Random(seed)
    words = sorted({w for p in family or _family() for w in re.findall(r"[a-z]{2,}", p.pattern.lower())})
    joins = [" ", "  ", ", ", ". ", "\n", "-", " and ", " or ", "; ", "**", "\t"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 14)):
            w = rng.choice(words)
            parts.append(w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.2 else w)
            parts.append(rng.choice(joins))
        out.append("".join(parts))
    return out


@needs_re2
def test_every_family_pattern_is_screened():
    assert screens.DOCUMENT.unscreened == []
    assert len(screens.DOCUMENT.index) == len(screens.DOCUMENT.patterns)


@needs_re2
def test_a_screened_out_pattern_matches_nowhere_in_the_text_nor_its_parts():
    family = _family()
    checked = 0
    for text in TEXTS + _random_texts(400):
        for pattern in family:
            if screens.DOCUMENT.may(pattern, text):
                continue
            checked += 1
            for piece in _pieces(text):
                assert pattern.search(piece) is None, (pattern.pattern[:60], piece)
            assert all(pattern.search(text, k) is None for k in range(0, len(text), 5))
    assert checked > 1000  # (the screen does rule patterns out)


@needs_re2
def test_the_cue_rules_screen_rules_out_only_cues_that_cannot_match():
    from graph_build.text import rules_in_use

    cues = rules_in_use.SCREEN
    assert cues.unscreened == [] and len(cues.index) == len(cues.patterns)
    checked = 0
    for text in TEXTS + _random_texts(300, seed=3, family=cues.patterns):
        low = text.lower()
        for pattern in cues.patterns:
            if not cues.may(pattern, low):
                checked += 1
                assert all(pattern.search(piece) is None for piece in _pieces(low)), pattern.pattern[:60]
    assert checked > 1000


@needs_re2
def test_lowered_answers_are_those_of_the_scans():
    family = _family()
    for text in TEXTS + _random_texts(200, seed=7):
        for pattern in family:
            # (the spans of every match and of its groups: `lowered` gives the groups' text in lower case)
            found = [m.regs for m in lowered.finditer(pattern, text)]
            expected = [m.regs for m in pattern.finditer(text)]
            assert found == expected, pattern.pattern[:60]
            assert lowered.may_match(pattern, text) or not expected


def test_relaxed_copies_leave_out_zero_width_parts():
    assert screen.relaxed(re.compile(r"^\bab(?=c)(?<!x)\B$", re.M)) == r"\x{61}\x{62}"
    # (a counted repeat above 4 is written open: RE2 compiles a count as copies of its body)
    assert screen.relaxed(re.compile(r"[^\s,]\W+\d{2,1001}a{1,3}", re.I)) == (
        r"(?i:[^\t-\r\x1c-\x1f \x{2c}](?:[^0-9A-Za-z_])+(?:[0-9])+(?:\x{61}){1,3})"
    )


@pytest.mark.parametrize(
    "source, flags",
    [
        (r"(a)\1", 0),  # a backreference
        (r"(a)?(?(1)b|c)", 0),  # a conditional group
        ("\u0131t", re.I),  # the dotless i: re folds it with "i", RE2 does not
        (r"[\u0100-\u017f]", re.I),  # a range holding the long s, which re folds with "s"
        (r"(?x: a )", 0),  # an inline flag other than i
    ],
)
def test_what_re2_cannot_screen_is_refused(source, flags):
    with pytest.raises(screen.Untranslatable):
        screen.relaxed(re.compile(source, flags))


def test_without_re2_every_pattern_may_match(monkeypatch):
    monkeypatch.setattr(screen, "_re2", None)
    plain = screen.Screen([re.compile(r"\bsore\s+throat\b", re.I)])
    assert plain.may(plain.patterns[0], "nothing") and plain.unscreened == [] and plain.index == {}


@needs_re2
def test_a_failed_pass_rules_nothing_out():
    pattern = re.compile(r"\bsore\s+throat\b", re.I)
    failing = screen.Screen([pattern])

    class Failed:
        def Match(self, text: bytes) -> list[int]:
            return []  # (RE2's DFA out of memory: no match reported, not even the one every text holds)

    failing.index  # noqa: B018 (compiled)
    failing._set = Failed()
    assert failing.may(pattern, "nothing about it")
    assert not screen.Screen([pattern]).may(pattern, "nothing about it")


@needs_re2
def test_non_ascii_text_is_not_screened():
    pattern = re.compile(r"\bsore\s+throat\b", re.I)
    one = screen.Screen([pattern])
    assert one.may(pattern, "Ménière's disease") and not one.may(pattern, "Meniere's disease")
