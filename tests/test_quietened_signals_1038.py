"""Decision 1038: the lay verbs of quietening a signal ("quietens", "turns down", "switches off") were measured as
decreases cues and not kept (0 right / 11 wrong over every development set): after "Blocking these receptors" the
golds' subject is the receptor's blockade, not the drug; "switches off the enzyme" is the drug's inhibition
(hasMechanismOfAction), no enzyme decreased; and a denial of quietening a sign the golds do not write. These cases pin
the reading kept, so a later cue list that adds the verbs must answer for them. Each asserts the whole set of claims
the short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund's act before a quietening verb: no step owned by the drug (the golds name the blockade)
        (
            "Quetiapine for schizophrenia\n\nQuetiapine blocks dopamine D2 receptors in the brain. Blocking these "
            "receptors turns down dopamine signalling.",
            {
                ("quetiapine", "actsOn", "brain", False, "Asserted"),
                ("quetiapine", "bindsTo", "dopamine-d2-receptor", False, "Asserted"),
                ("quetiapine", "hasMechanismOfAction", "dopamine-d2-receptor-blockade", False, "Asserted"),
            },
        ),
        # "switches off" an enzyme: its inhibition is the drug's mechanism, no enzyme decreased
        (
            "Piroxicam for arthritis\n\nPiroxicam switches off the cyclooxygenase enzymes.",
            {
                ("piroxicam", "bindsTo", "prostaglandin-endoperoxide-synthase", False, "Asserted"),
                (
                    "piroxicam",
                    "hasMechanismOfAction",
                    "prostaglandin-endoperoxide-synthase-inhibition",
                    False,
                    "Asserted",
                ),
            },
        ),
        # "quietens" is no decreases cue (rejected, decision 1038)
        ("Amisulpride for schizophrenia\n\nAmisulpride quietens dopamine signalling.", set()),
        # a denied quietening of a sign: nothing
        (
            "Acetylcysteine for bronchiectasis\n\nUnlike a cough syrup, acetylcysteine does not quieten the cough.",
            set(),
        ),
        # the lay verb the cue list has ("dampens") still lowers the signal: the near miss that must stay read
        (
            "Haloperidol for schizophrenia\n\nHaloperidol dampens dopamine signalling.",
            {("haloperidol", "decreases", "dopamine-signalling", False, "Asserted")},
        ),
    ],
)
def test_quietening_verbs_not_read(lexicon, text, expected):
    assert claims(text, lexicon) == expected
