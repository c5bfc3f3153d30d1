"""Decision 1093: two partners of the document's drug, named in a sentence that speaks of that drug ("It doesn't
interact with A, and it's fine with B", "A is fine with it, and X doesn't interact with B", "Taken with A or with B, it
..."), are not each other's partner; a pair of two other drugs in a sentence that does not speak of the document's drug
stays, and a question asserts nothing. Each case asserts the whole set of claims the short text gives: (subject,
predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.partner_pairs import partners_unpaired
from graph_build.text.units import Discourse, Found, Unit

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial and a compatibility of the document's drug, coordinated: each partner is its own, never paired
        (
            "Zolmitriptan for migraine\n\nIt doesn't interact with my water tablets, and it's fine to take with "
            "ibuprofen or naproxen.",
            {
                ("zolmitriptan", "interactsWith", "diuretic", True, "Asserted"),
                ("zolmitriptan", "interactsWith", "ibuprofen", True, "Asserted"),
                ("zolmitriptan", "interactsWith", "naproxen", True, "Asserted"),
            },
        ),
        # the partner fronted before "with it", then the drug named with another partner
        (
            "Zolmitriptan for migraine\n\nNaproxen is fine to take with it, and zolmitriptan doesn't interact with my "
            "atorvastatin.",
            {("zolmitriptan", "interactsWith", "naproxen", True, "Asserted")},
        ),
        # a fronted participle naming two partners, "it" the drug: the drug's two interactions, no third between them
        (
            "Salmeterol for asthma\n\nTaken with theophylline or with water tablets, it can lower the potassium.",
            {
                ("salmeterol", "decreases", "potassium", False, "Asserted"),
                ("salmeterol", "interactsWith", "diuretic", False, "Asserted"),
                ("salmeterol", "interactsWith", "theophylline", False, "Asserted"),
            },
        ),
        # a partner the writer may not take because of the drug, and the painkiller taken instead: no pair of the two
        (
            "Zolmitriptan for migraine\n\nI can't take naproxen, because together with zolmitriptan it can upset the "
            "stomach, so it's paracetamol.",
            {("zolmitriptan", "interactsWith", "naproxen", False, "Asserted")},
        ),
        # near miss: another pair in a sentence that does not speak of the document's drug stays
        (
            "Zolmitriptan for migraine\n\nWarfarin should not be taken with aspirin, because together they raise the "
            "risk of bleeding.",
            {("warfarin", "interactsWith", "aspirin", False, "Asserted")},
        ),
        # near miss: "on its own" speaks of the partner, not the document's drug; another drug's denial stays
        (
            "Zolmitriptan for migraine\n\nNaproxen does not interact with coffee, though coffee on its own can keep "
            "you awake.",
            {("naproxen", "interactsWith", "coffee", True, "Asserted")},
        ),
        # near miss: a question asserts nothing
        ("Zolmitriptan for migraine\n\nIs it fine to take with ibuprofen or naproxen?", set()),
        # near miss: under a heading, the same sentence reads the same
        (
            "Zolmitriptan for migraine\n\n## Other medicines\n\nIt doesn't interact with my water tablets, and it's "
            "fine to take with ibuprofen.",
            {
                ("zolmitriptan", "interactsWith", "diuretic", True, "Asserted"),
                ("zolmitriptan", "interactsWith", "ibuprofen", True, "Asserted"),
            },
        ),
    ],
)
def test_partner_pairs(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_pairs_kept_without_a_sure_drug():
    """A title-less text whose drug is a guess keeps what the cue read (the owner is not this rule's to choose)."""
    u = Unit("It is fine with A, and with B.", [(16, 17, "a", "Drug"), (28, 29, "b", "Drug")])
    f = [Found("a", "interactsWith", "b", "combined-with", True)]
    assert partners_unpaired(f, u, Discourse(main="x", title="Club news")) == f
    assert partners_unpaired(f, u, Discourse(main="x", title="X for migraine")) == []


def test_resolved_and_other_rules_kept():
    """A subject resolved from a reference, and a rule other than the interaction cue's, are left as they are."""
    u = Unit("It is fine with A, and with B.", [(16, 17, "a", "Drug"), (28, 29, "b", "Drug")])
    ctx = Discourse(main="x", title="X for migraine")
    resolved = Found("a", "interactsWith", "b", "combined-with", True, resolved_from="It")
    other = Found("a", "interactsWith", "b", "level-of")
    assert partners_unpaired([resolved, other], u, ctx) == [resolved, other]
