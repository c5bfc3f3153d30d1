"""Decision 1040: contraindications as lay leaflets write them. A list under a question heading that forbids ("##
Who should not take it?") keeps that heading when its own lead line neither forbids nor cautions ("Our nurse's
list:"); "Who is it not for?" and a giver's refusal ("The clinic would not give it to:") forbid; an age limit spelled
out ("children under twelve", "babies under six months", "under a month old") is kept as the claim's temporalContext
as a digit one is; and a condition a drug sets off ("whose asthma is set off by aspirin", "asthma that flares up after
ibuprofen") is a narrower kind, its drug an allergen and never the one forbidden. Each case asserts the whole set of
claims the short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

from pathlib import Path

import pytest
from extracting import certainty_claims

from graph_build.read import Document
from graph_build.text.extract import extract_document

TITLE = "# Tenoxicam for arthritis\n\nTenoxicam eases joint pain.\n\n"
TREATS = ("tenoxicam", "treats", "arthralgia", False, "Asserted")
OX = "# Oxaprozin for arthritis\n\nOxaprozin eases joint pain. "
OX_TREATS = ("oxaprozin", "treats", "arthralgia", False, "Asserted")


def contra(subject: str, obj: str, negated: bool = False) -> tuple:
    return (subject, "contraindicatedIn", obj, negated, "Asserted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead line in its own words under a forbidding question heading: the heading's list
        (
            TITLE + "## Who should not take it?\n\nOur nurse's list:\n\n- anyone with heart failure\n"
            "- women in the last three months of pregnancy",
            {TREATS, contra("tenoxicam", "heart-failure"), contra("tenoxicam", "pregnancy-trimester-third")},
        ),
        # near miss: a lead that turns the list into a caution keeps its own reading (none)
        (
            TITLE + "## Who should not take it?\n\nCheck with your doctor first if you have:\n\n- asthma\n"
            "- heart failure",
            {TREATS},
        ),
        # near miss: the same neutral lead under a heading that forbids nothing
        (TITLE + "## Who can take it?\n\nOur nurse's list:\n\n- people with asthma", {TREATS}),
        # near miss: a heading that asks without forbidding
        (TITLE + "## Is it for me?\n\n- people with heart failure", {TREATS}),
        # "Who is it not for?": its bullets, and a paragraph answering it
        (
            TITLE + "## Who is it not for?\n\n- people with heart failure\n- anyone allergic to tenoxicam",
            {TREATS, contra("tenoxicam", "heart-failure"), contra("tenoxicam", "tenoxicam-hypersensitivity")},
        ),
        (
            TITLE + "## Who is it not for?\n\nAnyone with heart failure, and anyone allergic to it.",
            {TREATS, contra("tenoxicam", "heart-failure"), contra("tenoxicam", "tenoxicam-hypersensitivity")},
        ),
        # a bullet with a verb of its own that allows the drug: a denied contraindication, no prohibition
        (
            TITLE + "## Who is it not for?\n\n- People with heart failure can take it at a lower dose.",
            {TREATS, contra("tenoxicam", "heart-failure", negated=True)},
        ),
        # a giver's refusal as the lead
        (
            TITLE + "The clinic would not give it to:\n\n- people with heart failure\n- anyone who has had a stroke",
            {TREATS, contra("tenoxicam", "heart-failure"), contra("tenoxicam", "stroke")},
        ),
        # a condition a drug sets off is a narrower kind; the drug that sets it off is forbidden nothing
        (OX + "People whose asthma is set off by aspirin cannot take it.", {OX_TREATS}),
        (OX + "Anyone who has had asthma or a rash after taking aspirin must avoid it.", {OX_TREATS}),
        # ... and the trigger is the last condition's only: the conditions before it stay, the pronoun's drug forbidden
        (
            OX + "It is not suitable for anyone with a stomach ulcer, severe heart failure, or asthma that flares up "
            "after ibuprofen.",
            {OX_TREATS, contra("oxaprozin", "stomach-ulcer"), contra("oxaprozin", "heart-failure")},
        ),
        # near miss: asthma without a trigger is forbidden whole
        (
            OX + "People with asthma or heart failure must not take it.",
            {OX_TREATS, contra("oxaprozin", "asthma"), contra("oxaprozin", "heart-failure")},
        ),
        # near miss: a trigger in an allowance gives nothing
        (OX + "People whose asthma is set off by exercise can still take it.", {OX_TREATS}),
    ],
)
def test_lists_and_triggers(text: str, expected: set, lexicon: dict) -> None:
    assert certainty_claims(text, lexicon, ".md") == expected


def _ages(text: str, lexicon: dict) -> set[tuple]:
    """(subject, predicate, object, negated, certainty, temporalContext) of every claim of `text`."""
    doc = Document("case", "case", "case.md", "", text + "\n", Path("case.md"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty, dict(c.qualifiers).get("temporalContext"))
        for c in extract_document(doc, lexicon).claims
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# Demeclocycline for acne\n\nDemeclocycline is not for children under twelve.",
            {("demeclocycline", "contraindicatedIn", "children", False, "Asserted", ("under 12 years",))},
        ),
        (
            "# Pyrantel for threadworm\n\nPyrantel is not recommended for babies under six months.",
            {("pyrantel", "contraindicatedIn", "infants", False, "Asserted", ("under 6 months",))},
        ),
        (
            "# Pivmecillinam for cystitis\n\nPivmecillinam is not given to babies under a month old.",
            {("amdinocillin-pivoxil", "contraindicatedIn", "infants", False, "Asserted", ("under 1 month",))},
        ),
        # the digit form, as before
        (
            "# Demeclocycline for acne\n\nDemeclocycline is not for children under 12.",
            {("demeclocycline", "contraindicatedIn", "children", False, "Asserted", ("under 12 years",))},
        ),
        # an age that takes in all of childhood restricts nothing: every child, as "under 18" reads
        (
            "# Demeclocycline for acne\n\nDemeclocycline is not for children under eighteen.",
            {("demeclocycline", "contraindicatedIn", "children", False, "Asserted", None)},
        ),
        # near misses: a weight limit no qualifier carries, and a question
        ("# Demeclocycline for acne\n\nDemeclocycline is not for children under 15 kg.", set()),
        ("# Demeclocycline for acne\n\nIs demeclocycline safe for children under twelve?", set()),
    ],
)
def test_spelled_out_ages(text: str, expected: set, lexicon: dict) -> None:
    assert _ages(text, lexicon) == expected
