"""The cheap pre-checks of decision 0756 give the same answer as the scans they spare."""

from __future__ import annotations

import random

from graph_build.text import lowered
from graph_build.text.dose_lines import ANCHOR as DOSE_ANCHOR
from graph_build.text.dose_lines import DENIED as DOSE_DENIED
from graph_build.text.pk_phrases import ANCHOR, anchored

SENTENCES = [
    "Naproxen starts to WORK within an hour.",
    "About 40 per cent of a dose reaches the blood.",
    "Roughly 60 Percent is absorbed.",
    "Its Effects wear off by the evening.",
    "The cream is rubbed into the skin.",
    "Take one capsule with water.",
    "Do not crush the Tablets.",
    "Swallow the caplet whole, with or without food.",
    "It isn't given to children.",
    "Ménière's disease: the lozenge is sucked slowly.",
    "",
]
WORDS = ["work", "per", "cent", "percent", "%", "tablet", "not", "no", "n't", "without", "with or", "K", "ſ", "x"]


def _texts() -> list[str]:
    rng = random.Random(756)
    made = [" ".join(rng.choice(WORDS).upper() if rng.random() < 0.3 else rng.choice(WORDS) for _ in range(6))]
    for _ in range(400):
        made.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 6))))
    return SENTENCES + made


def test_value_phrase_anchor_is_the_scan() -> None:
    for text in _texts():
        assert anchored(text) == bool(ANCHOR.search(text)), text


def test_dose_line_checks_are_the_scans() -> None:
    for text in _texts():
        assert bool(lowered.search(DOSE_ANCHOR, text)) == bool(DOSE_ANCHOR.search(text)), text
        assert bool(lowered.search(DOSE_DENIED, text)) == bool(DOSE_DENIED.search(text)), text
