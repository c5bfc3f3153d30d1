"""Decision 1132: an illness named after "for" or "from" in the noun phrase before a cause or step verb ("medicines
for epilepsy can cause Y", "the chemotherapy for her leukaemia causes Y", "a scar from a bad fever causes Y") only
says what the head noun is for or where it came from; the head noun acts, so the illness is no subject of the cue
(no causes, no step, no phenotype read from the cause). The bare illness as the subject keeps its claims. Each case
asserts the whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The sentences
are invented."""

import re

import pytest
from extracting import certainty_claims

from graph_build.text import subjects

claims = certainty_claims

CASES = [
    # the head noun (medicines) acts, not the illness they are for
    ("Lamotrigine for epilepsy\n\nMedicines for epilepsy can, rarely, cause suicidal thoughts.", set()),
    # where the head noun came from: a scar, not the fever, causes the seizures
    ("Lamotrigine for epilepsy\n\nA scar from a bad fever causes his seizures.", set()),
    # hedged and denied: still the scar's
    ("Lamotrigine for epilepsy\n\nA scar from a bad fever may cause seizures in later life.", set()),
    ("Lamotrigine for epilepsy\n\nA scar from a bad fever does not cause seizures.", set()),
    # a question states nothing
    ("Lamotrigine for epilepsy\n\nCan a scar from a bad fever cause seizures?", set()),
    # another agent's effect is no sign of the illness it is given for
    ("Ondansetron for sickness\n\nThe chemotherapy for her leukaemia causes nausea and vomiting.", set()),
    # where the head noun came from: the stiffness, not the illness, causes the pain (no sign of the illness)
    ("Baclofen for spasm\n\nThe stiffness from his multiple sclerosis causes pain at night.", set()),
    # near miss: "For" opening the sentence heads nothing before it; the illness is the participle's doer
    (
        "Baclofen for spasm\n\nFor many musculoskeletal conditions causing short-lived muscle spasms, other medicines "
        "are preferred.",
        {("musculoskeletal-condition", "causes", "muscle-spasm", False, "Asserted")},
    ),
    # near misses: the bare illness or event as the subject keeps its claims
    (
        "Lamotrigine for epilepsy\n\nA bad fever causes his seizures.",
        {("fever", "causes", "seizure", False, "Asserted")},
    ),
    (
        "Glecaprevir for hepatitis C\n\nHepatitis C can lead to cirrhosis.",
        {("hepatitis-c", "causes", "fibrosis", False, "Asserted")},
    ),
    (
        "Ondansetron for sickness\n\nLeukaemia can cause tiredness and bruising.",
        {("leukemia", "hasPhenotype", "fatigue", False, "Asserted")},
    ),
    # "with" opens a step of its own (decision 1089), untouched
    (
        "Lanreotide for acromegaly\n\nWith less growth hormone, the sweating and headaches ease.",
        {
            ("growth-hormone", "increases", "headache", False, "Asserted"),
            ("growth-hormone", "increases", "hyperhidrosis", False, "Asserted"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_whole_claim_set(text, expected, lexicon):
    assert claims(text, lexicon) == expected


def test_the_guard_is_what_removes_them(lexicon, monkeypatch):
    """Without the guard the illness after "for" / "from" is read as the cause: the tests above can fail."""
    monkeypatch.setattr(subjects, "FOR_OR_FROM_BEFORE", re.compile(r"(?!x)x"))
    assert claims(CASES[0][0], lexicon) == {("seizure-disorder", "causes", "suicidal-ideation", False, "Occasional")}
    assert claims(CASES[1][0], lexicon) == {("fever", "causes", "seizure", False, "Asserted")}
    assert claims(CASES[3][0], lexicon) == {("fever", "causes", "seizure", True, "Asserted")}
    assert claims(CASES[5][0], lexicon) == {
        ("leukemia", "hasPhenotype", "nausea", False, "Asserted"),
        ("leukemia", "hasPhenotype", "vomiting", False, "Asserted"),
    }
