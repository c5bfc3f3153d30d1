"""The faster forms in normalise.py and segment.py find what their plain forms find (decision 0430)."""

from __future__ import annotations

import random
import re

from graph_build.text import normalise, segment

ALPHABET = [
    *"aAbBeEgGiIkKlLtT.. .!?\n\t\"'()[]0123é\u0301\u00a0\u2019\u201c\u200bΣς_-xX",
    "Klonopin",
    "It",
    "The",
    "e.g",
    "Dr",
    "vs",
    "  ",
    "\u2009",
    "KlonopinIt",
    "\x1c",
]


def _texts(n: int, low: int, high: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(low, high))) for _ in range(n)]


def _plain_abbreviation_before(text: str, pos: int) -> bool:
    """The regex form `_abbreviation_before` replaced: a search in the window, then the whole text."""
    start = max(0, pos - segment.WINDOW)
    word = segment.WORD_BEFORE_STOP.search(text, start, pos)
    if word and word.start() == start and start > 0:
        word = segment.WORD_BEFORE_STOP.search(text, 0, pos)
    if word and len(word.group(1)) == 1 and word.start(1) > 0 and text[word.start(1) - 1] in segment.APOSTROPHES:
        return False  # a contraction's end ("won't."), no initial (decision 0954)
    before = text[max(0, word.start(1) - 16) : word.start(1)].split() if word else []
    pronoun = word and word.group(1) == segment.PRONOUN_I
    if pronoun and before and before[-1].islower() and before[-1] not in segment.INITIAL_AFTER:
        return False  # the pronoun after a lower-case word ("and neither had I."), no initial (decision 1031)
    return bool(word) and (word.group(1).lower() in segment.ABBREVIATIONS or len(word.group(1)) == 1)


def test_abbreviation_before_reads_what_the_regex_finds():
    texts = _texts(3000, 0, 30, 1) + _texts(300, 60, 160, 2)
    texts += ["x " + "e.g" * k + ". " + " " * s + "Yes" for k in (1, 20, 30) for s in (0, 70)]
    compared = 0
    for text in texts:
        for pos in range(len(text) + 1):
            assert segment._abbreviation_before(text, pos) == _plain_abbreviation_before(text, pos), (text, pos)
            compared += 1
    assert any(_plain_abbreviation_before(t, len(t)) for t in texts)  # the samples hold abbreviations


def test_glued_is_the_word_boundary_pattern():
    plain = re.compile(r"\b([A-Z][a-z]{2,})(?=[A-Z][a-z])")
    texts = [*_texts(5000, 0, 40, 3), "KlonopinIt", "xKlonopinIt", "_KlonopinIt", "éKlonopinIt", "(KlonopinThe"]
    found = 0
    for text in texts:
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in normalise.GLUED.finditer(text)] == expected, text
        found += len(expected)
    assert found > 100


def test_offsets_are_the_identity_when_nothing_moves():
    norm = normalise.normalise("Plain ASCII text. It works.")
    assert list(norm.offsets) == list(range(len(norm.text) + 1))
    moved = normalise.normalise("a\u200bb KlonopinIt", frozenset({"klonopin"}))
    assert moved.text == "ab Klonopin It"
    assert [moved.offsets[i] for i in range(len(moved.text) + 1)] == [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 13, 14]


def test_flat_replaces_what_translate_replaces():
    """`normalise._flat` (decision 0960) gives `str.translate(FLAT)`'s string: random texts holding every odd space
    and curly quote of FLAT, beside the characters they turn into."""
    odd = [chr(k) for k in normalise.FLAT]
    rng = random.Random(5)
    texts = [
        "".join(rng.choice([*odd, " ", "'", '"', "a", "é"]) for _ in range(rng.randint(0, 40))) for _ in range(3000)
    ]
    assert all(normalise._flat(t) == t.translate(normalise.FLAT) for t in texts)
    assert sum(t != normalise._flat(t) for t in texts) > 2500  # most texts held a character to replace
