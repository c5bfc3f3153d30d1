"""Decision 0995: a trigger is no illness. A state a person is put in that brings an illness's attacks on - lack of
sleep, stress - "causes" a sign as a cause (the development golds write every trigger's effect as causes, never as a
phenotype), while an illness that causes a sign still has it (decision 0842). Each case asserts the whole set of
claims the short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.caused_signs import TRIGGERS, is_illness

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trigger that causes a sign: its cause, no phenotype of "lack of sleep"
        (
            "Lamotrigine for epilepsy\n\nLack of sleep can cause seizures.",
            {("sleep-deprivation", "causes", "seizure", False, "Asserted")},
        ),
        # "makes you" after a trigger: the same
        (
            "Lamotrigine for epilepsy\n\nLack of sleep can make you irritable and forgetful.",
            {
                ("sleep-deprivation", "causes", "irritability", False, "Asserted"),
                ("sleep-deprivation", "causes", "memory-impairment", False, "Asserted"),
            },
        ),
        # the other name of the state, two signs
        (
            "Lamotrigine for epilepsy\n\nSleep deprivation can cause headaches and confusion.",
            {
                ("sleep-deprivation", "causes", "headache", False, "Asserted"),
                ("sleep-deprivation", "causes", "confusion", False, "Asserted"),
            },
        ),
        # negated: a denied cause, still no phenotype
        (
            "Lamotrigine for epilepsy\n\nLack of sleep does not cause seizures.",
            {("sleep-deprivation", "causes", "seizure", True, "Asserted")},
        ),
        # hedged: the hedge is the cause's
        (
            "Lamotrigine for epilepsy\n\nLack of sleep might cause seizures.",
            {("sleep-deprivation", "causes", "seizure", False, "Possible")},
        ),
        # a question states nothing
        ("Lamotrigine for epilepsy\n\nCan lack of sleep cause seizures?", set()),
        # near miss: an illness that causes a sign still has it (decision 0842)
        (
            "Lamotrigine for epilepsy\n\nEpilepsy causes repeated seizures.",
            {("seizure-disorder", "hasPhenotype", "seizure", False, "Asserted")},
        ),
    ],
)
def test_trigger_cause(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected


def test_trigger_is_no_illness() -> None:
    # whatever class the recogniser gives it (sleep deprivation is class Disease), a trigger shows no signs
    assert "sleep-deprivation" in TRIGGERS
    assert not is_illness("sleep-deprivation", "Disease")
    assert is_illness("seizure-disorder", "Disease")
