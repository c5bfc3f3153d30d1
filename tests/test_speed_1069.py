"""The sentence openings found once per text read what the scan from the text's start read (decision 1069)."""

from __future__ import annotations

import random

from graph_build.text.document_drugs import (
    AFTER_COMPARED,
    COMPARED_REACH,
    MODIFIER_AFTER,
    SAME_AS,
    WITH_PARTNER,
    in_passing,
)
from graph_build.text.partner_counts import SENTENCE_END, partner_mention, sentence_opening
from graph_build.text.topic import PARTNER_LEAD

ALPHABET = [*".!? \n\t\x1c\u2028\u00a0ab", "Tell the nurse if you take ", "together with ", "B", "-blocking", "than "]


def _scanned_opening(text: str, start: int) -> int:
    """The form decision 1069 replaced: every sentence end from the text's start up to `start`, the last one."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, start)]
    return ends[-1] if ends else 0


def _scanned_in_passing(text: str, start: int, end: int, opening: int) -> bool:
    """`in_passing` as it read before decision 1069, with the scanned opening."""
    if PARTNER_LEAD.search(text, opening, start) or MODIFIER_AFTER.match(text, end):
        return True
    if WITH_PARTNER.search(text, opening, start):
        return True
    reach = max(0, start - COMPARED_REACH)
    return bool(AFTER_COMPARED.search(text, reach, start) or SAME_AS.search(text, reach, start))


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_opening_is_the_scanned_opening_at_every_offset():
    compared = 0
    for text in [*_texts(3000, 5), "", ".", "\n", ". ", "A. B! C?\nD", "A.\n\nB"]:
        for start in range(len(text) + 1):
            assert sentence_opening(text, start) == _scanned_opening(text, start), (text, start)
            compared += 1
    assert compared > 20000


def test_texts_taking_turns_keep_their_own_openings():
    one, two = "I use A. Tell the nurse if you take B.", "B is fine.\nA helps."
    for _ in range(3):
        assert [sentence_opening(one, k) for k in (0, 8, 9, 38)] == [0, 0, 9, 9]
        assert [sentence_opening(two, k) for k in (0, 10, 11, 19)] == [0, 0, 11, 11]
    # an equal text that is another object reads the same
    assert sentence_opening("".join(["I use A", ". B"]), 10) == 9


def test_partner_and_passing_read_as_the_scan_did():
    for text in _texts(600, 9):
        for start in range(len(text) + 1):
            opening = _scanned_opening(text, start)
            assert partner_mention(text, start) == bool(PARTNER_LEAD.search(text, opening, start))
            for end in (start, min(len(text), start + 1)):
                assert in_passing(text, start, end) == _scanned_in_passing(text, start, end, opening)


def test_invented_partner_mentions():
    text = "My doctor put me on A. Tell the nurse if you take B, because it changes how B works. B is old."
    assert [partner_mention(text, text.find("B", k)) for k in (0, 70, 85)] == [True, True, False]
    assert partner_mention("Do you take B?\nB is fine.", 15) is False
