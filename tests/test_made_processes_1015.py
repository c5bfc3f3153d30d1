"""Decision 1015: a mechanism step that changes how many prostaglandins are made names its end by their making,
*prostaglandin-synthesis*, as the curated chains do; a denied step stays denied, a hedged one keeps its hedge, and the
chemical's own act ("Prostaglandins cause ...") keeps the chemical. Each case asserts the whole set of claims the
short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims

BLOCKS = {
    ("ibuprofen", "bindsTo", "prostaglandin-endoperoxide-synthase", False, "Asserted"),
    ("ibuprofen", "hasMechanismOfAction", "prostaglandin-endoperoxide-synthase-inhibition", False, "Asserted"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the step after the act: fewer made
        (
            "Ibuprofen blocks the COX enzyme. As a result, the joint makes fewer prostaglandins.",
            BLOCKS
            | {
                (
                    "prostaglandin-endoperoxide-synthase-inhibition",
                    "decreases",
                    "prostaglandin-synthesis",
                    False,
                    "Asserted",
                )
            },
        ),
        # an amount opening the sentence (step-amount)
        (
            "Ibuprofen blocks the COX enzyme. Fewer prostaglandins are made.",
            BLOCKS
            | {
                (
                    "prostaglandin-endoperoxide-synthase-inhibition",
                    "decreases",
                    "prostaglandin-synthesis",
                    False,
                    "Asserted",
                )
            },
        ),
        # none made any more (made-none): a decrease, not a denial
        (
            "Ibuprofen blocks the COX enzyme. With the enzyme blocked, the body can no longer make prostaglandins.",
            BLOCKS
            | {
                (
                    "prostaglandin-endoperoxide-synthase-inhibition",
                    "decreases",
                    "prostaglandin-synthesis",
                    False,
                    "Asserted",
                )
            },
        ),
        # hedged: the hedge kept
        (
            "Ibuprofen blocks the COX enzyme. As a result, the joint probably makes fewer prostaglandins.",
            BLOCKS
            | {
                (
                    "prostaglandin-endoperoxide-synthase-inhibition",
                    "decreases",
                    "prostaglandin-synthesis",
                    False,
                    "Possible",
                )
            },
        ),
        # denied: the denial kept
        (
            "Ibuprofen blocks the COX enzyme. It does not make the joint produce fewer prostaglandins.",
            BLOCKS | {("ibuprofen", "decreases", "prostaglandin-synthesis", True, "Asserted")},
        ),
        # the chemical's own act keeps the chemical
        (
            "Ibuprofen blocks the COX enzyme. Prostaglandins cause swelling and pain.",
            BLOCKS | {("prostaglandin", "causes", "pain", False, "Asserted")},
        ),
        # another chemical made less keeps its own name
        (
            "Ibuprofen blocks the COX enzyme. With the enzyme blocked, fewer leukotrienes are made.",
            BLOCKS
            | {("prostaglandin-endoperoxide-synthase-inhibition", "decreases", "leukotriene", False, "Asserted")},
        ),
        # a question and a heading state no step
        ("Ibuprofen blocks the COX enzyme. Are fewer prostaglandins made?", BLOCKS),
        ("Ibuprofen blocks the COX enzyme.\n\n## Fewer prostaglandins\n\nThe pain eases.", BLOCKS),
    ],
)
def test_made_processes(lexicon, text, expected):
    assert claims(text, lexicon) == expected
