"""Decision 1134: a class statement or a contraindication whose "it" the focus gave to another drug is the document's
drug's where that drug is named more often than any other (no guess of a tie), even when it is not sure in decision
1110's sense (the title names it, or the text three times); "It isn't safe in pregnancy" (safe-in) moves with them.
The sentences and documents are invented."""

import pytest
from extracting import rule_claims

claims = rule_claims

# the document's drug named twice, no title naming it: not sure (decision 1110), but named most
LETTER = "# Letter to Sam\n\nDear Sam,\n\nDad is on mirtazapine now, and mirtazapine helps him sleep. "
AVOIDS = LETTER + "Ibuprofen can upset his stomach, so he avoids ibuprofen.\n\n"
FINE = LETTER + "Paracetamol is fine.\n\nFor the record: "
# the document's drug and the partner named once each: the document's drug is a guess of a tie
TIED = "# Letter to Sam\n\nDear Sam,\n\nDad is on mirtazapine now. For his back, paracetamol is fine.\n\n"
NO_INTERACTION = ("mirtazapine", "interactsWith", "acetaminophen", True, "Asserted", "rule:no-interaction")

CASES = [
    # who must not take it: the document's drug's
    (
        AVOIDS + "People who are allergic to it can't take it.\n",
        {
            (
                "mirtazapine",
                "contraindicatedIn",
                "mirtazapine-hypersensitivity",
                False,
                "Asserted",
                "rule:should-not-take",
            )
        },
    ),
    (
        FINE + "people who are allergic to it can't take it.\n",
        {
            (
                "mirtazapine",
                "contraindicatedIn",
                "mirtazapine-hypersensitivity",
                False,
                "Asserted",
                "rule:should-not-take",
            ),
            NO_INTERACTION,
        },
    ),
    # the class it is not, and the class it is
    (
        AVOIDS + "It isn't an antibiotic.\n",
        {("mirtazapine", "isA", "antibiotic", True, "Asserted", "rule:class-negated-referred")},
    ),
    (
        AVOIDS + "It is an antidepressant.\n",
        {("mirtazapine", "isA", "antidepressant", False, "Asserted", "rule:class-membership")},
    ),
    # "It isn't safe in pregnancy": the same prohibition
    (
        AVOIDS + "It isn't safe in pregnancy.\n",
        {("mirtazapine", "contraindicatedIn", "pregnant-women", False, "Asserted", "rule:safe-in")},
    ),
    # ... and its denial ("safe in pregnancy": not contraindicated there) too
    (
        AVOIDS + "It is safe in pregnancy.\n",
        {("mirtazapine", "contraindicatedIn", "pregnant-women", True, "Asserted", "rule:safe-in")},
    ),
    # must not change: a drug chosen of a tie is a guess; the "it" keeps the drug in focus
    (
        TIED + "People who are allergic to it can't take it.\n",
        {
            (
                "acetaminophen",
                "contraindicatedIn",
                "acetaminophen-hypersensitivity",
                False,
                "Asserted",
                "rule:should-not-take",
            ),
            NO_INTERACTION,
        },
    ),
    # near misses: a caution (a dose change), a question - no contraindication at all
    (AVOIDS + "People with glaucoma may need a lower dose of it.\n", set()),
    (AVOIDS + "Can people with glaucoma take it?\n", set()),
    # a denied use is no contraindication, and stays the drug in focus's (uses are not moved)
    (
        AVOIDS + "It is not a treatment for glaucoma.\n",
        {("ibuprofen", "treats", "glaucoma", True, "Asserted", "rule:treats-cue")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected
