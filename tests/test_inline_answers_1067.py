"""Decision 1067: a sentence that asks who must not take the drug and answers after a colon in the same sentence
("Who can't take it: anyone allergic to it, and anyone with severe kidney disease.") lists its contraindications, as
the same answer under a "Who can't take it?" heading does (decision 0973). Near misses: a question that allows ("Who
can take it:"), a hedged one ("Who might not be able to take it:"), an answer with a verb of its own or one that does
not open with its group, a question that names another drug or says "it" while another drug is in focus, and the
list's reason clause. Each case asserts the
whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The sentences are
invented."""

import pytest
from extracting import certainty_claims

TITLE = "# Tenoxicam for arthritis\n\nTenoxicam eases joint pain. "
TREATS = ("tenoxicam", "treats", "arthralgia", False, "Asserted")


def contra(obj: str) -> tuple:
    return ("tenoxicam", "contraindicatedIn", obj, False, "Asserted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the question and its answer in one sentence: each group is forbidden, an allergy to it as its own entity
        (
            TITLE + "Who can't take it: anyone allergic to it, and anyone with severe kidney disease.",
            {TREATS, contra("tenoxicam-hypersensitivity"), contra("kidney-diseases")},
        ),
        # a short aside before the colon
        (
            TITLE + "Who shouldn't have it, the pharmacist told me: women who are pregnant, and people with heart "
            "failure.",
            {TREATS, contra("pregnant-women"), contra("heart-failure")},
        ),
        # the same on a bullet line, its question in bold
        (
            TITLE + "\n\n- **Who can't use it:** anyone who has had a stomach ulcer",
            {TREATS, contra("stomach-ulcer")},
        ),
        # the list ends at its reason: the group after "because ..." is not read
        (
            TITLE + "Who can't take it: women who are pregnant, because it can harm the baby, and anyone with asthma.",
            {TREATS, contra("pregnant-women")},
        ),
        # near miss: a question that allows
        (TITLE + "Who can take it: anyone with severe kidney disease.", {TREATS}),
        # near miss: a hedged question is no prohibition
        (TITLE + "Who might not be able to take it: people with asthma.", {TREATS}),
        # near miss: an answer with a verb of its own says its own thing
        (TITLE + "Who can't have it: people with asthma can often take it with care.", {TREATS}),
        # near miss: an answer that does not open with its group
        (TITLE + "Who can't have it: the leaflet says people with heart failure.", {TREATS}),
        # near miss: another drug's list
        (TITLE + "Who can't have warfarin: anyone with a stomach ulcer.", {TREATS}),
        # near miss: "it" after a sentence on another drug is unsure: no claim, neither the partner's nor the drug's
        (TITLE + "My neighbour takes warfarin for her heart. Who can't take it: anyone with asthma.", {TREATS}),
        # ... unless the answer names the document's drug
        (
            TITLE + "My neighbour takes warfarin for her heart. Who can't take it: anyone allergic to tenoxicam.",
            {TREATS, contra("tenoxicam-hypersensitivity")},
        ),
        # ... but the question that names the document's drug is its list
        (
            TITLE + "My neighbour takes warfarin for her heart. Who can't take tenoxicam: anyone with asthma.",
            {TREATS, contra("asthma")},
        ),
    ],
)
def test_inline_answers(text: str, expected: set, lexicon: dict) -> None:
    assert certainty_claims(text, lexicon, ".md") == expected
