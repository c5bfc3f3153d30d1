"""Decision 0854 (what the drug is for, on the latest new text): the use a relative clause states of a medicine named
in passing ("It interacts with tamsulosin, which men take for an enlarged prostate", "A and B, which are used for
epilepsy, may weaken it"). Invented sentences (other drugs, other conditions, other wording), exact `treats` claim
sets with polarity and hedging: any extra use would be a bug; the cases that must give nothing are pinned too."""

from __future__ import annotations

import pytest
from extracting import polarity_claims

T = "treats"


def uses(text: str, lexicon: dict) -> set[tuple]:
    return polarity_claims(text, lexicon, T)


CASES = [
    # a medicine in passing, its use in a relative clause with a taker and "take ... for"
    (
        "It may interact with tamsulosin, which men take for an enlarged prostate.",
        {("tamsulosin", T, "prostatic-hyperplasia", False, False)},
    ),
    (
        "Do not take it with naproxen, which she takes for her arthritis.",
        {("naproxen", T, "arthritis", False, False)},
    ),
    # ... a list before "which" gives each; the main clause's modal is not the relative clause's
    (
        "Lamotrigine and valproate, which are used for epilepsy, may make it work less well.",
        {("lamotrigine", T, "seizure-disorder", False, False), ("valproic-acid", T, "seizure-disorder", False, False)},
    ),
    # ... two conditions after "for" give each
    (
        "Do not take it with sumatriptan, which is used for migraine and cluster headache.",
        {("sumatriptan", T, "migraine-disorders", False, False), ("sumatriptan", T, "cluster-headache", False, False)},
    ),
    # ... the drug's own product before "which" ("X eye drops"): the drug's use, never the product noun's
    (
        "Keep the tablets apart from latanoprost **eye drops**, which are used for glaucoma.",
        {("latanoprost", T, "glaucoma", False, False)},
    ),
    # nothing: a negation in the clause, "for" of no condition, the people's condition without "for"
    ("Do not take it with naproxen, which she no longer takes for her arthritis.", set()),
    ("Do not take it with naproxen, which people take for granted.", set()),
    ("Gliclazide, which many people with diabetes take, can lower the blood sugar too far.", set()),
    # nothing: the clause goes on past the condition (it is not the use alone)
    ("Avoid it with ibuprofen, which people take for pain after surgery on the knee.", set()),
    # the denial a cue reads keeps its polarity ("is not used for" is no use stated by this reading)
    (
        "It should not be combined with aspirin, which is not used for fever in children.",
        {("aspirin", T, "fever", True, False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_relative_use(text: str, expected: set, lexicon: dict) -> None:
    assert uses(text, lexicon) == expected


#: the British spelling of motor neuron disease and its short form MND (a spelling and the NHS's short form, the
#: disease package's MeSH record Motor Neuron Disease; decision 0854)
MND_CASES = [
    ("Edaravone is a treatment for MND.", {("edaravone", T, "motor-neuron-disease", False, False)}),
    (
        "Edaravone is not a treatment for motor neurone disease itself.",
        {("edaravone", T, "motor-neuron-disease", True, False)},
    ),
    # the short form in its own case only: "mnd" in lower case names nothing
    ("Edaravone is a treatment for mnd.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MND_CASES)
def test_motor_neurone_disease(text: str, expected: set, lexicon: dict) -> None:
    assert uses(text, lexicon) == expected


#: a start whose use is two sentences back, over a sentence that only ranks the drug down ("For many people it is not
#: the first tablet tried."; decision 0854); any other sentence between, or a rank naming a condition, keeps 0841's
#: reading (the sentence just before only)
RANK_CASES = [
    (
        "Losartan is used to treat high blood pressure. For many people it is not the first tablet tried. "
        "Doctors often start with lisinopril.",
        {("losartan", T, "hypertension", False, False), ("lisinopril", T, "hypertension", False, False)},
    ),
    (
        "Sertraline is used to treat depression. It is not usually the first antidepressant a GP prescribes. "
        "Most people start on a medicine such as citalopram.",
        {("sertraline", T, "depression", False, False), ("citalopram", T, "depression", False, False)},
    ),
    # nothing carried: a sentence between that says something else
    (
        "Sertraline is used to treat depression. It is taken once a day. Most people start on citalopram.",
        {("sertraline", T, "depression", False, False)},
    ),
    # nothing carried: a denial, not a rank
    (
        "Sertraline is used to treat depression. It is not a treatment. Most people start on citalopram.",
        {("sertraline", T, "depression", False, False)},
    ),
    # nothing carried: a denied use before
    (
        "Sertraline is not used for panic attacks. It is not the first tablet tried. Most people start on citalopram.",
        {("sertraline", T, "panic-attack", True, False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANK_CASES)
def test_start_over_a_rank(text: str, expected: set, lexicon: dict) -> None:
    assert uses(text, lexicon) == expected
