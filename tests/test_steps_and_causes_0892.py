"""Decision 0892: mechanism steps and causes. What a cue of causing or lowering does not act on (a pronoun's own
clause, a quality given by "make", a chemical "made", a compound modifier, a defence, another clause's subject,
another verb's object, a partner's change "further", a use said twice, a disease "slowed"); the vessels widened or
narrowed by a verb's subject; the heart's workload; a heart, pulse or breathing slowed or sped up. Each case asserts
the whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The sentences are
invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims


TABLET = ("nicorandil", "hasFormulation", "tablet", False, "Asserted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject pronoun of its own clause: the clot-like mention before it causes nothing
        (
            "Levothyroxine for an underactive thyroid\n\nHigh doses can cause a fast heartbeat and tremor, and, "
            "strangely, they can also cause tiredness.",
            set(),
        ),
        # "makes Y so painful": a quality of Y, Y not caused
        ("Colchicine for gout\n\nThe inflammation that makes gout so painful settles within a day or two.", set()),
        # "E makes X" with X a chemical: what is produced, no cause
        ("Aspirin for the heart\n\nAn enzyme called COX-1 makes thromboxane.", set()),
        # the first word of a compound modifier, what a defence is against: not what is lowered
        ("Methotrexate for arthritis\n\nMethotrexate can reduce the infection-fighting cells in the blood.", set()),
        ("Methotrexate for arthritis\n\nMethotrexate does not reduce your resistance to infection.", set()),
        # another medicine's change made "further" with the document's: the interaction only
        (
            "Amlodipine for blood pressure\n\nAmlodipine is taken once a day. Alcohol can lower the blood pressure "
            "further when taken with it.",
            {("amlodipine", "interactsWith", "alcohol", False, "Asserted")},
        ),
        # a use said twice in one sentence is the use
        (
            "Paracetamol for pain\n\nParacetamol is used to reduce fever, and it also eases headache.",
            {
                ("acetaminophen", "treats", "fever", False, "Asserted"),
                ("acetaminophen", "treats", "headache", False, "Asserted"),
            },
        ),
        # a use denied in lay words: no denied lowering of the quantity
        ("Ramipril for blood pressure\n\nRamipril is not used to lower blood pressure in an emergency.", set()),
        # a disease slowed is its course, no step
        ("Ropinirole for Parkinson's\n\nRopinirole does not slow down Parkinson's disease.", set()),
        # the second verb shares the first one's subject; the first one's object neither lowers nor is sped up
        (
            "Salbutamol for asthma\n\nSalbutamol can speed up the heart and lower blood pressure.",
            {
                ("albuterol", "increases", "heart-rate", False, "Asserted"),
                ("albuterol", "decreases", "blood-pressure", False, "Asserted"),
            },
        ),
        # the heart and the breathing slowed: their rates; a denial kept
        (
            "Bisoprolol for the heart\n\nBisoprolol slows the heart. It does not slow the breathing.",
            {
                ("bisoprolol", "decreases", "heart-rate", False, "Asserted"),
                ("bisoprolol", "decreases", "respiratory-rate", True, "Asserted"),
            },
        ),
        # an apposition's class is not the verb's subject
        (
            "Propranolol for tremor\n\nPropranolol, a beta blocker, slows the heart rate.",
            {
                ("propranolol", "decreases", "heart-rate", False, "Asserted"),
                ("propranolol", "isA", "beta-blocker", False, "Asserted"),
            },
        ),
        # "a slow heartbeat" is an adjective: the side effect, no step
        (
            "Ivabradine for angina\n\nIvabradine can cause a slow heartbeat.",
            {("ivabradine", "hasAdverseEffect", "bradycardia", False, "Asserted")},
        ),
        # the vessels as a verb's object: its subject (a relative's antecedent) increases the process
        (
            "Nicorandil for angina\n\nNicorandil is a tablet. The body makes a hormone called noradrenaline, which "
            "tightens the blood vessels.",
            {TABLET, ("norepinephrine", "increases", "vasoconstriction", False, "Asserted")},
        ),
        (
            "Erenumab for migraine\n\nUnlike a triptan, erenumab does not narrow the blood vessels.",
            {("erenumab", "increases", "vasoconstriction", True, "Asserted")},
        ),
        (
            "Dipyridamole for strokes\n\nDipyridamole is a tablet. Adenosine makes the blood vessels widen.",
            {
                ("dipyridamole", "hasFormulation", "tablet", False, "Asserted"),
                ("adenosine", "increases", "vasodilation", False, "Asserted"),
            },
        ),
        # what the step before stopped is no denial; adjectives and a part of the subject are no act
        ("Erenumab for migraine\n\nWith the receptor blocked, CGRP can no longer widen the blood vessels.", set()),
        ("Nicorandil for angina\n\nNicorandil is a tablet. Angina is usually caused by narrowed arteries.", {TABLET}),
        (
            "Nicorandil for angina\n\nNicorandil is a tablet. Cold remedies containing pseudoephedrine squeeze the "
            "blood vessels.",
            {TABLET},
        ),
        # the heart's workload: lowered by the wider vessels, falling as the widening's consequence
        (
            "Sacubitril for heart failure\n\nSacubitril is taken twice a day. Wider arteries reduce the strain on the "
            "heart.",
            {("vasodilation", "decreases", "cardiac-workload", False, "Asserted")},
        ),
        (
            "Nicorandil for angina\n\nNicorandil opens potassium channels. More nitric oxide relaxes the blood "
            "vessels, so the heart has less work to do.",
            {
                ("nicorandil", "bindsTo", "potassium-channel", False, "Asserted"),
                ("nicorandil", "hasMechanismOfAction", "potassium-channel-opening", False, "Asserted"),
                ("nitric-oxide", "increases", "vasodilation", False, "Asserted"),
                ("vasodilation", "decreases", "cardiac-workload", False, "Asserted"),
            },
        ),
        (
            "Nicorandil for angina\n\nNicorandil opens potassium channels. With wider arteries, the heart has less "
            "work to do.",
            {
                ("nicorandil", "bindsTo", "potassium-channel", False, "Asserted"),
                ("nicorandil", "hasMechanismOfAction", "potassium-channel-opening", False, "Asserted"),
                ("vasodilation", "decreases", "cardiac-workload", False, "Asserted"),
            },
        ),
        # a load the heart bears is no sprain, and a workload moving with no step before it says nothing
        (
            "Ramipril for blood pressure\n\nRamipril is a tablet. The strain on the heart falls over the first months.",
            {("ramipril", "hasFormulation", "tablet", False, "Asserted")},
        ),
    ],
)
def test_steps_and_causes(text, expected, lexicon):
    assert claims(text, lexicon) == expected
