"""The structural cuts of decision 0967 give what the code they replace gave: the cue rules a unit's anchors
admit, the subtype anaphors from the remembered target cues, one reading of a sentence shared by its claims."""

from __future__ import annotations

import random

from graph_build.text import doubts, rules_in_use, targets
from graph_build.text.extract import _mentions_in, _sentence
from graph_build.text.recognise import Mention
from graph_build.text.rules_in_use import _anchored, _holds_any

PIECES = [
    "blocks",
    "Binds to",
    "the type 2 form of this enzyme",
    "The Type IV isoform of that receptor",
    "blocks the type 2 form of this enzyme",
    "Inhibits the Type IV isoform of that receptors",
    "treats",
    "is used to",
    "causes",
    "lowers",
    "belongs to",
    "is a",
    "made",
    "\u017f",  # long s: a text that is not ASCII keeps every rule
    " ",
    ", ",
    "X",
    "pain",
    ".",
]


def _texts(n: int, seed: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14)))


def test_anchored_keeps_the_rules_cue_claims_would_try():
    named_sets = [{"Drug"}, {"Disease", "Symptom"}, {"MolecularTarget"}, {"Drug", "Disease", "DrugClass"}, set()]
    for k, text in enumerate(_texts(3000, 7)):
        rules = rules_in_use._rules_naming(named_sets[k % len(named_sets)])
        low, ascii = text.lower(), text.isascii()
        anchored = [r for r in rules if not ascii or _holds_any(low, r.anchors)]
        kept = _anchored(rules, low, ascii)
        # the anchored rules, in order, less those the RE2 screen rules out (decision 0825): none of them can match
        assert kept == [r for r in anchored if r in kept]
        assert all(r.lower.search(low) is None for r in anchored if r not in kept)


def test_subtype_anaphors_as_with_a_scan_of_its_own():
    def reference(text):
        for cue in targets.CUE.finditer(text):
            at = cue.end()
            m = targets.SUBTYPE_ANAPHOR.match(text, at + 1) if text[at : at + 1] == " " else None
            if m is not None:
                yield m.start(), m.end(), m.group(2).lower().rstrip("s"), m.group(1)

    seen = 0
    for text in _texts(4000, 11):
        found = list(targets.subtype_anaphors(text))
        assert found == list(reference(text))
        seen += bool(found)
    assert seen > 0
    assert list(targets.subtype_anaphors("Finasteride blocks the type 2 form of this enzyme.")) == [
        (19, 49, "enzyme", "2")
    ]


class _Norm:
    """A normalised text whose offsets are the original's (what `_sentence` reads of `normalise`'s result)."""

    def __init__(self, text: str):
        self.text = text

    def original(self, start: int, end: int) -> tuple[int, int]:
        return start, end


def test_one_reading_of_a_sentence_gives_each_claim_the_doubts_of_its_own():
    text = "Aspirin and warfarin raise the risk of bleeding. Ibuprofen eases pain, but not fever."
    mentions = [
        Mention(0, 7, "aspirin", "Aspirin"),
        Mention(12, 20, "warfarin", "warfarin"),
        Mention(39, 47, "bleeding", "bleeding"),
        Mention(49, 58, "ibuprofen", "Ibuprofen"),
        Mention(65, 69, "pain", "pain"),
        Mention(79, 84, "fever", "fever"),
    ]
    classes = {"aspirin": "Drug", "warfarin": "Drug", "bleeding": "Symptom", "ibuprofen": "Drug"}
    classes |= {"pain": "Symptom", "fever": "Symptom"}
    starts = [m.start for m in mentions]
    claims = [
        ((0, 48), "aspirin", "bleeding", False),
        ((0, 48), "warfarin", "bleeding", False),
        ((49, 85), "ibuprofen", "pain", False),
        ((49, 85), "ibuprofen", "fever", True),
    ]
    shared: dict = {}
    for span, subject, obj, negated in claims:
        inside = _mentions_in(mentions, starts, span, classes)
        fresh = _sentence(_Norm(text), span, inside)
        once = shared.setdefault(span, fresh)
        assert once == fresh
        assert fresh[2] == text[span[0] : span[1]]
        assert doubts.doubts(subject, obj, negated, once[2], once[3]) == doubts.doubts(
            subject, obj, negated, str(fresh[2]), list(fresh[3])
        )
    # the two drugs of the first sentence are a doubt of each of its claims; the second sentence names one drug
    first, second = shared[(0, 48)], shared[(49, 85)]
    assert doubts.doubts("aspirin", "bleeding", False, first[2], first[3]) >= 1
    assert doubts._several_agents(first[3]) and not doubts._several_agents(second[3])


def test_a_question_heading_holds_its_question_mark():
    from graph_build.text.owners import QUESTION_HEADING

    rng = random.Random(5)
    words = ["Who", "should", "not", "take", "it", "?", " ", "  ", "\n", "## ", "#", "X", "side effects", "?  "]
    for _ in range(5000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 16)))
        if QUESTION_HEADING.match(text):
            assert "?" in text
