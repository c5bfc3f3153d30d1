"""Decision 1128: a verb of harm governing the nerves ("it can damage the nerves in the hands and feet") names the
nerve damage a medicine does, peripheral neuropathy, as "it can harm the liver" names its liver injury (decision
0739); the verb after a modal or a word of frequency stays the adverse cue (rules.yaml adverse-cue). Never the nerves
of an eye, an ear or the face, never a denial read as an effect, a question, an illness's harm or a calming of the
nerves. Each case asserts the whole set of claims the short text gives: (subject, predicate, object, negated,
certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

DRIP = ("oxaliplatin", "hasFormulation", "intravenous-infusion", False, "Asserted")
OPENING = "Oxaliplatin for bowel cancer\n\nOxaliplatin is given as a drip. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the nerves a modal's verb of harm governs, narrowed to the hands and feet
        (
            "It can damage the nerves in the hands and feet, so tell the nurse about tingling.",
            {DRIP, ("oxaliplatin", "hasAdverseEffect", "peripheral-neuropathy", False, "Asserted")},
        ),
        # with a word of frequency: as often as the text says
        (
            "Rarely it may damage the nerves.",
            {DRIP, ("oxaliplatin", "hasAdverseEffect", "peripheral-neuropathy", False, "Occasional")},
        ),
        # "harm" as "damage"
        (
            "It can harm the nerves of the fingers.",
            {DRIP, ("oxaliplatin", "hasAdverseEffect", "peripheral-neuropathy", False, "Asserted")},
        ),
        # what a later participle says the harm brings is the nerve damage's, not the cue's object
        (
            "It can also damage the nerves of the fingers and toes, causing tingling or numbness.",
            {
                DRIP,
                ("oxaliplatin", "hasAdverseEffect", "peripheral-neuropathy", False, "Asserted"),
                ("peripheral-neuropathy", "causes", "hypesthesia", False, "Asserted"),
                ("peripheral-neuropathy", "causes", "paresthesia", False, "Asserted"),
            },
        ),
        # a denial is no effect (nothing said rather than the opposite)
        ("It does not damage the nerves.", {DRIP}),
        # the nerves of an eye: a cranial nerve, no peripheral neuropathy
        ("It can damage the nerves in the eye.", {DRIP}),
        # an illness's harm to the nerves is no effect of the drug
        ("Diabetes can damage the nerves in the feet.", {DRIP}),
        # a question says nothing
        ("Could it damage the nerves?", {DRIP}),
        # another drug's harm, the document's drug said not to
        (
            "Vincristine can damage the nerves, but oxaliplatin rarely does.",
            {DRIP, ("vincristine", "hasAdverseEffect", "peripheral-neuropathy", False, "Asserted")},
        ),
        # calming the nerves is no harm
        ("A warm bath calms the nerves.", {DRIP}),
    ],
)
def test_nerves_a_verb_of_harm_governs(sentence: str, expected: set, lexicon: dict) -> None:
    assert certainty_claims(OPENING + sentence, lexicon) == expected


def test_a_heading_asking_it_says_nothing(lexicon: dict) -> None:
    text = (
        "# Oxaliplatin for bowel cancer\n\nOxaliplatin is given as a drip.\n\n"
        "## Can it damage the nerves?\n\nAsk the nurse.\n"
    )
    assert not {c for c in certainty_claims(text, lexicon, ".md") if c[2] == "peripheral-neuropathy"}
