"""The cheaper recognition steps (decision 0966) find what the steps they replace found: patterns matched in lower
case on ASCII text, the target cues scanned once, the class-statement words found in one pass."""

from __future__ import annotations

import random
import re

from graph_build.text import class_names, lowered, processes, recognise, sites, targets

PATTERNS = [
    targets.CUE,
    processes.NOMINALISED,
    processes._VERB,
    sites.PLACING,
    recognise.TARGET_HEAD,
    recognise.ACTING_ON,
    class_names.CALLED_CLASS_ANYWHERE,
]
PIECES = [
    "binds to",
    "Blocks",
    "INHIBITING",
    "acts on",
    "agonists of",
    "release",
    "Secretion",
    "increases",
    "led to",
    "works mainly in the",
    "Liver",
    "kidneys",
    "Xylitol",
    "Kinase",
    " inhibitors",
    "-agonist",
    "a family of drugs called ",
    "Groups of Medicines known as ",
    "\u017f",  # long s: re.I matches it to "s" (such a text is not ASCII and is matched as written)
    "\u212a",  # the Kelvin sign: re.I matches it to "k"
    " ",
    "  ",
    ", ",
    ". ",
    "\n",
    "-",
    "(",
    "a",
    "the",
]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_lowered_matches_are_the_patterns_own():
    found = 0
    for text in [*_texts(6000, 5), "It binds to and Blocks the GABA-A receptor, acting mainly in the Brain."]:
        for pattern in PATTERNS:
            expected = [(m.span(), m.regs) for m in pattern.finditer(text)]
            assert [(m.span(), m.regs) for m in lowered.finditer(pattern, text)] == expected, (pattern, text)
            first, again = pattern.search(text), lowered.search(pattern, text)
            assert (first and first.span()) == (again and again.span())
            found += len(expected)
    assert found > 1000  # tried on texts the patterns match


def test_a_pattern_that_tells_the_cases_apart_is_matched_as_written():
    for source in [r"\bX\b", r"a\S", r"\x41", r"(a)\1", r"(?-i:a)b", r"caf\u00e9"]:
        assert lowered.lower_form(re.compile(source, re.I)) is None, source
    assert lowered.lower_form(re.compile("abc")) is None  # (not case-insensitive: nothing to gain)
    text = "aB xA"
    pattern = re.compile(r"a\S", re.I)
    assert [m.span() for m in lowered.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_target_cues_are_remembered_for_the_last_text_only():
    one, two = "It binds to the ribosome.", "It blocks the pump and inhibits the enzyme."
    for text in [one, two, one, one, two]:
        assert [m.span() for m in targets.cues(text)] == [m.span() for m in targets.CUE.finditer(text)]


def test_called_class_ends_are_every_word_the_windowed_search_names():
    texts = [
        "It belongs to a group of medicines called triptans, and a family of drugs known as statins.",
        "Types of agents called X; classes of medications known as  Y; group of medicines called\nZ.",
        "A family of drugs called a group of medicines called beta blockers.",
    ] + [
        "".join(
            random.Random(k).choice(
                [
                    "group",
                    "family",
                    "class",
                    "types",
                    " of ",
                    "medicines",
                    "drugs",
                    " called ",
                    " known as ",
                    "GROUP",
                    " ",
                    "x",
                ]
            )
            for _ in range(14)
        )
        for k in range(3000)
    ]
    for text in texts:
        ends = class_names.called_ends(text)
        for start in range(len(text) + 1):
            named = class_names.CALLED_CLASS.search(text, max(0, start - 90), start) is not None
            assert named == (start in ends), (text, start)


def test_medicine_glosses_start_where_the_match_at_a_word_end_does():
    text = "X is a retinoid, a medicine related to Y, and a statin, a type of drug, an ester, an drug."
    starts = {m.start() for m in class_names.MEDICINE_GLOSS.finditer(text)}
    assert starts == {k for k in range(len(text)) if class_names.MEDICINE_GLOSS.match(text, k)} != set()
