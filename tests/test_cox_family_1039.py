"""Decision 1039: "COX" in capitals is the cyclo-oxygenase family (MeSH's Prostaglandin-Endoperoxide Synthases), as the
spelt-out "cyclooxygenase" is: "X blocks COX" and "the COX enzyme(s)" give the family's binding and inhibition, never a
minted *cox-enzyme*; "COX-1" / "COX-2" keep their subtypes; "Cox" as a name is no enzyme; and the participle "Blocked
COX means fewer Y" makes the blocked enzyme no subject of the step (its own act is the opposite). Each case asserts the
whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The sentences are
invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims

PES = "prostaglandin-endoperoxide-synthase"


def _blocks(drug: str, certainty: str = "Asserted") -> set[tuple[str, str, str, bool, str]]:
    return {
        (drug, "bindsTo", PES, False, certainty),
        (drug, "hasMechanismOfAction", f"{PES}-inhibition", False, certainty),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the short form alone
        ("Naproxen for arthritis\n\nNaproxen blocks COX, the enzyme that makes prostaglandins.", _blocks("naproxen")),
        # "the COX enzymes": the family, no minted target
        ("Naproxen for arthritis\n\nNaproxen attaches to the COX enzymes and shuts them down.", _blocks("naproxen")),
        # the subtypes keep their own names (decision 0843)
        (
            "Celecoxib for arthritis\n\nCelecoxib blocks COX-2 more than COX-1.",
            {
                ("celecoxib", "bindsTo", "cyclooxygenase-2", False, "Asserted"),
                ("celecoxib", "hasMechanismOfAction", "cyclooxygenase-2-inhibition", False, "Asserted"),
            },
        ),
        # denied: the binding denied, no mechanism
        (
            "Paracetamol for pain\n\nParacetamol does not block COX in the joints.",
            {("acetaminophen", "bindsTo", PES, True, "Asserted")},
        ),
        # hedged: the hedge kept
        (
            "Naproxen for arthritis\n\nNaproxen may block COX in the stomach lining too.",
            _blocks("naproxen", "Possible"),
        ),
        # a question asserts nothing
        ("Naproxen for arthritis\n\nIs it true that naproxen blocks COX?", set()),
        # a person's name is no enzyme (capitals only)
        ("Naproxen for arthritis\n\nDr Cox says naproxen suits her well.", set()),
        # "Blocked COX means fewer Y": the blocked enzyme is no step's subject
        (
            "Ibuprofen for pain\n\nIbuprofen blocks the COX enzyme. Blocked COX means the joint makes fewer "
            "prostaglandins.",
            _blocks("ibuprofen"),
        ),
    ],
)
def test_cox_family(lexicon, text, expected):
    assert claims(text, lexicon) == expected
