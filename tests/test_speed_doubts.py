"""The cheaper doubts (decision 0963): the PART_OF pre-check and the per-sentence memo change no count."""

from __future__ import annotations

import itertools
import random

from graph_build.text import doubts

TEXT = "It eases the pain of focal seizures (epilepsy), but the beta subunit of the channel, and Y, also help."
MENTIONS = [
    (0, 2, "x", "Drug"),
    (13, 17, "pain", "Symptom"),
    (21, 35, "seizures", "Symptom"),
    (37, 45, "epilepsy", "Disease"),
    (74, 85, "channel", "Target"),
    (91, 92, "y", "Drug"),
]


def test_part_of_precheck_agrees_with_the_regex():
    pieces = ["subunits", "Subtype", "domains", " of ", " OF ", "of", " the ", "The", " ", "\n", "\u00a0", "x", "("]
    rng = random.Random(3)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(20000)]
    texts += ["the beta subunit of the ", "subtypes of\n", "regions  of the\t", "isoforms of"]
    found = 0
    for text in texts:
        expected = doubts.PART_OF.search(text) is not None
        assert doubts._part_of(text) == expected, repr(text)
        found += expected
    assert found > 100  # the pre-check was tried on strings the regex matches


def test_doubts_are_the_same_in_any_order_of_calls():
    """The memo keeps the last sentence's verdicts: calls alternating between sentences, and repeated, give the
    counts each gives alone."""
    other = "Y treats pain."
    other_mentions = [(0, 1, "y", "Drug"), (9, 13, "pain", "Symptom")]
    calls = [
        (s, o, n, TEXT, MENTIONS)
        for s, o, n in itertools.product(["x", "y"], ["pain", "seizures", "channel"], [False, True])
    ]
    calls += [("y", "pain", False, other, other_mentions)]
    alone = []
    for call in calls:
        doubts._verdicts((None, ()))  # the last sentence's verdicts forgotten
        alone.append(doubts.doubts(*call))
    assert len(set(alone)) > 1  # the calls differ in their counts
    rng = random.Random(5)
    for _ in range(20):
        order = rng.sample(range(len(calls)), len(calls))
        assert [doubts.doubts(*calls[k]) for k in order] == [alone[k] for k in order]
